"""Score `bulletin ingest` on every set of real inputs this machine holds (run by hand; figures go into notes).

Sets: ``tests/fixtures/real-pastes`` (30 real pastes, in the repository), every ``expect.yaml`` under
``../shared/corpus``, and ``tests/fixtures/real-pages*/{html,paste,raw}`` when its pages have been laid out
by ``scripts/pull_real_pages.py`` (they are not in the repository), and ``tests/fixtures/web-texts*/paste``
when its page texts are present (kept out of the repository too; see its README). For each set: inputs clean, and with
``-v`` every problem. Also times the whole run.

    .venv/bin/python bench/score_ingest.py [-v]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.ingest_expectations import score  # noqa: E402


def sets() -> list[Path]:
    found = [REPO / "tests" / "fixtures" / "real-pastes" / "expect.yaml"]
    shared = REPO.parent / "shared" / "corpus"
    found += sorted(shared.glob("*/expect.yaml")) if shared.is_dir() else []
    fixtures = REPO / "tests" / "fixtures"
    for pages in sorted([*fixtures.glob("real-pages*"), *fixtures.glob("web-texts*")]):
        found += [pages / kind / "expect.yaml" for kind in ("html", "paste", "raw")
                  if any((pages / kind).glob("*.html" if kind == "html" else "*.txt"))
                  and (pages / kind / "expect.yaml").is_file()]
    return found


def main() -> int:
    verbose = "-v" in sys.argv
    failed = False
    for expect in sets():
        started = time.perf_counter()
        clean, total, problems = score(expect)
        elapsed = time.perf_counter() - started
        name = expect.parent.relative_to(REPO.parent) if expect.is_relative_to(REPO.parent) else expect.parent
        print(f"{str(name):48} {clean:3}/{total:<3} clean   {elapsed:5.1f} s")
        if verbose:
            for problem in problems:
                print(f"    {problem}")
        failed = failed or clean < total
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
