#!/usr/bin/env python3
"""Show how ingest sees a page: every line's kind and score, and where the headline, meta block and body are.

Usage: show_lines.py FILE [--all]   (a paste or a saved page; without --all only 25 lines around the body's
ends and the headline are shown). For tuning the locator on real pages: see which line was taken for what.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bulletin.ingest import _page_drafts  # noqa: F401  (keeps the import path the CLI uses)
from bulletin.ingest.decode import decode_text, to_simplified
from bulletin.ingest.html import HTML_SUFFIXES, extract_page, looks_like_html
from bulletin.ingest.locate import locate
from bulletin.ingest.outlets import load_outlets
from bulletin.ingest.paste import clean_paste
from bulletin.ingest.rules import load_rules


def main() -> None:
    path = Path(sys.argv[1])
    text, _ = decode_text(path.read_bytes(), path)
    text, _ = to_simplified(text)
    rules = load_rules(None)
    outlets = load_outlets(None)
    web = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    if web:
        page = extract_page(text, "", str(path))
        print(f"metas: title={page.title!r} source={page.source!r} date={page.date!r} site={page.site!r}")
        text = page.text
    cleaned = clean_paste(text, rules, web=web)
    if not web and sum(p.clutter for p in cleaned.paragraphs) >= 3:
        cleaned = clean_paste(text, rules, web=True)
    located = locate(cleaned.paragraphs, rules, outlets)
    if located is None:
        print("nothing located")
        return
    start, end = located.body
    for index, line in enumerate(located.lines):
        mark = ("T" if index == located.title else "K" if index == located.kicker else
                "M" if index in located.meta else "B" if start <= index < end else " ")
        near = "--all" in sys.argv or abs(index - start) < 15 or abs(index - end) < 6 or \
            (located.title is not None and abs(index - located.title) < 6)
        if near:
            print(f"{index:4d} {mark} {line.kind:8s} {line.score:6.1f}  {line.text[:90]}")


if __name__ == "__main__":
    main()
