"""From the paragraphs of one article to a draft article file: title, outlet, date and URL found (and
where), the body without clutter, and what the editor still has to check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bulletin.ingest.dates import find_date, parse_full_date, parse_short_date
from bulletin.ingest.paste import Paragraph, is_heading_like
from bulletin.ingest.rules import PAGE, STRONG, WEAK, Rules
from bulletin.ingest.split import NUMBERED_TITLE, Chunk

PLACEHOLDER_SOURCE = "来源待核"
# Where the reference date came from when the editor gave it: a year taken from it is the editor's, not a guess.
REFERENCE_GIVEN = "参考日期（--reference-date）"
_TITLE_PLACEHOLDER_CHARS = 30
# Another labelled field after the outlet on the same line (作者：, 浏览次数：…).
_SOURCE_TAIL = re.compile(r"\s+[\u4e00-\u9fff]{2,6}\s*[:：].*$")
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
    """Metadata found so far in one article. A value replaces one of less worth (a labelled 来源 line
    beats an unlabelled header line, which beats the page header); among equals the first wins."""

    def __init__(self, origin: str, hints: Hints) -> None:
        self.origin = origin
        self.hints = hints
        self.found: dict[str, Found] = {}
        self.worth: dict[str, int] = {}

    def where(self, paragraph: Paragraph) -> str:
        return f"{self.origin} 第 {paragraph.line} 行"

    def put(self, name: str, found: Found, worth: int) -> None:
        if found.value and worth > self.worth.get(name, PAGE - 1):
            self.found[name] = found
            self.worth[name] = worth

    def offer(self, name: str, value: str, paragraph: Paragraph, worth: int = STRONG) -> None:
        value = _clean_value(name, value)
        where = self.where(paragraph)
        if name == "date":
            date = parse_full_date(value)
            if date is None:
                date = parse_short_date(value, self.hints.reference)
                where += f"（年份据{self.hints.reference_where}推断）"
            if date is None:
                return
            value = date.isoformat()
        self.put(name, Found(value, where), worth)

    def take_metadata(self, paragraphs: list[Paragraph], index: int, rules: Rules) -> tuple[int, bool]:
        """Consume the metadata line at ``index`` (and its value on the next line); return the lines
        used and whether the line dates the article or names its outlet (a header's anchor)."""
        metadata = rules.metadata(paragraphs[index].text)
        if metadata is None:
            return 0, False
        match, worth = metadata
        used = 1
        for name, value in match.groupdict().items():
            if value:
                self.offer(name, value, paragraphs[index], worth)
            elif value == "":  # a label whose value is on the next line (链接： / URL)
                after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                fits = after is not None and (_URL.match(after.text) if name == "url" else (
                    is_heading_like(after.text) and rules.metadata(after.text) is None))  # 作者： then 发布时间：…: left blank
                if fits and after is not None:
                    self.offer(name, after.text, after)
                    used = 2
        groups = match.groupdict()
        return used, bool(groups.get("date") or groups.get("source"))


def _strip_number(text: str) -> str:
    match = NUMBERED_TITLE.match(text)
    return match.group("title").strip() if match else text


def _next_to_date_line(paragraphs: list[Paragraph], index: int, rules: Rules) -> bool:
    """Whether a line stands directly above or below a line that dates the article but names no outlet."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(paragraphs):
            metadata = rules.metadata(paragraphs[other].text)
            if metadata and metadata[0].groupdict().get("date") and not metadata[0].groupdict().get("source"):
                return True
    return False


# A headline is longer than this; shorter lines above a date line are site names and menu items.
_TITLE_MIN_CHARS = 6


@dataclass(frozen=True)
class _Header:
    """The header of an article: its headline-like lines, and how many of them came before the first
    line that dates the article or names its outlet (None: no such line)."""

    titles: tuple[Paragraph, ...]
    anchor: int | None
    end: int

    def above_anchor(self) -> list[Paragraph]:
        """The lines above the first date/source line that can be a headline (portal pages put the
        title there; WeChat puts the account line first and the title below it)."""
        return [t for t in self.titles[:self.anchor or 0] if len(_squash(t.text)) >= _TITLE_MIN_CHARS]


def _read_header(paragraphs: list[Paragraph], chunk: Chunk, rules: Rules, found: _Collector,
                 extra: dict[str, str]) -> _Header:
    """Consume the header lines (titles, bylines, column labels, metadata) up to where the body starts."""
    titles: list[Paragraph] = []
    anchor: int | None = None
    index = 0
    if chunk.kind == "digest" and paragraphs and NUMBERED_TITLE.match(paragraphs[0].text):
        # A digest's numbered title may be wrapped over the lines before its first metadata line.
        title = _strip_number(paragraphs[0].text)
        index = 1
        while index < min(len(paragraphs), 3) and not rules.is_metadata(paragraphs[index].text):
            title += paragraphs[index].text
            index += 1
        titles.append(Paragraph(title, paragraphs[0].line))
        found.offer("title", title, paragraphs[0])
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        used, anchors = found.take_metadata(paragraphs, index, rules)
        if used:
            if anchors and anchor is None:
                anchor = len(titles)
            index += used
            continue
        byline = rules.matches("bylines", paragraph.text)
        if byline and titles:
            extra.setdefault("author", (byline.groupdict().get("author") or paragraph.text).strip())
        elif rules.matches("outlets", paragraph.text) and _next_to_date_line(paragraphs, index, rules):
            found.offer("source", paragraph.text, paragraph, WEAK)  # a 搜狐号/百家号 account name
        elif rules.matches("columns", paragraph.text) and not titles:
            extra.setdefault("column", paragraph.text.strip("【】 "))
        elif is_heading_like(paragraph.text):
            above = _Header(tuple(titles), anchor, index).above_anchor()
            if titles and _squash(paragraph.text) == _squash((above or titles)[-1 if above else 0].text):
                pass  # the title repeated above the body (digests, pages saved whole)
            elif above:
                break  # the title stood above the date line: a short line after it is the body's
            elif index + 1 < len(paragraphs) or not titles:
                titles.append(Paragraph(_strip_number(paragraph.text), paragraph.line))
        else:
            break
        index += 1
    return _Header(tuple(titles), anchor, index)


def _choose_title(header: _Header, found: _Collector, extra: dict[str, str]) -> int:
    """Set the title (and kicker, subtitle) from the header's lines; return how many lines were page
    chrome (site names, menus above a portal page's title)."""
    if "title" in found.found or not header.titles:
        return 0
    # On a portal page the title is the last line above the date line; lines above it are the site's.
    above = header.above_anchor()
    candidates = above or header.titles[header.anchor or 0:]
    main = [t for t in candidates if not t.text.startswith(("—", "-"))]
    subtitles = [t.text.lstrip("—- ") for t in candidates if t.text.startswith(("—", "-"))]
    if not main:
        return 0
    found.found["title"] = Found(main[-1].text, found.where(main[-1]))
    if subtitles:
        extra["subtitle"] = subtitles[0]
    if above or header.anchor:
        return len(header.titles) - 1 - len(subtitles)
    # In a newspaper a kicker (引题) stands above the main title; the main title is the last of the lines.
    if len(main) > 1:
        extra["kicker"] = "；".join(t.text for t in main[:-1])
    return 0


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
        used, _ = found.take_metadata(paragraphs, index, rules)
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


def read_page_header(preamble: tuple[Paragraph, ...], hints: Hints, rules: Rules, origin: str) -> dict[str, Found]:
    """What the lines before a page's first article say of all of them (an e-paper's 健康报 2025年07月09日
    第01版 gives every article its outlet and date)."""
    found = _Collector(origin, hints)
    for index in range(len(preamble)):
        found.take_metadata(list(preamble), index, rules)
    return {name: value for name, value in found.found.items() if name in ("source", "date")}


def build_draft(chunk: Chunk, hints: Hints, rules: Rules, origin: str, *, only_article: bool,
                known: dict[str, Found] | None = None, page: dict[str, Found] | None = None) -> Draft | None:
    """The draft article of one chunk, or None when no body is left (a chunk of only clutter).

    ``known`` is what a saved web page's metadata says (it wins); ``page`` what the page header says of
    every article (any value found in the chunk wins over it).
    """
    paragraphs = list(chunk.paragraphs)
    found = _Collector(origin, hints)
    for name, value in (known or {}).items():
        found.put(name, value, STRONG)
    for name, value in (page or {}).items():
        found.put(name, value, PAGE)
    extra: dict[str, str] = {}
    header = _read_header(paragraphs, chunk, rules, found, extra)
    body, dropped = _read_body(paragraphs, header.end, rules, found, extra)
    if not body and header.titles and "title" not in found.found:
        body = list(header.titles)  # only short lines: keep them as text
        header = _Header((), None, header.end)
    if not body:
        return None
    dropped += _choose_title(header, found, extra)
    dateline = rules.dateline(body[0].text)
    if dateline and dateline.groupdict().get("source"):
        found.offer("source", dateline.group("source"), body[0], WEAK)  # （中央社记者…电）
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
    if "original_title" in found.found:
        notes.append(f"原标题：{found.found['original_title'].value}")
    author = extra.get("author") or (found.found["author"].value if "author" in found.found else "")
    return Draft(
        title=found.found["title"], source=found.found["source"], url=found.found["url"],
        date=found.found["date"], paragraphs=tuple(p.text for p in body), author=author,
        subtitle=extra.get("subtitle", ""), note="；".join(notes),
        review=tuple(name for name in REVIEW_ORDER if name in review), dropped=dropped)
