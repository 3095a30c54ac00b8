"""Article files: what editors write by hand, and what happens when it is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import SEEDS, article_text

from bulletin.corpus import (
    ArticleError,
    format_article,
    load_corpus,
    parse_article,
    read_article,
    split_paragraphs,
    write_article,
)


def test_sample_corpus_loads_without_problems() -> None:
    corpus = load_corpus(SEEDS)
    assert corpus.problems == ()
    assert len(corpus.articles) == 12
    dates = {a.date for a in corpus.articles}
    assert dt.date(2025, 7, 9) in dates
    assert all(a.title and a.source and a.paragraphs for a in corpus.articles)


def test_captions_stay_their_own_paragraphs() -> None:
    article = next(a for a in load_corpus(SEEDS).articles if a.source == "新华社客户端")
    assert "【彭慧胜 图】" in article.paragraphs


def test_hard_wrapped_lines_are_joined_chinese_without_space_latin_with_one() -> None:
    assert split_paragraphs("第一行\n第二行\n\nAI\nmodels\n\n\n三") == ("第一行第二行", "AI models", "三")


def test_round_trip_through_format_and_parse(tmp_path: Path) -> None:
    text = format_article(title="标题：含冒号", source="新华网", url="https://a.cn/x?y=1#z",
                          date=dt.date(2025, 7, 9), paragraphs=["段一 AI。", "【某 图】"], tags=["医改"],
                          review=["url"])
    path = tmp_path / "a.md"
    write_article(path, text)
    article = read_article(path)
    assert (article.title, article.url, article.date, article.paragraphs, article.tags, article.review) == (
        "标题：含冒号", "https://a.cn/x?y=1#z", dt.date(2025, 7, 9), ("段一 AI。", "【某 图】"), ("医改",), ("url",))
    assert "date: 2025-07-09\n" in text


def test_an_existing_article_is_never_overwritten_by_accident(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("原有内容", encoding="utf-8")
    with pytest.raises(ArticleError, match="已存在"):
        write_article(path, article_text())
    assert path.read_text(encoding="utf-8") == "原有内容"


@pytest.mark.parametrize(("text", "line", "field", "words"), [
    ("没有元数据的正文", 1, None, "front matter"),
    ("---\ntitle: 标题\nsource: 新华网\nurl: ''\n", 1, None, "没有结束"),
    (article_text(date="2025-13-45"), 5, "date", "不是一个存在的日期"),
    (article_text(date="七月九日"), 5, "date", "YYYY-MM-DD"),
    (article_text(url="www.example.cn"), 4, "url", "http"),
    ("---\ntitle: 标题\nsource: 新华网\nurl: ''\n---\n\n正文", 1, "date", "缺少日期"),
    (article_text(extra="tittle: x\n"), 6, "tittle", "是不是“title”"),
    (article_text(extra="tags: {a: 1}\n"), 6, "tags", "列表"),
    ("---\ntitle: 标题\n\tsource: 新华网\n---\n\n正文", 3, None, "Tab"),
    ("---\ntitle: 标题\nsource: 新华网\nurl: ''\ndate: 2025-07-09\n---\n\n", 7, "body", "正文为空"),
])
def test_bad_article_names_line_and_field(text: str, line: int, field: str | None, words: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article(text, Path("articles/bad.md"))
    error = caught.value
    assert words in error.message
    assert error.line == line
    if field:
        assert error.field == field
    assert str(error).startswith(f"articles/bad.md:{line}")


def test_undecodable_bytes_name_the_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.md"
    path.write_bytes(article_text().encode("gbk"))
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert "UTF-8" in caught.value.message and caught.value.field == "encoding"
    assert str(path) in str(caught.value)


def test_one_bad_file_does_not_sink_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(article_text(), encoding="utf-8")
    (tmp_path / "bad.md").write_text(article_text(date="明天"), encoding="utf-8")
    (tmp_path / "README.md").write_text("# 说明", encoding="utf-8")
    (tmp_path / "_draft.md").write_text("草稿", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [a.name for a in corpus.articles] == ["good.md"]
    assert [p.path.name for p in corpus.problems] == ["bad.md"]
