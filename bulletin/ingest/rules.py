"""The clutter rules: regular expressions as data, so an editor can teach ingest a new portal.

Built-in rules live in ``bulletin/defaults/clutter.yaml``; a project's ``config/clutter.yaml`` is laid
over them, each list extended (an editor writes only the new patterns). A bad pattern is reported at its
line and column, with the regex engine's complaint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bulletin.errors import ConfigError
from bulletin.yamltext import load_yaml, positions

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "defaults" / "clutter.yaml"
PROJECT_RULES = Path("config") / "clutter.yaml"

RULE_LISTS = ("drop_inline", "drop_lines", "stop_lines", "metadata_lines", "header_lines", "outlets", "bylines",
              "columns", "datelines", "photo_captions")
METADATA_GROUPS = ("title", "source", "url", "date", "author", "original_title")
# Lists whose named groups are metadata fields (a dateline may name its news agency as the source).
GROUPED_LISTS = {"metadata_lines": METADATA_GROUPS, "header_lines": METADATA_GROUPS, "datelines": ("source",)}
# How much a metadata value is worth: a labelled line (来源：) beats an unlabelled header line (a date
# and an outlet side by side), which beats what a newspaper page's header says for all its articles.
STRONG, WEAK, PAGE = 2, 1, 0


@dataclass(frozen=True)
class Rules:
    """Compiled rules. Line rules match a whole (stripped) line; ``datelines`` match its start."""

    drop_inline: tuple[re.Pattern[str], ...]
    drop_lines: tuple[re.Pattern[str], ...]
    stop_lines: tuple[re.Pattern[str], ...]
    metadata_lines: tuple[re.Pattern[str], ...]
    header_lines: tuple[re.Pattern[str], ...]
    outlets: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    columns: tuple[re.Pattern[str], ...]
    datelines: tuple[re.Pattern[str], ...]
    photo_captions: tuple[re.Pattern[str], ...]

    def matches(self, kind: str, line: str) -> re.Match[str] | None:
        """The first rule of list ``kind`` that matches the whole line."""
        for pattern in getattr(self, kind):
            match = pattern.fullmatch(line)
            if match:
                return match
        return None

    def metadata(self, line: str) -> tuple[re.Match[str], int] | None:
        """The metadata a line carries and its worth: ``STRONG`` for a labelled line, ``WEAK`` for an
        unlabelled header line."""
        match = self.matches("metadata_lines", line)
        if match and len(match.groupdict().get("source") or "") > 80:
            return None  # 消息来源:新华网 and the whole text after it, on one line: that line is text
        if match:
            return match, STRONG
        match = self.matches("header_lines", line)
        return (match, WEAK) if match else None

    def is_metadata(self, line: str) -> bool:
        return self.metadata(line) is not None

    def opens_with_dateline(self, text: str) -> bool:
        """Whether a paragraph opens like a newspaper item (本报讯, 新华社…电)."""
        return self.dateline(text) is not None

    def dateline(self, text: str) -> re.Match[str] | None:
        """The dateline a paragraph opens with, if any."""
        for pattern in self.datelines:
            match = pattern.match(text[:40])
            if match:
                return match
        return None


def _read_rules(path: Path) -> dict[str, list[str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"规则文件不是 UTF-8 编码（第 {exc.start} 字节）。请用 UTF-8 另存。", path=path) from None
    except OSError as exc:
        raise ConfigError(f"无法读取规则文件：{exc.strerror}。", path=path) from None
    data = load_yaml(text, path) if text.strip() else {}
    if data is None:
        return {}
    where = positions(text)
    if not isinstance(data, dict):
        raise ConfigError("规则文件的顶层应是若干列表，例如“drop_lines:”下每行“- '正则表达式'”。",
                          path=path, line=1, column=1)
    for key, value in data.items():
        key_at = where.get((key, "<key>"))
        if key not in RULE_LISTS:
            raise ConfigError(f"未知的规则类别“{key}”。可用的类别：{'、'.join(RULE_LISTS)}。", path=path,
                              line=key_at.line if key_at else None, column=key_at.column if key_at else None,
                              key=str(key))
        if value is None:
            data[key] = []
            continue
        if not isinstance(value, list):
            raise ConfigError(f"{key} 应是列表，每条规则一行，以“- ”开头。", path=path,
                              line=key_at.line if key_at else None, key=str(key))
        for index, pattern in enumerate(value):
            at = where.get((key, index))
            line, column = (at.line, at.column) if at else (None, None)
            if not isinstance(pattern, str):
                raise ConfigError(f"{key} 的第 {index + 1} 条规则应是一段文字（正则表达式），请加单引号。",
                                  path=path, line=line, column=column, key=f"{key}.{index}")
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{key} 的第 {index + 1} 条规则不是有效的正则表达式：{exc.msg}"
                                  f"（第 {exc.pos} 个字符）。", path=path, line=line, column=column,
                                  key=f"{key}.{index}") from None
            allowed = GROUPED_LISTS.get(key, ())
            unknown = set(compiled.groupindex) - set(allowed)
            if key in GROUPED_LISTS and unknown:
                raise ConfigError(f"{key} 的第 {index + 1} 条规则有未知的分组名 "
                                  f"{'、'.join(sorted(unknown))}；可用：{'、'.join(allowed)}。",
                                  path=path, line=line, column=column, key=f"{key}.{index}")
    return data


def load_rules(project_root: Path | None = None) -> Rules:
    """The built-in rules, extended by the project's ``config/clutter.yaml`` when there is one."""
    merged: dict[str, list[str]] = {name: [] for name in RULE_LISTS}
    sources = [DEFAULT_RULES]
    if project_root is not None and (project_root / PROJECT_RULES).is_file():
        sources.append(project_root / PROJECT_RULES)
    for source in sources:
        for key, patterns in _read_rules(source).items():
            merged[key].extend(patterns)
    return Rules(**{name: tuple(re.compile(p, re.IGNORECASE if name == "stop_lines" else 0)
                                for p in dict.fromkeys(merged[name])) for name in RULE_LISTS})
