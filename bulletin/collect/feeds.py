"""Feeds: RSS 0.9x/1.0 (RDF)/2.0 and Atom, read by feedparser, a maintained parser that copes with the
encodings (GBK feeds declare it in the XML prolog), date formats and small breakages real feeds have."""

from __future__ import annotations

import re

from bulletin.collect.dates import feed_date
from bulletin.collect.fetch import Fetched
from bulletin.collect.items import Item, Listing

# A feed carries the full text when its content holds at least this many characters of text.
_FULL_TEXT_CHARS = 200
_TAG = re.compile(r"<[^>]+>")
# feedparser flags these as "bozo" although the feed reads correctly: not the editor's concern.
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")


class NotAFeed(Exception):
    """The bytes are not a feed (an HTML page, a PDF, XML too broken to read)."""


def _text_length(html: str) -> int:
    return len(re.sub(r"\s+", "", _TAG.sub("", html)))


def _full_html(entry: dict) -> str:
    contents = [part.get("value", "") for part in entry.get("content", []) or []]
    best = max(contents, key=_text_length, default="")
    return best if _text_length(best) >= _FULL_TEXT_CHARS else ""


def read_feed(fetched: Fetched, max_items: int) -> Listing:
    """The feed's items (at most ``max_items``, newest as the feed orders them), or ``NotAFeed``."""
    import feedparser

    headers = {"content-type": f"{fetched.content_type}" + (f"; charset={fetched.charset}" if fetched.charset else ""),
               "content-location": fetched.url}
    parsed = feedparser.parse(fetched.data, response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=True)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    serious = problem is not None and type(problem).__name__ not in _HARMLESS
    if not parsed.entries:
        if serious or not parsed.get("version"):
            kind = fetched.content_type or "未知类型"
            detail = f"XML 格式错误：{problem}" if serious and "xml" in kind else f"内容类型 {kind}"
            raise NotAFeed(f"不是 RSS/Atom 订阅源（{detail}）。请在浏览器中打开该网址核对，"
                           "或改用 page: 列表页")
        return Listing(items=(), total=0)
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link.lower().startswith(("http://", "https://")):
            continue
        raw = entry.get("published") or entry.get("updated") or entry.get("created")
        parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(Item(url=link, title=" ".join((entry.get("title") or "").split()),
                          date=feed_date(raw, parsed_time), full_html=_full_html(entry)))
    problems: tuple[str, ...] = ()
    if serious:
        problems = (f"订阅源的 XML 有错误（{problem}），已尽量读出 {len(items)} 条；请告知网站或核对网址",)
    return Listing(items=tuple(items[:max_items]), total=len(items), problems=problems)
