"""Score ``bulletin ingest`` on the portal-paste corpus (tests/fixtures/portals): how many metadata
fields, must-keep sentences and must-drop strings come out right. Run by hand, before and after a change
to the rules:

    python3 bench/portal_scores.py [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import make_project  # noqa: E402
from tests.test_ingest_portals import (  # noqa: E402
    check_article,
    expectations,
    fixtures,
    ingest_paste,
    match_article,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failed check")
    args = parser.parse_args()
    right, total = Counter(), Counter()
    with tempfile.TemporaryDirectory() as folder:
        for number, paste in enumerate(fixtures()):
            project = make_project(Path(folder) / str(number))
            _, _, articles = ingest_paste(paste, project)
            for wanted in expectations(paste)["articles"]:
                for check in check_article(wanted, match_article(wanted, articles)):
                    kind = "fields" if check.name not in ("keep", "drop", "paragraphs") else check.name
                    total[kind] += 1
                    right[kind] += check.ok
                    if args.verbose and not check.ok:
                        print(f"{paste.stem}: {check.name} wanted {check.wanted!r} got {check.got!r}")
    for kind in ("fields", "keep", "drop", "paragraphs"):
        print(f"{kind:<11} {right[kind]:>4} / {total[kind]:<4}")
    print(f"{'all':<11} {sum(right.values()):>4} / {sum(total.values())}")


if __name__ == "__main__":
    main()
