"""The curator: which articles go into this week's issue, and in what order.

Curation only chooses and orders; it never changes an article. Every article left out is kept with the
rule that left it out, so ``preview`` can tell an editor why. ``curate`` is pure: articles, config and
date in, a ``Selection`` out.

The steps, in order: pins out; the date window (pins in skip it); the ``select`` rules; duplicates; the
sections; the caps (per section, then per issue); the order within each section.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.config import WEEKDAYS, Config, Rules
from bulletin.config import Window as WindowRule
from bulletin.corpus import Article
from bulletin.duplicates import find_duplicates


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
    pinned: frozenset[str] = frozenset()

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every chosen article, in issue order (sections in turn)."""
        return tuple(article for _, articles in self.sections for article in articles)


def window_ending(issue_date: dt.date, days: int) -> Window:
    """The ``days`` days that end on the issue date (7 days ending on a Friday: Saturday to Friday)."""
    return Window(start=issue_date - dt.timedelta(days=days - 1), end=issue_date)


def window_for(issue_date: dt.date, rule: WindowRule) -> Window:
    """The issue's window: ``days`` days ending on the issue date, or on the last ``week_ending`` day."""
    end = issue_date
    if rule.week_ending is not None:
        end -= dt.timedelta(days=(issue_date.weekday() - WEEKDAYS[rule.week_ending]) % 7)
    return window_ending(end, rule.days)


def _listed(values: Iterable[str]) -> str:
    return "、".join(values)


def _contains_any(text: str, keywords: list[str]) -> str | None:
    """The first keyword found in ``text`` (ignoring case), or None."""
    lowered = text.lower()
    return next((keyword for keyword in keywords if keyword.lower() in lowered), None)


def rule_failure(article: Article, rules: Rules, where: str) -> str | None:
    """Why ``rules`` refuse ``article`` (naming the rule as ``where.key``), or None if they take it."""
    if rules.outlets and article.source not in rules.outlets:
        return f"来源“{article.source}”不在允许的来源中（{where}.outlets：{_listed(rules.outlets)}）"
    if article.source in rules.block_outlets:
        return f"来源“{article.source}”已被屏蔽（{where}.block_outlets）"
    if rules.tags and not set(rules.tags) & set(article.tags):
        return f"没有所需的标签（{where}.tags：{_listed(rules.tags)}）"
    blocked_tag = next((tag for tag in article.tags if tag in rules.exclude_tags), None)
    if blocked_tag is not None:
        return f"带有排除的标签“{blocked_tag}”（{where}.exclude_tags）"
    if rules.include or rules.exclude:
        place = {"title": "标题", "body": "正文", "both": "标题和正文"}[rules.keywords_in]
        text = {"title": article.title, "body": article.body,
                "both": f"{article.title}\n{article.body}"}[rules.keywords_in]
        if rules.include and _contains_any(text, rules.include) is None:
            return f"{place}中没有任何所需关键词（{where}.include：{_listed(rules.include)}）"
        found = _contains_any(text, rules.exclude)
        if found is not None:
            return f"{place}中含有排除关键词“{found}”（{where}.exclude）"
    return None


def outlet_rank(config: Config, source: str) -> int:
    """The outlet's place in ``outlet_priority`` (0 is first); outlets not listed come after all listed."""
    try:
        return config.outlet_priority.index(source)
    except ValueError:
        return len(config.outlet_priority)


def _preference(config: Config, pinned: frozenset[str]):
    """Which of two articles wins a duplicate or a cap: pinned, then outlet priority, then newer."""
    return lambda article: (article.name not in pinned, outlet_rank(config, article.source),
                            -article.date.toordinal(), article.name)


def _apply_caps(articles: list[Article], rules: Rules, where: str, config: Config, pinned: frozenset[str],
                left_out: list[LeftOut]) -> list[Article]:
    """Keep at most ``max_per_outlet`` per outlet and ``max_items`` in all; pinned articles always stay."""
    if rules.max_items is None and rules.max_per_outlet is None:
        return articles
    kept: list[Article] = []
    per_outlet: Counter[str] = Counter()
    for article in sorted(articles, key=_preference(config, pinned)):
        if article.name not in pinned:
            if rules.max_per_outlet is not None and per_outlet[article.source] >= rules.max_per_outlet:
                left_out.append(LeftOut(article, f"来源“{article.source}”已达上限 {rules.max_per_outlet} 篇"
                                                 f"（{where}.max_per_outlet）"))
                continue
            if rules.max_items is not None and len(kept) >= rules.max_items:
                left_out.append(LeftOut(article, f"已达上限 {rules.max_items} 篇（{where}.max_items）"))
                continue
        per_outlet[article.source] += 1
        kept.append(article)
    return kept


def order_articles(articles: Iterable[Article], order: str, config: Config | None = None) -> list[Article]:
    """Arrange one section: oldest first (the digest's order), newest first, by outlet, or by hand.

    Ties keep a stable order by file name. ``manual`` puts the files named in ``manual_order`` first,
    in that order, then the rest oldest first.
    """
    chosen = sorted(articles, key=lambda article: article.name)
    if order == "date_desc":
        return sorted(chosen, key=lambda article: article.date, reverse=True)
    by_date = sorted(chosen, key=lambda article: article.date)
    if order == "outlet" and config is not None:
        return sorted(by_date, key=lambda article: outlet_rank(config, article.source))
    if order == "manual" and config is not None:
        place = {name: index for index, name in enumerate(config.manual_order)}
        return sorted(by_date, key=lambda article: place.get(article.name, len(place)))
    return by_date


def section_label(title: str) -> str:
    """How messages name a section's rules: by its title, as the editor wrote it."""
    return f"栏目“{title}”的 rules"


def _place_in_sections(articles: list[Article], config: Config,
                       left_out: list[LeftOut]) -> list[tuple[str | None, list[Article]]]:
    """Put each article under the first section that takes it; a section's ``pin_in`` goes first."""
    if not config.sections:
        return [(None, articles)]
    placed: list[tuple[str | None, list[Article]]] = [(section.title, []) for section in config.sections]
    for article in articles:
        target = next((index for index, section in enumerate(config.sections)
                       if article.name in section.rules.pin_in), None)
        reasons = []
        if target is None:
            for index, section in enumerate(config.sections):
                where = section_label(section.title)
                if article.name in section.rules.pin_out:
                    reasons.append(f"“{section.title}”：编辑指定不收入此栏目（pin_out）")
                    continue
                reason = rule_failure(article, section.rules, where)
                if reason is None:
                    target = index
                    break
                reasons.append(reason)
        if target is None:
            left_out.append(LeftOut(article, "不属于任何栏目：" + "；".join(reasons)))
        else:
            placed[target][1].append(article)
    return placed


def curate(articles: Iterable[Article], config: Config, issue_date: dt.date) -> Selection:
    """Select, deduplicate, group, cap and order the articles of the issue of ``issue_date``."""
    window = window_for(issue_date, config.window)
    select = config.select
    pinned = frozenset(select.pin_in).union(*(section.rules.pin_in for section in config.sections))
    candidates: list[Article] = []
    left_out: list[LeftOut] = []
    for article in articles:
        if article.name in select.pin_out:
            left_out.append(LeftOut(article, "编辑指定不收录（select.pin_out）"))
        elif article.name in pinned:
            candidates.append(article)
        elif article.date not in window:
            side = "早于" if article.date < window.start else "晚于"
            left_out.append(LeftOut(article, f"日期 {article.date.isoformat()} {side}本期时间范围"
                                             f"（{window.start.isoformat()} 至 {window.end.isoformat()}）"))
        elif (reason := rule_failure(article, select, "select")) is not None:
            left_out.append(LeftOut(article, reason))
        else:
            candidates.append(article)

    kept, duplicates = find_duplicates(candidates, config.duplicates, _preference(config, pinned))
    for duplicate in duplicates:
        kept_one = duplicate.kept
        left_out.append(LeftOut(duplicate.dropped, f"与 {kept_one.name}（{kept_one.source}）重复：{duplicate.why}，"
                                                   "保留优先级较高的来源（duplicates）"))

    sections = []
    for index, (title, members) in enumerate(_place_in_sections(kept, config, left_out)):
        if title is not None:
            rules = config.sections[index].rules
            members = _apply_caps(members, rules, section_label(title), config, pinned,
                                  left_out)
        sections.append((title, members))
    capped = _apply_caps([a for _, members in sections for a in members], select, "select", config, pinned,
                         left_out)
    still_in = {article.name for article in capped}
    ordered = tuple((title, tuple(order_articles([a for a in members if a.name in still_in], config.order,
                                                 config)))
                    for title, members in sections)
    return Selection(issue_date=issue_date, window=window, sections=ordered,
                     left_out=tuple(sorted(left_out, key=lambda item: item.article.name)), pinned=pinned)
