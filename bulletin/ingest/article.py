"""From the paragraphs of one article to a draft article file: title, outlet, date and URL found (and
where), the body without clutter, and what the editor still has to check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bulletin.ingest.dates import find_date, parse_full_date
from bulletin.ingest.paste import Paragraph, is_heading_like
from bulletin.ingest.rules import Rules
from bulletin.ingest.split import NUMBERED_TITLE, Chunk

PLACEHOLDER_SOURCE = "来源待核"
_TITLE_PLACEHOLDER_CHARS = 30
_SOURCE_TAIL = re.compile(r"\s+(作者|编辑|责任编辑|记者|发布时间|时间|日期)\s*[:：].*$")
_BRACKETS = "（）()【】[]《》<>「」 "
_URL = re.compile(r"^https?://\S+$")
REVIEW_ORDER = ("title", "source", "date", "url")


@dataclass(frozen=True)
class Found:
    """A metadata value and where it came from, as the editor's report says it."""

    value: str
    where: str


@dataclass(frozen=True)
class Hints:
    """What the editor told ingest, and the date partial dates are resolved against."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    reference: dt.date = field(default_factory=dt.date.today)
    reference_where: str = "今天的日期"


@dataclass(frozen=True)
class Draft:
    """One article as ingest recovered it, before it is written."""

    title: Found
    source: Found
    url: Found
    date: Found
    paragraphs: tuple[str, ...]
    author: str = ""
    subtitle: str = ""
    note: str = ""
    review: tuple[str, ...] = ()
    dropped: int = 0

    @property
    def date_value(self) -> dt.date:
        return dt.date.fromisoformat(self.date.value)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _clean_value(name: str, value: str) -> str:
    value = value.strip().strip(_BRACKETS) if name != "url" else value.strip()
    if name == "source":
        value = _SOURCE_TAIL.sub("", value).strip()
    return value


class _Collector:
    """Metadata found so far in one article; the first value of each field wins."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.found: dict[str, Found] = {}

    def where(self, paragraph: Paragraph) -> str:
        return f"{self.origin} 第 {paragraph.line} 行"

    def offer(self, name: str, value: str, paragraph: Paragraph) -> None:
        value = _clean_value(name, value)
        if name == "date":
            date = parse_full_date(value)
            if date is None:
                return
            value = date.isoformat()
        if value and name not in self.found:
            self.found[name] = Found(value, self.where(paragraph))

    def take_metadata(self, paragraphs: list[Paragraph], index: int, rules: Rules) -> int:
        """Consume the metadata line at ``index`` (and its value on the next line); return lines used."""
        match = rules.matches("metadata_lines", paragraphs[index].text)
        if match is None:
            return 0
        used = 1
        for name, value in match.groupdict().items():
            if value:
                self.offer(name, value, paragraphs[index])
            elif value == "":  # a label whose value is on the next line (链接： / URL)
                after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                fits = after is not None and (_URL.match(after.text) if name == "url" else is_heading_like(after.text))
                if fits and after is not None:
                    self.offer(name, after.text, after)
                    used = 2
        return used


def _strip_number(text: str) -> str:
    match = NUMBERED_TITLE.match(text)
    return match.group("title").strip() if match else text


def _read_header(paragraphs: list[Paragraph], chunk: Chunk, rules: Rules, found: _Collector,
                 extra: dict[str, str]) -> tuple[list[str], int]:
    """Consume the header lines (titles, bylines, column labels, metadata); return titles and where the
    body starts."""
    titles: list[str] = []
    index = 0
    if chunk.kind == "digest" and paragraphs and NUMBERED_TITLE.match(paragraphs[0].text):
        # A digest's numbered title may be wrapped over the lines before its first metadata line.
        title = _strip_number(paragraphs[0].text)
        index = 1
        while index < min(len(paragraphs), 3) and not rules.matches("metadata_lines", paragraphs[index].text):
            title += paragraphs[index].text
            index += 1
        titles.append(title)
        found.offer("title", title, paragraphs[0])
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        used = found.take_metadata(paragraphs, index, rules)
        if used:
            index += used
            continue
        byline = rules.matches("bylines", paragraph.text)
        if byline and titles:
            extra.setdefault("author", (byline.groupdict().get("author") or paragraph.text).strip())
        elif rules.matches("columns", paragraph.text) and not titles:
            extra.setdefault("column", paragraph.text.strip("【】 "))
        elif is_heading_like(paragraph.text):
            if titles and _squash(paragraph.text) == _squash(titles[0]):
                pass  # the title repeated above the body (digests, pages saved whole)
            elif index + 1 < len(paragraphs) or not titles:
                titles.append(_strip_number(paragraph.text))
        else:
            break
        index += 1
    return titles, index


def _choose_title(titles: list[str], found: _Collector, paragraphs: list[Paragraph],
                  extra: dict[str, str]) -> None:
    if "title" in found.found or not titles:
        return
    main = [t for t in titles if not t.startswith(("—", "-"))]
    subtitles = [t.lstrip("—- ") for t in titles if t.startswith(("—", "-"))]
    if not main:
        return
    # A kicker (引题) stands above the main title; the main title is the last of the lines.
    found.found["title"] = Found(main[-1], found.where(paragraphs[0]))
    if len(main) > 1:
        extra["kicker"] = "；".join(main[:-1])
    if subtitles:
        extra["subtitle"] = subtitles[0]


def _read_body(paragraphs: list[Paragraph], start: int, rules: Rules, found: _Collector,
               extra: dict[str, str]) -> tuple[list[Paragraph], int]:
    body: list[Paragraph] = []
    dropped = 0
    index = start
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if rules.matches("stop_lines", paragraph.text):
            dropped += len(paragraphs) - index
            break
        used = found.take_metadata(paragraphs, index, rules)
        if used:
            index += used
            continue
        body.append(paragraph)
        index += 1
    if body and rules.matches("bylines", body[-1].text):
        byline = rules.matches("bylines", body.pop().text)
        extra.setdefault("author", (byline.groupdict().get("author") or "").strip() if byline else "")
    # A list of other headlines after the article (sidebars, "more news") is clutter.
    trailing = 0
    while trailing < len(body) and is_heading_like(body[len(body) - 1 - trailing].text):
        trailing += 1
    if trailing >= 2:
        dropped += trailing
        body = body[:len(body) - trailing]
    return body, dropped


def build_draft(chunk: Chunk, hints: Hints, rules: Rules, origin: str, *, only_article: bool,
                known: dict[str, Found] | None = None) -> Draft | None:
    """The draft article of one chunk, or None when no body is left (a chunk of only clutter)."""
    paragraphs = list(chunk.paragraphs)
    found = _Collector(origin)
    found.found.update(known or {})
    extra: dict[str, str] = {}
    titles, start = _read_header(paragraphs, chunk, rules, found, extra)
    body, dropped = _read_body(paragraphs, start, rules, found, extra)
    if not body and titles and "title" not in found.found:
        body = [Paragraph(t, paragraphs[0].line) for t in titles]  # only short lines: keep them as text
        titles = []
    if not body:
        return None
    _choose_title(titles, found, paragraphs, extra)
    title_key = _squash(found.found["title"].value) if "title" in found.found else None
    body = [p for p in body if _squash(p.text) != title_key]
    if not body:
        return None
    review: list[str] = []

    if hints.title and (only_article or "title" not in found.found):
        found.found["title"] = Found(hints.title, "--title 参数")
    for name in ("source", "url"):
        value = getattr(hints, name)
        if value:
            found.found[name] = Found(value, f"--{name} 参数")
    if hints.date:
        found.found["date"] = Found(hints.date.isoformat(), "--date 参数")

    if "title" not in found.found:
        first = re.split(r"(?<=[。！？])", body[0].text)[0]
        found.found["title"] = Found(first[:_TITLE_PLACEHOLDER_CHARS], "未找到（暂用正文首句，请改写）")
        review.append("title")
    if "source" not in found.found:
        found.found["source"] = Found(PLACEHOLDER_SOURCE, "未找到")
        review.append("source")
    if "date" not in found.found:
        in_text = find_date(" ".join(p.text for p in body[:1]), hints.reference) \
            if chunk.kind == "single" else None
        if in_text:
            date, year_inferred = in_text
            where = found.where(body[0]) + "正文"
            found.found["date"] = Found(date.isoformat(),
                                        where + (f"（年份据{hints.reference_where}推断）" if year_inferred else ""))
        else:
            found.found["date"] = Found(hints.reference.isoformat(), f"未找到（暂用{hints.reference_where}）")
            review.append("date")
    if "url" not in found.found:
        found.found["url"] = Found("", "未找到")
        review.append("url")

    notes = []
    if extra.get("column"):
        notes.append(f"栏目：{extra['column']}")
    if extra.get("kicker"):
        notes.append(f"引题：{extra['kicker']}")
    return Draft(
        title=found.found["title"], source=found.found["source"], url=found.found["url"],
        date=found.found["date"], paragraphs=tuple(p.text for p in body), author=extra.get("author", ""),
        subtitle=extra.get("subtitle", ""), note="；".join(notes),
        review=tuple(name for name in REVIEW_ORDER if name in review), dropped=dropped)
