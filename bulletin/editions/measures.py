"""Sizes and spacing of the printed editions, defined once: the PDF's CSS and the DOCX's styles read them.

Each role names its font size in points and the space before and after it, so a heading is 14 pt and an
item starts 19 pt below the last one in both editions (the DOCX had its own, larger, numbers before).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    size_pt: float
    before_pt: float = 0
    after_pt: float = 0


BODY_PT = 12.0  # 小四
COLUMN_CHARS = 38  # the text column, in characters of the body size
LINE_HEIGHT = 1.75  # × the body size: 21 pt

MEASURES: dict[str, Measure] = {
    "masthead": Measure(26),
    "issue_number": Measure(12, after_pt=4.8),
    "masthead_line": Measure(12, after_pt=14.4),
    "section_heading": Measure(14, before_pt=14, after_pt=8.4),  # 一、信息目录 / 二、具体内容
    "subsection": Measure(13, before_pt=10.4, after_pt=5.2),  # a section of the config (政策动态…)
    "item_title": Measure(12, before_pt=19.2, after_pt=2.4),
    "article_title": Measure(13, before_pt=7.8, after_pt=2.6),
    "dateline": Measure(12, after_pt=7.2),
    "subhead": Measure(12, before_pt=6, after_pt=2.4),
    "caption": Measure(10.5, before_pt=2.1, after_pt=2.1),
    "body": Measure(BODY_PT),
    "footer": Measure(9),
}

# The CSS selectors each role sets in the PDF edition (bulletin/templates/issue.css holds the rest).
CSS_SELECTORS: dict[str, str] = {
    "masthead": ".masthead-title",
    "issue_number": ".masthead-number",
    "section_heading": "h1",
    "subsection": "h2.section-title",
    "item_title": "h2.item-title",
    "article_title": ".article-title",
    "dateline": ".dateline",
    "subhead": "h3.subhead",
    "caption": ".caption",
}


def measures_css() -> str:
    """The sizes as CSS rules, placed before issue.css so a project's own CSS can still change them."""
    rules = []
    for role, selector in CSS_SELECTORS.items():
        measure = MEASURES[role]
        rules.append(f"{selector} {{ font-size: {measure.size_pt}pt; margin-top: {measure.before_pt}pt; "
                     f"margin-bottom: {measure.after_pt}pt; }}")
    rules.append(".item + .item { margin-top: 0; }")
    return "\n".join(rules)
