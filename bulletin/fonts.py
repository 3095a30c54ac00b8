"""Which fonts this machine has, and whether they cover every character of an issue.

WeasyPrint finds fonts through fontconfig and, when a font lacks a glyph, silently falls back to another
font or draws a blank box. We ask fontconfig first: the first configured family that is installed is the
one we name, and any character that no installed font can draw is an error before anything is rendered.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.errors import RenderError

INSTALL_HINT = ("请安装中文字体，例如在 Debian/Ubuntu 上运行：apt-get install fonts-noto-cjk；"
                "或在配置的 fonts 中写上本机已安装的字体名称（fc-list :lang=zh 可列出）。")


@dataclass(frozen=True)
class FontCoverage:
    """The characters one font family can draw, as fontconfig reports them (inclusive code point ranges)."""

    family: str
    ranges: tuple[tuple[int, int], ...]

    def covers(self, char: str) -> bool:
        code = ord(char)
        low, high = 0, len(self.ranges)
        while low < high:
            middle = (low + high) // 2
            start, end = self.ranges[middle]
            if code < start:
                high = middle
            elif code > end:
                low = middle + 1
            else:
                return True
        return False


def _fc(*args: str) -> str:
    if shutil.which("fc-match") is None:
        raise RenderError("找不到 fontconfig（fc-match），无法查找字体。请安装：apt-get install fontconfig。")
    result = subprocess.run(["fc-match", *args], capture_output=True, text=True, timeout=30, check=False)
    return result.stdout


def _parse_charset(text: str) -> tuple[tuple[int, int], ...]:
    ranges = []
    for part in text.split():
        start, _, end = part.partition("-")
        ranges.append((int(start, 16), int(end or start, 16)))
    return tuple(sorted(ranges))


@functools.lru_cache(maxsize=64)
def installed_family(family: str) -> FontCoverage | None:
    """The coverage of ``family`` if it is really installed (fc-match falls back silently; we don't)."""
    output = _fc("--format=%{family}\n%{charset}", family)
    names, _, charset = output.partition("\n")
    if family.casefold() not in {name.strip().casefold() for name in names.split(",")}:
        return None
    return FontCoverage(family=family, ranges=_parse_charset(charset))


def first_installed(families: Iterable[str], role: str) -> list[FontCoverage]:
    """The installed families among ``families``, in order; none installed is a clear error."""
    found = [coverage for family in families if (coverage := installed_family(family)) is not None]
    if not found:
        raise RenderError(f"没有找到任何已配置的{role}字体（{'、'.join(families)}）。{INSTALL_HINT}")
    return found


def uncovered(text: str, fonts: list[FontCoverage]) -> list[str]:
    """Characters of ``text`` that none of ``fonts`` can draw (spaces and controls don't count)."""
    missing = []
    for char in sorted(set(text)):
        if char.isspace() or ord(char) < 0x20:
            continue
        if not any(font.covers(char) for font in fonts):
            missing.append(char)
    return missing
