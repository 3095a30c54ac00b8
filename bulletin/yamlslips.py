"""Slips of a Chinese keyboard in YAML, found line by line in the raw text, each at its own line and column.

PyYAML reports where it got lost, which is rarely where the editor slipped: a full-width colon ``：`` after
a key shows up as "missing colon" on the next line, an unclosed quote as "end of file" at the last line.
Some slips even parse "successfully" into wrong values (``[“医疗”, “健康”]`` is a list of quoted words,
``[医疗，健康]`` a list of one item), so a rule silently matches nothing. Scanning the raw lines for these
typical slips finds them where they are and says how to fix each one. The config and article front
matter share this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A key as the config and front matter write them, at the start of a line (after indentation or "- ").
_KEY = r"(?P<lead>[ \t\u3000]*(?:-[ \t]+)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)"
_FULL_WIDTH_COLON = re.compile(_KEY + r"[ \t]*(?P<mark>：)")
_NO_SPACE_AFTER_COLON = re.compile(_KEY + r"(?P<mark>:)(?P<next>[^\s/\\:])")
_VALUE = re.compile(_KEY + r":[ \t]+(?P<value>.*)$|(?P<dash>[ \t]*-[ \t]+)(?P<item>.*)$")
_CURLY_QUOTES = "“”‘’"
_LIST_COMMAS = "，、"
_FULL_WIDTH_BRACKETS = "［］"


@dataclass(frozen=True)
class Slip:
    """One slip: where it is (1-based, as editors count), what it is and how to fix it, in Chinese.

    ``breaks_parsing`` slips make the YAML unreadable or change its structure; the others (inside a
    ``[ ]`` list) parse into wrong values and are warnings.
    """

    line: int
    column: int
    message: str
    breaks_parsing: bool = True


def _without_comment(line: str) -> str:
    """The line without a trailing ``# comment`` (a ``#`` outside quotes, after a space)."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (index == 0 or line[index - 1] in " \t[{,:-"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line


def _unclosed_quote(value: str) -> int | None:
    """The offset of a quote that opens ``value`` and is not closed on the same line, else None."""
    if not value or value[0] not in "\"'":
        return None
    quote = value[0]
    index = 1
    while index < len(value):
        char = value[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and value[index + 1:index + 2] == "'":
                index += 2
                continue
            return None
        index += 1
    return 0


def _list_slips(number: int, value: str, start: int) -> list[Slip]:
    """Slips inside a flow list ``[a, b]`` that parse, but into the wrong items."""
    slips = []
    stripped = value.rstrip()
    if stripped[:1] in _FULL_WIDTH_BRACKETS or (stripped[:1] == "【" and stripped[-1:] == "】"
                                              and any(mark in stripped for mark in ",，、")):
        slips.append(Slip(number, start + 1, f"第 {number} 行用了中文方括号“{stripped[0]}{stripped[-1]}”，"
                                             "YAML 不把它当作列表；请改为英文方括号，例如“[医疗, 健康]”。",
                          breaks_parsing=False))
        return slips
    if not stripped.startswith("["):
        return slips
    for offset, char in enumerate(value):
        if char in _CURLY_QUOTES:
            slips.append(Slip(number, start + offset + 1,
                              f"第 {number} 行的列表里用了中文引号（{char}），引号会成为列表项的一部分，规则因此匹配不到；"
                              "请删去引号（列表项不需要引号），例如“[医疗, 健康]”，或改用英文引号。",
                              breaks_parsing=False))
            break
    for offset, char in enumerate(value):
        if char in _LIST_COMMAS:
            slips.append(Slip(number, start + offset + 1,
                              f"第 {number} 行的列表里用了中文{'逗号' if char == '，' else '顿号'}（{char}），"
                              "它不分隔列表项，几项会连成一项；请改为英文逗号加空格“, ”，例如“[医疗, 健康]”。",
                              breaks_parsing=False))
            break
    return slips


def find_slips(text: str, *, line_offset: int = 0) -> list[Slip]:
    """Every typical slip of ``text`` (YAML), in the order of the lines.

    Lines are numbered as in the file: ``line_offset`` is the number of file lines before ``text`` (the
    ``---`` of an article's front matter).
    """
    slips: list[Slip] = []
    block_indent: int | None = None  # inside a "|" or ">" block scalar, lines are text, not YAML
    for number, raw in enumerate(text.split("\n"), start=1 + line_offset):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if block_indent is not None:
            if indent > block_indent:
                continue
            block_indent = None
        line = _without_comment(raw).rstrip()
        leading = raw[: len(raw) - len(raw.lstrip(" \t\u3000"))]
        if "\u3000" in leading:
            slips.append(Slip(number, leading.index("\u3000") + 1,
                              f"第 {number} 行的缩进里有全角空格“　”，YAML 只认英文空格；请把行首的全角空格改为英文空格"
                              "（缩进与上下文对齐）。"))
        if (match := _FULL_WIDTH_COLON.match(line)) is not None:
            slips.append(Slip(number, match.start("mark") + 1,
                              f"第 {number} 行用了中文冒号“：”，请改为英文冒号加空格“: ”，"
                              f"例如“{match.group('key')}: …”。"))
            continue
        if (match := _NO_SPACE_AFTER_COLON.match(line)) is not None:
            key = match.group("key")
            rest = line[match.end("mark"):].strip()
            slips.append(Slip(number, match.start("mark") + 1,
                              f"第 {number} 行的冒号后面缺少空格，YAML 因此不把“{key}”当作键；请在英文冒号后加一个空格，"
                              f"写成“{key}: {rest}”。"))
            continue
        match = _VALUE.match(line)
        if match is None:
            continue
        value = match.group("value") if match.group("value") is not None else match.group("item")
        start = match.start("value") if match.group("value") is not None else match.start("item")
        if value.strip() in ("|", ">", "|-", ">-", "|+", ">+"):
            block_indent = indent
            continue
        if (offset := _unclosed_quote(value)) is not None:
            quote = value[offset]
            slips.append(Slip(number, start + offset + 1,
                              f"第 {number} 行的引号“{quote}”没有闭合，后面的内容都被当成了这段文字；"
                              f"请在这一行的值末尾补上“{quote}”，或删去开头的引号。"))
            continue
        slips.extend(_list_slips(number, value, start))
    return slips
