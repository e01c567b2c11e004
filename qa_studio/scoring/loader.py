"""Reading scorecard files: YAML with the line of every mapping and key kept, so each problem is reported as
FILE:LINE: reason."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from qa_studio.scoring.model import Scorecard
from qa_studio.scoring.validation import ScorecardError, ScorecardInvalid, build_scorecard
from qa_studio.scoring.versioning import definition_dict, scorecard_from_dict

# ScorecardError and ScorecardInvalid are raised from here; the dict pair is the names the services import.
__all__ = [
    "ScorecardError", "ScorecardInvalid", "load_scorecard", "load_scorecard_text", "scorecard_from_dict",
    "scorecard_to_dict",
]  # fmt: skip
scorecard_to_dict = definition_dict


# A full scorecard is a few thousand values; aliases may reuse parts, but not multiply them into millions.
MAX_EXPANDED_VALUES = 50_000
MAX_DEPTH = 40
# Shipped scorecards are 8–13 KB; the pure-Python YAML reader takes about 2.5 s per 100 KB.
MAX_FILE_BYTES = 256 * 1024


class _TooLarge(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def _check_expansion(root: yaml.Node) -> None:
    """Count the values the document holds once every alias is expanded, without expanding anything (each node is
    counted once and its total reused), and refuse an alias that refers to the collection containing it."""
    totals: dict[int, int] = {}
    open_nodes: set[int] = set()

    def expanded(node: yaml.Node) -> int:
        key = id(node)
        if key in totals:
            return totals[key]
        if key in open_nodes:
            raise _TooLarge(node.start_mark.line + 1, "an alias refers to the list or mapping that contains it")
        open_nodes.add(key)
        if isinstance(node, yaml.SequenceNode):
            total = 1 + sum(expanded(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total = 1 + sum(expanded(k) + expanded(v) for k, v in node.value)
        else:
            total = 1
        open_nodes.discard(key)
        totals[key] = total
        return total

    total = expanded(root)
    if total > MAX_EXPANDED_VALUES:
        aliased = total > len(totals)
        what = f"its aliases (*name) expand to {total:,} values" if aliased else f"it holds {total:,} values"
        raise _TooLarge(1, f"{what}; a scorecard holds at most {MAX_EXPANDED_VALUES:,}")


class _Map(dict):
    """A mapping read from YAML that remembers its own line and the line of each key."""

    line = 0
    key_lines: dict[str, int]


class _List(list):
    line = 0


class _LineLoader(yaml.SafeLoader):
    """A safe loader that keeps node marks as line numbers and reports keys given twice in one mapping.

    Booleans are YAML 1.2's (true/false only): under YAML 1.1, option keys and condition values such as yes, no,
    on and off would silently turn into booleans."""

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.repeated: list[tuple[int, str]] = []
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        # PyYAML composes nested collections recursively: refuse deep nesting before Python's stack runs out.
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                line = self.peek_event().start_mark.line + 1
                raise _TooLarge(line, f"lists and mappings are nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _Map:
        first_lines: dict[str, int] = {}
        for key_node, _value in node.value:
            name, line = str(key_node.value), key_node.start_mark.line + 1
            if name in first_lines:
                self.repeated.append((line, f'"{name}" is given twice (first on line {first_lines[name]})'))
            first_lines.setdefault(name, line)
        mapping = _Map(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = first_lines
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> _List:
        sequence = _List(super().construct_sequence(node, deep=True))
        sequence.line = node.start_mark.line + 1
        return sequence


_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def _syntax_error(exc: yaml.MarkedYAMLError, filename: str) -> ScorecardError:
    mark = exc.problem_mark or exc.context_mark
    reason = f"not valid YAML: {exc.problem or exc.context}"
    if exc.problem and exc.context and exc.context_mark is not None:
        reason += f" ({exc.context} on line {exc.context_mark.line + 1})"
    return ScorecardError(filename, mark.line + 1 if mark else 1, reason)


def load_scorecard_text(text: str, filename: str = "<scorecard>") -> Scorecard:
    """Parse and validate a scorecard; raises ScorecardInvalid listing every problem."""
    if len(text) > MAX_FILE_BYTES:
        reason = f"the file holds {len(text):,} characters; a scorecard has at most {MAX_FILE_BYTES:,}"
        raise ScorecardInvalid([ScorecardError(filename, 1, reason)])
    try:
        loader = _LineLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _check_expansion(node)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except _TooLarge as exc:
        raise ScorecardInvalid([ScorecardError(filename, exc.line, f"refused: {exc.reason}")]) from None
    except yaml.reader.ReaderError as exc:  # a control character: it has a position rather than a line
        line = text[: exc.position].count("\n") + 1
        raise ScorecardInvalid([ScorecardError(filename, line, f"not valid YAML: {exc.reason}")]) from None
    except yaml.MarkedYAMLError as exc:
        raise ScorecardInvalid([_syntax_error(exc, filename)]) from None
    repeated = [ScorecardError(filename, line, message) for line, message in loader.repeated]
    return build_scorecard(data, filename, repeated)


def load_scorecard(path: Path | str) -> Scorecard:
    """Read a scorecard file (UTF-8, with or without a byte-order mark)."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScorecardInvalid([ScorecardError(str(path), line, "not UTF-8 text: save the file as UTF-8")]) from None
    return load_scorecard_text(text, str(path))
