"""Real inputs and what a careful editor expects `bulletin ingest` to make of them (``expect.yaml``, in
the format of ``shared/corpus/real-pastes``): the checks of ``shared/corpus/score_ingest.py``, as a
library the tests and ``bench/score_ingest.py`` share.

Per input: at most the expected number of article files; the article holding the kept clauses has the
exact title (an author prefix or column tag may be left out), one of the accepted outlets (or none, marked
for review, where the input names none), the publication date, every kept clause, and no clutter.
Texts are compared without whitespace and with ASCII punctuation folded to full width.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from bulletin.corpus import Article, load_corpus
from bulletin.ingest import IngestOptions, ingest
from bulletin.ingest.rules import load_rules

_FOLD = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", ";": "；", "|": "｜"})


def norm(text: object) -> str:
    return re.sub(r"\s+", "", str(text or "")).translate(_FOLD)


@dataclass(frozen=True)
class Case:
    """One input and its expectations."""

    path: Path
    expected: dict

    @property
    def name(self) -> str:
        return self.path.name


def load_cases(expect: Path) -> list[Case]:
    entries = yaml.safe_load(expect.read_text(encoding="utf-8"))
    return [Case(expect.parent / str(entry["file"]), entry) for entry in entries]


def ingest_case(case: Case, into: Path) -> list[Article]:
    """Ingest the input as the editor would (no hints), into ``into``; the articles written."""
    options = IngestOptions(into=into)
    ingest([str(case.path)], options, load_rules(None))
    return list(load_corpus(into).articles) if into.is_dir() else []


def problems(case: Case, articles: list[Article]) -> list[str]:
    """What is wrong with ``articles`` as the result of ingesting ``case`` (empty: clean)."""
    want = case.expected
    found: list[str] = []
    expected_count = want.get("articles", 1)
    if len(articles) > expected_count:
        found.append(f"{len(articles)} article files, expected {expected_count}")
    keep = [norm(k) for k in want["keep"]]
    holding = [a for a in articles if any(k in norm(a.body) for k in keep)]
    if not holding:
        return [*found, "no article file holds its text"]
    article = max(holding, key=lambda a: sum(k in norm(a.body) for k in keep))
    body = norm(article.body)
    title, wanted = norm(article.title), norm(want["title"])
    core = re.sub(r"^[^：]{1,6}：|^【[^】]*】|→$", "", wanted)
    if not (title and (title in (wanted, core) or (core in title and len(title) <= len(core) + 2))):
        found.append(f"title {article.title!r}, expected {want['title']!r}")
    sources = want["source"] if isinstance(want["source"], list) else [want["source"]]
    unknown_ok = None in sources and "source" in article.review
    if not (unknown_ok or norm(article.source) in {norm(s) for s in sources if s}):
        found.append(f"source {article.source!r}, expected one of {sources}")
    wanted_date = want.get("date")
    if wanted_date:
        ok = article.date == dt.date.fromisoformat(str(wanted_date))
    else:
        ok = bool(article.review)  # no date with a year on the page: the date must be left to the editor
    ok = ok or (bool(want.get("date_review_ok")) and "date" in article.review)
    if not ok:
        found.append(f"date {article.date}, expected {wanted_date}")
    for clause in keep:
        if clause not in body:
            found.append(f"lost article text {clause}")
    for clutter in want["gone"]:
        if norm(clutter) in body:
            found.append(f"clutter left: {clutter}")
    return found


def score(expect: Path) -> tuple[int, int, list[str]]:
    """``(clean inputs, inputs, problems)`` for every input of an ``expect.yaml``."""
    cases = load_cases(expect)
    report: list[str] = []
    clean = 0
    with tempfile.TemporaryDirectory() as folder:
        for number, case in enumerate(cases):
            if not case.path.is_file():
                report.append(f"{case.name}: input missing")
                continue
            found = problems(case, ingest_case(case, Path(folder) / str(number)))
            clean += not found
            report += [f"{case.name}: {problem}" for problem in found]
    return clean, len(cases), report
