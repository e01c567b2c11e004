"""Write the chat and e-mail samples in tests/data/chats/ and tests/data/email/ (run: python make_chat_samples.py).

Every conversation is written by hand here; the script only saves it in the formats and encodings real exports use.
"""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

HERE = Path(__file__).parent
CHATS = HERE / "chats"
EMAIL = HERE / "email"

# One Simplified-Chinese conversation saved in every encoding QA Studio reads. Full-width colon on the last line.
CHINESE_CHAT = (
    "[2024-03-05 09:00:02] 王芳: 你好，我的订单还没到货，订单号是 SO20240301。\n"
    "[2024-03-05 09:00:25] 客服李伟: 您好，王女士！我马上帮您查询物流信息。\n"
    "[2024-03-05 09:01:10] 客服李伟: 包裹已到达本地配送站，预计今天下午送达。\n"
    "请保持电话畅通。\n"
    "[2024-03-05 09:01:42] 王芳：好的，谢谢！\n"
)
# GB18030 beyond GBK: 𠮷 (U+20BB7, CJK Extension B) and 㐀 (U+3400, Extension A) need its four-byte forms.
GB18030_CHAT = CHINESE_CHAT + "[2024-03-05 09:02:05] 王芳: 收件人写的是“𠮷田㐀”，没问题吧？\n"
TRADITIONAL_CHAT = (
    "[2024-03-05 09:00:02] 陳美玲: 你好，我的訂單還沒到貨，訂單號是 SO20240301。\n"
    "[2024-03-05 09:00:25] 客服林志明: 您好，陳小姐！我馬上幫您查詢物流資訊。\n"
    "[2024-03-05 09:01:10] 客服林志明: 包裹已到達本地配送站，預計今天下午送達。\n"
    "請保持電話暢通。\n"
    "[2024-03-05 09:01:42] 陳美玲：好的，謝謝！\n"
)


def write_encodings() -> None:
    (CHATS / "zh_utf8.txt").write_bytes(CHINESE_CHAT.encode("utf-8"))
    (CHATS / "zh_utf8_bom.txt").write_bytes(CHINESE_CHAT.encode("utf-8-sig"))
    (CHATS / "zh_utf16le_bom.txt").write_bytes(CHINESE_CHAT.replace("\n", "\r\n").encode("utf-16"))
    (CHATS / "zh_utf16le_nobom.txt").write_bytes(CHINESE_CHAT.encode("utf-16-le"))
    (CHATS / "zh_utf16be_nobom.txt").write_bytes(CHINESE_CHAT.encode("utf-16-be"))
    (CHATS / "zh_gbk.txt").write_bytes(CHINESE_CHAT.replace("\n", "\r\n").encode("gbk"))
    (CHATS / "zh_gb18030.txt").write_bytes(GB18030_CHAT.encode("gb18030"))
    (CHATS / "zh_big5.txt").write_bytes(TRADITIONAL_CHAT.encode("big5"))


def write_csv() -> None:
    generic = [
        "timestamp,author,role,message",
        '2024-03-04 14:00:05,James Porter,customer,"Hello, my order 55812 hasn\'t arrived."',
        "2024-03-04 14:00:31,Emma Clarke,agent,Sorry to hear that James. Let me check.",
        '2024-03-04 14:01:10,Emma Clarke,agent,"It was held at the depot; it arrives tomorrow.',
        "You'll get a text with a one-hour slot.\"",
        '2024-03-04 14:01:45,James Porter,customer,"Great, thanks ""Emma""!"',
    ]
    (CHATS / "generic.csv").write_text("\n".join(generic) + "\n", "utf-8")
    # Header synonyms of the generic preset, and three conversations interleaved as a live export writes them.
    several = [
        "chat_id,time,sender,type,text",
        "C-17,2024-03-04T09:00:00,Olivia Brown,visitor,Is the blue kettle back in stock?",
        "C-18,2024-03-04T09:00:20,李伟,agent,您好，请问有什么可以帮您？",
        "C-17,2024-03-04T09:00:40,Emma Clarke,agent,Yes — it came back this morning.",
        "C-18,2024-03-04T09:01:05,王芳,customer,我想修改收货地址",
        "C-19,2024-03-04T09:02:00,Noah Wilson,customer,Do you ship to Ireland?",
        'C-17,2024-03-04T09:02:30,Olivia Brown,visitor,"Great, ordering now."',
    ]
    (CHATS / "several_conversations.csv").write_text("\n".join(several) + "\n", "utf-8")
    zendesk = [
        "Chat ID,Timestamp,Name,Sender Type,Message",
        "Z-9,2024-03-06T08:00:02Z,Ava Taylor,Visitor,My smart watch will not charge.",
        "Z-9,2024-03-06T08:00:31Z,Emma Clarke,Agent,Hi Ava. Which charger are you using?",
        "Z-9,2024-03-06T08:01:10Z,Ava Taylor,Visitor,The one in the box.",
        "Z-9,2024-03-06T08:02:00Z,,System,Chat rated Good",
    ]
    (CHATS / "zendesk_chat.csv").write_text("\r\n".join(zendesk) + "\r\n", "utf-8")
    # A European LiveChat export: semicolons, day-first dates (15/03 gives the order away), commas inside text.
    livechat = [
        "Chat ID;Date;Author Name;Author Type;Text",
        "L-42;15/03/2024 10:00:00;Liam Johnson;customer;Hi, the vacuum's battery lasts 5 minutes, not 50.",
        "L-42;15/03/2024 10:00:40;James Porter;agent;Sorry, Liam. Is it the original battery?",
        "L-42;15/03/2024 10:01:30;Liam Johnson;customer;Yes, bought 03/02/2024.",
    ]
    (CHATS / "livechat_semicolon.csv").write_text("\n".join(livechat) + "\n", "utf-8")
    wecom = [
        "会话ID,时间,发送人,角色,内容",
        "W-1,2024/03/02 09:00:00,孙先生,客户,你好，我的电饭煲坏了",
        "W-1,2024/03/02 09:00:20,王芳,客服,您好，我是客服王芳，请提供订单号",
        "W-1,2024/03/02 09:01:00,孙先生,客户,SO123456",
        "W-2,2024/03/02 11:00:00,黄小姐,客户,发票什么时候开？",
        "W-2,2024/03/02 11:00:35,李伟,客服,您好，发票将在三个工作日内开具",
    ]
    (CHATS / "wecom_gbk.csv").write_bytes(("\r\n".join(wecom) + "\r\n").encode("gbk"))
    missing = ["timestamp,author,role", "2024-03-04 14:00:05,James Porter,customer"]
    (CHATS / "missing_text_column.csv").write_text("\n".join(missing) + "\n", "utf-8")
    bad_time = [
        "timestamp,author,message",
        "28/02/2024 09:59,Ann Lee,hello",
        "28/02/2024 10:00,Emma Clarke,hello Ann",
        "31/02/2024 10:00,Ann Lee,that date does not exist",
    ]
    (CHATS / "bad_timestamp.csv").write_text("\n".join(bad_time) + "\n", "utf-8")


def write_json() -> None:
    messages = [
        {"sender": "Sophie Martin", "type": "customer", "time": 1709715600000, "content": "Hi, can I change my order?"},
        {"sender": "Helper Bot", "type": "bot", "time": 1709715602000, "content": "An agent will be with you soon."},
        {"sender": "James Porter", "type": "agent", "time": 1709715630000, "content": "Hello Sophie, of course."},
    ]
    (CHATS / "messages_list.json").write_text(json.dumps(messages, indent=2), "utf-8")
    conversation = {
        "id": "WX-2024-0301",
        "channel": "chat",
        "subject": "退货申请",
        "agent": "李伟",
        "customer": "王芳",
        "queue": "售后",
        "team": "售后一组",
        "messages": [
            {"author": "王芳", "timestamp": "2024-03-01T10:00:00+08:00", "text": "你好，我想退货"},
            {"from": {"name": "李伟", "type": "agent"}, "timestamp": "2024-03-01T10:00:30+08:00", "text": "您好！"},
            {"author": "王芳", "timestamp": "2024-03-01T10:01:00+08:00", "body": ["衣服尺码不合适", "还没有拆吊牌"]},
        ],
    }
    (CHATS / "conversation.json").write_text(json.dumps(conversation, ensure_ascii=False, indent=2), "utf-8")
    conversations = [
        {
            "conversation_id": "J1",
            "agent": "Emma Clarke",
            "messages": [
                {"name": "Ava Taylor", "sent_at": 1709715600, "message": "Is the kettle 1.7 litres?"},
                {"name": "Emma Clarke", "sent_at": "1709715630", "message": "Yes, 1.7 litres."},
            ],
        },
        {
            "conversation_id": "J2",
            "queue": "returns",
            "messages": [
                {"author": "Noah Wilson", "date": "2024-03-06 11:00:00", "text": "I'd like to return a lamp."},
                {"author": "James Porter", "date": "2024-03-06 11:00:45", "text": "Sure, I'll send a label."},
            ],
        },
    ]
    (CHATS / "conversations.json").write_text(json.dumps(conversations, indent=2), "utf-8")
    # A comma missing after the first message: the parser must point at line 4.
    malformed = (
        '{\n  "messages": [\n    {"author": "Ann Lee", "text": "hi"}\n'
        '    {"author": "Emma Clarke", "text": "hello"}\n  ]\n}\n'
    )
    (CHATS / "malformed.json").write_text(malformed, "utf-8")


def write_transcripts() -> None:
    english = [
        "Chat transcript - ticket 4471",
        "[2024-03-01 10:02:03] Emma Clarke (Support): Good morning, thanks for contacting Harbour Home.",
        "[2024-03-01 10:02:41] James Porter: Hi, I was charged twice for order 55812.",
        "[2024-03-01 10:03:15] Emma Clarke (Support): I'm sorry about that. I can see both payments:",
        "",
        "- 10:01 £49.99",
        "- 10:01 £49.99",
        "I'll refund the second one now.",
        "[2024-03-01 10:04:02] James Porter: Great, thanks!",
    ]
    (CHATS / "transcript_en.txt").write_text("\n".join(english) + "\n", "utf-8")
    # WeChat-style: a day header, time-only lines, full-width colons, and a chat that runs past midnight.
    chinese = [
        "———— 2024年3月1日 星期五 ————",
        "[23:58] 王芳：你好，还在吗？我的快递显示已签收，但我没收到",
        "[23:59] 客服李伟：您好，在的。请问您的订单号是多少？",
        "[00:01] 王芳：SO20240301",
        "[00:02] 客服李伟：好的，我已联系快递员核实，",
        "明天上午给您回复。",
    ]
    (CHATS / "transcript_zh_time_only.txt").write_text("\n".join(chinese) + "\n", "utf-8")
    undated = ["[10:02] Ann Lee: hi, is the shop open on Sunday?", "[10:03] Emma Clarke: Yes, 10:00 to 16:00."]
    (CHATS / "transcript_no_date.txt").write_text("\n".join(undated) + "\n", "utf-8")


def write_whatsapp() -> None:
    notice = (
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
        "can read or listen to them."
    )
    # US Android export: month first, 12-hour clock (newer versions put U+202F before AM/PM).
    android_12h = [
        f"12/31/23, 9:40 PM - {notice} Tap to learn more.",
        "12/31/23, 9:41 PM - Olivia Brown: Hi! My blender arrived with a cracked jug.",
        "12/31/23, 9:43\u202fPM - Emma Clarke: Hello Olivia, I'm sorry to hear that.",
        "Could you send a photo of the crack?",
        "We will ship a new jug right away.",
        "12/31/23, 9:45 PM - Olivia Brown: <Media omitted>",
        "1/2/24, 10:05 AM - Emma Clarke: The replacement jug is on its way 📦",
    ]
    (CHATS / "whatsapp_android_12h.txt").write_text("\n".join(android_12h) + "\n", "utf-8")
    # UK/Chinese Android export: day first (14/03 gives it away, so 03/04 is 3 April), 24-hour clock.
    android_24h = [
        f"14/03/2024, 08:15 - {notice} Tap to learn more.",
        "14/03/2024, 08:16 - 王芳: 你好，我买的电饭煲不能加热了",
        "14/03/2024, 08:17 - 李伟（客服）: 您好，王女士。请问是哪个型号？",
        "另外，麻烦提供一下订单号。",
        "14/03/2024, 08:19 - 王芳: 型号 RC-300，订单号 SO88123",
        "03/04/2024, 09:30 - Your security code with 王芳 changed. Tap to learn more.",
        "03/04/2024, 09:31 - 李伟（客服）: 新的电饭煲已经发出，请注意查收。",
    ]
    (CHATS / "whatsapp_android_24h.txt").write_text("\n".join(android_24h) + "\n", "utf-8")
    # iOS export: brackets, seconds, U+200E marks before attachments and WhatsApp's own notices.
    ios = [
        f"\u200e[05/03/2024, 21:41:05] Mia Davies: \u200e{notice}",
        "[05/03/2024, 21:41:30] Mia Davies: Hi, my rice cooker stopped working",
        "[05/03/2024, 21:42:10] Harbour Support: Sorry to hear that, Mia!",
        "Could you send a photo of the display?",
        "\u200e[05/03/2024, 21:43:00] Mia Davies: \u200eimage omitted",
        "[06/03/2024, 08:59:40] \u200eThis business works with other companies to manage this chat.",
        "[06/03/2024, 09:00:02] Harbour Support: A technician will call you today.",
    ]
    (CHATS / "whatsapp_ios.txt").write_text("\r\n".join(ios) + "\r\n", "utf-8")


def write_refused() -> None:
    (CHATS / "empty.txt").write_bytes(b"")
    # Bytes no text encoding reads: NULs in no UTF-16 pattern, and sequences invalid in every candidate codec.
    (CHATS / "junk.txt").write_bytes(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x0D]) * 8)
    prose = [
        "Notes from the team meeting",
        "We agreed to answer chats within 30 seconds.",
        "Next review on Friday.",
    ]
    (CHATS / "no_messages.txt").write_text("\n".join(prose) + "\n", "utf-8")


def _b64_word(text: str, charset: str, label: str | None = None) -> str:
    return f"=?{label or charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def write_email() -> None:
    plain = "Hi,\n\nmy order 55812 arrived with a dented kettle. Could you send a new one?\n\nThanks,\nSophie\n"
    html = "<html><head><style>p {color: red}</style></head><body><p>Hi,</p><p>my order 55812 …</p></body></html>"
    utf8 = (
        "From: Sophie Martin <sophie.martin@example.com>\n"
        "To: Harbour Home Support <support@harbour.example>\n"
        "Subject: =?utf-8?q?Dented_kettle_=E2=80=93_order_55812?=\n"
        "Date: Tue, 05 Mar 2024 08:30:00 +0000\n"
        "Message-ID: <kettle-1@example.com>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n'
        "\n"
        "--b1\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n" + quopri.encodestring(plain.encode("utf-8")).decode("ascii") + "\n--b1\n"
        'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n"
        "\n" + base64.encodebytes(html.encode("utf-8")).decode("ascii") + "--b1--\n"
    )
    (EMAIL / "order_utf8.eml").write_text(utf8.replace("\n", "\r\n"), "ascii", newline="")
    # Labelled gb2312 as Chinese clients do, but 镕 exists only in GBK: the reader must decode with the superset.
    gbk_body = (
        "客服您好：\n\n我上周买的电饭煲发票抬头写错了，应为“朱镕电器有限公司”。\n请重新开具发票，谢谢！\n\n黄小姐\n"
    )
    gbk = (
        f"From: {_b64_word('黄小姐', 'gb2312')} <huang@example.cn>\n"
        "To: service@harbour.example\n"
        f"Subject: {_b64_word('发票抬头有误（朱镕电器）', 'gbk', label='gb2312')}\n"
        "Date: Wed, 06 Mar 2024 10:15:00 +0800\n"
        "Message-ID: <invoice-1@example.cn>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=gb2312\n"
        "Content-Transfer-Encoding: base64\n"
        "\n" + base64.encodebytes(gbk_body.encode("gbk")).decode("ascii")
    )
    (EMAIL / "invoice_gbk.eml").write_text(gbk, "ascii")
    big5_html = "<div>您好，<br>我的訂單 <b>SO5566</b> 還沒到貨。</div><div>謝謝！&nbsp;陳小姐</div>"
    html_only = (
        f"From: {_b64_word('陳小姐', 'big5')} <chen@example.tw>\n"
        "To: support@harbour.example\n"
        f"Subject: {_b64_word('訂單查詢', 'big5')}\n"
        "Date: Thu, 07 Mar 2024 09:00:00 +0800\n"
        "Message-ID: <order-query@example.tw>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/html; charset=big5\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
    )
    (EMAIL / "html_only_big5.eml").write_bytes(html_only.encode("ascii") + big5_html.encode("big5") + b"\n")
    write_mbox()


def write_mbox() -> None:
    """Two threads, stored out of date order: one joined by In-Reply-To/References, one partly by subject only."""
    messages = [
        (
            "Noah Wilson <noah@example.com>",
            "Delivery address",
            "Mon, 04 Mar 2024 09:00:00 +0000",
            "<addr-1@example.com>",
            "",
            "Please deliver order 7731 to my office instead.\nFrom Monday I work at 12 Quay Street.",
        ),
        (
            "James Porter <james.porter@harbour.example>",
            "RE: Delivery address",
            "Mon, 04 Mar 2024 10:30:00 +0000",
            "<addr-2@harbour.example>",
            "In-Reply-To: <addr-1@example.com>\nReferences: <addr-1@example.com>\n",
            "Hi Noah, done: order 7731 will go to 12 Quay Street.",
        ),
        (
            f"{_b64_word('李伟', 'utf-8')} <li.wei@harbour.example>",
            _b64_word("回复：发票问题", "utf-8"),
            "Wed, 06 Mar 2024 11:00:00 +0800",
            "<invoice-2@harbour.example>",
            "In-Reply-To: <invoice-1@example.cn>\n",
            "黄小姐您好，发票已重新开具，请查收附件。",
        ),
        (
            f"{_b64_word('黄小姐', 'utf-8')} <huang@example.cn>",
            _b64_word("发票问题", "utf-8"),
            "Wed, 06 Mar 2024 10:15:00 +0800",
            "<invoice-1@example.cn>",
            "",
            "你好，请重新开具发票。",
        ),
        (
            f"{_b64_word('黄小姐', 'utf-8')} <huang@example.cn>",
            _b64_word("Re: 发票问题", "utf-8"),
            "Wed, 06 Mar 2024 14:20:00 +0800",
            "<invoice-3@example.cn>",
            "",
            "收到了，谢谢！",
        ),
    ]
    parts = []
    for author, subject, date, message_id, threading, body in messages:
        header = f"From: {author}\nTo: support@harbour.example\nSubject: {subject}\nDate: {date}\n"
        header += f"Message-ID: {message_id}\n{threading}MIME-Version: 1.0\n"
        header += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        # mboxrd escapes a body line starting with "From " so it is not read as the next message.
        escaped = "\n".join(">" + line if line.startswith("From ") else line for line in body.split("\n"))
        parts.append(f"From MAILER-DAEMON Thu Mar  7 09:00:00 2024\n{header}{escaped}\n\n")
    (EMAIL / "threads.mbox").write_bytes("".join(parts).encode("utf-8"))


def main() -> None:
    CHATS.mkdir(exist_ok=True)
    EMAIL.mkdir(exist_ok=True)
    write_encodings()
    write_csv()
    write_json()
    write_transcripts()
    write_whatsapp()
    write_refused()
    write_email()


if __name__ == "__main__":
    main()
