"""Dates as Chinese news text writes them: 2025-07-09, 2025年7月9日, 2025 年 7 月 9 日, and 10月31日
without a year, resolved against a reference date (the paste's date, or one the editor gives)."""

from __future__ import annotations

import datetime as dt
import re

# (2018 月 07 月 31 日: a site's template that prints 月 for 年 is read too.)
FULL_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:[-/.年]|月(?=\s*\d{1,2}\s*月))\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# A zero-padded date glued to the digits after it (a view counter): 2020-01-08252732.
LOOSE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{2})[-/.](\d{2})")
# 二〇二五年十月二十八日
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*"
                          r"([一二三四五六七八九十]{1,3})\s*日")
# 十一月 6th, 2009 and 2 月 27, 2026: a blog's English date order with a Chinese month (WordPress's zh locale).
CHINESE_MONTH_DATE = re.compile(r"(?<!\d)([一二三四五六七八九十]{1,3}|\d{1,2})\s*月\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:,\s*|\s+)((?:19|20)\d{2})(?!\d)")
# A date in the Republic of China calendar, as Taiwan's government sites print it: after 民国, or a 3-digit
# year after a date label (发布日期：114-07-09); year + 1911 is the Western year.
ROC_DATE = re.compile(r"(民国\s*|(?:日期|时间|发布|更新|发文日期|成文日期)\s*[:：]?\s*)(?P<year>[89]\d|1[0-4]\d)\s*[-/.年]\s*"
                      r"(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})(?!\d)|"
                      r"(?<!\d)(?P<year3>1[0-4]\d)\s*年\s*(?P<month3>\d{1,2})\s*月\s*(?P<day3>\d{1,2})\s*日|"  # 107年12月14日
                      r"(?<![\d.])(?P<year4>1[01]\d)\.(?P<month4>[01]\d)\.(?P<day4>[0-3]\d)(?![\d.])")  # 111.08.30 (a press release's date)
MONTH_DAY = re.compile(r"(?<![\d年])\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A month and day on a metadata line, as portals print them without a year: 07-08, 7/8, 7月8日.
SHORT_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[-/月]\s*(\d{1,2})(?!\d)")
# An event a paste reports may lie a little after the paste's date (an announced meeting), not months.
_FUTURE_SLACK = dt.timedelta(days=31)


def _chinese_number(text: str) -> int:
    """十二 → 12, 二十八 → 28, 三十一 → 31 (numbers of months and days)."""
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)


# A date that bounds an archive or a period, not one that dates a page.
BOUND = re.compile(r"(查看)?旧版|[（(][^（()）]*(以前|以后|之前|之后|截至|截止)[^（()）]*[)）]")

_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
ENGLISH_DATE = re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})(?!\d)|"
                          r"(?<![\w])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)|"
                          r"(?<![\w])([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+((?:19|20)\d{2})(?!\d)")  # Wed Apr 30 09:27:44 2003


def _english_date(text: str) -> dt.date | None:
    """01 Dec 2025, Dec 1, 2025 (overseas Chinese media print English months); Wed Apr 30 09:27:44 2003 (a
    bulletin board's post header)."""
    for match in ENGLISH_DATE.finditer(text):
        day, month, year = (match[1], match[2], match[3]) if match[1] else \
            (match[5], match[4], match[6]) if match[4] else (match[8], match[7], match[9])
        number = _MONTHS.get(month.lower())
        if number:
            try:
                return dt.date(int(year), number, int(day))
            except ValueError:
                continue
    return None


_PUBLISHED_AT = re.compile(r"(发布|发表|刊发|首发|出版)(于|时间|日期)\s*[:：]?\s*(?=\d{4}\s*[-/.年])")


def parse_full_date(text: str) -> dt.date | None:
    """The first complete date in ``text`` (digits, a date glued to a counter, Chinese numerals, or an
    English month name); a date that only bounds something (查看旧版(2007年11月18号以前)) is none."""
    text = BOUND.sub("", text)
    published = _PUBLISHED_AT.search(text)  # 更新于 2023年12月29日 • 发布于 2023年12月27日: the first publication
    if published and published.start() > 0:
        text = text[published.start():]
    for pattern in (FULL_DATE, LOOSE_DATE):
        for match in pattern.finditer(text):
            try:
                date = dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
            if (1949 if pattern is FULL_DATE else 1990) <= date.year <= 2100:
                return date  # 出版日期:1984年09月21日 on a paper's archive; a loose 1984.9.21 is less sure
    for match in ROC_DATE.finditer(text):  # 民国114年7月9日, 发布日期：114-07-09 (Taiwan's official calendar)
        year, month, day = next((match.group(f"year{n}"), match.group(f"month{n}"), match.group(f"day{n}"))
                                for n in ("", "3", "4") if match.group(f"year{n}"))
        try:
            return dt.date(int(year) + 1911, int(month), int(day))
        except ValueError:
            continue
    for match in CHINESE_MONTH_DATE.finditer(text):  # 十一月 6th, 2009 (a blog's English date in Chinese)
        try:
            month = int(match.group(1)) if match.group(1).isdigit() else _chinese_number(match.group(1))
            return dt.date(int(match.group(3)), month, int(match.group(2)))
        except ValueError:
            continue
    for match in CHINESE_DATE.finditer(text):
        year = int("".join(str(_CN_DIGITS[c]) for c in match.group(1)))
        try:
            return dt.date(year, _chinese_number(match.group(2)), _chinese_number(match.group(3)))
        except ValueError:
            continue
    dotted = re.search(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])", text)
    if dotted:  # 19.03.2020: dots put the day first
        try:
            return dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
        except ValueError:
            pass
    return _english_date(text)


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


_RELATIVE_DAY = re.compile(r"(?P<word>今天|今日|昨天|昨日|前天|前日)|(?P<days>\d{1,2})\s*天前|(?P<hours>\d{1,2})\s*(小时|分钟|秒)前|刚刚")
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}


def parse_relative_date(text: str, reference: dt.date) -> dt.date | None:
    """昨天 10:35, 3天前, 2小时前 on a byline line (portals print how long ago a post went up): the day it
    means, counted back from ``reference`` (the day the page was saved or pasted)."""
    match = _RELATIVE_DAY.search(text)
    if not match:
        return None
    if match.group("word"):
        return reference - dt.timedelta(days=_DAYS_BACK[match.group("word")])
    if match.group("days"):
        return reference - dt.timedelta(days=int(match.group("days")))
    return reference


SHORT_YEAR_DATE = re.compile(r"(?<![\d/.-])(\d{2})-(\d{1,2})-(\d{1,2})(?![\d/.-])")


def parse_short_year_date(text: str, reference: dt.date) -> dt.date | None:
    """24-5-13 on a byline line (some platforms print a two-digit year): 2024-05-13, if not after
    ``reference`` by more than the usual slack."""
    for match in SHORT_YEAR_DATE.finditer(text):
        year, month, day = (int(part) for part in match.groups())
        try:
            date = dt.date(2000 + year, month, day)
        except ValueError:
            continue
        if date <= reference + _FUTURE_SLACK:
            return date
    return None


NUMERIC_DATE_YEAR_LAST = re.compile(r"(?<![\d/.])(\d{1,2})(?P<sep>[/.])(\d{1,2})(?P=sep)((?:19|20)\d{2})(?!\d)")


def parse_year_last_date(text: str) -> tuple[dt.date, bool] | None:
    """06/02/2022, 7/5/2005 or 26.03.2015 (sites abroad, or a template made abroad): ``(date, certain)``. Day first unless that is impossible, or
    the time is written the American way (9:23:57 PM), which puts the month first; not certain when either
    order makes a date."""
    match = NUMERIC_DATE_YEAR_LAST.search(text)
    if not match:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    american = bool(re.search(r"\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM|am|pm|a\.m\.|p\.m\.)", text))
    orders = []
    for month, day in ((first, second), (second, first)) if american else ((second, first), (first, second)):
        try:
            orders.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not orders:
        return None
    return orders[0], len(set(orders)) == 1
