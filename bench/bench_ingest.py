"""Time ``bulletin ingest`` on 1,000 pasted articles (a year of input), made from the seed pastes.

Each paste is a portal paste (title, date/来源 line, clutter, disclaimer) whose body is a different draw
of sentences from the seed corpus, so they are not near-duplicates of each other. Run by hand:

    python3 bench/bench_ingest.py [--count 1000] [--real]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bulletin.corpus import load_corpus  # noqa: E402
from bulletin.ingest import IngestOptions, ingest  # noqa: E402
from bulletin.ingest.rules import load_rules  # noqa: E402


def sentences() -> list[str]:
    found = []
    for article in load_corpus(REPO / "seeds").articles:
        for paragraph in article.paragraphs:
            found += [s for s in re.split(r"(?<=[。！？])", paragraph) if len(s) > 15]
    return found


def make_pastes(folder: Path, count: int) -> list[str]:
    pool = sentences()
    rng = random.Random(20250711)
    paths = []
    for number in range(count):
        paragraphs = ["".join(rng.sample(pool, 3)) for _ in range(rng.randint(5, 12))]
        day = 1 + number % 28
        text = (f"第{number}号测试文章：{rng.choice(pool)[:12]}\n2025-06-{day:02d} 10:00 来源：测试网\n![]()\n"
                + "\n".join(paragraphs) + "\n责任编辑：张三\n分享到：微信\n特别声明：以上内容为用户上传。\n")
        path = folder / f"{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def real_pastes(folder: Path, count: int) -> list[str]:
    """``count`` inputs cycling through the real pastes (tests/fixtures/real-pastes): real page text, with
    its chrome, related lists and footers; after the first round they are near-duplicates, as a second
    paste of the same page is."""
    sources = sorted((REPO / "tests" / "fixtures" / "real-pastes").glob("*.txt"))
    paths = []
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        shutil.copyfile(sources[number % len(sources)], path)
        paths.append(str(path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--real", action="store_true", help="cycle through the real pastes instead")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        inputs = (real_pastes if args.real else make_pastes)(work, args.count)
        rules = load_rules(REPO)
        started = time.perf_counter()
        reports = ingest(inputs, IngestOptions(into=work / "corpus"), rules)
        elapsed = time.perf_counter() - started
        written = sum(1 for r in reports for o in r.outcomes if o.status == "written")
        duplicates = sum(1 for r in reports for o in r.outcomes if o.status == "duplicate")
        print(f"{args.count} pastes ingested in {elapsed:.2f} s ({elapsed / args.count * 1000:.1f} ms each): "
              f"{written} written, {duplicates} near-duplicates")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
