"""The PDF edition: the issue through a jinja2 HTML template and CSS, rendered by WeasyPrint.

Before rendering, every character of the issue is checked against the fonts that will draw it, so a
missing glyph is an error that names the item, never a silent blank in a document sent to officials.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from bulletin.editions import RenderContext
from bulletin.editions.measures import measures_css
from bulletin.editions.templating import render_template
from bulletin.errors import RenderError
from bulletin.fonts import FontCoverage, first_installed, uncovered
from bulletin.issue import Issue

HTML_TEMPLATE = "issue.html"
CSS_TEMPLATE = "issue.css"


def css_family_list(fonts: list[FontCoverage], generic: str) -> str:
    """A CSS font-family value naming the installed families first (quoted), then a generic family."""
    return ", ".join([json.dumps(font.family, ensure_ascii=False) for font in fonts] + [generic])


def css_footer_content(pattern: str) -> str:
    """``第 {page} 页 / 共 {pages} 页`` as CSS ``content``: strings and page counters."""
    parts: list[str] = []
    for literal, field, _, _ in string.Formatter().parse(pattern):
        if literal:
            parts.append(json.dumps(literal, ensure_ascii=False))
        if field:
            parts.append(f"counter({field})")
    return " ".join(parts) or '""'


def issue_text(issue: Issue) -> str:
    """Every piece of text the PDF will show, for the glyph check."""
    pieces = [issue.masthead_title, issue.publisher, issue.date_text, issue.number_text, issue.lead,
              issue.footer_text("0123456789", "0123456789"), *vars(issue.labels).values()]
    for section in issue.sections:
        pieces.append(section.title or "")
        for item in section.items:
            pieces.extend([str(item.number), item.title, item.subtitle, item.source, item.url, item.date_iso,
                           "（）.", *item.paragraphs])
    return "".join(pieces)


def check_glyphs(issue: Issue, fonts: list[FontCoverage]) -> None:
    """Refuse to render text that no configured font can draw, naming where it occurs."""
    missing = uncovered(issue_text(issue), fonts)
    if not missing:
        return
    places = []
    for char in missing[:5]:
        where = next((f"第{item.number}条《{item.title}》" for item in issue.items
                      if char in item.title + item.source + "".join(item.paragraphs)), "刊头或导语")
        places.append(f"“{char}”（U+{ord(char):04X}，{where}）")
    families = "、".join(font.family for font in fonts)
    raise RenderError(f"以下字符在所配置的字体（{families}）中没有字形，PDF 中会显示为空白："
                      f"{'；'.join(places)}。请在 fonts 中增加能显示这些字符的字体，或修改文章中的字符。")


def render_html(issue: Issue, context: RenderContext, body: list[FontCoverage],
                heading: list[FontCoverage]) -> str:
    """The issue as one HTML document (CSS inlined), ready for WeasyPrint."""
    css_path = context.find(CSS_TEMPLATE)
    css = css_path.read_text(encoding="utf-8") if css_path else ""
    return render_template(
        context, HTML_TEMPLATE, issue=issue, css=Markup(measures_css() + "\n" + css),
        body_fonts=Markup(css_family_list(body, "serif")),
        heading_fonts=Markup(css_family_list(heading + body, "sans-serif")),
        footer_content=Markup(css_footer_content(issue.labels.page_footer)),
    )


def finish_for_archive(add_xmp: bool) -> Callable[[Any, Any], None]:
    """A WeasyPrint finisher: the bookmarks panel opens with the file, and XMP metadata is written even
    without a PDF/A part (WeasyPrint writes it itself for PDF/A)."""

    def finish(document: Any, pdf: Any) -> None:
        pdf.catalog["PageMode"] = "/UseOutlines"
        if add_xmp and "Metadata" not in pdf.catalog:
            document.metadata.include_in_pdf(pdf, "a", None, None, compress=True)

    return finish


def render_pdf(issue: Issue, context: RenderContext) -> bytes:
    """Render the PDF edition of ``issue``: fonts resolved and checked, then WeasyPrint."""
    body = first_installed(issue.typography.body_fonts, "正文")
    heading = first_installed(issue.typography.heading_fonts, "标题")
    check_glyphs(issue, body + heading)
    html = render_html(issue, context, body, heading)
    from weasyprint import HTML  # imported here: loading WeasyPrint costs time the other commands don't need

    archive = issue.archive
    options = {"pdf_tags": archive.tagged, "pdf_variant": archive.pdf_standard}
    try:
        document = HTML(string=html, base_url=str(context.template_dirs[0])).render(**options)
        return document.write_pdf(finisher=finish_for_archive(archive.pdf_standard is None), **options)
    except Exception as exc:  # WeasyPrint raises many kinds; the editor needs one message
        raise RenderError(f"PDF 生成失败：{exc}") from exc
