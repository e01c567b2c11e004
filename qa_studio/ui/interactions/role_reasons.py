"""Why an author was taken for agent or customer, in the interface language. The importer (pure, no Qt) stores a
short English reason from a fixed set; each is recognised here and said again through Qt's translation."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from qa_studio.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RoleReasons"
QUOTED = r"\"(?P<value>.*)\""
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"stated in the file"), QT_TRANSLATE_NOOP("RoleReasons", "stated in the file")),
    (re.compile(r"matches agent " + QUOTED), QT_TRANSLATE_NOOP("RoleReasons", "matches agent “{value}”")),
    (re.compile(r"name is " + QUOTED), QT_TRANSLATE_NOOP("RoleReasons", "name is “{value}”")),
    (re.compile(r"name contains " + QUOTED), QT_TRANSLATE_NOOP("RoleReasons", "name contains “{value}”")),
    (
        re.compile(r"address on the agents' domain " + QUOTED),
        QT_TRANSLATE_NOOP("RoleReasons", "address on the agents' domain “{value}”"),
    ),
    (re.compile(r"the only other participant"), QT_TRANSLATE_NOOP("RoleReasons", "the only other participant")),
    (
        re.compile(r"first to write — assumed customer"),
        QT_TRANSLATE_NOOP("RoleReasons", "first to write — assumed customer"),
    ),
    (
        re.compile(r"answered the customer — assumed agent"),
        QT_TRANSLATE_NOOP("RoleReasons", "answered the customer — assumed agent"),
    ),
    (re.compile(r"corrected by (?P<value>.*)"), QT_TRANSLATE_NOOP("RoleReasons", "corrected by {value}")),
)


def reason_text(reason: str) -> str:
    """The stored reason in the interface language; an unknown one is shown as stored."""
    for pattern, template in PATTERNS:
        if found := pattern.fullmatch(reason):
            return QCoreApplication.translate(CONTEXT, template).format(value=found.groupdict().get("value", ""))
    return reason
