"""Compare `bulletin ingest` with trafilatura and GNE on saved pages (run by hand; figures go into notes).

Each extractor's title, date and body are checked against the same hand-written expectations as the
ingest tests (tests/ingest_expectations.py): exact title, publication date, every kept clause, no clutter.
The outlet is ingest's alone (the others give none, or the site), and is counted separately.

Needs trafilatura and gne importable (e.g. a scratch venv: pip install gne trafilatura lxml_html_clean
pyyaml opencc, plus this repository on PYTHONPATH); neither is a dependency of bulletin.

    python bench/compare_extractors.py tests/fixtures/real-pages/html/expect.yaml
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bulletin.ingest.decode import decode_text, to_simplified  # noqa: E402
from tests.ingest_expectations import ingest_case, load_cases, norm  # noqa: E402


def _date(value: object) -> str:
    match = re.search(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", str(value or ""))
    if not match:
        return ""
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return ""


def by_trafilatura(html: str, url: str) -> tuple[str, str, str]:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    if document is None:
        return "", "", ""
    get = (lambda key: getattr(document, key, None)) if not isinstance(document, dict) else document.get
    return str(get("title") or ""), _date(get("date")), str(get("text") or "")


def by_gne(html: str, url: str) -> tuple[str, str, str]:
    from gne import GeneralNewsExtractor

    try:
        result = GeneralNewsExtractor().extract(html)
    except Exception:
        return "", "", ""
    return str(result.get("title") or ""), _date(result.get("publish_time")), str(result.get("content") or "")


def fields_ok(want: dict, title: str, date: str, body: str) -> tuple[bool, bool, bool]:
    wanted = norm(want["title"])
    core = re.sub(r"^[^：]{1,6}：|^【[^】]*】|→$", "", wanted)
    got = norm(title)
    title_ok = bool(got) and (got in (wanted, core) or (core in got and len(got) <= len(core) + 2))
    date_ok = (date == str(want["date"])) if want.get("date") else not date
    body = norm(body)
    body_ok = all(norm(k) in body for k in want["keep"]) and not any(norm(g) in body for g in want["gone"])
    return title_ok, date_ok, body_ok


def main() -> None:
    expect = Path(sys.argv[1])
    cases = [case for case in load_cases(expect) if case.path.is_file()]
    totals = {name: [0, 0, 0, 0] for name in ("bulletin", "trafilatura", "gne")}
    with tempfile.TemporaryDirectory() as folder:
        for number, case in enumerate(cases):
            html, _ = decode_text(case.path.read_bytes(), case.path)
            url = str(case.expected.get("url") or "")
            [article, *_] = ingest_case(case, Path(folder) / str(number)) or [None]
            results = {"trafilatura": by_trafilatura(html, url), "gne": by_gne(html, url)}
            for name, (title, date, body) in results.items():
                title, body = to_simplified(title)[0], to_simplified(body)[0]
                for index, ok in enumerate(fields_ok(case.expected, title, date, body)):
                    totals[name][index] += ok
            if article is not None:
                found = fields_ok(case.expected, article.title, article.date.isoformat() if "date" not in
                                  article.review or case.expected.get("date") else "", article.body)
                for index, ok in enumerate(found):
                    totals["bulletin"][index] += ok
                sources = case.expected["source"] if isinstance(case.expected["source"], list) else \
                    [case.expected["source"]]
                totals["bulletin"][3] += norm(article.source) in {norm(s) for s in sources if s} or (
                    None in sources and "source" in article.review)
    print(f"{len(cases)} saved pages from {expect.parent}")
    print(f"{'extractor':12} {'title':>6} {'date':>6} {'body':>6} {'outlet':>7}")
    for name, (title, date, body, outlet) in totals.items():
        print(f"{name:12} {title:6} {date:6} {body:6} {outlet if name == 'bulletin' else '—':>7}")


if __name__ == "__main__":
    main()
