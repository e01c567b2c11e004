"""Regenerates the chat and e-mail files used by the end-to-end import tests (python make_chat_files.py)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).parent / "chats"
# Samples for the parser tests: one file per format variant and encoding.
FORMATS = Path(__file__).parent / "formats"
CHINESE_CHAT = (
    "[2024-03-05 09:00:00] 顾客: 你好，我的订单还没到货\n[2024-03-05 09:00:25] 客服小王: 您好，请提供订单号\n"
)
TRADITIONAL_CHAT = (
    "[2024-03-05 09:00:00] 顧客: 你好，我的訂單還沒到貨\n[2024-03-05 09:00:25] 客服小王: 您好，請提供訂單號\n"
)


def write_formats() -> None:
    FORMATS.mkdir(exist_ok=True)
    (FORMATS / "zh_utf8_bom.txt").write_bytes(b"\xef\xbb\xbf" + CHINESE_CHAT.encode("utf-8"))
    (FORMATS / "zh_utf16le_bom.txt").write_bytes(CHINESE_CHAT.encode("utf-16"))
    (FORMATS / "zh_utf16le_nobom.txt").write_bytes(CHINESE_CHAT.encode("utf-16-le"))
    (FORMATS / "zh_gbk.txt").write_bytes(CHINESE_CHAT.encode("gbk"))
    # 𠮷 is outside GBK: only GB18030 can carry it.
    (FORMATS / "zh_gb18030.txt").write_bytes(CHINESE_CHAT.replace("小王", "小𠮷").encode("gb18030"))
    (FORMATS / "zh_big5.txt").write_bytes(TRADITIONAL_CHAT.encode("big5"))
    (FORMATS / "junk.txt").write_bytes(bytes(range(128, 256)) * 4)
    (FORMATS / "no_messages.txt").write_text("Meeting notes\nnothing here looks like a chat\n", "utf-8")
    ios = [
        "\u200e[05/03/2024, 21:41:05] Mia Davies: \u200eMessages and calls are end-to-end encrypted.",
        "[05/03/2024, 21:41:05] Mia Davies: Hi, my rice cooker is broken",
        "[05/03/2024, 21:42:10] Harbour Support: Sorry to hear that!",
        "Could you send a photo?",
        "[05/03/2024, 21:43:00] Mia Davies: \u200e<Media omitted>",
    ]
    (FORMATS / "whatsapp_ios.txt").write_text("\n".join(ios) + "\n", "utf-8")
    android12 = [
        "12/31/23, 9:41 PM - Lucas Martin: Is the store open tomorrow?",
        "12/31/23, 9:43 PM - Harbour Support: Happy new year! We open at 10 AM,",
        "see you then.",
    ]
    (FORMATS / "whatsapp_android_12h.txt").write_text("\n".join(android12) + "\n", "utf-8")
    zendesk = [
        "Chat ID;Timestamp;Name;Sender Type;Message",
        "Z-9;2024-03-06T08:00:00Z;Liam Johnson;visitor;Where is my refund?",
        "Z-9;2024-03-06T08:00:31Z;Sarah;agent;Hi Liam, it was sent yesterday.",
    ]
    (FORMATS / "zendesk_semicolon.csv").write_text("\n".join(zendesk) + "\n", "utf-8")
    (FORMATS / "missing_text_column.csv").write_text("timestamp,author\n2024-03-06 08:00,Ann\n", "utf-8")
    (FORMATS / "bad_time.csv").write_text(
        "timestamp,author,message\n2024-03-06 08:00,Ann,hi\n31/02/2024 10:00,Bob,hello\n", "utf-8"
    )
    conversations = [
        {
            "id": "J1",
            "agent": "Emma Clarke",
            "messages": [
                {"sender": "Ava", "body": "Hello", "time": 1709715600},
                {"sender": "Emma Clarke", "body": "Hi Ava", "time": 1709715630000},
            ],
        },
        {"id": "J2", "messages": [{"from": "Noah", "content": "Refund?", "date": "2024-03-06 09:00"}]},
    ]
    (FORMATS / "conversations.json").write_text(json.dumps(conversations), "utf-8")
    (FORMATS / "messages_list.json").write_text(
        json.dumps(
            [{"author": "Ava", "text": "Hi", "role": "customer"}, {"author": "Bot", "text": "Hello", "role": "bot"}]
        ),
        "utf-8",
    )
    first = EmailMessage()
    first["Subject"] = "发票问题"
    first["From"] = "黄小姐 <huang@example.cn>"
    first["Date"] = "Tue, 05 Mar 2024 10:00:00 +0800"
    first["Message-ID"] = "<t1@example.cn>"
    first.set_content("你好，请重新开具发票。", charset="gb2312")
    reply = EmailMessage()
    reply["Subject"] = "回复：发票问题"
    reply["From"] = "客服 李伟 <support@harbour.example>"
    reply["Date"] = "Tue, 05 Mar 2024 11:30:00 +0800"
    reply["Message-ID"] = "<t2@harbour.example>"
    reply["In-Reply-To"] = "<t1@example.cn>"
    reply.set_content("黄小姐您好，发票已重新开具。", charset="gb18030")
    other = EmailMessage()
    other["Subject"] = "Delivery address"
    other["From"] = "Noah Wilson <noah@example.com>"
    other["Date"] = "Wed, 06 Mar 2024 09:00:00 +0000"
    other["Message-ID"] = "<t3@example.com>"
    other.set_content("Please change my address.")
    (FORMATS / "gbk_subject.eml").write_bytes(first.as_bytes())
    mbox = b""
    for message in (reply, other, first):
        mbox += b"From sender@example Tue Mar  5 10:00:00 2024\n" + message.as_bytes().replace(b"\nFrom ", b"\n>From ")
        mbox += b"\n"
    (FORMATS / "threads.mbox").write_bytes(mbox)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    conversation = {
        "id": "LC-1001",
        "agent": "Emma Clarke",
        "queue": "Returns",
        "messages": [
            {"author": "Olivia Brown", "timestamp": "2024-03-01T10:00:00", "text": "Hi, my parcel is late."},
            {
                "author": "Emma Clarke",
                "timestamp": "2024-03-01T10:00:47",
                "text": "Hello Olivia, I'm Emma. Let me check.",
            },
            {"author": "Olivia Brown", "timestamp": "2024-03-01T10:01:30", "text": "Order 55812."},
            {
                "author": "Emma Clarke",
                "timestamp": "2024-03-01T10:03:05",
                "text": "It arrives tomorrow. Anything else?",
            },
        ],
    }
    text = json.dumps(conversation, ensure_ascii=False, indent=1)
    (HERE / "livechat.json").write_text(text, encoding="utf-8")
    # The same conversation saved again with a BOM under another name: a duplicate, not a second interaction.
    (HERE / "livechat_again.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    rows = [
        "会话ID,时间,发送人,角色,内容",
        "W-1,2024-03-02 09:00:00,孙先生,客户,你好，我的电饭煲坏了",
        "W-1,2024-03-02 09:00:20,王芳,客服,您好，我是客服王芳，请提供订单号",
        "W-1,2024-03-02 09:01:00,孙先生,客户,SO123456",
        "W-2,2024-03-02 11:00:00,黄小姐,客户,发票什么时候开？",
        "W-2,2024-03-02 11:00:35,李伟,客服,您好，发票将在三个工作日内开具",
    ]
    (HERE / "wecom_gbk.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))

    transcript = [
        "[2024-03-03 14:00:01] Noah Wilson: I was charged twice.",
        "[2024-03-03 14:00:40] Support - James: Sorry about that, James here.",
        "Let me look at your account.",
        "[2024-03-03 14:02:10] Noah Wilson: Thanks.",
    ]
    (HERE / "support_utf16.txt").write_bytes(("\n".join(transcript) + "\n").encode("utf-16"))

    whatsapp = [
        "03/04/2024, 09:15 - Messages and calls are end-to-end encrypted.",
        "03/04/2024, 09:15 - Ava Taylor: Hello, is the smart watch waterproof?",
        "03/04/2024, 09:16 - Harbour Support: Hi Ava! Yes, up to 50 metres.",
        "It is fine for swimming,",
        "but not for diving.",
        "03/04/2024, 09:17 - Ava Taylor: Perfect, thanks",
    ]
    (HERE / "whatsapp_android.txt").write_text("\n".join(whatsapp) + "\n", encoding="utf-8")

    mail = EmailMessage()
    mail["Subject"] = "Warranty claim"
    mail["From"] = "Liam Johnson <liam@example.com>"
    mail["To"] = "support@harbour.example"
    mail["Date"] = "Mon, 04 Mar 2024 16:20:00 +0000"
    mail["Message-ID"] = "<claim-1@example.com>"
    mail.set_content("My robot vacuum stopped working after a month.\nCan I claim the warranty?")
    (HERE / "warranty.eml").write_bytes(mail.as_bytes())

    (HERE / "broken.json").write_text('{"messages": [\n  {"author": "A", "text": "hi"},\n  oops\n]}\n', "utf-8")
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "notes.xyz").write_text("not a supported file\n", "utf-8")
    write_formats()


if __name__ == "__main__":
    main()
