"""The PDF edition: the issue through a jinja2 HTML template and CSS, rendered by WeasyPrint.

Before rendering, every character of the issue is checked against the fonts that will draw it: one the
configured fonts lack is drawn with an installed font that has it, named in the style sheet, or printed as
a visible marker (``glyphs.py``), never a silent blank in a document sent to officials.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from markupsafe import Markup

from bulletin.editions import RenderContext
from bulletin.editions.measures import measures_css
from bulletin.editions.templating import render_template
from bulletin.errors import RenderError, TemplateError
from bulletin.fonts import FontCoverage, first_installed
from bulletin.glyphs import plan_glyphs
from bulletin.issue import Issue

HTML_TEMPLATE = "issue.html"
CSS_TEMPLATE = "issue.css"


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that nothing can break out of, even inside an HTML ``<style>``.

    Config values (the footer, font names) reach the PDF's style sheet; every character but letters,
    digits and spaces is written as a six-digit CSS escape, so ``"``, ``\\``, ``;`` or ``</style>`` stay text.
    """
    return '"' + "".join(char if char.isalnum() or char == " " else f"\\{ord(char):06x}" for char in text) + '"'


def css_family_list(fonts: list[FontCoverage], generic: str) -> str:
    """A CSS font-family value naming the installed families first (quoted), then a generic family."""
    return ", ".join([css_string(font.family) for font in fonts] + [generic])


def css_footer_content(pattern: str) -> str:
    """``第 {page} 页 / 共 {pages} 页`` as CSS ``content``: strings and page counters."""
    parts: list[str] = []
    for literal, field, _, _ in string.Formatter().parse(pattern):
        if literal:
            parts.append(css_string(literal))
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
            pieces.extend([str(item.number), item.marker, item.title, item.subtitle, item.source, item.url, item.date_iso,
                           "（）.", *item.paragraphs])
    return "".join(pieces)


def render_html(issue: Issue, context: RenderContext, body: list[FontCoverage],
                heading: list[FontCoverage]) -> str:
    """The issue as one HTML document (CSS inlined), ready for WeasyPrint."""
    css_path = context.find(CSS_TEMPLATE)
    try:
        css = css_path.read_text(encoding="utf-8") if css_path else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"无法读取样式表（{getattr(exc, 'strerror', None) or type(exc).__name__}）。"
                            "请检查文件的读取权限，并用 UTF-8 保存。", path=css_path) from None
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
    glyphs = plan_glyphs(issue_text(issue), body + heading)  # the build has warned about them already
    html = glyphs.mark(render_html(issue, context, [*body, *glyphs.fallback], heading))
    from weasyprint import HTML  # imported here: loading WeasyPrint costs time the other commands don't need

    fetcher = confined_fetcher(context)
    archive = issue.archive
    options = {"pdf_tags": archive.tagged, "pdf_variant": archive.pdf_standard}
    try:
        document = HTML(string=html, base_url=str(context.template_dirs[0]), url_fetcher=fetcher).render(**options)
        pdf = document.write_pdf(finisher=finish_for_archive(archive.pdf_standard is None), **options)
    except Exception as exc:  # WeasyPrint raises many kinds; the editor needs one message
        raise RenderError(f"PDF 生成失败：{exc}") from exc
    if fetcher.refused:
        raise TemplateError("模板引用了模板目录之外的资源，出于安全不予读取，未生成 PDF："
                            f"{'、'.join(fetcher.refused[:5])}。PDF 只能使用模板目录中的文件（图片、样式表）"
                            "和 data: 内嵌资源；请把所需文件放进模板目录。", path=context.find(HTML_TEMPLATE))
    return pdf


def confined_fetcher(context: RenderContext) -> Any:
    """A WeasyPrint URL fetcher that serves only files inside the template folders, and ``data:`` URLs.

    WeasyPrint's own fetcher opens any file and any http URL a template (or text that reached the HTML)
    names, attachments included; this one refuses them and keeps a list, so the build can say so.
    """
    from weasyprint.urls import URLFetcher

    class ConfinedFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = url.partition(":")[0].lower()
            if scheme == "data" or (scheme == "file" and context.allows(Path(url2pathname(
                    urlsplit(url).path)))):
                return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"refused: {url}")

    return ConfinedFetcher()
