"""The curator: which articles go into this week's issue, and in what order.

Curation only chooses and orders; it never changes an article. Every article left out is kept with the
reason, so ``preview`` can tell an editor why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.config import Config
from bulletin.corpus import Article


@dataclass(frozen=True)
class Window:
    """The days an issue covers, both ends included."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True)
class LeftOut:
    """An article of the corpus that is not in the issue, and the rule that left it out."""

    article: Article
    reason: str


@dataclass(frozen=True)
class Selection:
    """The curator's answer: the issue date and window, the chosen articles in order, and the rest."""

    issue_date: dt.date
    window: Window
    sections: tuple[tuple[str | None, tuple[Article, ...]], ...]
    left_out: tuple[LeftOut, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every chosen article, in issue order (sections in turn)."""
        return tuple(article for _, articles in self.sections for article in articles)


def window_ending(issue_date: dt.date, days: int) -> Window:
    """The ``days`` days that end on the issue date (7 days ending on a Friday: Saturday to Friday)."""
    return Window(start=issue_date - dt.timedelta(days=days - 1), end=issue_date)


def order_articles(articles: Iterable[Article], order: str) -> list[Article]:
    """Oldest first (the digest's order) or newest first; ties keep a stable order by file name."""
    chosen = sorted(articles, key=lambda article: article.name)
    return sorted(chosen, key=lambda article: article.date, reverse=(order == "date_desc"))


def curate(articles: Iterable[Article], config: Config, issue_date: dt.date) -> Selection:
    """Select the articles whose date falls in the issue's window, and order them."""
    window = window_ending(issue_date, config.window.days)
    chosen: list[Article] = []
    left_out: list[LeftOut] = []
    for article in articles:
        if article.date in window:
            chosen.append(article)
        else:
            side = "早于" if article.date < window.start else "晚于"
            left_out.append(LeftOut(article, f"日期 {article.date.isoformat()} {side}本期时间范围"
                                             f"（{window.start.isoformat()} 至 {window.end.isoformat()}）"))
    ordered = tuple(order_articles(chosen, config.order))
    return Selection(issue_date=issue_date, window=window, sections=((None, ordered),),
                     left_out=tuple(left_out))
