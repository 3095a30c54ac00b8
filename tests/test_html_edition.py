"""The HTML edition: self-contained, inline-styled (WeChat and mail drop <style>), the same text."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from test_pdf_edition import whole_corpus_issue

from bulletin.editions import RenderContext
from bulletin.editions.html import render_html_edition


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def reading(text: str) -> str:
    return re.sub(r"[\s\u200b\u2060]+", "", text)


def test_masthead_breaks_only_between_its_halves() -> None:
    """At 360-390 px the masthead cannot fit one line; it may wrap only between two nowrap halves."""
    html = render_html_edition(whole_corpus_issue(), RenderContext()).decode()
    halves = re.findall(r'<span style="display:inline-block;white-space:nowrap;">([^<]+)</span>', html)
    assert len(halves) == 2 and "".join(halves) == "卫生健康大数据与政策研究周报"
    assert abs(len(halves[0]) - len(halves[1])) <= 2
    assert "word-break:keep-all" in html


def test_an_article_without_a_url_has_no_link_line() -> None:
    issue = whole_corpus_issue()
    item = dataclasses.replace(issue.items[0], url="")
    issue = dataclasses.replace(issue, sections=(dataclasses.replace(issue.sections[0], items=(item,)),))
    html = render_html_edition(issue, RenderContext()).decode()
    assert issue.labels.link not in html


def parse(html: bytes) -> Collector:
    collector = Collector()
    collector.feed(html.decode("utf-8"))
    return collector


def test_nothing_is_fetched_from_anywhere() -> None:
    issue = whole_corpus_issue()
    page = parse(render_html_edition(issue, RenderContext()))
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"link", "script", "img", "iframe", "style", "object"}
    item_urls = {item.url for item in issue.items if item.url}
    for _tag, attrs in page.tags:
        assert "src" not in attrs
        href = attrs.get("href")
        if href:
            assert href.startswith("#") or href in item_urls, href


def test_every_visible_element_is_styled_inline_without_classes() -> None:
    page = parse(render_html_edition(whole_corpus_issue(), RenderContext()))
    for tag, attrs in page.tags:
        assert "class" not in attrs
        if tag in {"p", "h2", "h3", "div", "section"}:
            assert attrs.get("style"), f"<{tag}> has no inline style"


def test_it_holds_every_item_and_paragraph_in_order() -> None:
    # Compared as a reader reads: the invisible break marks and the Chinese-Latin spacing (bulletin.typeset)
    # are layout, not text.
    issue = whole_corpus_issue()
    text = reading("".join(parse(render_html_edition(issue, RenderContext())).text))
    position = text.find(issue.labels.items_title)
    assert position > text.find(issue.labels.catalog_title) >= 0
    for item in issue.items:
        for piece in (f"{item.marker}{item.title}", item.date_iso, *item.paragraphs):
            piece = reading(piece)
            found = text.find(piece, position)
            assert found >= 0, piece[:40]
            position = found


def test_it_is_made_for_phones() -> None:
    html = render_html_edition(whole_corpus_issue(), RenderContext()).decode()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert re.search(r"max-width:\s*680px", html)


def test_article_text_is_escaped() -> None:
    issue = whole_corpus_issue()
    item = dataclasses.replace(issue.items[0], paragraphs=("<script>x</script> & {{ issue }}",))
    issue = dataclasses.replace(issue, sections=(dataclasses.replace(issue.sections[0], items=(item,)),))
    html = render_html_edition(issue, RenderContext()).decode()
    html = html.replace("\u2060", "").replace("\u200b", "").replace("\xa0", " ")  # layout marks, not text
    assert "&lt;script&gt;x&lt;/script&gt; &amp; {{ issue }}" in html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [360, 375, 390])
def test_masthead_never_breaks_inside_a_word_on_a_phone(width: int, tmp_path) -> None:
    """Chromium lays the page out at a phone's width and prints it; pdftotext reads the masthead's lines."""
    issue = whole_corpus_issue()
    html = render_html_edition(issue, RenderContext()).decode()
    html = html.replace("</head>", f"<style>@page {{ size: {width}px 1400px; margin: 0 }}</style></head>")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / "page.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'p'}",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()], check=True,
                   capture_output=True, timeout=120)
    lines = [line.strip() for line in subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
             capture_output=True, text=True, check=True).stdout.splitlines() if line.strip()]
    title = issue.masthead_title
    masthead = []
    for line in lines:
        masthead.append(line)
        if "".join(masthead) == title:
            break
    assert "".join(masthead) == title, lines[:4]
    assert len(masthead) == 2 and all(len(line) >= 5 for line in masthead), masthead
