"""Ingest on real pastes: every expectation of the 30 real pastes (30 sites, 5 Traditional) copied from
``shared/corpus/real-pastes`` into ``tests/fixtures/real-pastes`` (see its README): one article per input,
the headline exactly, the outlet, the publication date, every kept clause, no clutter."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletin.ingest import IngestOptions, ingest
from bulletin.ingest.rules import load_rules
from tests.ingest_expectations import Case, ingest_case, load_cases, problems

REAL_PASTES = Path(__file__).parent / "fixtures" / "real-pastes"
CASES = load_cases(REAL_PASTES / "expect.yaml")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_real_paste(case: Case, tmp_path: Path) -> None:
    articles = ingest_case(case, tmp_path / "out")
    assert problems(case, articles) == []


def test_a_page_with_related_link_lists_and_comments_gives_one_article(tmp_path: Path) -> None:
    # 06 ends in 相关阅读; 21 has a hot-search bar and an advertisement; 27 a ticker of game headlines.
    for name in ("06.txt", "21.txt", "27.txt"):
        into = tmp_path / name
        ingest([str(REAL_PASTES / name)], IngestOptions(into=into), load_rules(None))
        assert len(list(into.glob("*.md"))) == 1, name


def test_a_date_without_a_year_is_left_to_the_editor(tmp_path: Path) -> None:
    # 05 shows only 12月9日: the year is a guess from the file's date, so the article says so.
    [case] = [case for case in CASES if case.name == "05.txt"]
    [article] = ingest_case(case, tmp_path / "out")
    assert "date" in article.review


def test_traditional_hong_kong_forms_become_simplified(tmp_path: Path) -> None:
    [case] = [case for case in CASES if case.name == "28.txt"]
    [article] = ingest_case(case, tmp_path / "out")
    assert "衞" not in article.title + article.body and "卫生" in article.title


def test_reingesting_with_a_correction_replaces_the_earlier_file(tmp_path: Path) -> None:
    into = tmp_path / "out"
    paste = str(REAL_PASTES / "05.txt")
    rules = load_rules(None)
    [first] = ingest([paste], IngestOptions(into=into), rules)
    [old] = [outcome.target for outcome in first.outcomes]
    [again] = ingest([paste], IngestOptions(into=into), rules)
    assert [outcome.status for outcome in again.outcomes] == ["duplicate"]
    import datetime as dt

    [fixed] = ingest([paste], IngestOptions(into=into, source="今视网", date=dt.date(2021, 12, 9)), rules)
    assert [outcome.status for outcome in fixed.outcomes] == ["written"]
    files = sorted(into.glob("*.md"))
    assert [path.name for path in files] == ["2021-12-09-江西省医保基金监管工作情况新闻发布会在南昌举行.md"]
    assert old is not None and not old.exists() and fixed.replaced == (old.name,)
    assert "source: 今视网" in files[0].read_text(encoding="utf-8")
