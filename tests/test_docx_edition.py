"""The DOCX edition, read back with python-docx (structure, styles, fonts, links, fields) and LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm

from bulletin.editions import RenderContext
from bulletin.editions.docx import bookmark_name, render_docx, xml_safe
from bulletin.errors import RenderError
from bulletin.issue import Issue, Item, Labels, Section, Typography

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ITEM_1_BODY = (
    "2025年7月3日，由全球数字经济大会组委会主办的“生成式人工智能与医疗：机遇与挑战”论坛，在北京国家会议中心举行。",
    "本次论坛聚焦生成式人工智能这一前沿技术与医疗行业的深度融合，共同探讨智能医疗的未来发展图景。",
)
ITEM_2_BODY = (
    "7月5日，“智汇两岸 强基赋能——海峡两岸创新医疗交流大会”在复旦大学上海医学院图文信息楼成功举办。",
    "【彭慧胜 图】",
    "会议开场，中国科学院院士彭慧胜为大会作视频致辞。",
)
ITEM_3_BODY = (
    "聊城市人民医院上线“先诊疗后付费”服务，患者就诊不再来回排队缴费。",
    "系统提示写作 <b>&{{x}} 的字样也原样保留。",
)


def make_item(number: int, title: str, source: str, url: str, day: int, paragraphs: tuple[str, ...]) -> Item:
    return Item(number=number, title=title, source=source, url=url, date=dt.date(2025, 7, day),
                paragraphs=paragraphs, marker=f"{number}. ")


ITEMS = (
    make_item(1, "聚焦生成式医疗 AI 应用，2025 全球数字经济大会共探智能医疗新未来", "人民政协网",
              "https://www.rmzxw.com.cn/c/2025-07-07/3744042.shtml?n2m=1&from=a", 7, ITEM_1_BODY),
    make_item(2, "海峡两岸医疗专家共话 AI 与强基：这场创新大会如何重塑未来医疗？", "新华社客户端",
              "https://xhpfmapi.xinhuaxmt.com/vh512/share/12628230", 7, ITEM_2_BODY),
    make_item(3, "山东聊城智慧医疗让患者告别“折返跑”", "新华网",
              "http://www.sd.xinhuanet.com/20250709/ca0cf0f4d4144e5b8aef1b5fb70a5a11/c.html", 9, ITEM_3_BODY),
)


def make_issue(sections: tuple[Section, ...] = (Section(title=None, items=ITEMS),),
               page_footer: str = "第 {page} 页 / 共 {pages} 页", number: int | None = 27) -> Issue:
    return Issue(
        masthead_title="卫生健康大数据与政策研究周报",
        publisher="北京市卫生健康大数据与政策研究中心",
        number=number,
        date=dt.date(2025, 7, 11),
        window_start=dt.date(2025, 7, 5),
        window_end=dt.date(2025, 7, 11),
        lead="本期周报共收集3篇卫生健康大数据与政策研究相关信息，时间从2025年7月5日到2025年7月11日，"
             "监测范围包括全国主流媒体及政府网站等。",
        labels=Labels(lead_title="本期导语：", catalog_title="一、信息目录", items_title="二、具体内容",
                      source="来源：", link="链接：", content="主要内容：", page_footer=page_footer),
        sections=sections,
        typography=Typography(body_fonts=("Noto Serif CJK SC",), heading_fonts=("Noto Sans CJK SC",),
                              docx_body="宋体", docx_heading="黑体", docx_masthead="方正小标宋简体"),
    )


@pytest.fixture(scope="module")
def issue() -> Issue:
    return make_issue()


@pytest.fixture(scope="module")
def docx_bytes(issue: Issue) -> bytes:
    return render_docx(issue, RenderContext())


@pytest.fixture(scope="module")
def document(docx_bytes: bytes):
    return Document(io.BytesIO(docx_bytes))


def part_xml(docx_bytes: bytes, name: str):
    """One part of the package, parsed."""
    from lxml import etree

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(docx_bytes)).read(name))


def reading(text: str) -> str:
    """Text as compared here: without whitespace (the Chinese-Latin spacing rule of bulletin.typeset sets
    its own gaps) and without the invisible break marks U+200B and U+2060."""
    return re.sub(r"[\s\u200b\u2060]+", "", text)


def body_paragraphs(document) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph in the body, hyperlink text included."""
    return [(paragraph.style.name, reading(paragraph.text)) for paragraph in document.paragraphs]


def expected_item_paragraphs(item: Item) -> list[tuple[str, str]]:
    body = [("Caption" if text.startswith("【") else "Body Text", text) for text in item.paragraphs]
    return [
        ("Heading 2", f"{item.marker}{item.title}"),
        ("ItemField", f"来源：{item.source}"),
        ("ItemField", f"链接：{item.url}"),
        ("ItemField", "主要内容："),
        ("ArticleTitle", item.title),
        ("Dateline", f"{item.date_iso} 来源：{item.source}"),
        *body,
    ]


def test_paragraphs_follow_the_digest_in_order(document, issue: Issue) -> None:
    expected = [
        ("Masthead", "卫生健康大数据与政策研究周报"),
        ("IssueNumber", "第27期"),
        ("MastheadLine", "北京市卫生健康大数据与政策研究中心\t2025年7月11日"),
        ("LeadTitle", "本期导语："),
        ("Lead", issue.lead),
        ("Heading 1", "一、信息目录"),
    ]
    for item in ITEMS:
        expected += [("CatalogEntry", f"{item.marker}{item.title}"), ("CatalogSource", f"（{item.source}）")]
    expected.append(("Heading 1", "二、具体内容"))
    for item in ITEMS:
        expected += expected_item_paragraphs(item)
    assert body_paragraphs(document) == [(style, reading(text)) for style, text in expected]


def test_markup_like_text_is_kept_verbatim(docx_bytes: bytes, document) -> None:
    assert reading("系统提示写作 <b>&{{x}} 的字样也原样保留。") in [reading(p.text) for p in document.paragraphs]
    assert "<b>" not in zipfile.ZipFile(io.BytesIO(docx_bytes)).read("word/document.xml").decode()


def test_masthead_is_large_bold_red_and_centred(document, issue: Issue) -> None:
    style = document.styles["Masthead"]
    assert style.font.size.pt >= 26
    assert style.font.bold is False  # 方正小标宋 is bold by design: no synthetic bold
    assert str(style.font.color.rgb) in {"C00000", "FF0000"}
    assert style.paragraph_format.alignment == 1  # WD_ALIGN_PARAGRAPH.CENTER
    assert style.element.rPr.rFonts.get(qn("w:eastAsia")) == issue.typography.docx_masthead


def test_publisher_line_has_a_right_tab_at_the_text_width_and_a_red_rule(document) -> None:
    style = document.styles["MastheadLine"]
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    stops = list(style.paragraph_format.tab_stops)
    assert [(stop.alignment, abs(stop.position - text_width) < Cm(0.05)) for stop in stops] == [(2, True)]
    bottom = style.element.pPr.find(f"{W}pBdr/{W}bottom")
    assert bottom.get(f"{W}val") == "single"
    assert bottom.get(f"{W}color") == "C00000"
    assert bottom.get(f"{W}sz") == "12"
    body = document.element.body
    assert not body.findall(f".//{W}tbl") and not body.findall(f".//{W}txbxContent")


def test_item_headings_are_real_heading_styles_with_outline_levels(document) -> None:
    item_headings = [p for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [reading(p.text) for p in item_headings] == [reading(f"{item.marker}{item.title}") for item in ITEMS]
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        assert style.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == str(level - 1)
        assert str(style.font.color.rgb) == "000000"
        assert style.font.color.theme_color is None
        assert style.element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_sections_add_headings_and_push_items_one_level_down() -> None:
    sections = (Section(title="政策动态", items=ITEMS[:1]), Section(title="行业资讯", items=ITEMS[1:]))
    document = Document(io.BytesIO(render_docx(make_issue(sections), RenderContext())))
    headings = [(p.style.name, reading(p.text)) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [(style, reading(text)) for style, text in [
        ("Heading 1", "一、信息目录"), ("Heading 2", "政策动态"), ("Heading 2", "行业资讯"),
        ("Heading 1", "二、具体内容"),
        ("Heading 2", "政策动态"), ("Heading 3", f"1. {ITEMS[0].title}"),
        ("Heading 2", "行业资讯"), ("Heading 3", f"2. {ITEMS[1].title}"), ("Heading 3", f"3. {ITEMS[2].title}"),
    ]]


def test_every_run_with_text_names_its_east_asian_font(docx_bytes: bytes) -> None:
    for part in ("word/document.xml", "word/footer1.xml"):
        runs = [run for run in part_xml(docx_bytes, part).iter(f"{W}r") if run.find(f"{W}t") is not None]
        assert runs, part
        for run in runs:
            fonts = run.find(f"{W}rPr/{W}rFonts")
            assert fonts is not None and fonts.get(f"{W}eastAsia"), run.findtext(f"{W}t")


def test_styles_name_fonts_for_every_script_without_theme_fonts(document, issue: Issue) -> None:
    expected = {"Normal": "宋体", "Body Text": "宋体", "Caption": "宋体", "Lead": "宋体",
                "Heading 1": "黑体", "Title": "方正小标宋简体", "Masthead": "方正小标宋简体"}
    for name, east_asian in expected.items():
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == east_asian, name
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman", name
        assert not [key for key in fonts.attrib if key.endswith("Theme") or key.endswith("theme")], name


def test_body_paragraphs_are_justified_with_a_two_character_indent(document) -> None:
    body_text = document.styles["Body Text"]
    indent = body_text.element.pPr.find(f"{W}ind")
    assert indent.get(f"{W}firstLineChars") == "200"
    assert indent.get(f"{W}firstLine") == str(2 * 12 * 20)  # twips: two 12 pt characters
    assert body_text.element.pPr.find(f"{W}jc").get(f"{W}val") == "both"
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Body Text":
            assert paragraph.paragraph_format.first_line_indent is None  # no direct override of the style


def test_captions_are_centred_without_indent(document) -> None:
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert [reading(p.text) for p in captions] == ["【彭慧胜图】"]
    caption = document.styles["Caption"]
    assert caption.paragraph_format.alignment == 1
    assert caption.paragraph_format.first_line_indent is None
    assert caption.base_style.paragraph_format.first_line_indent is None


def test_urls_are_external_hyperlinks(document) -> None:
    part = document.part
    links = document.element.body.findall(f".//{W}hyperlink[@{qn('r:id')}]")
    targets = []
    for link in links:
        rel = part.rels[link.get(qn("r:id"))]
        assert rel.reltype == RT.HYPERLINK and rel.is_external
        targets.append(rel.target_ref)
        assert link.find(f"{W}r/{W}rPr/{W}rStyle").get(f"{W}val") == "Hyperlink"
    assert targets == [item.url for item in ITEMS]
    style = document.styles["Hyperlink"]
    assert style.font.underline is True and style.font.color.rgb is not None


def test_external_relationships_are_marked_target_mode_external(docx_bytes: bytes) -> None:
    rels = part_xml(docx_bytes, "word/_rels/document.xml.rels")
    hyperlinks = [rel for rel in rels if rel.get("Type") == RT.HYPERLINK]
    assert [rel.get("TargetMode") for rel in hyperlinks] == ["External"] * len(ITEMS)


def test_catalog_links_point_at_bookmarks_on_the_item_headings(document) -> None:
    body = document.element.body
    anchors = [link.get(qn("w:anchor")) for link in body.findall(f".//{W}hyperlink[@{qn('w:anchor')}]")]
    assert anchors == ["item_1", "item_2", "item_3"]
    for anchor in anchors:
        (start,) = body.findall(f".//{W}bookmarkStart[@{qn('w:name')}='{anchor}']")
        heading = start.getparent()
        assert heading.style == "Heading2"
        ends = heading.findall(f"{W}bookmarkEnd")
        assert [end.get(qn("w:id")) for end in ends] == [start.get(qn("w:id"))]
    ids = [start.get(qn("w:id")) for start in body.findall(f".//{W}bookmarkStart")]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("anchor", "name"), [("item-3", "item_3"), ("3-a", "b3_a"), ("x" * 50, "x" * 40)])
def test_bookmark_names_are_valid_word_names(anchor: str, name: str) -> None:
    assert bookmark_name(anchor) == name


def test_footer_counts_pages_with_page_and_numpages_fields(docx_bytes: bytes, document) -> None:
    footer = part_xml(docx_bytes, "word/footer1.xml")
    instructions = [text.strip() for text in footer.itertext() if text.strip() in {"PAGE", "NUMPAGES"}]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [char.get(f"{W}fldCharType") for char in footer.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2
    paragraph = document.sections[0].footer.paragraphs[0]
    assert paragraph.text == "第 1 页 / 共 1 页"  # the cached field results between the literal words
    assert paragraph.style.paragraph_format.alignment == 1


def test_unknown_footer_placeholder_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="total"):
        render_docx(make_issue(page_footer="第 {page} 页，共 {total} 页"), RenderContext())


def test_page_is_a4_with_margins(document) -> None:
    section = document.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.01 and abs(section.page_height.cm - 29.7) < 0.01
    assert abs(section.top_margin.cm - 2.54) < 0.01 and abs(section.bottom_margin.cm - 2.4) < 0.01
    # The PDF's text column (issue.css): 38 characters of 12 pt between equal left and right margins.
    assert abs(section.left_margin.pt - 69.64) < 0.05 and section.right_margin == section.left_margin


def test_east_asian_language_is_chinese(docx_bytes: bytes) -> None:
    settings = part_xml(docx_bytes, "word/settings.xml")
    assert settings.find(f"{W}themeFontLang").get(f"{W}eastAsia") == "zh-CN"
    styles = part_xml(docx_bytes, "word/styles.xml")
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}eastAsia") == "zh-CN"
    assert b"ja-JP" not in b"".join(zipfile.ZipFile(io.BytesIO(docx_bytes)).read(name)
                                    for name in ("word/settings.xml", "word/styles.xml"))


def test_core_properties_come_from_the_issue(document, issue: Issue) -> None:
    properties = document.core_properties
    assert properties.title == "卫生健康大数据与政策研究周报 第27期 2025年7月11日"
    assert properties.author == properties.last_modified_by == issue.publisher
    assert properties.language == "zh-CN"
    midnight = dt.datetime(2025, 7, 11, tzinfo=dt.UTC)
    assert properties.created.replace(tzinfo=dt.UTC) == midnight
    assert properties.modified.replace(tzinfo=dt.UTC) == midnight
    assert "python-docx" not in (properties.comments + properties.author)


def test_template_leftovers_are_dropped(docx_bytes: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(docx_bytes)).namelist()
    assert "word/stylesWithEffects.xml" not in names and "docProps/thumbnail.jpeg" not in names
    assert "word/styles.xml" in names and "word/footer1.xml" in names


def test_two_renders_are_byte_identical(issue: Issue, docx_bytes: bytes) -> None:
    assert render_docx(issue, RenderContext()) == docx_bytes
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(docx_bytes)).infolist()}
    assert stamps == {(2025, 7, 11, 0, 0, 0)}


def test_control_characters_are_dropped_not_fatal() -> None:
    item = make_item(1, "标题\x0b含控制符", "新华网", "https://example.cn/a\x00b", 9, ("正文\x00第一段\x1f。",))
    document = Document(io.BytesIO(render_docx(make_issue((Section(None, (item,)),)), RenderContext())))
    texts = [reading(p.text) for p in document.paragraphs]
    assert reading("1. 标题含控制符") in texts and "正文第一段。" in texts
    assert xml_safe("a\tb\nc\x07") == "a\tb\nc"


def test_issue_without_number_has_no_number_line() -> None:
    document = Document(io.BytesIO(render_docx(make_issue(number=None), RenderContext())))
    assert [p.style.name for p in document.paragraphs[:2]] == ["Masthead", "MastheadLine"]


# --- LibreOffice -----------------------------------------------------------------------------------------


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def normalised(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.slow
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed: "
                                                "apt-get install -y libreoffice-writer-nogui")
def test_libreoffice_converts_it_and_the_text_survives(docx_bytes: bytes, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = tmp_path / "issue.docx"
    source.write_bytes(docx_bytes)
    profile = (tmp_path / f"lo-profile-{uuid.uuid4().hex}").as_uri()
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, timeout=120, capture_output=True, env={**os.environ, "HOME": str(tmp_path)},
    )
    pdf = tmp_path / "issue.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 0
    text = normalised(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                     capture_output=True, text=True, timeout=60).stdout)
    pieces = ["卫生健康大数据与政策研究周报", "本期导语：", "一、信息目录", "二、具体内容"]
    for item in ITEMS:
        pieces += [f"{item.marker}{item.title}", f"（{item.source}）", item.url, *item.paragraphs]
    missing = [piece for piece in pieces if normalised(piece) not in text]
    assert not missing
    assert re.search(r"第1页/共\d+页", text)


def test_item_field_labels_are_bold_in_their_own_character_style() -> None:
    import datetime as dt
    import io

    from conftest import SEEDS
    from docx import Document as read

    from bulletin.config import Config
    from bulletin.corpus import load_corpus
    from bulletin.curate import curate
    from bulletin.editions import RenderContext
    from bulletin.editions.docx import render_docx
    from bulletin.issue import build_issue

    config = Config()
    issue = build_issue(curate(load_corpus(SEEDS).articles, config, dt.date(2025, 7, 11)), config)
    document = read(io.BytesIO(render_docx(issue, RenderContext())))
    fields = [p for p in document.paragraphs if p.style.name == "ItemField"]
    assert len(fields) == 3 * len(issue.items)
    for paragraph in fields:
        label = paragraph.runs[0]
        assert label.text in ("来源：", "链接：", "主要内容：")
        assert label.style.name == "FieldLabel" and label.style.font.bold is False  # 黑体: bold by design
    assert fields[0].text == "来源：人民政协网"


def test_a_reference_docx_restyles_the_edition(tmp_path) -> None:
    """Editors restyle the DOCX in Word: reference-docx writes a sample, they change styles, we keep them."""
    import io

    from conftest import SEEDS, make_project
    from docx import Document as read
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    from typer.testing import CliRunner

    from bulletin.cli import app

    project = make_project(tmp_path / "p", corpus=SEEDS)
    runner = CliRunner()
    made = runner.invoke(app, ["reference-docx", "--project", str(project)], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    reference = project / "templates" / "reference.docx"
    # What an editor does in Word: Body Text in 楷体, 15 pt, dark blue; a header line; wider margins.
    edited = read(str(reference))
    body = edited.styles["Body Text"]
    body.font.size = Pt(15)
    body.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    body.element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
    edited.sections[0].header.paragraphs[0].text = "内部资料 注意保存"
    edited.sections[0].left_margin = Pt(90)
    edited.save(str(reference))
    again = runner.invoke(app, ["reference-docx", "--project", str(project)], catch_exceptions=False)
    assert again.exit_code == 1 and "未覆盖" in again.output  # the editor's work is never replaced silently

    built = runner.invoke(app, ["build", "--project", str(project), "--date", "2025-07-11", "-e", "docx"],
                          catch_exceptions=False)
    assert built.exit_code == 0, built.output
    document = read(io.BytesIO((project / "dist" / "2025" / "周报-2025-07-11.docx").read_bytes()))
    style = document.styles["Body Text"]
    assert style.font.size == Pt(15) and style.font.color.rgb == RGBColor(0x1F, 0x3A, 0x60)
    body_paragraphs = [p for p in document.paragraphs if p.style.name == "Body Text"]
    assert body_paragraphs[0].runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    assert document.sections[0].header.paragraphs[0].text == "内部资料 注意保存"
    assert document.sections[0].left_margin == Pt(90)
    text = reading("\n".join(p.text for p in document.paragraphs))
    assert "山东聊城智慧医疗让患者告别“折返跑”" in text
    assert "示例文章" not in text and "第二篇" not in text  # the reference's sample content is gone
    footer = document.sections[0].footer
    assert len([p for p in footer.paragraphs if p.text.strip()]) == 1
    assert footer._element.xml.count("NUMPAGES") == 1


def test_a_damaged_reference_docx_is_named(tmp_path) -> None:
    from conftest import SEEDS, make_project
    from typer.testing import CliRunner

    from bulletin.cli import app

    project = make_project(tmp_path / "p", corpus=SEEDS)
    (project / "templates").mkdir()
    (project / "templates" / "reference.docx").write_bytes(b"not a zip")
    result = CliRunner().invoke(app, ["build", "--project", str(project), "--date", "2025-07-11", "-e", "docx"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "reference.docx" in result.output and "参考文档无法打开" in result.output
