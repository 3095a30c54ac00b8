"""Score `bulletin ingest` on the real page pastes cut short, as shared/corpus/real-pastes keeps them (run by
hand; figures go into notes).

The shared corpus keeps the first ~2,000 bytes of each page's text, so an editor's paste may stop mid-article
with no footer. Each select-all paste of the ``tests/fixtures/real-pages*`` sets is cut to its first N bytes
(default 2,000, on a character boundary) and ingested; the checks are those of ``tests/ingest_expectations``
limited to what the cut text still shows: one article, the title, the outlet (or a review mark, when no
accepted name is inside the cut), the date (or a review mark, when its year is not inside the cut), the kept
clauses that lie inside the cut, and no clutter. A paste whose headline lies beyond the cut is left out.

    .venv/bin/python bench/score_truncated.py [-v] [BYTES]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bulletin.ingest.decode import decode_text  # noqa: E402
from tests.ingest_expectations import Case, ingest_case, load_cases, norm, problems  # noqa: E402


def cut(text: str, size: int) -> str:
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def main() -> int:
    verbose = "-v" in sys.argv
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    size = int(numbers[0]) if numbers else 2000
    grand_clean = grand_total = 0
    with tempfile.TemporaryDirectory() as folder:
        for expect in sorted((REPO / "tests" / "fixtures").glob("real-pages*/paste/expect.yaml")):
            clean = total = 0
            report: list[str] = []
            for number, case in enumerate(load_cases(expect)):
                if not case.path.is_file():
                    continue
                text, _ = decode_text(case.path.read_bytes(), case.path)
                short = cut(text, size)
                if norm(case.expected["title"])[:8] not in norm(short):
                    continue  # the headline is beyond the cut: nothing to judge
                keep = [k for k in case.expected["keep"] if norm(k) in norm(short)]
                path = Path(folder) / f"{expect.parent.parent.name}-{case.path.name}"
                path.write_text(short, encoding="utf-8")
                expected = dict(case.expected, keep=keep or [short.strip().splitlines()[-1][:6]])
                sources = case.expected["source"] if isinstance(case.expected["source"], list) else [case.expected["source"]]
                if not any(s and norm(s) in norm(short) for s in sources):
                    expected["source"] = [*sources, None]  # the outlet is named beyond the cut: review is right
                date = str(case.expected.get("date") or "")
                year, month, day = (date.split("-") + ["", "", ""])[:3]
                if date and not (year in short and (f"{int(month)}" in short)):
                    expected["date_review_ok"] = True  # the date is beyond the cut
                into = Path(folder) / f"{expect.parent.parent.name}-{number}"
                found = problems(Case(path, expected), ingest_case(Case(path, expected), into))
                if not keep:
                    found = [p for p in found if not p.startswith(("lost article text", "no article file"))]
                total += 1
                clean += not found
                report += [f"{case.name}: {problem}" for problem in found]
            grand_clean += clean
            grand_total += total
            print(f"{expect.parent.parent.name + '/paste (first ' + str(size) + ' bytes)':48} {clean:3}/{total:<3} clean")
            if verbose:
                for problem in report:
                    print(f"    {problem}")
    print(f"{'all':48} {grand_clean:3}/{grand_total:<3} clean")
    return 0 if grand_clean == grand_total else 1


if __name__ == "__main__":
    sys.exit(main())
