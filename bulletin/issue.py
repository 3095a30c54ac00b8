"""The issue model: everything an edition needs, and nothing else.

Editions (PDF, DOCX) render from an ``Issue`` only; they never read article files or the config. So the
whole issue exists before the first byte of any edition is written, and every edition says the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from bulletin.config import Config
from bulletin.curate import Selection
from bulletin.numbering import number_from_config


def chinese_date(day: dt.date) -> str:
    """A date the way Chinese readers write it: 2025年7月11日 (no leading zeros, no spaces)."""
    return f"{day.year}年{day.month}月{day.day}日"


BlockKind = Literal["body", "subhead", "caption", "list"]


@dataclass(frozen=True)
class Block:
    """One paragraph of an article body and what kind of paragraph it is, so every edition sets it alike."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Item:
    """One article as it appears in the issue: numbered, with its anchor for the catalog's link."""

    number: int
    title: str
    source: str
    url: str
    date: dt.date
    paragraphs: tuple[str, ...]
    subtitle: str = ""
    marker: str = ""  # the number as printed before the title, from wording.item_number ("1. ")

    @property
    def anchor(self) -> str:
        """The id the catalog links to (``item-3``)."""
        return f"item-{self.number}"

    @property
    def date_iso(self) -> str:
        """The date as the digest's item header writes it: 2025-07-09."""
        return self.date.isoformat()

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The body as typed paragraphs: subheads, captions, list lines and body text."""
        return classify_paragraphs(self.paragraphs)


@dataclass(frozen=True)
class Section:
    """Items under one heading; an issue without sections has one section with no title."""

    title: str | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Labels:
    """The fixed wording of the issue (section titles and field labels)."""

    lead_title: str
    catalog_title: str
    items_title: str
    source: str
    link: str
    content: str
    page_footer: str


@dataclass(frozen=True)
class Typography:
    """Fonts, first available wins (PDF), and the fonts the DOCX names for Word and WPS."""

    body_fonts: tuple[str, ...]
    heading_fonts: tuple[str, ...]
    docx_body: str
    docx_heading: str
    docx_masthead: str
    latin_spacing: Literal["none", "quarter"] = "quarter"


@dataclass(frozen=True)
class Archive:
    """How the PDF is kept: tagged for screen readers and reflow, and which PDF/A part (or none)."""

    tagged: bool = True
    pdf_standard: str | None = None


@dataclass(frozen=True)
class Issue:
    """One issue of the bulletin: masthead, lead, and the sections of numbered items."""

    masthead_title: str
    publisher: str
    number: int | None
    date: dt.date
    window_start: dt.date
    window_end: dt.date
    lead: str
    labels: Labels
    sections: tuple[Section, ...]
    typography: Typography
    language: str = "zh-CN"
    archive: Archive = Archive()

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item in issue order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def date_text(self) -> str:
        return chinese_date(self.date)

    @property
    def number_text(self) -> str:
        """第27期, or empty when the issue has no number."""
        return f"第{self.number}期" if self.number else ""

    @property
    def title(self) -> str:
        """The document title (PDF metadata, DOCX core properties)."""
        parts = [self.masthead_title, self.number_text, self.date_text]
        return " ".join(part for part in parts if part)

    def footer_text(self, page: str, pages: str) -> str:
        """The footer with page numbers filled in (editions pass their own page counters)."""
        return self.labels.page_footer.format(page=page, pages=pages)


def build_issue(selection: Selection, config: Config, issue_number: int | None = None) -> Issue:
    """Number the selected articles and fill every wording field: the issue, complete, before any render.

    ``issue_number`` is the issue's number (第N期) when the caller knows it (see
    ``numbering.issue_number_for``); without it the config's number is used.
    """
    if issue_number is None:
        issue_number = number_from_config(config.masthead, selection.issue_date)
    sections: list[Section] = []
    number = 0
    for title, articles in selection.sections:
        items = []
        for article in articles:
            number += 1
            items.append(Item(number=number, title=article.title, source=article.source, url=article.url,
                              date=article.date, paragraphs=article.paragraphs, subtitle=article.subtitle,
                              marker=config.wording.item_number.format(number=number)))
        sections.append(Section(title=title, items=tuple(items)))
    wording = config.wording
    lead = wording.lead.format(
        count=number, topic=config.topic, scope=config.scope, publisher=config.masthead.publisher,
        start=chinese_date(selection.window.start), end=chinese_date(selection.window.end),
        date=chinese_date(selection.issue_date), number=f"第{issue_number}期" if issue_number else "")
    fonts = config.fonts
    return Issue(
        masthead_title=config.masthead.title,
        publisher=config.masthead.publisher,
        number=issue_number,
        date=selection.issue_date,
        window_start=selection.window.start,
        window_end=selection.window.end,
        lead=lead,
        labels=Labels(lead_title=wording.lead_title, catalog_title=wording.catalog_title,
                      items_title=wording.items_title, source=wording.source_label,
                      link=wording.link_label, content=wording.content_label,
                      page_footer=wording.page_footer),
        sections=tuple(sections),
        typography=Typography(body_fonts=tuple(fonts.body), heading_fonts=tuple(fonts.heading),
                              docx_body=fonts.docx_body, docx_heading=fonts.docx_heading,
                              docx_masthead=fonts.docx_masthead,
                              latin_spacing=config.typesetting.latin_spacing),
        archive=Archive(tagged=config.typesetting.pdf_tagged,
                        pdf_standard=None if config.typesetting.pdf_standard == "none"
                        else config.typesetting.pdf_standard),
    )


_PHOTO_CREDIT = re.compile(r"^(?:图为|图片来源|图源|摄影|供图|资料图|配图)|(?:摄|供图|图片来源[:：]\S+)[）)]?$|^[（(]?(?:图|摄影)[:：]")
_LIST_LINE = re.compile(r"^(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、"
                        r"|[（(][一二三四五六七八九十\d]{1,3}[）)])")
_SENTENCE_END = "。！？!?；;…：:"
SUBHEAD_MAX_CHARS = 30


def is_caption(paragraph: str) -> bool:
    """An image caption such as 【彭慧胜 图】 or a photo-credit line (新华社记者 王鹏 摄): set as a caption."""
    text = paragraph.strip()
    if len(text) > 60:
        return False
    return (text.startswith("【") and text.endswith("】")) or bool(_PHOTO_CREDIT.search(text))


def is_list_line(paragraph: str) -> bool:
    """A line of a list: ①…, 1. / 1、, 一、, （一） or (1) at its start."""
    return bool(_LIST_LINE.match(paragraph.strip()))


def is_subhead(paragraph: str) -> bool:
    """A short line without sentence-final punctuation or commas: a heading inside the article."""
    text = paragraph.strip()
    if not text or len(text) > SUBHEAD_MAX_CHARS or text[-1] in _SENTENCE_END or text[-1] in "，,、":
        return False
    core = text.rstrip("”’」』）)")
    if core and core[-1] in _SENTENCE_END:
        return False
    if text.startswith(("（", "(")) and not is_list_line(text):
        return False  # (下转第3版), （记者 王鹏）: notes, not headings
    return not any(mark in text for mark in "，。；;")


def classify_paragraphs(paragraphs: tuple[str, ...]) -> tuple[Block, ...]:
    """Type each paragraph; a subhead needs a paragraph after it (a last short line stays body text)."""
    blocks: list[Block] = []
    for index, text in enumerate(paragraphs):
        kind: BlockKind = "body"
        if is_caption(text):
            kind = "caption"
        elif is_subhead(text) and index + 1 < len(paragraphs) and not is_caption(paragraphs[index + 1]):
            kind = "subhead"
        elif is_list_line(text):
            kind = "list"
        blocks.append(Block(kind, text))
    return tuple(blocks)
