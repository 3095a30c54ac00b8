"""``bulletin collect``: the week's candidates from the feeds and list pages in ``collect.sources``.

For each source: fetch the feed or list page; keep the items dated in the issue's window; fetch each
article page (unless the feed carries the full text) and turn it into an article with ingest's HTML path
(``drafts_from_page``: the same title, outlet, date and clutter logic as ``bulletin ingest URL``); keep
what has a keyword; skip what the corpus or the inbox already holds (same URL, then near-duplicate text)
or the editor rejected; write the rest into the inbox.

Everything is gathered before anything is written, and each file appears whole. A source that fails is
reported by name and the others are still collected; every source gets a report of what became of its
items. Fetching is concurrent but polite (see ``fetch.py``); writing is in source order, so two runs on
the same listings write the same files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.collect.feeds import NotAFeed, read_feed
from bulletin.collect.fetch import Fetched, Fetcher, FetchError, Limits, decode_page
from bulletin.collect.inbox import candidate_name, load_inbox, normal_url, rejected_urls, write_new_file
from bulletin.collect.items import Item, Listing
from bulletin.collect.listpage import read_list_page
from bulletin.config import CollectSource, Project
from bulletin.config import Rules as SelectRules
from bulletin.corpus import Article, format_article, load_corpus
from bulletin.curate import Window, rule_failure
from bulletin.errors import BulletinError
from bulletin.ingest import IngestOptions, drafts_from_page
from bulletin.ingest.article import Draft, Found
from bulletin.ingest.dedupe import DuplicateIndex
from bulletin.ingest.rules import Rules
from bulletin.similarity import shingles

__all__ = ["CollectOptions", "CollectResult", "SourceReport", "collect"]

_FEED_TYPES = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml, text/xml;q=0.9, */*;q=0.5"
_PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.3"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?")
_SOURCE_THREADS = 6
_PAGE_THREADS = 12
# Reasons an item is skipped, as the report names them.
OUT_OF_WINDOW = "不在本期时间范围"
NO_DATE = "找不到发布日期"
OFF_TOPIC = "不含关键词"
IN_CORPUS = "文章目录中已有（同一链接）"
IN_INBOX = "收件箱中已有（同一链接）"
REJECTED = "编辑已拒绝（config/rejected-urls.txt）"
SEEN_IN_RUN = "本次已从其他来源收集（同一链接）"


@dataclass(frozen=True)
class CollectOptions:
    """The issue's window, the bounds, and what the command line asked for."""

    window: Window
    limits: Limits = Limits()
    keywords: tuple[str, ...] = ()
    max_items: int = 100
    dry_run: bool = False
    simplified: bool = True
    similarity: float = 0.6


@dataclass
class SourceReport:
    """What became of one source's items: the editor's report and the JSON summary are made from it."""

    name: str
    address: str
    found: int = 0
    in_window: int = 0
    on_topic: int = 0
    new: list[Path] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def warnings(self) -> list[str]:
        """The lines that need a person: each names the source."""
        head = f"来源“{self.name}”（{self.address}）"
        if self.error:
            return [f"{head}：{self.error}"]
        return [f"{head}：{line}" for line in [*self.problems, *self.failed]]


@dataclass(frozen=True)
class Candidate:
    """A new article found by a source, ready to be written (``text``) unless it turns out a duplicate."""

    draft: Draft
    body: str
    text: str


@dataclass
class _Outcome:
    """What one item came to: a candidate, or the reason it was skipped or failed."""

    candidates: list[Candidate] = field(default_factory=list)
    in_window: bool = False
    on_topic: bool = False
    skipped: str = ""
    failed: str = ""


@dataclass(frozen=True)
class CollectResult:
    """Every source's report, and the files written (or that would be, with ``--dry-run``)."""

    window: Window
    sources: tuple[SourceReport, ...]
    written: tuple[Path, ...]
    dry_run: bool
    previews: tuple[tuple[Path, str], ...] = ()

    @property
    def warnings(self) -> list[str]:
        return [line for report in self.sources for line in report.warnings]


class _Known:
    """URLs already in the corpus, the inbox or the rejected list, and the bodies to compare against."""

    def __init__(self, project: Project, similarity: float) -> None:
        self.urls: dict[str, str] = {}
        self.index = DuplicateIndex(threshold=similarity)
        corpus = load_corpus(project.corpus_dir).articles if project.corpus_dir.is_dir() else ()
        for reason, articles in ((IN_CORPUS, corpus), (IN_INBOX, load_inbox(project))):
            for article in articles:
                if article.url:
                    self.urls.setdefault(normal_url(article.url), reason)
                self.index.add(article.name, article.body)
        for url in rejected_urls(project):
            self.urls.setdefault(url, REJECTED)

    def why_known(self, url: str) -> str:
        return self.urls.get(normal_url(url), "")


def _outlet(draft: Draft, source: CollectSource) -> Draft:
    """The source's name as the outlet, unless the article names its own (a 来源 line, the site's name);
    a host name (``www.nhc.gov.cn``, what is left when a page names nothing) or the placeholder is not."""
    value = draft.source.value
    if value and "source" not in draft.review and not _HOST_NAME.fullmatch(value):
        return draft
    review = tuple(name for name in draft.review if name != "source")
    return dataclasses.replace(draft, source=Found(source.name, "collect.sources 中的来源名称"), review=review)


def _on_topic(draft: Draft, keywords: tuple[str, ...]) -> bool:
    """The same matching as ``select.include``: a keyword in the title or the body, ignoring case."""
    if not keywords:
        return True
    article = Article(path=Path("candidate.md"), title=draft.title.value, source=draft.source.value,
                      url=draft.url.value, date=draft.date_value, paragraphs=draft.paragraphs)
    return rule_failure(article, SelectRules(include=list(keywords), keywords_in="both"), "collect") is None


class _Run:
    """One collect run: the fetcher, what is known already, and the per-item work."""

    def __init__(self, project: Project, options: CollectOptions, rules: Rules, fetcher: Fetcher) -> None:
        self.project = project
        self.options = options
        self.rules = rules
        self.fetcher = fetcher
        self.known = _Known(project, options.similarity)

    def listing(self, source: CollectSource) -> Listing:
        if source.feed:
            return read_feed(self.fetcher.get(source.feed, _FEED_TYPES), self.options.max_items)
        fetched = self.fetcher.get(source.address, _PAGE_TYPES)
        _require_html(fetched, "列表页")
        return read_list_page(decode_page(fetched), fetched.url, source.links, self.options.max_items,
                              self.options.window.end)

    def item(self, source: CollectSource, item: Item) -> _Outcome:
        window = self.options.window
        if item.date is not None and item.date not in window:
            return _Outcome(skipped=OUT_OF_WINDOW)
        dated = item.date is not None  # and so in the window: a failed or known item still counts there
        known = self.known.why_known(item.url)
        if known:
            return _Outcome(skipped=known, in_window=dated)
        spent = self.fetcher.out_of_budget()
        if spent and not item.full_html:
            return _Outcome(failed=f"{item.title or item.url}：{spent}，未下载", in_window=dated)
        try:
            if item.full_html:
                html, url = _full_text_page(item), item.url
            else:
                fetched = self.fetcher.get(item.url, _PAGE_TYPES)
                _require_html(fetched, "文章页")
                html, url = decode_page(fetched), fetched.url
            drafts = drafts_from_page(html, url, self._ingest_options(source, item), self.rules)
        except (FetchError, BulletinError) as exc:
            return _Outcome(failed=f"{item.title or item.url}（{item.url}）：{exc.message}", in_window=dated)
        except Exception as exc:  # an unexpected page must not sink the run; the editor hears of it
            return _Outcome(failed=f"{item.title or item.url}（{item.url}）：无法处理（{type(exc).__name__}: {exc}）",
                            in_window=dated)
        outcome = _Outcome()
        for draft in drafts:
            draft = _outlet(draft, source)
            if "date" in draft.review:
                outcome.skipped = outcome.skipped or NO_DATE
                continue
            if draft.date_value not in window:
                outcome.skipped = outcome.skipped or OUT_OF_WINDOW
                continue
            outcome.in_window = True
            if not _on_topic(draft, self.options.keywords):
                outcome.skipped = outcome.skipped or OFF_TOPIC
                continue
            outcome.on_topic = True
            body = "\n".join(draft.paragraphs)
            text = format_article(title=draft.title.value, source=draft.source.value, url=draft.url.value,
                                  date=draft.date_value, paragraphs=draft.paragraphs, subtitle=draft.subtitle,
                                  author=draft.author, note=draft.note, review=draft.review)
            outcome.candidates.append(Candidate(draft, body, text))
        return outcome

    def _ingest_options(self, source: CollectSource, item: Item) -> IngestOptions:
        """The page's own title, date and outlet win, except: a feed's title and a listed date are the
        publisher's word, and the item's URL is the one the corpus will compare on."""
        return IngestOptions(into=self.project.inbox_dir, url=item.url,
                             title=item.title if source.feed and item.title else None, date=item.date,
                             reference_date=item.date or self.options.window.end, simplified=self.options.simplified,
                             max_bytes=self.options.limits.max_bytes, similarity=self.options.similarity,
                             timeout=self.options.limits.timeout)


def _require_html(fetched: Fetched, what: str) -> None:
    kind = fetched.content_type
    if kind == "application/pdf" or fetched.data[:5] == b"%PDF-":
        raise FetchError(f"{what}是 PDF 文件，不是网页；请下载后复制正文，用 bulletin ingest 导入")
    if kind not in _HTML_TYPES and not kind.endswith("+xml"):
        raise FetchError(f"{what}不是网页（内容类型 {kind}）")


def _full_text_page(item: Item) -> str:
    """A feed's full text as a page of its own, titled, for ingest's HTML path."""
    from html import escape

    return (f"<html><head><title>{escape(item.title)}</title></head><body><article>"
            f"<h1>{escape(item.title)}</h1>{item.full_html}</article></body></html>")


def _list_source(run: _Run, source: CollectSource) -> tuple[SourceReport, tuple[Item, ...]]:
    """Fetch and read one source's listing; a failure becomes the source's error, never an exception."""
    report = SourceReport(source.name, source.address)
    try:
        listing = run.listing(source)
    except (FetchError, NotAFeed) as exc:
        report.error = str(exc)
        return report, ()
    except Exception as exc:  # lxml refusing a page, and the like: one source never sinks the run
        report.error = f"无法读取（{type(exc).__name__}: {exc}）"
        return report, ()
    report.found = listing.total
    report.problems.extend(listing.problems)
    if listing.total > len(listing.items):
        report.problems.append(f"共 {listing.total} 条链接，超过上限 {len(listing.items)} 条（collect.max_items），"
                               f"只看前 {len(listing.items)} 条")
    return report, listing.items


def _taking_turns(listed: list[tuple[SourceReport, tuple[Item, ...]]]) -> list[tuple[int, int]]:
    """(source, item) in turns, one item of each source at a time: the workers then fetch from many hosts
    at once instead of all waiting for one host's polite delay."""
    longest = max((len(items) for _, items in listed), default=0)
    return [(source, number) for number in range(longest) for source, (_, items) in enumerate(listed)
            if number < len(items)]


def collect(project: Project, options: CollectOptions, rules: Rules, fetcher: Fetcher | None = None) -> CollectResult:
    """Collect every source of ``collect.sources`` into the inbox (or only report, with ``dry_run``)."""
    sources = project.config.collect.sources
    run = _Run(project, options, rules, fetcher or Fetcher(options.limits))
    with ThreadPoolExecutor(_SOURCE_THREADS, thread_name_prefix="list") as lists:
        listed = list(lists.map(lambda source: _list_source(run, source), sources))
    with ThreadPoolExecutor(_PAGE_THREADS, thread_name_prefix="page") as pages:
        futures: dict[tuple[int, int], Future[_Outcome]] = {
            (source, number): pages.submit(run.item, sources[source], listed[source][1][number])
            for source, number in _taking_turns(listed)}
    gathered = [(report, [futures[(source, number)].result() for number in range(len(items))])
                for source, (report, items) in enumerate(listed)]
    return _place(project, options, run, gathered)


def _place(project: Project, options: CollectOptions, run: _Run,
           gathered: list[tuple[SourceReport, list[_Outcome]]]) -> CollectResult:
    """Skip duplicates (of the corpus, the inbox, and each other), then write, in source order."""
    seen_urls: set[str] = set()
    taken: set[str] = set()
    written: list[Path] = []
    previews: list[tuple[Path, str]] = []
    for report, outcomes in gathered:
        for outcome in outcomes:
            report.in_window += outcome.in_window
            report.on_topic += outcome.on_topic
            if outcome.failed:
                report.failed.append(outcome.failed)
            if outcome.skipped and not outcome.candidates:
                report.skipped[outcome.skipped] += 1
            for candidate in outcome.candidates:
                url = normal_url(candidate.draft.url.value)
                if url in seen_urls:
                    report.skipped[SEEN_IN_RUN] += 1
                    continue
                grams = shingles(candidate.body)
                duplicate = run.known.index.find(candidate.body, grams)
                if duplicate:
                    report.skipped[f"与 {duplicate[0]} 内容重复"] += 1
                    continue
                seen_urls.add(url)
                target = _free_name(project, candidate.draft, taken)
                if not options.dry_run and not write_new_file(target, candidate.text):
                    report.skipped[f"收件箱中已有同名文件 {target.name}"] += 1
                    continue
                run.known.index.add(target.name, candidate.body, grams)
                report.new.append(target)
                written.append(target)
                if options.dry_run:
                    previews.append((target, candidate.text))
    return CollectResult(options.window, tuple(report for report, _ in gathered), tuple(written),
                         options.dry_run, tuple(previews))


def _free_name(project: Project, draft: Draft, taken: set[str]) -> Path:
    name = candidate_name(draft.date_value, draft.title.value)
    stem = name[:-3]
    number = 2
    while name in taken or (project.inbox_dir / name).exists() or (project.corpus_dir / name).exists():
        name = f"{stem}~{number}.md"
        number += 1
    taken.add(name)
    return project.inbox_dir / name


def format_source(report: SourceReport, dry_run: bool) -> list[str]:
    """The editor's report on one source, in Chinese."""
    if report.error:
        return [f"✗ {report.name}：{report.error}"]
    verb = "将写入" if dry_run else "新增"
    lines = [f"■ {report.name}：找到 {report.found} 条，本期时间范围内 {report.in_window} 条，"
             f"符合关键词 {report.on_topic} 条，{verb} {len(report.new)} 条"]
    lines.extend(f"  + {path.name}" for path in report.new)
    for reason, count in sorted(report.skipped.items(), key=lambda pair: -pair[1]):
        lines.append(f"  跳过 {count} 条：{reason}")
    lines.extend(f"  ✗ 失败：{failure}" for failure in report.failed)
    lines.extend(f"  ! {problem}" for problem in report.problems)
    return lines


def limits_from_config(project: Project) -> Limits:
    settings = project.config.collect
    return Limits(timeout=settings.timeout, max_bytes=int(settings.max_page_mb * 1_048_576),
                  run_bytes=int(settings.max_run_mb * 1_048_576), run_seconds=settings.max_minutes * 60,
                  per_host=settings.per_host, delay=settings.delay, retries=settings.retries)


def default_window(project: Project, issue_date: dt.date) -> Window:
    from bulletin.curate import window_for

    return window_for(issue_date, project.config.window)
