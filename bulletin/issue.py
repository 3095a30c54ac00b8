"""The issue model: everything an edition needs, and nothing else.

Editions (PDF, DOCX) render from an ``Issue`` only; they never read article files or the config. So the
whole issue exists before the first byte of any edition is written, and every edition says the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bulletin.config import Config
from bulletin.curate import Selection
from bulletin.numbering import number_from_config


def chinese_date(day: dt.date) -> str:
    """A date the way Chinese readers write it: 2025年7月11日 (no leading zeros, no spaces)."""
    return f"{day.year}年{day.month}月{day.day}日"


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
                              docx_masthead=fonts.docx_masthead),
    )


def is_caption(paragraph: str) -> bool:
    """An image caption paragraph such as 【彭慧胜 图】: set apart, centred, not indented."""
    text = paragraph.strip()
    return len(text) <= 60 and text.startswith("【") and text.endswith("】")
