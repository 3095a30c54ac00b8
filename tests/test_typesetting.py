"""Typesetting to Chinese standards, counted on the hard week (tests/fixtures/hard-week): 27 real articles
with long titles, URLs, a DOI and an e-mail address, English words and numbers, lists, subheads,
captions, an English-only article and an article without a URL.

The PDF is read back with ``pdftotext -bbox-layout`` (where every word stands), the DOCX through
LibreOffice. The week is rendered once per module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO, have, make_project
from proof import docx_to_pdf, soffice
from typesetting_proof import (
    one_character_lines,
    past_the_margins,
    printed_lines,
    ragged_full_lines,
    stretched_gaps,
)

from bulletin.build import BuildOptions, plan_issue
from bulletin.config import load_project
from bulletin.editions import RenderContext
from bulletin.editions.docx import render_docx
from bulletin.editions.html import render_html_edition
from bulletin.editions.pdf import render_pdf
from bulletin.issue import Issue
from bulletin.typeset import plain_text, prepare_text

HARD_WEEK = REPO / "tests" / "fixtures" / "hard-week"
A4_WIDTH = 595.276
COLUMN = 38 * 12.0
LEFT = (A4_WIDTH - COLUMN) / 2
RIGHT = LEFT + COLUMN

pytestmark = pytest.mark.skipif(not have("pdftotext"), reason="poppler-utils missing")


@dataclass(frozen=True)
class HardWeek:
    issue: Issue
    pdf: Path
    docx: Path
    html: Path


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> HardWeek:
    folder = make_project(tmp_path_factory.mktemp("hard") / "project", corpus=HARD_WEEK)
    issue = plan_issue(load_project(folder), BuildOptions(issue_date=dt.date(2025, 7, 11))).issue
    out = folder / "dist"
    out.mkdir(exist_ok=True)
    paths = HardWeek(issue, out / "week.pdf", out / "week.docx", out / "week.html")
    paths.pdf.write_bytes(render_pdf(issue, RenderContext()))
    paths.docx.write_bytes(render_docx(issue, RenderContext()))
    paths.html.write_bytes(render_html_edition(issue, RenderContext()))
    return paths


@pytest.fixture(scope="module")
def office_pdf(week: HardWeek, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    return docx_to_pdf(week.docx, tmp_path_factory.mktemp("office"))


def paragraphs_of(issue: Issue) -> list[str]:
    texts = [issue.lead]
    for item in issue.items:
        texts += [f"{item.number}.{item.title}", item.title, *item.paragraphs]
    return [plain_text(prepare_text(text, issue.typography.latin_spacing)) for text in texts]


def test_the_hard_week_has_what_the_issue_lists(week: HardWeek) -> None:
    items = week.issue.items
    assert len(items) >= 25
    kinds = {block.kind for item in items for block in item.blocks}
    assert kinds == {"body", "subhead", "caption", "list"}
    text = "\n".join(p for item in items for p in item.paragraphs)
    assert "doi:10." in text and "@example.cn" in text and "原文链接：http" in text
    assert any(not item.url for item in items)
    assert any(all(ord(char) < 0x2000 for char in item.title + "".join(item.paragraphs)) for item in items)
    assert max(len(item.url) for item in items) > 60


def test_no_word_runs_past_the_margins_of_the_pdf(week: HardWeek) -> None:
    lines = printed_lines(week.pdf)
    assert len(lines) > 500
    outside = past_the_margins(lines, LEFT, RIGHT)
    assert not outside, [(line.page, line.text[-30:], round(line.x1, 1)) for line in outside[:5]]


def test_no_line_of_one_character_in_the_pdf(week: HardWeek) -> None:
    lonely = one_character_lines(printed_lines(week.pdf))
    assert not lonely, [(line.page, line.text) for line in lonely]


def test_no_stretched_gap_between_chinese_characters_in_the_pdf(week: HardWeek) -> None:
    gaps = stretched_gaps(printed_lines(week.pdf))
    assert not gaps, [(line.page, line.text[:30], round(gap, 1)) for line, gap in gaps[:5]]


def test_full_lines_of_the_pdf_are_flush_on_both_sides(week: HardWeek) -> None:
    lines = printed_lines(week.pdf)
    body = [line for line in lines if abs(line.x0 - LEFT) < 0.5 or abs(line.x0 - LEFT - 24) < 0.5]
    assert sum(1 for line in body if abs(line.x1 - RIGHT) < 0.5) > 300  # the grid: full lines end at 456 pt
    ragged = ragged_full_lines(lines, LEFT, RIGHT, paragraphs_of(week.issue))
    # Before: 149 of 222 full lines of the sample stopped a whole character (12 pt) short.
    assert not ragged, [(line.page, line.text[-20:], round(RIGHT - line.x1, 1)) for line in ragged[:8]]


@pytest.mark.slow
def test_docx_through_libreoffice_keeps_every_word_inside_and_no_lonely_character(office_pdf: Path) -> None:
    lines = printed_lines(office_pdf)
    assert len(lines) > 500
    # LibreOffice hangs a line's closing punctuation in the margin (w:overflowPunct off in the DOCX's
    # defaults is not read by its importer); a mark may hang, a word may not.
    outside = past_the_margins(lines, LEFT, RIGHT, tolerance=1.0, hanging_punctuation=True)
    assert not outside, [(line.page, line.text[-30:], round(line.x1, 1)) for line in outside[:5]]
    lonely = one_character_lines(lines)
    assert not lonely, [(line.page, line.text) for line in lonely]


# --- the PDF as a document to archive ---------------------------------------------------------------------


def test_pdf_is_tagged_pdfa_with_xmp_and_opens_with_its_bookmarks(week: HardWeek) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(week.pdf))
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    structure = root["/StructTreeRoot"].get_object()
    assert "/K" in structure and "/ParentTree" in structure
    kinds = set()

    def walk(node, depth=0):
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child, depth)
        elif hasattr(node, "get") and depth < 6:
            if "/S" in node:
                kinds.add(str(node["/S"]))
            if "/K" in node:
                walk(node["/K"], depth + 1)

    walk(structure["/K"])
    assert {"/H1", "/H2", "/P"} <= kinds, kinds
    (intent,) = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in intent
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp or 'pdfaid:part="2"' in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp or 'pdfaid:conformance="B"' in xmp
    assert week.issue.masthead_title in xmp


def test_bookmark_titles_are_the_headings_as_printed(week: HardWeek) -> None:
    from pypdf import PdfReader

    def flatten(outline):
        for entry in outline:
            yield from flatten(entry) if isinstance(entry, list) else [entry]

    titles = [entry.title for entry in flatten(PdfReader(str(week.pdf)).outline)]
    spacing = week.issue.typography.latin_spacing
    for item in week.issue.items:
        printed = plain_text(prepare_text(f"{item.marker}{item.title}", spacing)).replace("\u00a0", " ")
        assert printed in [title.replace("\u00a0", " ") for title in titles], printed
    assert any(" AI " in title for title in titles)  # the spaces as printed, not squeezed out


def test_a_plain_pdf_is_chosen_in_the_config_and_still_has_xmp(week: HardWeek, tmp_path: Path) -> None:
    import dataclasses

    from pypdf import PdfReader

    from bulletin.issue import Archive

    issue = dataclasses.replace(week.issue, archive=Archive(tagged=False, pdf_standard=None),
                                sections=(dataclasses.replace(week.issue.sections[0],
                                                              items=week.issue.items[:2]),))
    path = tmp_path / "plain.pdf"
    path.write_bytes(render_pdf(issue, RenderContext()))
    root = PdfReader(str(path)).trailer["/Root"]
    assert "/OutputIntents" not in root and "/StructTreeRoot" not in root
    assert "/Metadata" in root and root["/PageMode"] == "/UseOutlines"


# --- DOCX and HTML of the same week -----------------------------------------------------------------------


def test_docx_font_table_names_chinese_fonts_with_alternates_and_panose(week: HardWeek) -> None:
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    table = etree.fromstring(zipfile.ZipFile(week.docx).read("word/fontTable.xml"))
    fonts = {font.get(f"{w}name"): font for font in table.iter(f"{w}font")}
    for name, alternate in (("宋体", "SimSun"), ("黑体", "SimHei"), ("方正小标宋简体", "FZXiaoBiaoSong-B05S"),
                            ("仿宋", "FangSong")):
        assert fonts[name].find(f"{w}altName").get(f"{w}val") == alternate
        assert len(fonts[name].find(f"{w}panose1").get(f"{w}val")) == 20
    settings = zipfile.ZipFile(week.docx).read("word/settings.xml").decode()
    assert '<w:characterSpacingControl w:val="compressPunctuation"/>' in settings


def test_docx_structure_hints_and_weights(week: HardWeek) -> None:
    import zipfile

    from docx import Document

    from bulletin.editions.measures import MEASURES

    document = Document(str(week.docx))
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert {"Subhead", "Caption", "ListLine"} <= set(styles)
    assert document.styles["Subhead"].paragraph_format.keep_with_next is True
    for name in ("Heading 1", "Heading 2", "ArticleTitle", "Masthead", "Subhead"):
        assert document.styles[name].font.bold is not True, f"{name}: synthetic bold on a bold-by-design font"
    assert document.styles["Heading 1"].font.size.pt == MEASURES["section_heading"].size_pt == 14
    assert document.styles["Heading 2"].font.size.pt == MEASURES["item_title"].size_pt == 12
    assert document.styles["Heading 2"].paragraph_format.space_before.pt == MEASURES["item_title"].before_pt
    xml = zipfile.ZipFile(week.docx).read("word/document.xml").decode()
    assert 'w:hint="eastAsia"' in xml
    links = [p.text for p in document.paragraphs if p.style.name == "ItemField" and p.text.startswith("链接")]
    assert len(links) == sum(1 for item in week.issue.items if item.url)  # no empty 链接： line


def test_html_edition_has_the_same_rules(week: HardWeek) -> None:
    html = week.html.read_text(encoding="utf-8")
    assert "https://\u200bepaper.\u200bgmw.\u200bcn/" in html  # URLs break at their separators
    assert "支\u2060撑\u2060。" in html or "\u2060" in html
    assert html.count(">链接：<") == sum(1 for item in week.issue.items if item.url)
    assert "在 AI " in html or " AI " in html


def test_no_latin_spacing_when_the_config_says_none(week: HardWeek) -> None:
    import dataclasses

    typography = dataclasses.replace(week.issue.typography, latin_spacing="none")
    issue = dataclasses.replace(week.issue, typography=typography)
    html = render_html_edition(issue, RenderContext()).decode()
    assert "医疗AI应用" in html and "医疗 AI 应用" not in html
    assert "医疗 AI 应用" in week.html.read_text(encoding="utf-8")
