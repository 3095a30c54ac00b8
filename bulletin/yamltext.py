"""YAML as editors write it: dates kept as text, and every value's line and column known.

PyYAML turns ``2024-03-05`` into a date but ``2024-3-5`` into text, and an impossible date such as
``2024-13-45`` into a bare ``ValueError`` with no line. We load every scalar as the YAML 1.1 types
minus timestamps, and validate dates ourselves, so an editor's bad date is reported at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bulletin.errors import BulletinError
from bulletin.yamlslips import find_slips

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _without_timestamps(base: Any) -> Any:
    """A loader class like ``base`` whose implicit resolvers never produce dates."""
    loader: Any = type(f"DateAsText{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return loader


FastLoader = _without_timestamps(_BaseLoader)
MarkedLoader = _without_timestamps(yaml.SafeLoader)

Key = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """Where a key or value stands in a file, 1-based as editors count."""

    line: int
    column: int


def missing_colon_line(text: str, error_line: int) -> int | None:
    """The line (0-based) that lacks its colon, when PyYAML blames the line after it.

    ``days 7`` followed by ``week_ending: 周四`` reads as one text running into a colon, so PyYAML
    reports the second line; the mistake is the nearest earlier line with no ASCII colon at all
    (often a full-width ``：``).
    """
    lines = text.split("\n")
    for index in range(min(error_line, len(lines)) - 1, -1, -1):
        line = lines[index].strip()
        if not line or line.startswith("#"):
            continue
        if ":" in line or line.startswith(("-", "[", "{", "|", ">", "'", '"')):
            return None
        return index
    return None


def _syntax_error(exc: yaml.YAMLError, path: Path | str, line_offset: int, text: str = "") -> BulletinError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None and problem.startswith("mapping values are not allowed here"):
        colonless = missing_colon_line(text, mark.line)
        if colonless is not None:
            line = text.split("\n")[colonless]
            full_width = "（这一行用了中文冒号“：”，请换成英文冒号“:”）" if "：" in line else ""
            return BulletinError(f"YAML 格式错误：这一行缺少冒号“:”{full_width}。请在键名后加上英文冒号和一个空格，"
                                 "例如“days: 7”。", path=path, line=colonless + 1 + line_offset,
                                 column=len(line) - len(line.lstrip()) + 1)
    hint = _syntax_hint(problem)
    message = f"YAML 格式错误：{_translate_problem(problem)}。{hint}"
    if mark is None:
        return BulletinError(message, path=path)
    return BulletinError(message, path=path, line=mark.line + 1 + line_offset, column=mark.column + 1)


def _translate_problem(problem: str) -> str:
    known = {
        "found character '\\t' that cannot start any token": "这里有制表符（Tab），YAML 只能用空格缩进",
        "found a tab character": "这里有制表符（Tab），YAML 只能用空格缩进",
        "mapping values are not allowed here": "这里不能出现冒号（可能缩进不对，或值里有“: ”需要加引号）",
        "could not find expected ':'": "缺少冒号“:”",
        "found undefined alias": "引用了未定义的别名",
        "expected <block end>, but found '<block mapping start>'": "缩进不一致",
        "expected <block end>, but found '-'": "列表项的缩进不一致",
        "found unexpected end of stream": "文件意外结束（引号或括号没有闭合？）",
    }
    for english, chinese in known.items():
        if problem.startswith(english):
            return chinese
    return problem


def _syntax_hint(problem: str) -> str:
    if "\\t" in problem or "tab character" in problem:
        return "请把 Tab 换成空格。"
    if "could not find expected ':'" in problem:
        return "请在键名后加上英文冒号和一个空格，例如“title: 标题”。"
    if "mapping values" in problem:
        return "请检查缩进；如果值里含有“: ”，请用双引号把整个值括起来。"
    return "请检查这一行及其上一行。"


def slip_error(text: str, path: Path | str, *, line_offset: int = 0) -> BulletinError | None:
    """The keyboard slips that break ``text`` as one error (every slip in ``problems``), or None.

    Called once the YAML is known to be wrong (unreadable, or not the mapping it should be): the slip
    is then the cause, and its line is where the editor must look, whatever line PyYAML blamed.
    """
    slips = [slip for slip in find_slips(text, line_offset=line_offset) if slip.breaks_parsing]
    if not slips:
        return None
    problems = [BulletinError(f"YAML 格式错误：{slip.message}", path=path, line=slip.line, column=slip.column)
                for slip in slips]
    first = problems[0]
    error = BulletinError(first.message, path=path, line=first.line, column=first.column)
    error.problems = problems  # type: ignore[attr-defined]
    return error


def list_slips(text: str, path: Path | str, *, line_offset: int = 0) -> list[BulletinError]:
    """Slips inside ``[ ]`` lists that parse into wrong values (curly quotes, Chinese commas): warnings."""
    if not any(mark in text for mark in "“”‘’，、"):
        return []
    return [BulletinError(slip.message, path=path, line=slip.line, column=slip.column)
            for slip in find_slips(text, line_offset=line_offset) if not slip.breaks_parsing]
MAX_DEPTH = 20  # nesting deeper than any config or front matter needs; deeper is refused, not recursed


def refuse_hostile(text: str, path: Path | str, line_offset: int = 0) -> None:
    """Refuse aliases and deep nesting before anything is built from the text.

    An alias (``*name``) lets a few lines expand into gigabytes ("billion laughs"); thousands of nested
    brackets make PyYAML's constructor recurse until Python gives up. Editors' files need neither, so the
    parser's events are read first (libyaml's parser does not recurse) and either is an error at its line.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            at = event.start_mark
            line, column = (at.line + 1 + line_offset, at.column + 1) if at is not None else (None, None)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise BulletinError("YAML 中不允许使用锚点和别名（& 与 *）。请把内容直接写出来。", path=path,
                                    line=line, column=column)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise BulletinError(f"YAML 嵌套超过 {MAX_DEPTH} 层，无法使用。请检查括号和缩进。", path=path,
                                        line=line, column=column)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if "nesting depth" in str(exc) and mark is not None:  # libyaml's own limit, met while scanning ahead
            raise BulletinError(f"YAML 嵌套超过 {MAX_DEPTH} 层，无法使用。请检查括号和缩进。", path=path,
                                line=mark.line + 1 + line_offset, column=mark.column + 1) from None
        return  # another syntax error: load_yaml reports it, with its line


def load_yaml(text: str, path: Path | str, *, line_offset: int = 0) -> Any:
    """Parse YAML text fast; raise a ``BulletinError`` pointing at the line on a syntax error (or on an
    alias or nesting that ``refuse_hostile`` refuses)."""
    refuse_hostile(text, path, line_offset)
    try:
        return yaml.load(text, Loader=FastLoader)
    except yaml.YAMLError as fast_exc:
        slipped = slip_error(text, path, line_offset=line_offset)
        if slipped is not None:
            raise slipped from None
        # libyaml's messages differ from PyYAML's; re-parse slowly for the message we translate.
        try:
            yaml.load(text, Loader=MarkedLoader)
        except yaml.YAMLError as exc:
            raise _syntax_error(exc, path, line_offset, text) from None
        except RecursionError:
            pass  # deeply nested and broken: the fast parser's message will do
        raise _syntax_error(fast_exc, path, line_offset, text) from None


_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): (.*)")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _plain_text(value: str) -> bool:
    """Whether ``value`` reads as a plain YAML string: no indicator, no comment, no implicit type."""
    if not value or value[0] in _INDICATORS or value != value.strip() or "\t" in value:
        return False
    if ": " in value or " #" in value or value.endswith(":"):
        return False
    resolvers = FastLoader.yaml_implicit_resolvers
    return not any(regexp.match(value) for _, regexp in (*resolvers.get(value[0], ()), *resolvers.get(None, ())))


def load_simple_mapping(text: str) -> dict[str, Any] | None:
    """Read front matter that is only ``key: plain text`` and ``key: [a, b]`` lines, without PyYAML.

    Article files are nearly always that simple, and building PyYAML's objects is most of the time of
    loading a large corpus. Anything else (quotes other than an empty ``""``, nesting, comments, numbers,
    booleans, several lines) returns None, and the caller loads the text with ``load_yaml``, so the
    result is always what PyYAML would give.
    """
    found: dict[str, Any] = {}
    for line in text.split("\n"):
        if not line.strip():
            continue
        match = _SIMPLE_LINE.fullmatch(line.rstrip())
        if match is None:
            return None
        key, value = match.groups()
        if value in ('""', "''"):
            found[key] = ""
        elif value.startswith("[") and value.endswith("]"):
            items = [item.strip() for item in value[1:-1].split(",")] if value[1:-1].strip() else []
            if not all(_plain_text(item) and not any(c in item for c in "[]{}:#") for item in items):
                return None
            found[key] = items
        elif _plain_text(value):
            found[key] = value
        else:
            return None
    return found


def positions(text: str, *, line_offset: int = 0) -> dict[Key, Position]:
    """Map every key path (``("window", "days")``) to the position of its value.

    Only called when something is wrong, to say where: composing nodes is slower than loading.
    """
    try:
        root = yaml.compose(text, Loader=MarkedLoader)
    except yaml.YAMLError:
        return {}
    found: dict[Key, Position] = {}

    def walk(node: yaml.Node, key: Key) -> None:
        found[key] = Position(node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                name = key_node.value
                found[(*key, name, "<key>")] = Position(
                    key_node.start_mark.line + 1 + line_offset, key_node.start_mark.column + 1)
                walk(value_node, (*key, name))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*key, index))

    if root is not None:
        walk(root, ())
    return found
