#!/usr/bin/env python3
"""Check the hand-written expectations of tests/fixtures/real-pages against the pages and pastes they describe.

Usage: check_real_pages.py [--sync] [ROOT]     (ROOT: tests/fixtures/real-pages; pyyaml, lxml, charset-normalizer
                                                and opencc needed: run it with the project's venv python)

An expectation that does not match its input would score the tool against a typo, so for every entry of
html/expect.yaml, paste/expect.yaml and raw/expect.yaml this checks, like shared/corpus/real-pastes/validate.py:
  - the entry has file, url, title, source, date, keep, gone, and its input file exists;
  - the title, every keep clause and every gone string occur in the input's text once all whitespace is
    removed (for `traditional: true`, after OpenCC hk2s, as the scorer's README says); for a saved page the
    text is its select-all paste (scripts/make_paste.py);
  - 3 keep clauses of 10-25 characters in reading order after the headline; 2-6 gone strings (3-6 unless
    the page shows less clutter; 0-6 for a raw selection), none
    overlapping a keep clause; date null or a real YYYY-MM-DD; source a non-empty list (null: no outlet named).
It also checks that paste/NN.txt is exactly what make_paste.py makes of html/NN.html, and that paste/expect.yaml
is html/expect.yaml with the file names changed, and that raw/NN.txt is the line range of a paste that
sources.yaml names. `--sync` rewrites paste/NN.txt and paste/expect.yaml from the
pages first. Exits 1 with one line per problem.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_paste import page_to_paste

WS = re.compile(r"\s+")
FILE_LINE = re.compile(r"^(- file: \d+)\.html$", re.M)


def squash(s: str) -> str:
    return WS.sub("", s)


def paste_expect_text(html_expect: str) -> str:
    text = FILE_LINE.sub(r"\1.txt", html_expect)
    return text.replace(
        "for each saved page in this folder", "for each select-all paste in this folder", 1
    ).replace(
        "paste/expect.yaml holds the same entries for the pastes of these pages.",
        "The same entries as ../html/expect.yaml, for the pastes made from those pages by scripts/make_paste.py.",
        1,
    )


def check_entries(folder: Path, problems: list[str], converter) -> int:
    path = folder / "expect.yaml"
    if not path.is_file():
        return 0
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    seen: set[str] = set()
    for e in entries:
        name = f"{folder.name}/{e.get('file', '?')}"

        def bad(msg: str, name: str = name) -> None:
            problems.append(f"{name}: {msg}")

        for key in ("file", "url", "title", "source", "date", "keep", "gone"):
            if key not in e:
                bad(f"missing key {key!r}")
        if name in seen:
            bad("listed twice")
        seen.add(name)
        src_path = folder / str(e.get("file"))
        if not src_path.is_file():
            bad("input file not found")
            continue
        if src_path.suffix == ".html":
            text = page_to_paste(src_path.read_bytes())
        else:
            text = src_path.read_text(encoding="utf-8")
        if e.get("traditional"):
            text = converter().convert(text)
        flat = squash(text)

        title = squash(e.get("title") or "")
        head_end = 0
        if not title:
            bad("empty title")
        elif title not in flat:
            bad(f"title not in text: {e['title']!r}")
        else:
            head_end = flat.index(title) + len(title)

        src = e.get("source")
        if not (isinstance(src, list) and src and all(s is None or (isinstance(s, str) and s) for s in src)):
            bad("source must be a non-empty list of names (null: no outlet named)")
        d = e.get("date")
        if d is not None:
            try:
                datetime.date.fromisoformat(str(d))
            except ValueError:
                bad(f"bad date {d!r}")

        keep = e.get("keep") or []
        if len(keep) != 3:
            bad(f"expected 3 keep clauses, got {len(keep)}")
        last = -1
        for k in keep:
            kk = squash(k)
            if not 10 <= len(kk) <= 25:
                bad(f"keep clause length {len(kk)} outside 10-25: {k!r}")
            pos = flat.find(kk, head_end)
            if pos < 0:
                bad(f"keep clause {'before the headline only' if kk in flat else 'not in text'}: {k!r}")
                continue
            if pos <= last:
                bad(f"keep clause out of reading order: {k!r}")
            last = pos

        gone = e.get("gone") or []
        # 3-6 as in real-pastes; 2 where a page shows no more clutter than that; a raw selection may hold none
        least = 0 if folder.name == "raw" else 2
        if not least <= len(gone) <= 6:
            bad(f"expected {least}-6 gone strings, got {len(gone)}")
        for g in gone:
            gg = squash(g)
            if not gg:
                bad("empty gone string")
            elif gg not in flat:
                bad(f"gone string not in text: {g!r}")
            for k in keep:
                kk = squash(k)
                if gg and (gg in kk or kk in gg):
                    bad(f"gone string {g!r} overlaps keep clause {k!r}")
        if "traditional" in e and not isinstance(e["traditional"], bool):
            bad("traditional must be true/false")
        if "articles" in e and not (isinstance(e["articles"], int) and e["articles"] > 1):
            bad("articles must be an integer above 1")

    inputs = {f"{folder.name}/{p.name}" for p in folder.iterdir() if re.fullmatch(r"\d+\.(html|txt)", p.name)}
    for missing in sorted(inputs - seen):
        problems.append(f"{missing}: no entry in expect.yaml")
    return len(entries)


def main(argv: list[str]) -> int:
    sync = "--sync" in argv
    args = [a for a in argv[1:] if a != "--sync"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "tests/fixtures/real-pages"
    html_dir, paste_dir = root / "html", root / "paste"
    problems: list[str] = []

    html_expect = (html_dir / "expect.yaml").read_text(encoding="utf-8")
    if sync:
        paste_dir.mkdir(exist_ok=True)
        for page in sorted(html_dir.glob("*.html")):
            (paste_dir / f"{page.stem}.txt").write_text(page_to_paste(page.read_bytes()), encoding="utf-8")
        (paste_dir / "expect.yaml").write_text(paste_expect_text(html_expect), encoding="utf-8")

    for page in sorted(html_dir.glob("*.html")):
        paste = paste_dir / f"{page.stem}.txt"
        if not paste.is_file() or paste.read_text(encoding="utf-8") != page_to_paste(page.read_bytes()):
            problems.append(
                f"paste/{paste.name}: not the paste make_paste.py makes of html/{page.name} (run --sync)"
            )
    sources = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))
    for sel in sources.get("raw") or []:
        first, last = sel["lines"]
        want = (
            "\n".join((root / sel["from"]).read_text(encoding="utf-8").split("\n")[first - 1 : last]) + "\n"
        )
        got = root / sel["file"]
        if not got.is_file() or got.read_text(encoding="utf-8") != want:
            problems.append(
                f"{sel['file']}: not lines {first}-{last} of {sel['from']} (run pull_real_pages.py)"
            )
    if (paste_dir / "expect.yaml").read_text(encoding="utf-8") != paste_expect_text(html_expect):
        problems.append("paste/expect.yaml: differs from html/expect.yaml (run --sync)")

    cc = []

    def converter():
        if not cc:
            import opencc

            cc.append(opencc.OpenCC("hk2s"))
        return cc[0]

    counts = {d.name: check_entries(d, problems, converter) for d in (html_dir, paste_dir, root / "raw")}
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print("OK: " + ", ".join(f"{n} {k} entries" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
