"""Dates as Chinese news text writes them: 2025-07-09, 2025年7月9日, 2025 年 7 月 9 日, and 10月31日
without a year, resolved against a reference date (the paste's date, or one the editor gives)."""

from __future__ import annotations

import datetime as dt
import re

FULL_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
MONTH_DAY = re.compile(r"(?<![\d年])\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A month and day on a metadata line, as portals print them without a year: 07-08, 7/8, 7月8日.
SHORT_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[-/月]\s*(\d{1,2})(?!\d)")
# An event a paste reports may lie a little after the paste's date (an announced meeting), not months.
_FUTURE_SLACK = dt.timedelta(days=31)


def parse_full_date(text: str) -> dt.date | None:
    """The first complete date in ``text``, or None."""
    for match in FULL_DATE.finditer(text):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def resolve_month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """``month``/``day`` in the year that puts it nearest before (or just after) ``reference``."""
    candidates = []
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    fitting = [date for date in candidates if date <= reference + _FUTURE_SLACK]
    return max(fitting) if fitting else None


def find_date(text: str, reference: dt.date) -> tuple[dt.date, bool] | None:
    """The first date in a sentence: ``(date, year_inferred)``; a full date wins over a month-day."""
    full = FULL_DATE.search(text)
    partial = MONTH_DAY.search(text)
    if full and (not partial or full.start() <= partial.start()):
        date = parse_full_date(text[full.start():])
        if date:
            return date, False
    if partial:
        date = resolve_month_day(int(partial.group(1)), int(partial.group(2)), reference)
        if date:
            return date, True
    return None


def parse_short_date(text: str, reference: dt.date) -> dt.date | None:
    """A month-day written on a metadata line (07-08 10:35), in the year that fits ``reference``."""
    match = SHORT_DATE.search(text)
    return resolve_month_day(int(match.group(1)), int(match.group(2)), reference) if match else None
