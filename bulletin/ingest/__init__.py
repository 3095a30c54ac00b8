"""``bulletin ingest``: what editors paste, turned into clean article files in the corpus.

One entry point, ``ingest``: every input (a pasted text file, a saved HTML page or an http(s) URL) is
decoded, converted to Simplified Chinese, cleaned of clutter by the rules in ``config/clutter.yaml``,
split into its articles, checked against the corpus for near-duplicates, and written (unless
``dry_run``). Each input gets a report; one bad input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bulletin.corpus import format_article, load_corpus, write_article
from bulletin.errors import ArticleError, BulletinError, IngestError
from bulletin.ingest.article import REFERENCE_GIVEN, Draft, Found, Hints, build_draft, read_page_header
from bulletin.ingest.decode import decode_text, read_limited, to_simplified
from bulletin.ingest.dedupe import DuplicateIndex
from bulletin.ingest.html import HTML_SUFFIXES, extract_page, fetch, looks_like_html
from bulletin.ingest.locate import locate
from bulletin.ingest.outlets import Outlets, load_outlets
from bulletin.ingest.page import read_article
from bulletin.ingest.paste import clean_paste
from bulletin.ingest.rules import Rules
from bulletin.ingest.split import split_articles
from bulletin.similarity import shingles

__all__ = ["IngestOptions", "InputReport", "Outcome", "drafts_from_page", "ingest", "format_report"]

_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|\s\u3000，。、；：！？“”‘’（）《》【】「」·,;!?()\[\]]+")
_NAME_CHARS = 24


@dataclass(frozen=True)
class IngestOptions:
    """What the editor asked for on the command line, and the project's ingest settings."""

    into: Path
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    reference_date: dt.date | None = None
    dry_run: bool = False
    overwrite: bool = False
    simplified: bool = True
    max_bytes: int = 20 * 1_048_576
    similarity: float = 0.6
    timeout: float = 20.0
    project: Path | None = None


@dataclass(frozen=True)
class Outcome:
    """One article of an input and what became of it."""

    draft: Draft
    target: Path | None
    status: str  # "written", "dry-run", "duplicate", "exists"
    detail: str = ""


@dataclass(frozen=True)
class InputReport:
    """Everything the editor needs to know about one input."""

    origin: str
    outcomes: tuple[Outcome, ...] = ()
    dropped: int = 0
    encoding: str = ""
    converted: bool = False
    error: BulletinError | None = None
    key: str = ""  # what identifies the input in the record of earlier runs (its URL, or its text's hash)
    replaced: tuple[str, ...] = ()  # files an earlier ingest of the same input made, now replaced


@dataclass
class _Batch:
    """State shared by the inputs of one run: the duplicate index, the file names taken, and the record
    of which files each input made (``.ingested.json`` in the target folder)."""

    index: DuplicateIndex
    taken: set[Path] = field(default_factory=set)
    made: dict[str, list[str]] = field(default_factory=dict)


RECORD_NAME = ".ingested.json"


def _read_record(folder: Path) -> dict[str, list[str]]:
    """Which files each earlier input made: ``{input key: [file names]}`` (empty when unreadable)."""
    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key): [str(name) for name in names] for key, names in data.items() if isinstance(names, list)}


def _write_record(folder: Path, made: dict[str, list[str]]) -> None:
    from bulletin.files import write_atomically

    data = json.dumps(made, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    try:
        write_atomically(folder / RECORD_NAME, data.encode("utf-8"))
    except OSError:
        pass  # the record only helps corrections; the articles are written already


def _input_key(item: str, text: str) -> str:
    return item if is_url(item) else "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _corrects(options: IngestOptions) -> bool:
    """Whether the editor is correcting an earlier ingest: a field given on the command line."""
    return any((options.title, options.source, options.url, options.date))


def is_url(value: str) -> bool:
    return bool(re.match(r"^https?://", value, re.IGNORECASE))


def article_name(draft: Draft) -> str:
    """``2025-07-09-山东聊城智慧医疗让患者告别折返跑.md``: a folder listing sorts by date."""
    words = _UNSAFE_NAME.sub("-", draft.title.value).strip("-.")[:_NAME_CHARS].strip("-.") or "article"
    return f"{draft.date.value}-{words}.md"


def _target(folder: Path, draft: Draft, batch: _Batch) -> Path:
    target = folder / article_name(draft)
    number = 2
    while target in batch.taken:
        target = target.with_name(f"{target.stem.rsplit('~', 1)[0]}~{number}.md")
        number += 1
    batch.taken.add(target)
    return target


def _read_input(item: str, options: IngestOptions) -> tuple[str, str, str, dt.date | None]:
    """(text, origin URL or "", encoding, the input's own date) of a file or URL."""
    if is_url(item):
        data, final_url = fetch(item, timeout=options.timeout, max_bytes=options.max_bytes)
        text, encoding = decode_text(data, item)
        return text, final_url, encoding, None
    path = Path(item)
    if not path.is_file():
        raise IngestError("找不到这个文件。" if not path.exists() else "这是一个文件夹，请给出其中的文件。", path=path)
    text, encoding = decode_text(read_limited(path, options.max_bytes), path)
    return text, "", encoding, dt.date.fromtimestamp(path.stat().st_mtime)


def drafts_from_page(html: str, url: str, options: IngestOptions, rules: Rules) -> list[Draft]:
    """The articles of a web page already fetched (``bulletin collect``): the same title, outlet, date and
    clutter logic as an ingested URL, without reading or writing anything. Raises ``IngestError`` (naming
    ``url``) when the page holds no article text."""
    report = _drafts_from_text(html, url, "", None, options, rules, url)
    return [outcome.draft for outcome in report.outcomes]


def _drafts(item: str, options: IngestOptions, rules: Rules) -> InputReport:
    text, url, encoding, own_date = _read_input(item, options)
    report = _drafts_from_text(text, url, encoding, own_date, options, rules, item)
    return replace(report, key=_input_key(item, text))


def _drafts_from_text(text: str, url: str, encoding: str, own_date: dt.date | None, options: IngestOptions,
                      rules: Rules, item: str) -> InputReport:
    converted = False
    if options.simplified:
        text, converted = to_simplified(text)
    if not text.strip():
        raise IngestError("文件是空的，没有可导入的内容。", path=item)
    if options.reference_date:
        reference, reference_where = options.reference_date, REFERENCE_GIVEN
    elif own_date:
        reference, reference_where = own_date, "文件修改日期"
    else:
        reference, reference_where = dt.date.today(), "今天的日期"
    hints = Hints(title=options.title, source=options.source, url=options.url, date=options.date,
                  reference=reference, reference_where=reference_where)
    origin = Path(item).name if not is_url(item) else "网页"
    outlets = load_outlets(options.project)
    drafts = _page_drafts(text, url, item, origin, hints, rules, outlets)
    if not drafts:
        raise IngestError("去掉杂项后没有剩下正文，未导入。如果这是误判，请检查 config/clutter.yaml 中的规则。",
                          path=item)
    dropped = sum(d.dropped for d in drafts)
    outcomes = tuple(Outcome(d, None, "") for d in drafts)
    return InputReport(origin=item, outcomes=outcomes, dropped=dropped, encoding=encoding, converted=converted)


def _page_drafts(text: str, url: str, item: str, origin: str, hints: Hints, rules: Rules,
                 outlets: Outlets) -> list[Draft]:
    """The articles of one input: one for a web page (saved, fetched or pasted whole); several only for a
    newspaper page or a digest pasted as text."""
    known: dict[str, Found] = {}
    from_html = bool(url) or Path(item).suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    site = ""
    if from_html:
        page = extract_page(text, url, item)
        for name, value in (("title", page.title), ("source", page.source), ("date", page.date), ("url", page.url),
                            ("site", page.site)):
            if value:
                known[name] = Found(value, page.where.get(name, "网页元数据"))
        site = page.site
        url = url or page.url
        text = page.text
    cleaned = clean_paste(text, rules, web=from_html)
    # A newspaper page or a digest pasted as text may hold several articles; a page's text (from HTML, or
    # a select-all paste, which brings the site's chrome along) is one article whatever its lists say.
    if not from_html:
        chunks, preamble = split_articles(cleaned.content, rules)
        # Items under a stop line (推荐阅读, 相关新闻) are other articles' teasers, not this page's articles.
        wall = next((p.line for p in cleaned.paragraphs if rules.matches("stop_lines", p.text)), None)
        opened = sum(any(rules.opens_with_dateline(p.text) or rules.matches("photo_captions", p.text)
                         for p in chunk.paragraphs[:4]) for chunk in chunks
                     if wall is None or chunk.paragraphs[0].line < wall)
        chrome = sum(p.clutter for p in cleaned.paragraphs)
        several = len(chunks) > 1 and ((chunks[0].kind == "digest" and chrome < 3) or opened >= 2)
        if several:
            page_header = read_page_header(preamble, hints, rules, origin)
            drafts = [build_draft(chunk, hints, rules, origin, only_article=len(chunks) == 1, page=page_header)
                      for chunk in chunks]
            return [d for d in drafts if d is not None]
        menus = sum(1 for p in cleaned.paragraphs if len(p.text) <= 6)
        if chrome >= 3 or menus >= 8:  # a page's chrome (clutter lines, menu words): one paragraph a line
            cleaned = clean_paste(text, rules, web=True)
    located = locate(cleaned.paragraphs, rules, outlets)
    if located is None:
        return []
    draft = read_article(located, hints, rules, outlets, origin, known=known, site=site, url=url)
    return [draft] if draft is not None else []


def _place(report: InputReport, options: IngestOptions, batch: _Batch) -> InputReport:
    """Check each draft for near-duplicates, then write it (or say what would be written).

    Ingesting an input again with --title, --source, --date or --url corrects it: the files the earlier
    run made from the same input are not duplicates of it, they are replaced (new files first, then the
    earlier ones that no new file took the place of are removed).
    """
    earlier = [name for name in batch.made.get(report.key, []) if (options.into / name).is_file()] \
        if report.key and _corrects(options) else []
    outcomes = []
    written: list[str] = []
    for outcome in report.outcomes:
        draft = outcome.draft
        body = "\n".join(draft.paragraphs)
        grams = shingles(body)
        duplicate = batch.index.find(body, grams, ignore=frozenset(earlier))
        if duplicate:
            name, score = duplicate
            outcomes.append(Outcome(draft, None, "duplicate", f"与 现有文章 {name} 内容重复（相似度 {score:.2f}），未写入"))
            continue
        target = _target(options.into, draft, batch)
        batch.index.add(target.name, body, grams)
        text = format_article(title=draft.title.value, source=draft.source.value, url=draft.url.value,
                              date=draft.date_value, paragraphs=draft.paragraphs, subtitle=draft.subtitle,
                              author=draft.author, note=draft.note, review=draft.review)
        if options.dry_run:
            outcomes.append(Outcome(draft, target, "dry-run", text))
            continue
        try:
            write_article(target, text, overwrite=options.overwrite or target.name in earlier)
        except ArticleError as exc:
            outcomes.append(Outcome(draft, target, "exists", exc.message))
            continue
        written.append(target.name)
        outcomes.append(Outcome(draft, target, "written"))
    replaced: list[str] = []
    if written and not options.dry_run:
        for name in earlier:
            if name not in written:
                (options.into / name).unlink(missing_ok=True)
            replaced.append(name)
        if report.key:
            batch.made[report.key] = written
    return replace(report, outcomes=tuple(outcomes), replaced=tuple(replaced))


def ingest(items: list[str], options: IngestOptions, rules: Rules,
           progress: Callable[[str], None] = lambda message: None) -> list[InputReport]:
    """Ingest every input in order; an input that fails is reported and the rest go on.

    ``progress`` hears which input is being read or fetched (the status line of ``bulletin/progress.py``).
    """
    index = DuplicateIndex(threshold=options.similarity)
    if options.into.is_dir():
        for article in load_corpus(options.into).articles:
            if not options.overwrite:
                index.add(article.name, article.body)
    batch = _Batch(index, made=_read_record(options.into))
    reports = []
    for number, item in enumerate(items, start=1):
        progress(f"正在{'抓取' if is_url(item) else '导入'}（{number}/{len(items)}）：{item}")
        try:
            reports.append(_place(_drafts(item, options, rules), options, batch))
        except IngestError as exc:
            reports.append(InputReport(origin=item, error=exc))
    if not options.dry_run and any(report.outcomes for report in reports) and options.into.is_dir():
        _write_record(options.into, batch.made)
    return reports


def summary_line(reports: list[InputReport]) -> str:
    """One line at the end of a run: inputs, articles written, duplicates, existing, failures, to review."""
    outcomes = [outcome for report in reports for outcome in report.outcomes]
    count = {status: sum(1 for outcome in outcomes if outcome.status == status) for status in _STATUS}
    failed = sum(1 for report in reports if report.error is not None)
    review = sum(1 for outcome in outcomes if outcome.draft.review and outcome.status in ("written", "dry-run"))
    parts = [f"写入 {count['written']} 篇" if count["dry-run"] == 0 else f"将写入 {count['dry-run']} 篇（--dry-run）"]
    parts += [f"{label} {count[status]} 篇" for status, label in (("duplicate", "重复未写入"), ("exists", "已存在未覆盖"))
              if count[status]]
    if failed:
        parts.append(f"{failed} 个输入失败")
    if review:
        parts.append(f"{review} 篇待编辑核对（见上方“待编辑核对”）")
    return f"共 {len(reports)} 个输入：" + "，".join(parts) + "。"


_STATUS = {"written": "已写入", "dry-run": "将写入（--dry-run，未写入）", "duplicate": "重复", "exists": "已存在"}


def format_report(report: InputReport) -> list[str]:
    """The editor's report on one input, line by line, in Chinese."""
    if report.error is not None:
        return [f"✗ {report.error}"]
    head = f"■ {report.origin}：{len(report.outcomes)} 篇文章，删除杂项 {report.dropped} 行"
    if report.encoding and report.encoding not in ("utf-8", "utf-8-sig"):
        head += f"，编码 {report.encoding}"
    if report.converted:
        head += "，已转为简体"
    lines = [head]
    for number, outcome in enumerate(report.outcomes, start=1):
        draft = outcome.draft
        where = outcome.target.name if outcome.target else ""
        lines.append(f"  {number}. {_STATUS[outcome.status]} {where}".rstrip())
        for label, found in (("标题", draft.title), ("来源", draft.source), ("日期", draft.date), ("链接", draft.url)):
            lines.append(f"     {label}：{found.value or '（无）'}  ← {found.where}")
        if draft.review:
            lines.append(f"     待编辑核对：{'、'.join(draft.review)}（已写入 front matter 的 review）")
        if outcome.status in ("duplicate", "exists"):
            lines.append(f"     {outcome.detail}")
    if report.replaced:
        lines.append(f"  更正：替换了此前由同一输入导入的 {'、'.join(report.replaced)}")
    return lines
