"""What a source lists: one item per article it links to, with what the listing itself says of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One entry of a feed or one link of a list page, before its article page is fetched.

    ``full_html`` is the article's own HTML when the feed carries the full text (``content:encoded``,
    Atom ``content``): then no page is fetched. ``date`` is None when the listing gives no date.
    """

    url: str
    title: str
    date: dt.date | None = None
    full_html: str = ""


@dataclass(frozen=True)
class Listing:
    """The items of one source, and what the editor should hear about the listing itself."""

    items: tuple[Item, ...]
    total: int                    # items found before the per-source cap
    problems: tuple[str, ...] = ()  # warnings: malformed XML read leniently, too many links cut
