"""Regenerates the chat and e-mail files used by the end-to-end import tests (python make_chat_files.py)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).parent / "chats"
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


if __name__ == "__main__":
    main()
