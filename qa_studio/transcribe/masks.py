"""The words that stand in for what redaction hides ([card], [phone]…), and showing them in the reader's language:
no regular expressions and no Qt needed to import it, so the quick `list` localises masked subjects as the app does."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Kind(StrEnum):
    CARD = "card"
    PHONE = "phone"
    CN_ID = "cn_id"
    EMAIL = "email"
    SPOKEN_DIGITS = "spoken_digits"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MASKS = {
    Kind.CARD: QT_TRANSLATE_NOOP("Redaction", "[card]"),
    Kind.PHONE: QT_TRANSLATE_NOOP("Redaction", "[phone]"),
    Kind.CN_ID: QT_TRANSLATE_NOOP("Redaction", "[ID]"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("Redaction", "[email]"),
    Kind.SPOKEN_DIGITS: QT_TRANSLATE_NOOP("Redaction", "[number]"),
}


def shown_masks(translate: Callable[[str, str], str] | None = None) -> dict[Kind, str]:
    """The masks in the interface's language ([电话号码] in Chinese); English where Qt is not loaded. `translate`:
    another catalogue's lookup (context, text) instead of Qt's."""
    if translate is not None:
        return {kind: translate("Redaction", mask) for kind, mask in MASKS.items()}
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - Qt is a dependency; this keeps the module usable on its own
        return dict(MASKS)
    return {kind: QCoreApplication.translate("Redaction", mask) for kind, mask in MASKS.items()}


def localise_masks(masked: str, shown: dict[Kind, str] | None = None) -> str:
    shown = shown_masks() if shown is None else shown
    for kind, mask in MASKS.items():
        if shown[kind] != mask:
            masked = masked.replace(mask, shown[kind])
    return masked
