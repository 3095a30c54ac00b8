"""List pages: a page of links to articles, as most government sites publish instead of a feed.

With a CSS selector (``links: 'ul.zxxx_list a'``) the links are the elements it selects. Without one
they are found: every link whose text reads like a headline is grouped by where it stands in the page
(its parents' tags and classes); the group with the most headline text, helped by dates beside its
links, is the list. Menus, footers and "related links" lose to it because their links are few or short.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

from bulletin.collect.dates import date_in_address, date_in_text
from bulletin.collect.items import Item, Listing

# A headline has at least this many characters; "更多", "首页", "下一页" and pager numbers do not.
_HEADLINE_CHARS = 6
_ROW_TAGS = {"li", "tr", "dd", "dt", "p", "div", "article", "section", "td"}
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass(frozen=True)
class _Link:
    url: str
    title: str
    row_text: str
    group: tuple[str, ...]


def _describe(element) -> str:  # type: ignore[no-untyped-def]
    classes = ".".join(sorted((element.get("class") or "").split()))
    return f"{element.tag}.{classes}" if classes else str(element.tag)


def _row(anchor):  # type: ignore[no-untyped-def]
    """The list row an anchor stands in (its nearest block parent), whose text holds its date."""
    for parent in anchor.iterancestors():
        if parent.tag in _ROW_TAGS:
            return parent
    return anchor


def _links(anchors, base: str, page_url: str) -> list[_Link]:  # type: ignore[no-untyped-def]
    found: list[_Link] = []
    seen: set[str] = set()
    page = urldefrag(page_url)[0]
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        url = urldefrag(urljoin(base, href))[0]
        if not url.lower().startswith(("http://", "https://")) or url == page or url in seen:
            continue
        title = " ".join((anchor.get("title") or anchor.text_content() or "").split())
        text = " ".join(anchor.text_content().split())
        if len(text) > len(title):
            title = text
        row = _row(anchor)
        ancestors = [_describe(parent) for parent in list(anchor.iterancestors())[:3]]
        seen.add(url)
        found.append(_Link(url, title, " ".join(row.text_content().split()), tuple(reversed(ancestors))))
    return found


def _best_group(links: list[_Link], reference: dt.date) -> list[_Link]:
    """The links that stand where the most headlines stand; a short title among them is kept too."""
    groups: dict[tuple[str, ...], list[_Link]] = defaultdict(list)
    for link in links:
        groups[link.group].append(link)

    def score(members: list[_Link]) -> float:
        headlines = [link for link in members if len(link.title) >= _HEADLINE_CHARS]
        if not headlines:
            return 0.0
        dated = sum(1 for link in headlines if date_in_text(link.row_text, reference) or date_in_address(link.url))
        return sum(min(len(link.title), 40) for link in headlines) * (1 + dated / len(headlines))

    best = max(groups.values(), key=score, default=[])
    return best if best and score(best) > 0 else []


def read_list_page(html: str, page_url: str, selector: str | None, max_items: int,
                   reference: dt.date) -> Listing:
    """The article links of a list page (at most ``max_items``, in page order) with the dates beside them."""
    import lxml.html

    document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html) or "<html></html>")
    base = next(iter(document.xpath("//base/@href")), page_url)
    base = urljoin(page_url, str(base))
    if selector:
        selected = [element if element.tag == "a" else next(iter(element.iter("a")), None)
                    for element in document.cssselect(selector)]
        links = _links([a for a in selected if a is not None and a.get("href")], base, page_url)
    else:
        links = _best_group(_links(document.iter("a"), base, page_url), reference)
    items = []
    for link in links:
        beside = date_in_text(link.row_text.replace(link.title, " "), reference)
        items.append(Item(url=link.url, title=link.title, date=beside or date_in_address(link.url)))
    return Listing(items=tuple(items[:max_items]), total=len(items))
