"""Print quality, proved by real readers: poppler (pdftotext, pdffonts), pypdf, python-docx and LibreOffice.

Line breaking (避头尾), headings never left at the foot of a page, catalog links and page numbers, the PDF
outline, embedded fonts, and the three readings of the issue (PDF, DOCX, DOCX through LibreOffice) saying
the same thing item by item.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import have, make_project
from docx import Document
from lxml import etree
from proof import (
    SampleEditions,
    build_sample,
    docx_to_pdf,
    libreoffice_convert,
    page_lines,
    page_of,
    page_texts,
    reading_text,
    soffice,
    squeeze,
)
from test_docx_edition import make_issue, make_item
from typer.testing import CliRunner

from bulletin.cli import app
from bulletin.editions import RenderContext
from bulletin.editions.pdf import render_pdf
from bulletin.issue import Issue, Section

pytestmark = pytest.mark.skipif(not (have("pdftotext") and have("pdffonts")), reason="poppler-utils missing")
needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CLOSING = "、。，；：？！）」』】"
OPENING = "（「『【"
PAIRS = {"（": "）", "「": "」", "『": "』", "【": "】"}
FILLER = "卫生健康大数据与政策研究中心编发周报信息目录具体内容来源链接主要" * 2


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> SampleEditions:
    return build_sample(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def libreoffice_pdf(sample: SampleEditions, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    return docx_to_pdf(sample.docx, tmp_path_factory.mktemp("lo"))


def render_items(tmp_path: Path, items: tuple, name: str = "issue.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_pdf(make_issue((Section(None, items),)), RenderContext()))
    return path


# --- line breaking ----------------------------------------------------------------------------------------


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(tmp_path: Path) -> None:
    # Each character is put at several positions around the end of the first line (36 characters after
    # the 2-em indent, in the 38-character column), so naive breaking would start or end a line with it.
    paragraphs = []
    for offset in (35, 36, 37):
        paragraphs += [FILLER[:offset] + char + "后续文字" * 12 for char in CLOSING]
        paragraphs += [FILLER[:offset - 1] + char + "括号内" + PAIRS[char] + "后续文字" * 12 for char in OPENING]
    pdf = render_items(tmp_path, (make_item(1, "避头尾", "新华网", "https://example.cn/", 9, tuple(paragraphs)),))
    lines = [line for page in page_texts(pdf) for line in page_lines(page)]
    assert not [line for line in lines if line[0] in CLOSING], "a line starts with closing punctuation"
    assert not [line for line in lines if line[-1] in OPENING], "a line ends with opening punctuation"
    # The test paragraphs really did reach a line end at each character: it sits at a line's start region.
    for char in CLOSING + OPENING:
        assert any(char in line[:2] for line in lines), f"{char} never came near a line break"


# --- page ends --------------------------------------------------------------------------------------------


def test_no_page_ends_with_an_item_heading_or_its_labels(tmp_path: Path) -> None:
    # Items of many different lengths, so item headings fall at every position of a page across the issue.
    items = tuple(make_item(n, f"第{n}条测试标题", "新华网", f"https://example.cn/{n}.html", 9,
                            tuple("短段落文字。" * 3 for _ in range((n * 7) % 11 + 1)))
                  for n in range(1, 41))
    pdf = render_items(tmp_path, items)
    pages = page_texts(pdf)
    assert len(pages) >= 8
    heads = {f"{item.marker}{item.title}" for item in items} | {item.title for item in items}
    labels = ("来源：", "链接：", "主要内容：", "2025-07-")
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line for line in page_lines(page) if not re.fullmatch(r"第 ?\d+ ?页 ?/ ?共 ?\d+ ?页", line)]
        last = lines[-1]
        assert last not in heads and not last.startswith(labels), f"page {number} ends with “{last}”"
        assert not last.startswith(("一、", "二、")), f"page {number} ends with a section heading"
    # The catalog: an entry's title and its outlet never part across a page.
    for number, page in enumerate(pages[:-1], start=1):
        last = [line for line in page_lines(page) if "页" not in line][-1]
        assert not re.fullmatch(r"\d+\.第\d+条测试标题", last), f"catalog entry split after page {number}"


# --- catalog links, page numbers, outline ------------------------------------------------------------------


def _link_targets(pdf: Path) -> list[tuple[str, int]]:
    """(destination name, 1-based target page) of every internal link on page 1, in order, once each."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    named = {name: reader.get_destination_page_number(dest) + 1
             for name, dest in reader.named_destinations.items()}
    targets: list[tuple[str, int]] = []
    for annotation in reader.pages[0].get("/Annots", []):
        dest = annotation.get_object().get("/Dest")
        if dest is not None and (str(dest), named[str(dest)]) not in targets:
            targets.append((str(dest), named[str(dest)]))
    return targets


def test_catalog_links_land_on_the_page_of_each_item_and_print_its_number(sample: SampleEditions) -> None:
    pages = page_texts(sample.pdf)
    targets = _link_targets(sample.pdf)
    assert [name for name, _ in targets] == [item.anchor for item in sample.issue.items]
    printed = [int(number) for number in re.findall(r"·{3,}\s*(\d+)", pages[0])]
    for (name, page), item, number in zip(targets, sample.issue.items, printed, strict=True):
        heading = f"{item.marker}{item.title}"
        assert page == page_of(pages, heading, after=sample.issue.labels.items_title), f"{name} links to page {page}"
        assert number == page, f"catalog prints {number} for {heading}, the item is on page {page}"
    assert len({page for _, page in targets}) > 1  # the sample's items start on different pages


def test_outline_lists_every_item_at_its_page(sample: SampleEditions) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(sample.pdf))
    pages = page_texts(sample.pdf)

    def flatten(outline):
        for entry in outline:
            yield from flatten(entry) if isinstance(entry, list) else [entry]

    entries = {squeeze(entry.title): reader.get_destination_page_number(entry) + 1
               for entry in flatten(reader.outline)}
    for item in sample.issue.items:
        heading = squeeze(f"{item.marker}{item.title}")
        assert heading in entries, f"outline lacks {heading}"
        assert entries[heading] == page_of(pages, heading, after=sample.issue.labels.items_title)


# --- size and fonts ---------------------------------------------------------------------------------------


def pdffonts_rows(pdf: Path) -> list[list[str]]:
    output = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [row.split() for row in output.splitlines()[2:]]


def test_sample_pdf_is_under_one_megabyte_with_two_embedded_subset_faces(sample: SampleEditions) -> None:
    assert sample.pdf.stat().st_size < 1_000_000
    rows = pdffonts_rows(sample.pdf)
    assert all(row[-5:-3] == ["yes", "yes"] for row in rows), rows
    assert sorted(re.sub(r"^[A-Z]{6}\+", "", row[0]) for row in rows) == [
        "Noto-Sans-CJK-SC-Bold", "Noto-Serif-CJK-SC"]


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_pdf_of_the_docx_embeds_subset_fonts_in_chinese_shapes(libreoffice_pdf: Path) -> None:
    rows = pdffonts_rows(libreoffice_pdf)
    assert rows and all(row[-5:-3] == ["yes", "yes"] for row in rows), rows
    assert any("NotoSerifCJK" in row[0] for row in rows) and any("NotoSansCJK" in row[0] for row in rows)
    assert not any("DejaVu" in row[0] for row in rows), "宋体/黑体 fell back to a font without Chinese"


# --- the editions say the same thing ------------------------------------------------------------------------


def split_items(text: str, issue: Issue) -> list[str]:
    """The front matter (masthead to catalog), then each item's text, from one squeezed reading."""
    start = text.index(squeeze(issue.labels.items_title))
    cuts = [start]
    for item in issue.items:
        cuts.append(text.index(squeeze(f"{item.marker}{item.title}"), cuts[-1]))
    cuts.append(len(text))
    return [text[:start]] + [text[cuts[n]:cuts[n + 1]] for n in range(1, len(cuts) - 1)]


@pytest.mark.slow
@needs_libreoffice
def test_pdf_docx_and_libreoffice_say_the_same_thing_item_by_item(sample: SampleEditions,
                                                                  libreoffice_pdf: Path) -> None:
    pdf = split_items(reading_text(page_texts(sample.pdf)), sample.issue)
    docx = split_items(squeeze("".join(p.text for p in Document(str(sample.docx)).paragraphs)), sample.issue)
    office = split_items(reading_text(page_texts(libreoffice_pdf)), sample.issue)
    assert len(pdf) == len(sample.issue.items) + 1
    for number, (from_pdf, from_docx, from_office) in enumerate(zip(pdf, docx, office, strict=True)):
        where = "front matter" if number == 0 else f"item {number}"
        assert from_pdf == from_docx, f"{where}: PDF and DOCX differ"
        assert from_docx == from_office, f"{where}: DOCX and its LibreOffice rendering differ"
    assert all(squeeze(paragraph) in pdf[1] for paragraph in sample.issue.items[0].paragraphs)


@pytest.mark.slow
@needs_libreoffice
def test_docx_pages_like_the_pdf_in_libreoffice(sample: SampleEditions,
                                                libreoffice_pdf: Path) -> None:
    """Same A4 page, same text column, so items start on the same pages in both editions."""
    pdf_pages, office_pages = page_texts(sample.pdf), page_texts(libreoffice_pdf)
    for item in sample.issue.items:
        heading = f"{item.marker}{item.title}"
        assert abs(page_of(pdf_pages, heading, after=sample.issue.labels.items_title) - page_of(office_pages, heading, after=sample.issue.labels.items_title)) <= 1
    info = subprocess.run(["pdfinfo", str(libreoffice_pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info)


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_reads_catalog_links_to_bookmarks_on_the_item_headings(sample: SampleEditions,
                                                                           tmp_path: Path) -> None:
    """LibreOffice's own reading of the DOCX (flat ODT): each catalog link names a bookmark that opens the
    item's heading paragraph, a heading with an outline level (the navigator lists it)."""
    tree = etree.parse(str(libreoffice_convert(sample.docx, tmp_path, "fodt")))
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "xlink": "http://www.w3.org/1999/xlink"}
    links = [href[1:] for href in tree.xpath("//text:a/@xlink:href", namespaces=ns) if href.startswith("#")]
    assert len(links) == len(sample.issue.items)
    for name, item in zip(links, sample.issue.items, strict=True):
        (start,) = tree.xpath(f"//text:bookmark-start[@text:name='{name}']", namespaces=ns)
        heading = start.getparent()
        assert heading.tag == f"{{{ns['text']}}}h", f"bookmark {name} is not on a heading"
        assert squeeze("".join(heading.itertext())) == squeeze(f"{item.marker}{item.title}")


# --- the DOCX: styles, not direct formatting; fonts from the config; survives editing ----------------------


def document_xml(docx: Path) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))


def test_docx_formats_by_named_styles_only(sample: SampleEditions) -> None:
    body = document_xml(sample.docx).find(f"{W}body")
    paragraphs = body.findall(f"{W}p")
    assert len(paragraphs) > 50
    for paragraph in paragraphs:
        ppr = paragraph.find(f"{W}pPr")
        assert ppr is not None and [child.tag for child in ppr] == [f"{W}pStyle"], etree.tostring(ppr)
    for run in body.iter(f"{W}r"):
        rpr = run.find(f"{W}rPr")
        direct = [child.tag for child in (rpr if rpr is not None else [])]
        assert set(direct) <= {f"{W}rFonts", f"{W}rStyle"}, direct  # the East Asian font, a character style
        fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
        assert fonts is None or set(fonts.attrib) <= {f"{W}eastAsia", f"{W}hint"}


def test_docx_uses_no_tables_text_boxes_or_drawings_for_layout(sample: SampleEditions) -> None:
    xml = zipfile.ZipFile(sample.docx).read("word/document.xml").decode()
    for tag in ("<w:tbl>", "<w:txbxContent", "<w:drawing", "<w:pict", "<mc:AlternateContent", "<w:framePr",
                "<w:br w:type=\"page\"", "<w:pageBreakBefore"):
        assert tag not in xml, tag


def test_docx_fonts_come_from_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SEEDS

    fonts = {"docx_body": "仿宋", "docx_heading": "微软雅黑", "docx_masthead": "华文中宋"}
    folder = make_project(tmp_path / "project", corpus=SEEDS, config={"fonts": fonts})
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["build", "--date", "2025-07-11"], catch_exceptions=False)
    assert result.exit_code in (0, 4), result.output
    document = Document(str(folder / "dist" / "2025" / "周报-2025-07-11.docx"))
    east_asian = {name: document.styles[name].element.rPr.rFonts.get(f"{W}eastAsia")
                  for name in ("Body Text", "Heading 2", "Masthead", "Lead", "ArticleTitle")}
    assert east_asian == {"Body Text": "仿宋", "Heading 2": "微软雅黑", "Masthead": "华文中宋", "Lead": "仿宋",
                          "ArticleTitle": "微软雅黑"}
    body = next(p for p in document.paragraphs if p.style.name == "Body Text")
    assert body.runs[0]._r.rPr.rFonts.get(f"{W}eastAsia") == "仿宋"


@pytest.mark.slow
@needs_libreoffice
def test_an_edited_docx_keeps_its_structure(sample: SampleEditions,
                                            tmp_path: Path) -> None:
    """What an editor does: open, rewrite a paragraph, add one, save. Styles, links, bookmarks and the
    pages survive, read back by python-docx and by LibreOffice."""
    document = Document(str(sample.docx))
    styles_before = [p.style.name for p in document.paragraphs]
    body = [p for p in document.paragraphs if p.style.name == "Body Text"]
    body[0].runs[0].text = "编辑改写后的第一段文字，共十八个字。"
    for run in body[0].runs[1:]:
        run.text = ""
    body[1].insert_paragraph_before("编辑新增的一段说明文字。", style="Body Text")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))

    reopened = Document(str(edited))
    styles_after = [p.style.name for p in reopened.paragraphs]
    assert styles_after.count("Body Text") == styles_before.count("Body Text") + 1
    assert [s for s in styles_after if s != "Body Text"] == [s for s in styles_before if s != "Body Text"]
    xml = zipfile.ZipFile(edited).read("word/document.xml").decode()
    assert xml.count("<w:bookmarkStart") == len(sample.issue.items)
    assert xml.count("w:anchor=") == len(sample.issue.items)

    pages = page_texts(docx_to_pdf(edited, tmp_path / "lo"))
    text = reading_text(pages)
    assert "编辑改写后的第一段文字，共十八个字。" in text and "编辑新增的一段说明文字。" in text
    assert re.search(r"第\s*1\s*页\s*/\s*共\s*\d+\s*页", pages[0])
    for item in sample.issue.items:
        assert squeeze(f"{item.marker}{item.title}") in text
    assert squeeze(sample.issue.masthead_title) in squeeze(pages[0])
