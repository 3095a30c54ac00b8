"""Dates of collected items: a feed's timestamps with their time zone, and the dates list pages print
beside their links (or put in the article's address).

The bulletin's days are days in China (UTC+8): a feed item stamped ``Mon, 07 Jul 2025 07:00:00 +0800``
belongs to 7 July, although it is 6 July in UTC; a ``Z`` timestamp is moved to UTC+8 before its day is
taken. A timestamp without a zone is taken as written.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

CHINA = dt.timezone(dt.timedelta(hours=8), "UTC+8")
_FULL = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_MONTH_DAY = re.compile(r"(?<![\d年/.-])(\d{1,2})\s*(?:月|-|/)\s*(\d{1,2})(?:日)?(?![\d:/.-])")
# Dates that addresses carry: /2025-07/08/, /20250708/, t20250708_123.html, /202507/08/.
_URL_DATE = re.compile(r"(?<!\d)(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?([0-2]\d|3[01])(?!\d)")


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def in_china(moment: dt.datetime) -> dt.date:
    """The day of ``moment`` in China; a moment without a zone is taken as written."""
    return moment.astimezone(CHINA).date() if moment.tzinfo is not None else moment.date()


def feed_date(raw: str | None, parsed: time.struct_time | None) -> dt.date | None:
    """The day of a feed timestamp: RFC 822 (RSS), ISO 8601 (Atom, RDF's dc:date), or a Chinese date;
    else feedparser's own reading (in UTC) moved to China."""
    text = (raw or "").strip()
    if text:
        try:
            return in_china(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return in_china(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            pass
        found = date_in_text(text)
        if found:
            return found
    if parsed is not None:
        return in_china(dt.datetime(*parsed[:6], tzinfo=dt.UTC))
    return None


def date_in_text(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The first full date in ``text`` (2025-07-08, 2025年7月8日, 2025/7/8); with a ``reference`` also a
    month and day without year (07-08, 7月8日), in the year that puts it nearest before the reference."""
    for match in _FULL.finditer(text):
        found = _day(*(int(part) for part in match.groups()))
        if found:
            return found
    if reference is None:
        return None
    for match in _MONTH_DAY.finditer(text):
        month, day = int(match.group(1)), int(match.group(2))
        for year in (reference.year, reference.year - 1):
            found = _day(year, month, day)
            if found and found <= reference + dt.timedelta(days=1):
                return found
    return None


def date_in_address(url: str) -> dt.date | None:
    """The date an article's address carries (government sites put it in the path), or None."""
    for match in _URL_DATE.finditer(url):
        found = _day(*(int(part) for part in match.groups()))
        if found:
            return found
    return None
