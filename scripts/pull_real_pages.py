#!/usr/bin/env python3
"""Rebuild tests/fixtures/real-pages/{html,paste,raw} from the public repositories listed in its sources.yaml.

Usage: pull_real_pages.py [--mirror DIR] [ROOT]
       (DIR: where the search tool's `fetch` puts snapshots, /work/.mirror by default; ROOT: the set's folder)

The saved pages are third-party public data. They are kept out of this repository's commits; what is committed
is where each page comes from (repository, commit, path), the hand-written expectations and this script, so the
set can be laid out again on any machine that has the snapshots: fetch each repository named in sources.yaml
(`fetch github:OWNER/NAME`), then run this script. Each page is copied byte for byte with `git show
COMMIT:PATH`; each paste is made from its page by make_paste.py; each raw paste is the line range of a paste
that sources.yaml names (an editor's selection of the article region, unchanged).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_paste import page_to_paste


def git_dir(mirror: Path, repo: str) -> Path:
    d = mirror / repo.replace("/", "+") / "repo"
    # Most snapshots are bare git dirs; some come as a repository with its git dir in repo/.git.
    return d / ".git" if (d / ".git").is_dir() else d


def main(argv: list[str]) -> int:
    args = argv[1:]
    mirror = Path("/work/.mirror")
    if "--mirror" in args:
        i = args.index("--mirror")
        mirror = Path(args[i + 1])
        del args[i : i + 2]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "tests/fixtures/real-pages"
    sources = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))
    missing = sorted({p["repo"] for p in sources["pages"] if not git_dir(mirror, p["repo"]).is_dir()})
    if missing:
        print(
            "snapshots missing; fetch them first: " + ", ".join(f"github:{r}" for r in missing),
            file=sys.stderr,
        )
        return 1
    for page in sources["pages"]:
        out = root / page["file"]
        out.parent.mkdir(parents=True, exist_ok=True)
        raw = subprocess.run(
            [
                "git",
                "--git-dir",
                str(git_dir(mirror, page["repo"])),
                "show",
                f"{page['commit']}:{page['path']}",
            ],
            check=True,
            capture_output=True,
        ).stdout
        out.write_bytes(raw)
        paste = root / "paste" / (out.stem + ".txt")
        paste.parent.mkdir(parents=True, exist_ok=True)
        paste.write_text(page_to_paste(raw), encoding="utf-8")
    for sel in sources.get("raw") or []:
        first, last = sel["lines"]
        lines = (root / sel["from"]).read_text(encoding="utf-8").split("\n")
        out = root / sel["file"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(lines[first - 1 : last]) + "\n", encoding="utf-8")
    print(f"{len(sources['pages'])} pages, {len(sources.get('raw') or [])} raw pastes written under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
