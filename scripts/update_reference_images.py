#!/usr/bin/env python3
"""Regenerate the reference pictures in tests/reference/ after an intended change to the editions' look.

    python3 scripts/update_reference_images.py      # or: ./tasks refs

Renders the sample issue (11 July 2025) as PDF and DOCX, the DOCX through LibreOffice with
tests/fontconfig/fonts.conf, and writes page 1 and item 2's first page of each as PNG; then the hard week
(tests/fixtures/hard-week): its front, catalog, list, subhead and English pages in both editions, and
the HTML edition on a 375 px phone where Chromium is installed (that picture is for looking, not compared). Look at the new
pictures, and commit them with the change that made them differ; tests/test_reference_images.py compares
every later build with them.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests"), str(REPO)]

from proof import REFERENCE_DIR, compare_images, hard_week_pages, reference_pages  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bulletin-refs-") as folder:
        pictures = reference_pages(Path(folder))
        pictures.update(hard_week_pages(Path(folder) / "hard-week"))
        REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
        for name, picture in sorted(pictures.items()):
            target = REFERENCE_DIR / name
            if target.exists():
                difference = compare_images(picture, target)
                change = f"mean difference {difference.mean:.2f}, {difference.changed_fraction:.2%} pixels changed"
            else:
                change = "new"
            shutil.copyfile(picture, target)
            print(f"{target.relative_to(REPO)}  ({change})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
