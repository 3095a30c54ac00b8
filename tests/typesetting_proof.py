"""Counting what a reader sees on the page, with ``pdftotext -bbox-layout``: where every word stands.

Shared by tests/test_typesetting.py; the hard week (tests/fixtures/hard-week) is the usual input.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PUNCTUATION = set("、。，．：；！？）」』】》〉”’（「『【《〈“‘—…·,.;:!?()[]\"'|｜-_/ ")
FOOTER = re.compile(r"^第\d+页/共\d+页$")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float


@dataclass(frozen=True)
class Line:
    """One printed line: the words that share a baseline on one page, left to right."""

    page: int
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return "".join(word.text for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def height(self) -> float:
        return max(word.y1 - word.y0 for word in self.words)


def printed_lines(pdf: Path) -> list[Line]:
    """Every printed line of ``pdf``, page by page, top to bottom (words grouped by their baseline)."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                           check=True, timeout=120).stdout
    tree = etree.fromstring(xhtml, parser=etree.XMLParser(recover=True, huge_tree=True))
    lines: list[Line] = []
    for number, page in enumerate(tree.iter("{*}page"), start=1):
        rows: dict[float, list[Word]] = {}
        for element in page.iter("{*}word"):
            word = Word(element.text or "", *(float(element.get(key)) for key in ("xMin", "xMax", "yMin", "yMax")))
            key = next((y for y in rows if abs(y - word.y1) < 2.0), word.y1)
            rows.setdefault(key, []).append(word)
        for y in sorted(rows):
            lines.append(Line(number, tuple(sorted(rows[y], key=lambda w: w.x0))))
    return lines


def visible_characters(text: str) -> str:
    return "".join(char for char in text if char not in PUNCTUATION and not char.isspace())


def one_character_lines(lines: list[Line]) -> list[Line]:
    """Lines holding a single character, with or without punctuation (page numbers and footers aside)."""
    return [line for line in lines if len(visible_characters(line.text)) == 1
            and not line.text.strip().isdigit() and not FOOTER.match(line.text)]


HANGING = set("、。，．：；！？）」』】》〉”’,.;:!?)")


def past_the_margins(lines: list[Line], left: float, right: float, tolerance: float = 0.5,
                     hanging_punctuation: bool = False) -> list[Line]:
    """Lines reaching outside the text column. With ``hanging_punctuation`` (LibreOffice's default for
    Chinese, 标点悬挂), a line's last closing mark may stand in the margin, up to one em: no word does."""
    outside = []
    for line in lines:
        if line.x0 < left - tolerance:
            outside.append(line)
        elif line.x1 > right + tolerance:
            last = line.words[-1]
            hangs = (hanging_punctuation and last.text[-1:] in HANGING
                     and last.x1 - (last.y1 - last.y0) <= right + tolerance)
            if not hangs:
                outside.append(line)
    return outside


def stretched_gaps(lines: list[Line], size: float = 12.0) -> list[tuple[Line, float]]:
    """Gaps between two ideographs that are neither closed (0) nor one grid cell (an ideographic space)."""
    found = []
    for line in lines:
        for before, after in zip(line.words, line.words[1:], strict=False):
            if not (before.text and after.text and IDEOGRAPH.match(before.text[-1]) and IDEOGRAPH.match(after.text[0])):
                continue
            gap = after.x0 - before.x1
            cell = before.y1 - before.y0  # pdftotext's word box height follows the font size
            if gap > 0.5 and not any(abs(gap - em) < 0.6 for em in (size, cell, 13.0, 10.5)):
                found.append((line, gap))
    return found


def squeeze(text: str) -> str:
    return re.sub(r"[\s\u200b\u2060]+", "", text)


def ragged_full_lines(lines: list[Line], left: float, right: float, paragraphs: list[str],
                      indent: float = 24.0) -> list[Line]:
    """Lines that a paragraph continues after, but that stop short of the right edge.

    A line is a full line when it and the start of the next printed line lie inside one paragraph of the
    issue (``paragraphs``, as text). Lines that end inside a URL or another Latin string broken at a
    separator may fall short: there is no space there to widen.
    """
    texts = [squeeze(paragraph) for paragraph in paragraphs]
    ragged = []
    for line, following in zip(lines, lines[1:], strict=False):
        if following.page != line.page or abs(following.x0 - left) > 0.5:
            continue  # the next line is no continuation: next page, or centred (a balanced title)
        if abs(line.x0 - left) > 0.5 and abs(line.x0 - left - indent) > 0.5:
            continue  # a centred line (titles, captions) is not justified
        joined = squeeze(line.text) + squeeze(following.text)[:8]
        if not any(joined in text for text in texts):
            continue
        last = line.words[-1].text
        if re.search(r"[A-Za-z0-9/._\-?&=@:]$", last) and re.match(r"[A-Za-z0-9/._\-?&=@%]", following.words[0].text):
            continue  # broken inside a URL or a long Latin string
        if line.x1 < right - 0.5:
            ragged.append(line)
    return ragged
