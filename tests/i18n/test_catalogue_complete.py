"""Every literal string the code translates is in the Chinese catalogue, under the context Qt will look it up in.

lupdate does not see a tr() call inside an f-string or some expressions, and such a string then silently stays
English; this reads the code the way Python does (ast) and fails on any literal that has no finished translation.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "qa_studio"
CATALOGUE = PACKAGE / "translations" / "qa_studio_zh_CN.ts"


def _catalogue() -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete"):
                if (translation.text or "").strip() or message.get("numerus") == "yes":
                    found.add((name, message.findtext("source") or ""))
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Calls(ast.NodeVisitor):
    """(context, text, where) of every translation call with literal text."""

    def __init__(self, path: Path) -> None:
        self.path, self.classes, self.found = path, [], []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's visitor names
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func, args = node.func, node.args
        where = f"{self.path.relative_to(PACKAGE.parent)}:{node.lineno}"
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and args and (text := _literal(args[0])) is not None:
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self.found.append((self.classes[-1], text, where))
            elif isinstance(func, ast.Name):
                self.found.append(("", text, where))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context, text = _literal(args[0]), _literal(args[1])
            if context is not None and text is not None:
                self.found.append((context, text, where))
        self.generic_visit(node)


def test_every_translated_literal_has_a_chinese_translation() -> None:
    catalogue = _catalogue()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        calls = _Calls(path)
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        missing += [f"{where}: [{context}] {text!r}" for context, text, where in calls.found
                    if (context, text) not in catalogue]  # fmt: skip
    assert not missing, "strings without a Chinese translation:\n" + "\n".join(missing)
