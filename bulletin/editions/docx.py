"""The DOCX edition: the issue as a Word document that editors open, correct and forward in Word or WPS.

The document is built on python-docx's default template, with every style the issue uses defined in code,
so an editor restyles the whole issue from Word's style gallery rather than paragraph by paragraph.
python-docx leaves Chinese text to the template's theme fonts and a Japanese language default, so the XML
for East Asian fonts, the language, fields, hyperlinks and bookmarks is written here by small helpers.
Two renders of the same issue give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import string
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.oxml.text.parfmt import CT_PPr
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from bulletin.editions import RenderContext
from bulletin.editions.measures import BODY_PT, COLUMN_CHARS, MEASURES
from bulletin.errors import RenderError
from bulletin.issue import Issue, Item, Typography
from bulletin.typeset import NBSP, WJ, balance_lines, prepare_line, prepare_text

LABEL_STYLE = "FieldLabel"
NO_BREAK_STYLE = "NoBreak"
CATALOG_LINK_STYLE = "CatalogLink"
REFERENCE_DOCX = "reference.docx"
PAGE_WIDTH = Twips(11906)  # A4, 21.0 cm, as Word writes it
PAGE_HEIGHT = Twips(16838)  # A4, 29.7 cm
# The page of the PDF edition (issue.css): the text column is 38 characters of 12 pt, so a full line of
# Chinese text fills it exactly, and the same text breaks into the same lines in both editions.
MARGIN_TOP = Cm(2.54)
MARGIN_BOTTOM = Cm(2.4)
MARGIN_LEFT_RIGHT = Twips(1393)  # 69.64 pt = (595.28 pt − 38 × 12 pt) / 2
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_LEFT_RIGHT
BODY_SIZE_PT = BODY_PT  # 小四
LINE_PITCH = Pt(21)  # 1.75 × 12 pt, the PDF's line height; exact, so Word, WPS and LibreOffice agree
LATIN_FONT = "Times New Roman"  # letters and digits inside Chinese text, as Chinese official documents set them

BLACK = RGBColor(0x00, 0x00, 0x00)
RED = RGBColor(0xC0, 0x00, 0x00)
LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
RULE_WIDTH_EIGHTHS = 12  # the red rule under the masthead: 1.5 pt, in eighths of a point

PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

# Characters XML 1.0 forbids (lxml refuses them); pasted article text sometimes carries them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Elements python-docx may create after w:pBdr in a w:pPr; Word rejects a pPr whose children are out of order.
_PBDR_SUCCESSORS = ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:outlineLvl", "w:rPr", "w:sectPr")


@dataclass(frozen=True)
class _StyleSpec:
    """How one paragraph style looks; ``font`` is a role (body, heading, masthead), not a font name."""

    name: str
    font: str
    size_pt: float
    bold: bool = False
    color: RGBColor = BLACK
    align: WD_ALIGN_PARAGRAPH | None = None
    first_line_indent: bool = False
    space_before_pt: float = 0
    space_after_pt: float = 0
    keep_with_next: bool = False
    base: str | None = "Normal"


# The styles of the issue, in the order they are defined (a base style before the styles based on it).
# Built-in styles (Normal, headings, Title, Body Text, Caption, Footer) are redefined so that Word's
# navigation pane and style gallery work as editors expect; the others are the issue's own.
def _measured(name: str, font: str, role: str, **options: Any) -> _StyleSpec:
    """A style whose size and spacing come from the table shared with the PDF (editions/measures.py)."""
    measure = MEASURES[role]
    return _StyleSpec(name, font, measure.size_pt, space_before_pt=measure.before_pt,
                      space_after_pt=measure.after_pt, **options)


# 黑体 and 方正小标宋 are bold by design: no synthetic bold on them (bold=False); Word and WPS would
# otherwise smear their strokes. Only the body face, 宋体, is ever emboldened.
_STYLES = (
    _StyleSpec("Normal", "body", BODY_SIZE_PT, base=None),
    _StyleSpec("Title", "masthead", MEASURES["masthead"].size_pt, align=WD_ALIGN_PARAGRAPH.CENTER),
    _measured("Heading 1", "heading", "section_heading", keep_with_next=True),
    _measured("Heading 2", "heading", "item_title", keep_with_next=True),
    _measured("Heading 3", "heading", "item_title", keep_with_next=True),
    _measured("Masthead", "masthead", "masthead", color=RED, align=WD_ALIGN_PARAGRAPH.CENTER),
    _measured("IssueNumber", "body", "issue_number", align=WD_ALIGN_PARAGRAPH.CENTER),
    _measured("MastheadLine", "body", "masthead_line"),
    _StyleSpec("Body Text", "body", BODY_SIZE_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line_indent=True),
    _StyleSpec("LeadTitle", "heading", BODY_SIZE_PT, space_before_pt=6, keep_with_next=True),
    _StyleSpec("Lead", "body", BODY_SIZE_PT, base="Body Text"),  # justified and indented like the body
    _StyleSpec("CatalogEntry", "body", BODY_SIZE_PT, space_before_pt=3, keep_with_next=True),
    _StyleSpec("CatalogSource", "body", BODY_SIZE_PT),
    _StyleSpec("ItemField", "body", BODY_SIZE_PT, keep_with_next=True),
    _measured("ArticleTitle", "heading", "article_title", align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True),
    _StyleSpec("ArticleSubtitle", "body", BODY_SIZE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True),
    _measured("Dateline", "body", "dateline", align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True),
    _measured("Subhead", "heading", "subhead", first_line_indent=True, keep_with_next=True),
    _StyleSpec("ListLine", "body", BODY_SIZE_PT, base="Body Text"),
    _measured("Caption", "body", "caption", align=WD_ALIGN_PARAGRAPH.CENTER),
    _measured("Footer", "body", "footer", align=WD_ALIGN_PARAGRAPH.CENTER),
)


def render_docx(issue: Issue, context: RenderContext) -> bytes:
    """Render the DOCX edition of ``issue``: A4, Chinese styles, linked catalog, numbered pages.

    When the templates hold a ``reference.docx`` (an editor's restyled copy, as pandoc's reference.docx),
    the issue is written into it: its page set-up, header and styles are kept, and only the styles it
    lacks are defined here. Without one, every style comes from the config's fonts.
    """
    reference = context.find(REFERENCE_DOCX)
    if reference is not None:
        document = _open_reference(reference)
        _define_styles(document, issue.typography, keep_existing=True)
    else:
        document = Document()
        _set_up_page(document)
        _define_styles(document, issue.typography)
    _set_language(document, issue.language)
    _set_punctuation_and_spacing(document)
    _register_fonts(document, issue.typography)
    _add_masthead(document, issue)
    _add_lead(document, issue)
    _add_catalog(document, issue)
    _add_items(document, issue)
    _add_page_footer(document, issue.labels.page_footer)
    _set_core_properties(document, issue)
    _drop_template_leftovers(document)
    stream = io.BytesIO()
    document.save(stream)
    return _zip_reproducibly(stream.getvalue(), issue.date)


# --- text and runs -------------------------------------------------------------------------------------


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML cannot hold, so a stray one never stops the render."""
    return _XML_ILLEGAL.sub("", text)


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for ``anchor``: a letter first, then letters, digits and _, at most 40 chars."""
    name = re.sub(r"[^0-9A-Za-z_]", "_", anchor)
    if not name[:1].isalpha():
        name = "b" + name
    return name[:40]


def _set_east_asian_font(rpr: CT_RPr, name: str) -> None:
    """Name the font for Chinese characters: ``font.name`` only writes the Latin slots (ascii, hAnsi)."""
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)  # a theme font would win over the named one


def _set_fonts(rpr: CT_RPr, east_asian: str, latin: str) -> None:
    """Name the fonts of every script, dropping the theme fonts the default template names instead."""
    fonts = rpr.get_or_add_rFonts()
    for theme_slot in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme_slot), None)
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(slot), latin)
    _set_east_asian_font(rpr, east_asian)


def _east_asian_font_of(style: Any) -> str | None:
    """The East Asian font a paragraph style names, itself or through the styles it is based on."""
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


# Characters Unicode leaves ambiguous between East Asian and Latin width; next to Latin text Word would
# set them in the Latin font (a narrow closing quote after digits) unless the run is hinted East Asian.
_AMBIGUOUS = set("“”‘’—…·")


def _add_run(paragraph: Paragraph, text: str = "") -> Run:
    """A run carrying its paragraph style's East Asian font, as WPS and old Word versions expect."""
    run = paragraph.add_run(xml_safe(text))
    font = _cached(paragraph.part, "east_asian", paragraph._p.style, lambda: _east_asian_font_of(paragraph.style))
    if font:
        _set_east_asian_font(run._r.get_or_add_rPr(), font)
    if _AMBIGUOUS.intersection(text):
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
    return run


def _cached(part: object, kind: str, key: object, compute: Callable[[], Any]) -> Any:
    """Style look-ups by name scan the whole styles part each time; remember them for this document."""
    cache = part.__dict__.setdefault("_bulletin_cache", {})
    if (kind, key) not in cache:
        cache[(kind, key)] = compute()
    return cache[(kind, key)]


def _style_id(document_part: Any, name: str) -> str:
    """The id of style ``name``. Setting a style by name or object makes python-docx scan every style for
    the default one each time (seconds for a long issue); the id is looked up once per document."""
    return _cached(document_part, "style_id", name, lambda: document_part.document.styles[name].style_id)


# Characters joined by a word joiner or a no-break space (bulletin.typeset): one unbreakable unit.
_UNIT = f"(?:[A-Za-z0-9][A-Za-z0-9.,%/_\\-]*|[^\\s{WJ}{NBSP}])"  # a Latin word or number, or one character
_BOUND = re.compile(f"(?:{_UNIT}[{WJ}{NBSP}]+)+{_UNIT}")


def _add_text_runs(paragraph: Paragraph, text: str) -> list[Run]:
    """``text`` as runs; each unit that must not break is its own run in the ``NoBreak`` character style.

    Word honours the word joiner itself; LibreOffice breaks Chinese text between any two characters
    (its CJK break iterator ignores joiners) unless the text's language sends it to the Unicode line
    breaker, which is what ``NoBreak`` does by marking its few characters as having no language (zxx).
    """
    runs: list[Run] = []
    position = 0
    for match in _BOUND.finditer(text):
        if match.start() > position:
            runs.append(_add_run(paragraph, text[position:match.start()]))
        run = _add_run(paragraph, match.group())
        run._r.style = _style_id(paragraph.part, NO_BREAK_STYLE)
        runs.append(run)
        position = match.end()
    if position < len(text) or not runs:
        runs.append(_add_run(paragraph, text[position:]))
    return runs


def _add_paragraph(document: DocxDocument, style: str, text: str = "") -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph._p.style = _style_id(document.part, style)
    if text:
        _add_text_runs(paragraph, text)
    return paragraph


# --- XML helpers for what python-docx has no API for -------------------------------------------------


def _add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES); Word and LibreOffice replace ``placeholder`` when they lay out."""

    def field_char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        _add_run(paragraph)._r.append(element)

    field_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _add_run(paragraph)._r.append(instr)
    field_char("separate")
    _add_run(paragraph, placeholder)
    field_char("end")


def _wrap_in_hyperlink(paragraph: Paragraph, run: Run | list[Run], attributes: dict[str, str]) -> None:
    hyperlink = OxmlElement("w:hyperlink")
    for key, value in attributes.items():
        hyperlink.set(qn(key), value)
    for each in run if isinstance(run, list) else [run]:
        hyperlink.append(each._r)  # moves the run out of the paragraph into the link
    paragraph._p.append(hyperlink)


def _add_external_hyperlink(paragraph: Paragraph, url: str, shown: str | None = None) -> None:
    """``url`` as a clickable link: Word needs an external relationship, not just the text. ``shown`` is
    the text as set (with its break opportunities); the link target is the URL itself."""
    safe_url = xml_safe(url)
    rel_id = paragraph.part.relate_to(safe_url, RT.HYPERLINK, is_external=True)
    run = _add_run(paragraph, shown if shown is not None else safe_url)
    run._r.style = _style_id(paragraph.part, "Hyperlink")
    _wrap_in_hyperlink(paragraph, run, {"r:id": rel_id, "w:history": "1"})


def _add_internal_hyperlink(paragraph: Paragraph, text: str, bookmark: str) -> None:
    """``text`` linking to a bookmark in the document, the way Word links a catalog to its headings."""
    run = _add_run(paragraph, text)
    run._r.style = _style_id(paragraph.part, CATALOG_LINK_STYLE)
    _wrap_in_hyperlink(paragraph, run, {"w:anchor": bookmark, "w:history": "1"})


def _add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    """Put the whole paragraph inside bookmark ``name`` (the target of the catalog's links)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _set_bottom_border(ppr: CT_PPr, color: RGBColor, width_eighths: int) -> None:
    """A rule under the paragraph: a paragraph border, so no table or drawing is needed."""
    ppr.remove_all("w:pBdr")
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(width_eighths)), ("w:space", "1"),
                       ("w:color", str(color))):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.insert_element_before(borders, *_PBDR_SUCCESSORS)


# --- document setup ----------------------------------------------------------------------------------


def _set_up_page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin = section.right_margin = MARGIN_LEFT_RIGHT
    section.header_distance = section.footer_distance = Cm(1.5)


def _open_reference(path: Path) -> DocxDocument:
    """An editor's reference document with its sample content and footer removed, styles kept."""
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a damaged or non-DOCX file
        raise RenderError(f"参考文档无法打开（{exc}）。请用 Word 或 WPS 另存为 .docx，"
                          "或用“bulletin reference-docx”重新生成。", path=path) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for section in document.sections:  # the footer is the issue's own (page numbers from the config)
        for footer in (section.footer, section.first_page_footer, section.even_page_footer):
            if not footer.is_linked_to_previous:
                for child in list(footer._element):
                    footer._element.remove(child)
                footer._element.append(OxmlElement("w:p"))
    return document


def _define_styles(document: DocxDocument, typography: Typography, *, keep_existing: bool = False) -> None:
    """Define every style the issue uses, fonts named for all scripts, headings black not theme blue.

    With ``keep_existing`` (a reference document), a style the document already has is left as the
    editor made it; only missing styles are defined.
    """
    fonts = {"body": typography.docx_body, "heading": typography.docx_heading,
             "masthead": typography.docx_masthead}
    styles = document.styles
    if keep_existing:
        existing = {style.name for style in styles}
        for spec in _STYLES:
            if spec.name not in existing:
                _define_paragraph_style(document, spec, fonts[spec.font])
        if "Hyperlink" not in existing:
            _define_hyperlink_style(document)
        if LABEL_STYLE not in existing:
            _define_label_style(document, typography.docx_heading)
        if NO_BREAK_STYLE not in existing:
            _define_no_break_style(document)
        if CATALOG_LINK_STYLE not in existing:
            _define_catalog_link_style(document)
        return
    _set_fonts(_default_run_properties(document), typography.docx_body, LATIN_FONT)
    for spec in _STYLES:
        _define_paragraph_style(document, spec, fonts[spec.font])
    styles["Title"].element.get_or_add_pPr().remove_all("w:pBdr")  # the template's blue rule
    masthead_line = styles["MastheadLine"].paragraph_format
    masthead_line.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _set_bottom_border(styles["MastheadLine"].element.get_or_add_pPr(), RED, RULE_WIDTH_EIGHTHS)
    styles["Normal"].paragraph_format.line_spacing = LINE_PITCH
    for large in ("Title", "Masthead"):  # taller than the pitch: single spacing, or Word would clip them
        styles[large].paragraph_format.line_spacing = 1.0
    _define_hyperlink_style(document)
    _define_label_style(document, typography.docx_heading)
    _define_no_break_style(document)
    _define_catalog_link_style(document)


def _define_catalog_link_style(document: DocxDocument) -> None:
    """``CatalogLink``: a catalog entry, a link that looks like text. Without a language (zxx), like
    ``NoBreak``, so LibreOffice keeps the joined last characters of the title together; a styled run
    also keeps LibreOffice from painting the link blue and underlined."""
    style = document.styles.add_style(CATALOG_LINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zxx")
    style.element.get_or_add_rPr().append(lang)


def _define_no_break_style(document: DocxDocument) -> None:
    """``NoBreak``: characters that stay on one line (see ``_add_text_runs``); no language (zxx)."""
    style = document.styles.add_style(NO_BREAK_STYLE, WD_STYLE_TYPE.CHARACTER)
    style.hidden = True
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zxx")
    style.element.get_or_add_rPr().append(lang)


def _define_label_style(document: DocxDocument, east_asian: str) -> None:
    """``FieldLabel``: the bold 来源：/链接：/主要内容： labels, as the PDF sets them."""
    style = document.styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.CHARACTER)
    style.font.bold = False  # 黑体 is bold by design
    _set_fonts(style.element.get_or_add_rPr(), east_asian, LATIN_FONT)


def _add_label(paragraph: Paragraph, text: str) -> Run:
    """A label run in the ``FieldLabel`` character style, carrying that style's East Asian font."""
    run = _add_run(paragraph, text)
    run._r.style = _style_id(paragraph.part, LABEL_STYLE)
    part: Any = paragraph.part  # the document part (python-docx types it as the general StoryPart)
    font = _cached(part, "east_asian_label", LABEL_STYLE,
                   lambda: _east_asian_font_of(part.document.styles[LABEL_STYLE]))
    if font:
        _set_east_asian_font(run._r.get_or_add_rPr(), font)
    return run


def _define_paragraph_style(document: DocxDocument, spec: _StyleSpec, east_asian: str) -> None:
    styles = document.styles
    try:
        style = styles[spec.name]
    except KeyError:
        style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    if spec.base is not None:
        style.base_style = styles[spec.base]
    _set_fonts(style.element.get_or_add_rPr(), east_asian, LATIN_FONT)
    style.font.size = Pt(spec.size_pt)
    style.font.bold = spec.bold
    style.font.color.rgb = spec.color
    layout = style.paragraph_format
    if spec.align is not None:
        layout.alignment = spec.align
    layout.space_before = Pt(spec.space_before_pt)
    layout.space_after = Pt(spec.space_after_pt)  # explicit: the template's default adds 10 pt after
    if spec.keep_with_next:  # a label or title never ends a page without what it introduces
        layout.keep_with_next = True
    if spec.first_line_indent:
        _indent_first_line_two_chars(style, spec.size_pt)


def _indent_first_line_two_chars(style: ParagraphStyle, size_pt: float) -> None:
    """Two characters of first-line indent: in characters for Word/WPS, in twips for other readers."""
    style.paragraph_format.first_line_indent = Pt(2 * size_pt)
    style.element.pPr.ind.set(qn("w:firstLineChars"), "200")


def _define_hyperlink_style(document: DocxDocument) -> None:
    """The character style Word itself uses for links: blue, underlined (the default template lacks it)."""
    styles = document.styles
    try:
        style = styles["Hyperlink"]
    except KeyError:
        style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = LINK_BLUE
    style.font.underline = True


def _default_run_properties(document: DocxDocument) -> CT_RPr:
    """``w:docDefaults/w:rPrDefault/w:rPr``: what every run inherits (python-docx has no API for it)."""
    return document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))


def _set_language(document: DocxDocument, language: str) -> None:
    """Mark Chinese as the East Asian language: the default template says Japanese (ja-JP)."""
    _default_run_properties(document).find(qn("w:lang")).set(qn("w:eastAsia"), language)
    document.settings.element.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), language)


# Word's default 避头尾 lists for Simplified Chinese (Options → Typography).
NO_BREAK_BEFORE = ("!%),.:;?]}¢°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠")
NO_BREAK_AFTER = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"


def _set_punctuation_and_spacing(document: DocxDocument) -> None:
    """Compress punctuation (Word's 标点压缩), and no automatic gap between Chinese and Latin text: the
    gap is already in the text, by the project's one rule (bulletin.typeset), as in the other editions."""
    settings = document.settings.element
    control = settings.find(qn("w:characterSpacingControl"))
    if control is None:
        control = OxmlElement("w:characterSpacingControl")
        settings.append(control)
    control.set(qn("w:val"), "compressPunctuation")
    # The kinsoku lists (避头尾) for Chinese: Word's own, plus the word joiner and the no-break space that
    # bulletin.typeset puts where a line must not break. LibreOffice breaks Chinese text between any two
    # characters except where these lists forbid it, so the joiner works there only through them.
    previous = control
    for tag, characters in (("w:noLineBreaksAfter", NO_BREAK_AFTER), ("w:noLineBreaksBefore", NO_BREAK_BEFORE)):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
        element = OxmlElement(tag)
        element.set(qn("w:lang"), "zh-CN")
        element.set(qn("w:val"), characters + WJ + NBSP)
        previous.addnext(element)
        previous = element
    # In the document defaults, so every style has them. w:overflowPunct off: Word and LibreOffice would
    # otherwise hang a line's closing punctuation in the margin, a character past the PDF's grid.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        ppr_default.append(ppr)
    for tag in ("w:overflowPunct", "w:autoSpaceDE", "w:autoSpaceDN"):  # in schema order, before w:spacing
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
        element = OxmlElement(tag)
        element.set(qn("w:val"), "0")
        spacing = ppr.find(qn("w:spacing"))
        if spacing is not None:
            spacing.addprevious(element)
        else:
            ppr.append(element)


# Font-table entries for the Chinese fonts a document names: the English name (w:altName) and PANOSE let
# Word, WPS and LibreOffice find a substitute of the same kind on a machine that lacks the font, instead
# of a Japanese sans. 方正小标宋简体 is not on most machines: its documented fallback is a Song face
# (宋体/SimSun), so its entry carries SimSun's classification.
FONT_TABLE: dict[str, tuple[str, str, str]] = {  # name → (altName, panose, family)
    "宋体": ("SimSun", "02010600030101010101", "auto"),
    "黑体": ("SimHei", "02010609060101010101", "modern"),
    "仿宋": ("FangSong", "02010609060101010101", "modern"),
    "楷体": ("KaiTi", "02010609060101010101", "modern"),
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "02010600030101010101", "auto"),
    "微软雅黑": ("Microsoft YaHei", "020B0503020204020204", "swiss"),
}


def _register_fonts(document: DocxDocument, typography: Typography) -> None:
    """Write font-table entries (w:fonts) for the configured Chinese fonts and their common fallbacks."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype.endswith("/fontTable")), None)
    if part is None:
        return
    from lxml import etree

    root = etree.fromstring(part.blob)
    names = dict.fromkeys([typography.docx_body, typography.docx_heading, typography.docx_masthead,
                           "宋体", "黑体", "仿宋"])
    for name in names:
        for existing in root.findall(qn("w:font")):
            if existing.get(qn("w:name")) == name:
                root.remove(existing)
        alt, panose, family = FONT_TABLE.get(name, ("", "", "auto"))
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        if alt:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alt)
        if panose:
            etree.SubElement(font, qn("w:panose1")).set(qn("w:val"), panose)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")  # GB2312
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), family)
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_core_properties(document: DocxDocument, issue: Issue) -> None:
    """Title, author and dates from the issue, never the clock, so the file is reproducible."""
    properties = document.core_properties
    midnight = dt.datetime.combine(issue.date, dt.time(0, 0), tzinfo=dt.UTC)
    properties.title = issue.title
    properties.author = issue.publisher
    properties.last_modified_by = issue.publisher
    properties.language = issue.language
    properties.subject = issue.masthead_title
    properties.comments = ""
    properties.revision = 1
    properties.created = midnight
    properties.modified = midnight


def _drop_template_leftovers(document: DocxDocument) -> None:
    """Drop what describes the template, not the issue: its preview picture, and Word 2010's second copy
    of the styles (theme fonts, blue headings), which Word 2010 would show instead of the styles above."""
    for relationships, reltype in ((document.part.package.rels, RT.THUMBNAIL),
                                   (document.part.rels, STYLES_WITH_EFFECTS)):
        for rel_id in [key for key, rel in relationships.items() if rel.reltype == reltype]:
            del relationships[rel_id]


def _zip_reproducibly(docx: bytes, day: dt.date) -> bytes:
    """Rewrite the package with fixed time stamps: python-docx stamps every entry with the current time."""
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(docx))
    target_stream = io.BytesIO()
    with zipfile.ZipFile(target_stream, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry))
    return target_stream.getvalue()


# --- the parts of the issue --------------------------------------------------------------------------


def _add_masthead(document: DocxDocument, issue: Issue) -> None:
    """Masthead title, issue number, then publisher and date over the red rule."""
    _add_paragraph(document, "Masthead", issue.masthead_title)
    if issue.number_text:
        _add_paragraph(document, "IssueNumber", issue.number_text)
    spacing = issue.typography.latin_spacing
    _add_paragraph(document, "MastheadLine",
                   f"{prepare_line(issue.publisher, spacing)}\t{prepare_line(issue.date_text, spacing)}")


def _add_lead(document: DocxDocument, issue: Issue) -> None:
    _add_paragraph(document, "LeadTitle", issue.labels.lead_title)
    _add_paragraph(document, "Lead", prepare_text(issue.lead, issue.typography.latin_spacing))


def _add_heading(document: DocxDocument, text: str, level: int) -> Paragraph:
    return _add_paragraph(document, f"Heading {level}", text)


def _item_heading_text(item: Item) -> str:
    return f"{item.marker or f'{item.number}.'}{item.title}"


def _add_catalog(document: DocxDocument, issue: Issue) -> None:
    """One linked entry per item, then its outlet in full-width parentheses, as the digest prints it."""
    spacing = issue.typography.latin_spacing
    _add_heading(document, issue.labels.catalog_title, 1)
    for section in issue.sections:
        if section.title:
            _add_heading(document, section.title, 2)
        for item in section.items:
            entry = _add_paragraph(document, "CatalogEntry")
            _add_internal_hyperlink(entry, prepare_text(_item_heading_text(item), spacing),
                                    bookmark_name(item.anchor))
            _add_paragraph(document, "CatalogSource", f"（{prepare_line(item.source, spacing)}）")


def _add_items(document: DocxDocument, issue: Issue) -> None:
    _add_heading(document, issue.labels.items_title, 1)
    for section in issue.sections:
        if section.title:
            _add_heading(document, section.title, 2)
        for item in section.items:
            _add_item(document, issue, item, level=3 if section.title else 2)


def _add_item(document: DocxDocument, issue: Issue, item: Item, level: int) -> None:
    """One item: heading (the catalog's link target), source, link, then the article itself."""
    labels = issue.labels
    spacing = issue.typography.latin_spacing  # the same text preparation as the PDF and HTML editions
    heading = _add_heading(document, prepare_text(_item_heading_text(item), spacing), level)
    _add_bookmark(heading, bookmark_name(item.anchor), item.number)
    source = _add_paragraph(document, "ItemField")
    _add_label(source, labels.source)
    _add_run(source, prepare_line(item.source, spacing))
    if item.url:  # no empty 链接： line for an article without a URL
        link = _add_paragraph(document, "ItemField")
        _add_label(link, labels.link)
        _add_external_hyperlink(link, item.url, prepare_line(item.url, spacing))
    _add_label(_add_paragraph(document, "ItemField"), labels.content)
    # Centred and balanced as in the PDF: the same break (bulletin.typeset.balance_lines), as a line break.
    title_size = MEASURES["article_title"].size_pt
    lines = balance_lines(prepare_text(item.title, spacing), COLUMN_CHARS * BODY_PT / title_size)
    _add_paragraph(document, "ArticleTitle", "\n".join(lines))
    if item.subtitle:
        _add_paragraph(document, "ArticleSubtitle", prepare_text(item.subtitle, spacing))
    _add_paragraph(document, "Dateline", f"{item.date_iso} {labels.source}{prepare_line(item.source, spacing)}")
    for block in item.blocks:
        _add_paragraph(document, _BLOCK_STYLES[block.kind], prepare_text(block.text, spacing))


_BLOCK_STYLES = {"body": "Body Text", "subhead": "Subhead", "caption": "Caption", "list": "ListLine"}


def _add_page_footer(document: DocxDocument, pattern: str) -> None:
    """The footer wording with ``{page}``/``{pages}`` turned into fields that count the real pages."""
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = "Footer"
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise RenderError(f"页脚文字“{pattern}”的花括号不成对：{exc}。") from None
    for literal, field, _, _ in parts:
        if literal:
            _add_run(paragraph, literal)
        if field is None:
            continue
        if field not in PAGE_FIELDS:
            known = "、".join(f"{{{name}}}" for name in PAGE_FIELDS)
            raise RenderError(f"页脚文字“{pattern}”中的 {{{field}}} 无法识别，只能使用 {known}。")
        _add_field(paragraph, PAGE_FIELDS[field], "1")
