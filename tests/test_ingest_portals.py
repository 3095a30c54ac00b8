"""Must-keep / must-drop corpus of portal pastes (after trafilatura's ``tests/evaldata.json``).

Each ``tests/fixtures/portals/NAME.txt`` is what a person gets by selecting a whole portal page and
copying it; ``NAME.expected.yaml`` says which articles ingest must recover: the metadata exactly, the
sentences that must survive (``keep``) and the clutter that must not appear in the body (``drop``).
Every fixture is ingested through the CLI and the written article files are read back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from bulletin.cli import app
from bulletin.corpus import Article, load_corpus
from tests.conftest import make_project

PORTALS = Path(__file__).resolve().parent / "fixtures" / "portals"
FIELDS = ("title", "source", "date", "author", "subtitle", "note")


@dataclass(frozen=True)
class Check:
    """One expectation on one article: what was wanted and whether ingest delivered it."""

    name: str
    wanted: str
    got: str
    ok: bool


def fixtures() -> list[Path]:
    return sorted(PORTALS.glob("*.txt"))


def expectations(paste: Path) -> dict:
    return yaml.safe_load(paste.with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def match_article(wanted: dict, articles: list[Article]) -> Article | None:
    """The written article that holds the first must-keep sentence (titles may be what is wrong)."""
    for article in articles:
        if wanted["keep"][0] in article.body:
            return article
    return None


def check_article(wanted: dict, article: Article | None) -> list[Check]:
    """Every expectation of ``wanted`` on ``article`` (None: the article was not found at all)."""
    checks = []
    for name in FIELDS:
        if name not in wanted:
            continue
        value = str(wanted[name] if not isinstance(wanted[name], dt.date) else wanted[name].isoformat())
        got = "" if article is None else str(getattr(article, name))
        checks.append(Check(name, value, got, got == value))
    body = "" if article is None else article.body
    for sentence in wanted["keep"]:
        checks.append(Check("keep", sentence, "", sentence in body))
    for clutter in wanted["drop"]:
        checks.append(Check("drop", clutter, "", article is not None and str(clutter) not in body))
    if "paragraphs" in wanted:
        count = 0 if article is None else len(article.paragraphs)
        checks.append(Check("paragraphs", str(wanted["paragraphs"]), str(count), count == wanted["paragraphs"]))
    return checks


def ingest_paste(paste: Path, project: Path, reference: str | None = None) -> tuple[int, str, list[Article]]:
    """Ingest one paste through the CLI into ``project/incoming``; the exit code, output and articles."""
    into = project / "incoming"
    reference = reference or str(expectations(paste)["reference_date"])
    result = CliRunner().invoke(app, ["ingest", str(paste), "--into", str(into), "--project", str(project),
                                      "--reference-date", reference], catch_exceptions=False)
    articles = list(load_corpus(into).articles) if into.is_dir() else []
    return result.exit_code, result.output, articles


def test_every_fixture_has_its_expectations() -> None:
    assert len(fixtures()) >= 12
    for paste in fixtures():
        wanted = expectations(paste)
        assert wanted["articles"], paste.name
        for article in wanted["articles"]:
            assert {"title", "source", "date", "author", "keep", "drop"} <= set(article), paste.name


@pytest.mark.parametrize("paste", fixtures(), ids=lambda path: path.stem)
def test_portal_paste(paste: Path, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    code, output, articles = ingest_paste(paste, project)
    wanted = expectations(paste)["articles"]
    assert len(articles) == len(wanted), output
    failed = [check for article in wanted for check in check_article(article, match_article(article, articles))
              if not check.ok]
    assert failed == [], output
    # Title, outlet and date were all found in the paste; only the URL is left for the editor.
    assert all(article.review == ("url",) for article in articles), output
    assert code == 4, output


def test_short_site_line_above_the_wechat_header_is_not_the_title(tmp_path: Path) -> None:
    paste = tmp_path / "wechat.txt"
    paste.write_text("健康界\n" + (PORTALS / "wechat-original.txt").read_text(encoding="utf-8"), encoding="utf-8")
    _, output, [article] = ingest_paste(paste, make_project(tmp_path / "p"), "2025-07-11")
    assert article.title == "DRG/DIP 2.0版分组方案落地一周年：医院如何应对？", output
    assert (article.source, article.date.isoformat(), article.author) == ("健康界", "2025-07-08", "王晓")


def test_labelled_source_beats_the_unlabelled_header(tmp_path: Path) -> None:
    paste = tmp_path / "sina.txt"
    text = (PORTALS / "sina.txt").read_text(encoding="utf-8")
    paste.write_text(text.replace("责任编辑：赵四", "来源：国家医保局网站\n责任编辑：赵四"), encoding="utf-8")
    _, output, [article] = ingest_paste(paste, make_project(tmp_path / "p"), "2025-07-11")
    assert article.source == "国家医保局网站"
    assert "来源：国家医保局网站  ← sina.txt 第 10 行" in output


def test_year_of_a_month_day_header_comes_from_the_reference_date(tmp_path: Path) -> None:
    _, output, [article] = ingest_paste(PORTALS / "cctv-app.txt", make_project(tmp_path / "p"), "2026-01-05")
    assert article.date.isoformat() == "2025-07-08"
    assert "日期：2025-07-08  ← cctv-app.txt 第 3 行（年份据参考日期（--reference-date）推断）" in output


def test_editor_header_rule_and_bad_group_name(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    paste = tmp_path / "paste.txt"
    paste.write_text("社区医院建设指南发布\n卫健快讯·第128期·2025.07.09\n" + "指南明确了社区医院的基本标准和建设路径。\n",
                     encoding="utf-8")
    rules = project / "config" / "clutter.yaml"
    rules.write_text("header_lines:\n  - '(?P<source>[^·]+)·第\\d+期·(?P<date>[\\d.]+)'\n", encoding="utf-8")
    _, _, [article] = ingest_paste(paste, project, "2025-07-11")
    assert (article.title, article.source, article.date.isoformat()) == ("社区医院建设指南发布", "卫健快讯", "2025-07-09")
    rules.write_text("header_lines:\n  - '(?P<outlet>\\S+) (?P<date>\\S+)'\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(paste), "--project", str(project), "--dry-run"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "config/clutter.yaml:2:5: header_lines 的第 1 条规则有未知的分组名 outlet" in result.output

