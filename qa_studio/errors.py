"""Errors a user reads, as codes with parameters: the code is an English template marked with
QT_TRANSLATE_NOOP("Errors", …) (the catalogue's key), the parameters fill it in the user's language.

Pure Python, so importers and scoring raise them without Qt: `str(exc)` is rendered through whatever translator the
app or the command line installed (`qa_studio.i18n` installs Qt's on import), `exc.english` is always English (for
logs), and `exc.code` / `exc.params` are for code that must tell errors apart (never parse the text)."""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Errors"

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731 - English until one is installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, recognised by lupdate
    """Mark a template for the catalogue; it is translated where it is shown."""
    return text


def install_translator(translate: Callable[[str, str], str]) -> None:
    """Called once by qa_studio.i18n with Qt's translate(); importers never import Qt themselves."""
    global _translate
    _translate = translate


def _render(item: Phrase | Explained, english: bool) -> str:
    template = item.template if english else _translate(CONTEXT, item.template)
    if not item.params:
        return template  # an unconverted sentence may hold braces of its own
    values = {key: value.render(english) if isinstance(value, Phrase | Explained) else value
              for key, value in item.params.items()}  # fmt: skip
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English still reads
        return item.template if english else _render(item, True)


class Phrase:
    """A translatable piece of a message, such as where in a file a problem is ("conversation 2, message 5")."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template, self.params = template, params

    def render(self, english: bool = False) -> str:
        return _render(self, english)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Phrase({self.render(True)!r})"


class Explained(Exception):
    """Base of every error whose text a user reads: a template (the code) and its parameters."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(_render(self, True))

    @property
    def template(self) -> str:
        return self.code

    @property
    def english(self) -> str:
        return _render(self, True)

    def render(self, english: bool = False) -> str:
        return _render(self, english)

    def __str__(self) -> str:
        return self.render()


def user_message(exc: BaseException) -> str:
    """The error in the user's language where it carries a template; its text otherwise."""
    return str(exc)


class NotFound(Explained, LookupError):
    """An id or name that does not exist (or that this person may not see)."""
