"""One paste, many articles: where a newspaper page or a digest's text starts each of its articles.

A new article starts at a run of headline lines followed by a newspaper dateline (本报讯, 新华社…电), by a
photo caption ending in 摄 (a photo item), or by metadata lines (来源：, a date line); and, in a digest, at
a numbered title (1. …) followed by its 来源 line. Short lines anywhere else are sub-headlines and
stay in their article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.ingest.paste import Paragraph, is_heading_like
from bulletin.ingest.rules import Rules

NUMBERED_TITLE = re.compile(r"^\d{1,2}\s*[.．、]\s*(?:(?:标题|题目)\s*[:：]\s*)?(?P<title>\S.*)$")


@dataclass(frozen=True)
class Chunk:
    """The paragraphs of one article, and how its start was recognised."""

    paragraphs: tuple[Paragraph, ...]
    kind: str  # "single", "digest", "newspaper"


def is_metadata(paragraph: Paragraph, rules: Rules) -> bool:
    found = rules.metadata(paragraph.text)
    return bool(found and found[0].groupdict())


def _is_header_line(paragraph: Paragraph, rules: Rules) -> bool:
    return (is_heading_like(paragraph.text) or bool(rules.matches("bylines", paragraph.text))) \
        and not rules.is_metadata(paragraph.text)


def _digest_starts(paragraphs: list[Paragraph], rules: Rules) -> list[int]:
    starts = []
    for index, paragraph in enumerate(paragraphs):
        if not NUMBERED_TITLE.match(paragraph.text):
            continue
        following = paragraphs[index + 1:index + 3]
        if any(is_metadata(other, rules) for other in following):
            starts.append(index)
    return starts


def _header_run_start(paragraphs: list[Paragraph], end: int, rules: Rules) -> int:
    """The first index of the run of header lines that ends just before ``end``."""
    start = end
    while start > 0 and _is_header_line(paragraphs[start - 1], rules):
        start -= 1
    return start


def _newspaper_starts(paragraphs: list[Paragraph], rules: Rules) -> list[int]:
    starts = []
    for index, paragraph in enumerate(paragraphs):
        opens = rules.opens_with_dateline(paragraph.text)
        if not opens and rules.matches("photo_captions", paragraph.text):
            after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            opens = after is None or _is_header_line(after, rules)
        if not opens:
            continue
        start = _header_run_start(paragraphs, index, rules)
        if start < index:
            starts.append(start)
    return starts


def _metadata_starts(paragraphs: list[Paragraph], rules: Rules) -> list[int]:
    """A title line directly followed by a date or 来源 line (portal pages pasted whole)."""
    starts = []
    for index, paragraph in enumerate(paragraphs[1:], start=1):
        found = rules.metadata(paragraph.text)
        if not found or not (found[0].groupdict().get("date") or found[0].groupdict().get("source")):
            continue
        if is_heading_like(paragraphs[index - 1].text) and not is_metadata(paragraphs[index - 1], rules):
            starts.append(_header_run_start(paragraphs, index, rules))
    return starts


def split_articles(paragraphs: tuple[Paragraph, ...], rules: Rules) -> tuple[list[Chunk], tuple[Paragraph, ...]]:
    """The articles of a paste, and the paragraphs before the first one that belong to none of them
    (a newspaper page's header, a digest's preamble)."""
    items = list(paragraphs)
    digest = _digest_starts(items, rules)
    bodies = [items[start:end] for start, end in zip(digest, [*digest[1:], len(items)], strict=True)] if digest else []
    prose = [any(len(p.text) >= 40 and re.search(r"[，。]", p.text) for p in body) for body in bodies]
    if digest and sum(prose) < max(1, len(bodies) / 2):
        digest = []  # numbered lines with no text under them (1.用Plurk追踪… / 2.用Twitter追踪…): no digest
    if digest:
        starts, kind = digest, "digest"
    else:
        starts = sorted(set(_newspaper_starts(items, rules)) | set(_metadata_starts(items, rules)))
        kind = "newspaper"
    if not starts or (len(starts) == 1 and all(is_heading_like(p.text) for p in items[:starts[0]])):
        return [Chunk(tuple(items), "single")], ()
    chunks: list[Chunk] = []
    left: list[Paragraph] = []
    preamble = items[:starts[0]]
    # A newspaper page's lead article has no dateline; a digest's preamble is its own lead and contents.
    if kind == "newspaper" and preamble and _is_header_line(preamble[0], rules) \
            and any(not _is_header_line(p, rules) for p in preamble):
        chunks.append(Chunk(tuple(preamble), kind))
    else:
        left = preamble
    for start, end in zip(starts, [*starts[1:], len(items)], strict=True):
        chunks.append(Chunk(tuple(items[start:end]), kind))
    if len(chunks) == 1:
        return [Chunk(chunks[0].paragraphs, "single")], tuple(left)
    return chunks, tuple(left)
