"""Time ``bulletin collect`` on 50 sources of 20 items each (1,000 article pages) from a local server.

Each source is its own site, on its own loopback address (127.0.0.2, 127.0.0.3, …), so the per-host
limits work as they would on the real sites: at most ``per_host`` connections and ``delay`` seconds
between two requests to one host (the config's defaults unless given). Half the sources are RSS feeds,
half list pages in the structure of 国家卫生健康委员会's; every item is in the window, on an article
page whose text is a different draw of sentences from seeds/, so nothing is a near-duplicate. Nothing
leaves the machine. Run by hand:

    python3 bench/bench_collect.py [--sources 50] [--items 20] [--delay 1.0] [--per-host 2]

The issue asks for at most 60 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bulletin.collect import CollectOptions, collect, default_window, limits_from_config  # noqa: E402
from bulletin.config import load_project  # noqa: E402
from bulletin.corpus import Article  # noqa: E402
from bulletin.ingest.rules import load_rules  # noqa: E402
from tests.collect_site import Site, article_page, list_page, rss, seed_articles  # noqa: E402
from tests.conftest import make_project  # noqa: E402

ISSUE = dt.date(2025, 7, 11)


def made_up_articles(count: int) -> list[Article]:
    """``count`` articles of 8 to 14 sentences drawn from the seeds, each under its own title."""
    seeds = seed_articles()
    pool = [s for a in seeds for p in a.paragraphs for s in re.split(r"(?<=[。！？])", p) if len(s) > 15]
    rng = random.Random(20250711)
    made = []
    for number in range(count):
        sentences = rng.sample(pool, rng.randint(8, 14))
        paragraphs = tuple("".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
        title = f"第{number}篇：{sentences[0][:18]}"
        made.append(Article(path=Path(f"{number}.md"), title=title, source="健康报", url="", date=ISSUE,
                            paragraphs=paragraphs))
    return made


def start_sites(sources: int, items: int) -> tuple[list[Site], list[dict[str, str]]]:
    articles = iter(made_up_articles(sources * items))
    sites, config = [], []
    for number in range(sources):
        site = Site(host=f"127.0.0.{number + 2}")
        day = [ISSUE - dt.timedelta(days=n % 7) for n in range(items)]
        entries = []
        for n in range(items):
            article = next(articles)
            site.routes[f"/a/{n}.html"] = article_page(article, day[n].isoformat())
            entries.append((f"/a/{n}.html", article.title, day[n]))
        if number % 2:
            site.routes["/list.shtml"] = list_page([(href, title, d.isoformat()) for href, title, d in entries])
            config.append({"name": f"列表{number}", "page": site.url("/list.shtml")})
        else:
            site.routes["/rss.xml"] = rss([{"title": title, "link": site.url(href),
                                            "pubDate": f"{d:%a, %d %b %Y} 09:00:00 +0800"} for href, title, d in entries])
            config.append({"name": f"订阅{number}", "feed": site.url("/rss.xml")})
        sites.append(site)
    return sites, config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--delay", type=float, default=None, help="collect.delay (default: the config's)")
    parser.add_argument("--per-host", type=int, default=None, help="collect.per_host (default: the config's)")
    args = parser.parse_args()
    sites, sources = start_sites(args.sources, args.items)
    settings: dict[str, object] = {"sources": sources}
    if args.delay is not None:
        settings["delay"] = args.delay
    if args.per_host is not None:
        settings["per_host"] = args.per_host
    try:
        with tempfile.TemporaryDirectory() as folder:
            project = load_project(make_project(Path(folder) / "project", config={"collect": settings}))
            limits = limits_from_config(project)
            options = CollectOptions(window=default_window(project, ISSUE), limits=limits)
            started = time.perf_counter()
            result = collect(project, options, load_rules(project.root))
            seconds = time.perf_counter() - started
            requests = sum(len(site.requests) for site in sites)
            print(f"collect: {args.sources} sources x {args.items} items, delay {limits.delay:g} s, "
                  f"{limits.per_host} per host")
            print(f"  {seconds:.1f} s, {requests} requests, {len(result.written)} candidates written, "
                  f"{len(result.warnings)} warnings, {sum(s.found for s in result.sources)} found")
            print(f"  {'OK' if seconds <= 60 else 'SLOWER THAN'} the 60 s asked for")
    finally:
        for site in sites:
            site.close()


if __name__ == "__main__":
    main()
