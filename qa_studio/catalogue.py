"""The compiled translations read without Qt: where the app compiles them (i18n.compiled_translations) and a reader of
Qt's .qm format, so the quick `list` (cli/quick_list.py) says the same words Qt's translator would, from the same file.

The reader answers exact lookups (context, source, no disambiguation), which is all the command line asks; anything
it cannot read makes it give up, and the caller leaves the work to Qt."""

from __future__ import annotations

import hashlib
from pathlib import Path

I18N_DIR = Path(__file__).with_name("translations")
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Tags inside a message record (Qt's qtranslator.cpp).
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)
_NULL = 0xFFFFFFFF


def compiled_folder(data: Path) -> Path:
    """Where the app keeps the .qm files compiled from today's .ts sources: one folder per content of the sources."""
    sources = sorted(I18N_DIR.glob("*.ts"))
    digest = hashlib.sha256(b"".join(source.read_bytes() for source in sources)).hexdigest()[:16]
    return data / "translations" / digest


class Catalogue:
    """The messages of one .qm file: (context, source, comment) -> translation. `translate` falls back to the source,
    as Qt does for a message the file does not hold."""

    def __init__(self, messages: dict[tuple[str | None, str, str | None], str]) -> None:
        self._messages = messages

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            raise ValueError(f"{path} is not a compiled Qt translation")
        at, block = len(_MAGIC), b""
        while at + 5 <= len(data):
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
            if tag == _MESSAGES:
                block = data[at + 5 : at + 5 + length]
            at += 5 + length
        return cls(_messages(block))

    def translate(self, context: str, source: str) -> str:
        # A message stored without a context or comment matches any, as in Qt's lookup.
        for key in ((context, source, None), (context, source, ""), (None, source, None), (None, source, "")):
            if (found := self._messages.get(key)) is not None:
                return found
        return source


def _messages(block: bytes) -> dict[tuple[str | None, str, str | None], str]:
    found: dict[tuple[str | None, str, str | None], str] = {}
    at = 0
    while at < len(block):
        translation: str | None = None
        source: str | None = None
        context: str | None = None
        comment: str | None = None
        while True:
            tag = block[at]
            at += 1
            if tag == _END:
                break
            if tag in (_OBSOLETE1, _OBSOLETE2):
                at += 4
                continue
            length = int.from_bytes(block[at : at + 4], "big")
            at += 4
            if length == _NULL:
                continue
            value = block[at : at + length]
            at += length
            if tag == _TRANSLATION:
                if translation is None:  # the first of several plural forms
                    translation = value.decode("utf-16-be")
            elif tag == _SOURCE:
                source = value.decode("utf-8")
            elif tag == _CONTEXT:
                context = value.decode("utf-8")
            elif tag == _COMMENT:
                comment = value.decode("utf-8")
            elif tag not in (_SOURCE16, _CONTEXT16):
                raise ValueError(f"unknown tag {tag} in a compiled translation")
        if source is not None and translation:
            found.setdefault((context, source, comment), translation)
    return found
