"""The PDF edition as a reader gets it: fonts embedded, every character drawn, the masthead red."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from conftest import SEEDS, have, pdftotext

from bulletin.config import Config
from bulletin.corpus import load_corpus
from bulletin.curate import Selection, Window
from bulletin.editions import RenderContext
from bulletin.editions.pdf import render_pdf
from bulletin.errors import RenderError
from bulletin.glyphs import MARKER
from bulletin.issue import Issue, build_issue

pytestmark = pytest.mark.skipif(not (have("pdftotext") and have("pdffonts")), reason="poppler-utils missing")

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d]")


def whole_corpus_issue(config: Config | None = None) -> Issue:
    """An issue holding every article of the sample corpus (all 12), whatever their dates."""
    articles = load_corpus(SEEDS).articles
    day = dt.date(2025, 11, 1)
    selection = Selection(issue_date=day, window=Window(dt.date(2024, 1, 1), day),
                          sections=((None, tuple(articles)),))
    return build_issue(selection, config or Config())


@pytest.fixture(scope="module")
def corpus_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "all.pdf"
    path.write_bytes(render_pdf(whole_corpus_issue(), RenderContext()))
    return path


def test_every_font_is_embedded_and_a_cjk_font_is_there(corpus_pdf: Path) -> None:
    output = subprocess.run(["pdffonts", str(corpus_pdf)], capture_output=True, text=True, check=True).stdout
    rows = output.splitlines()[2:]
    assert rows, "pdffonts lists no font"
    for row in rows:
        emb, sub = row.split()[-5], row.split()[-4]
        assert (emb, sub) == ("yes", "yes"), f"font not embedded and subset: {row}"
    assert any("CJK" in row.split()[0] for row in rows), output


def test_every_cjk_character_of_the_corpus_comes_back(corpus_pdf: Path) -> None:
    corpus_text = "".join(a.title + a.source + "".join(a.paragraphs) for a in load_corpus(SEEDS).articles)
    wanted = set(CJK.findall(corpus_text))
    assert len(wanted) > 1000
    got = set(pdftotext(corpus_pdf))
    assert sorted(wanted - got) == []


def test_pdf_is_small_because_fonts_are_subset(corpus_pdf: Path) -> None:
    assert corpus_pdf.stat().st_size < 1_500_000


def test_a_character_no_font_can_draw_is_marked_not_blank(tmp_path: Path) -> None:
    """The issue is not lost for one character: it is printed as 〓 (the build warns, see test_bad_articles)."""
    issue = whole_corpus_issue()
    first = issue.sections[0].items[0]
    hieroglyph = "\U00013000"
    broken = dataclasses.replace(first, paragraphs=(first.paragraphs[0] + hieroglyph + "之后",))
    issue = dataclasses.replace(issue, sections=(dataclasses.replace(issue.sections[0], items=(broken,)),))
    pdf = tmp_path / "issue.pdf"
    pdf.write_bytes(render_pdf(issue, RenderContext()))
    text = pdftotext(pdf).replace("\n", "")
    assert f"{MARKER}之后" in text and hieroglyph not in text


def test_a_missing_font_is_a_clear_error() -> None:
    config = Config.model_validate({"fonts": {"body": ["No Such Font SC"]}})
    with pytest.raises(RenderError) as caught:
        render_pdf(whole_corpus_issue(config), RenderContext())
    assert "No Such Font SC" in caught.value.message and "fonts-noto-cjk" in caught.value.message


def test_article_text_is_data_not_markup(tmp_path: Path) -> None:
    issue = whole_corpus_issue()
    first = issue.sections[0].items[0]
    hostile = "<b>加粗</b> & {{ issue.publisher }} {% for x in y %} <script>alert(1)</script>"
    item = dataclasses.replace(first, title="标题<i>斜体</i>", paragraphs=(hostile,))
    issue = dataclasses.replace(issue, sections=(dataclasses.replace(issue.sections[0], items=(item,)),))
    path = tmp_path / "hostile.pdf"
    path.write_bytes(render_pdf(issue, RenderContext()))
    text = re.sub(r"[\s\u200b\u2060]+", "", pdftotext(path))  # break marks (bulletin.typeset) are not text
    assert re.sub(r"\s+", "", hostile) in text
    assert "标题<i>斜体</i>" in text


@pytest.mark.skipif(not have("pdftoppm"), reason="pdftoppm missing")
def test_page_one_has_the_red_masthead(corpus_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(corpus_pdf),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    pixels = read_png_rgb(png)
    height = len(pixels)
    top = [p for row in pixels[: height // 6] for p in row]
    red = [p for p in top if p[0] > 150 and p[1] < 80 and p[2] < 80]
    assert len(red) > 200, "no red masthead at the top of page 1"
    rest = [p for row in pixels[height // 4:] for p in row]
    assert not [p for p in rest if p[0] > 150 and p[1] < 80 and p[2] < 80][:50], "red below the masthead"


def read_png_rgb(path: Path) -> list[list[tuple[int, int, int]]]:
    """Pixels of a PNG as rows of RGB tuples (Pillow comes with WeasyPrint)."""
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        data = rgb.tobytes()
    pixels = [tuple(data[i:i + 3]) for i in range(0, len(data), 3)]
    return [pixels[row * width:(row + 1) * width] for row in range(height)]  # type: ignore[misc]
