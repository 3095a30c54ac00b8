"""The real issue of 11 July 2025, rebuilt from seeds/, checked against the text of the real digest (002).

The expected text is read from the digest itself (seeds/raw/002…txt, as extracted from its PDF), not from
our own article files, so a mistake in the corpus or in the rendering shows up here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import RAW_SEEDS, SEEDS, have, make_project, pdftotext

from bulletin.build import BuildOptions, build
from bulletin.config import load_project
from bulletin.corpus import load_corpus

DIGEST = RAW_SEEDS / "002_83ccda7c70e1770d.txt"
ISSUE_DATE = "2025-07-11"
FOOTER = re.compile(r"第\d+页/共\d+页")

pytestmark = pytest.mark.skipif(not have("pdftotext"), reason="poppler-utils (pdftotext) is not installed")


def squeeze(text: str) -> str:
    """Whitespace removed: the PDF text of 002 is hard-wrapped, ours is wrapped elsewhere; the
    invisible break marks of bulletin.typeset (U+200B, U+2060) are layout, not text."""
    return re.sub(r"[\s\u200b\u2060]+", "", text)


def digest_items() -> list[dict[str, str]]:
    """The three items of the real digest: header fields and the body, from the text of its PDF."""
    lines = [line.strip() for line in DIGEST.read_text(encoding="utf-8").splitlines()]
    start = lines.index("二、具体内容")
    heads: list[int] = []
    for i in range(start, len(lines)):  # item heads are numbered 1., 2., 3. in turn (a body may hold "1.2")
        if lines[i].startswith(f"{len(heads) + 1}.") and any(x.startswith("来源：") for x in lines[i:i + 8]):
            heads.append(i)
    items = []
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        block = lines[head:end]
        dateline = next(i for i, line in enumerate(block) if re.match(r"^\d{4}-\d{2}-\d{2} 来源：", line))
        source = next(line for line in block if line.startswith("来源："))[3:]
        url = block[block.index("链接：") + 1]
        items.append({
            "source": source,
            "url": url,
            "dateline": block[dateline],
            "title": next(line for line in reversed(block[:dateline]) if line),
            "body": "\n".join(block[dateline + 1:]),
        })
    return items


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = make_project(tmp_path_factory.mktemp("golden") / "project", corpus=SEEDS)
    import datetime as dt

    result = build(load_project(folder), BuildOptions(issue_date=dt.date.fromisoformat(ISSUE_DATE)))
    return {path.suffix: path for path in result.outputs}


def test_digest_has_three_items() -> None:
    items = digest_items()
    assert [item["source"] for item in items] == ["人民政协网", "新华社客户端", "新华网"]


def expected_in_order() -> list[str]:
    """What every edition must show, in this order, whitespace removed."""
    items = digest_items()
    expected = [
        "卫生健康大数据与政策研究周报",
        "北京市卫生健康大数据与政策研究中心2025年7月11日",
        "本期导语：",
        "本期周报共收集3篇卫生健康大数据与政策研究相关信息",
        "时间从2025年7月5日到2025年7月11日，监测范围包括全国主流媒体及政府网站等。",
        "一、信息目录",
    ]
    for n, item in enumerate(items, 1):
        expected += [squeeze(f"{n}.{item['title']}"), squeeze(f"（{item['source']}）")]
    expected.append("二、具体内容")
    for n, item in enumerate(items, 1):
        expected += [
            squeeze(f"{n}.{item['title']}"),
            f"来源：{item['source']}",
            f"链接：{item['url']}",
            "主要内容：",
            squeeze(item["title"]),
            squeeze(item["dateline"]),
            squeeze(item["body"]),
        ]
    return expected


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"not found in order after position {position}: {piece[:60]}"
        position = found + len(piece)


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def test_pdf_text_holds_the_issue_in_order(built: dict[str, Path]) -> None:
    raw = pdftotext(built[".pdf"])
    # The catalog's dot leaders and page numbers end the outlet's line; drop them for the comparison.
    raw, leaders = re.subn(r"\s*·{3,}\s*\d+[ \t]*$", "", raw, flags=re.M)
    assert leaders == 3
    assert_in_order(FOOTER.sub("", squeeze(raw)), expected_in_order())


def test_docx_text_holds_the_issue_in_order(built: dict[str, Path]) -> None:
    assert_in_order(squeeze(docx_text(built[".docx"])), expected_in_order())


@pytest.mark.slow
@pytest.mark.skipif(not (have("soffice") or have("libreoffice")), reason="LibreOffice is not installed")
def test_docx_opens_in_libreoffice_and_its_text_survives(built: dict[str, Path], tmp_path: Path) -> None:
    import subprocess

    office = "soffice" if have("soffice") else "libreoffice"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(built[".docx"])], check=True, capture_output=True,
                   timeout=180)
    converted = tmp_path / (built[".docx"].stem + ".pdf")
    text = FOOTER.sub("", squeeze(pdftotext(converted)))
    assert_in_order(text, expected_in_order())


def test_each_item_body_matches_the_digest_paragraph_by_paragraph(built: dict[str, Path]) -> None:
    text = FOOTER.sub("", squeeze(pdftotext(built[".pdf"])))
    corpus = {article.title: article for article in load_corpus(SEEDS).articles}
    for item in digest_items():
        article = next(a for a in corpus.values() if squeeze(a.title) == squeeze(item["title"]))
        # The corpus article, re-flowed into paragraphs, is the digest's body exactly…
        assert squeeze("".join(article.paragraphs)) == squeeze(item["body"])
        # …and every paragraph comes out of the PDF, in order.
        position = text.find(squeeze(item["dateline"]))
        for paragraph in article.paragraphs:
            found = text.find(squeeze(paragraph), position)
            assert found >= 0, f"paragraph missing from PDF: {paragraph[:40]}"
            position = found


def test_articles_outside_the_window_are_not_in_the_issue(built: dict[str, Path]) -> None:
    text = squeeze(pdftotext(built[".pdf"]))
    assert "公立医院改革与高质量发展论坛" not in text      # 000, 31 October 2025
    assert "医学人工智能向“新”而行" not in text            # 001, May 2024


def test_editions_are_named_by_issue_date(built: dict[str, Path]) -> None:
    assert built[".pdf"].name == f"周报-{ISSUE_DATE}.pdf"
    assert built[".docx"].name == f"周报-{ISSUE_DATE}.docx"
    assert built[".pdf"].parent.parent.name == "dist" and built[".pdf"].parent.name == "2025"
