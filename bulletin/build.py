"""Building an issue: the pipeline from a project folder to edition files, in one place.

Gather first, then render, then write: the corpus is read, curated and turned into the issue model; every
edition is rendered to bytes; only then are files written into the archive (``bulletin/archive.py``), each
to a temporary file renamed into place, the manifest last. A failure at any step leaves the archive as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.archive import (
    ArticleEntry,
    CatalogEntry,
    Manifest,
    StagedEdition,
    already_published,
    find_manifest,
    manifest_path,
    now_text,
    publish,
    same_as_published,
)
from bulletin.config import Project, issue_day_of_week
from bulletin.corpus import Corpus, load_corpus
from bulletin.curate import Selection, curate
from bulletin.editions import RenderContext, get_editions
from bulletin.errors import BulletinError, NothingToPublish
from bulletin.files import sha256_bytes, sha256_file
from bulletin.glyphs import article_glyph_warnings, configured_fonts
from bulletin.issue import Issue, build_issue
from bulletin.numbering import issue_number_for
from bulletin.readiness import assess


@dataclass(frozen=True)
class BuildOptions:
    """What the person (or cron) asked for."""

    issue_date: dt.date | None = None
    strict: bool = False
    editions: tuple[str, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)
    force: bool = False
    number: int | None = None  # 第N期 as the editor says it, over what the config and archive say
    progress: Callable[[str], None] = lambda message: None  # the status line (bulletin/progress.py)


@dataclass(frozen=True)
class Plan:
    """The issue as it would be built: the curator's selection, the model, and what the build will say.

    ``errors`` stop the build before anything is rendered; ``bulletin check`` shows the same plan.
    """

    selection: Selection
    issue: Issue
    warnings: tuple[str, ...]
    errors: tuple[BulletinError, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, and what the editor should look at."""

    plan: Plan
    outputs: tuple[Path, ...]
    backups: tuple[Path, ...] = ()
    manifest: Manifest | None = None
    manifest_path: Path | None = None
    unchanged: bool = False  # already published with exactly these bytes: nothing was written

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.plan.warnings


def resolve_issue_date(project: Project, options: BuildOptions) -> dt.date:
    """The date asked for, or the issue day of the current week (what cron wants)."""
    if options.issue_date is not None:
        return options.issue_date
    return issue_day_of_week(options.today, project.config.schedule.weekday)


def edition_names(project: Project, options: BuildOptions) -> tuple[str, ...]:
    """The editions this build writes: those asked for, or the config's."""
    return options.editions or tuple(project.config.output.editions)


def plan_issue(project: Project, options: BuildOptions, corpus: Corpus | None = None) -> Plan:
    """Read the corpus, curate it, build the issue model and assess it; nothing is rendered or written."""
    issue_date = resolve_issue_date(project, options)
    if corpus is None:
        options.progress(f"正在读取文章（{project.corpus_dir}）…")
        corpus = load_corpus(project.corpus_dir, max_bytes=project.config.max_article_bytes)
    options.progress(f"正在选稿（{len(corpus.articles)} 篇）…")
    selection = curate(corpus.articles, project.config, issue_date)
    issue = build_issue(selection, project.config, issue_number_for(issue_date, project, override=options.number))
    findings = assess(project, corpus, selection, issue, edition_names(project, options))
    warnings = list(findings.warnings)
    if "pdf" in edition_names(project, options):
        warnings += glyph_problems(selection, issue)
    return Plan(selection=selection, issue=issue, warnings=tuple(warnings), errors=findings.errors)


def glyph_problems(selection: Selection, issue: Issue) -> list[str]:
    """Characters the configured fonts lack, by article: the PDF draws them with a fallback font or marks them."""
    fonts = configured_fonts(issue.typography.body_fonts, issue.typography.heading_fonts)
    if fonts is None:
        return []  # no configured font installed: the PDF edition fails with that message
    chrome = "".join([issue.masthead_title, issue.publisher, issue.date_text, issue.number_text, issue.lead,
                      *vars(issue.labels).values(), *(section.title or "" for section in issue.sections)])
    return article_glyph_warnings(selection.articles, fonts, ("配置中的刊头、导语、栏目名等文字", chrome))


def output_name(project: Project, issue: Issue) -> str:
    """The file name of an issue's editions, without extension (``周报-2025-07-11``, ``第27期-2025-07-11``)."""
    pattern = project.config.output.numbered_name if issue.number else project.config.output.name
    return pattern.format(date=issue.date.isoformat(), number=issue.number or "", year=issue.date.year)


def build(project: Project, options: BuildOptions) -> BuildResult:
    """Build the issue's editions into the output folder and return what was written."""
    plan = plan_issue(project, options)
    if not plan.issue.items:
        window = plan.selection.window
        raise NothingToPublish(f"{window.start.isoformat()} 至 {window.end.isoformat()} 没有文章，"
                               "不生成空的周报。请检查文章日期，或用 --date 指定期号日期。")
    if plan.errors:
        error = BulletinError(str(plan.errors[0]))
        error.problems = list(plan.errors)  # type: ignore[attr-defined]
        raise error
    if options.strict and plan.warnings:
        raise BulletinError("严格模式（--strict）下有警告，未生成周报：\n" + "\n".join(plan.warnings))
    folders = (project.templates_dir, *RenderContext().template_dirs)
    context = RenderContext(template_dirs=tuple(dict.fromkeys(f for f in folders if f.is_dir())))
    names = edition_names(project, options)
    base = output_name(project, plan.issue)
    staged = []
    for edition in get_editions(list(names)):
        options.progress(f"正在生成 {edition.name.upper()} 版（{len(plan.issue.items)} 条）…")
        staged.append(StagedEdition(edition.name, f"{base}{edition.extension}", edition.render(plan.issue, context)))
    options.progress("正在写入归档…")
    existing = find_manifest(project.output_dir, plan.issue.date)
    if existing is not None and not options.force:
        # Rendering is reproducible, so the same input gives the same bytes: a re-run (cron on issue day,
        # an editor checking) that would change nothing succeeds without writing; any change is refused.
        if same_as_published(project.output_dir, existing, staged):
            return BuildResult(plan=plan, outputs=tuple(project.output_dir / entry.file for entry in existing.editions),
                               manifest=existing, manifest_path=manifest_path(project.output_dir, existing.date),
                               unchanged=True)
        raise already_published(project.output_dir, existing, changed=True)
    publication = publish(project.output_dir, describe_issue(project, plan), staged, force=options.force)
    return BuildResult(plan=plan, outputs=publication.outputs, backups=publication.backups,
                       manifest=publication.manifest, manifest_path=publication.manifest_path)


def describe_issue(project: Project, plan: Plan) -> Manifest:
    """The archive's record of an issue before its editions are written: articles, config and catalog."""
    issue = plan.issue
    articles = []
    for article in plan.selection.articles:
        try:
            name = article.path.resolve().relative_to(project.root).as_posix()
        except ValueError:
            name = str(article.path)
        articles.append(ArticleEntry(file=name, title=article.title, sha256=sha256_file(article.path)))
    catalog = [CatalogEntry(number=item.number, title=item.title, source=item.source, date=item.date, url=item.url)
               for item in issue.items]
    return Manifest(date=issue.date, number=issue.number, title=issue.title, window_start=issue.window_start,
                    window_end=issue.window_end, built_at=now_text(),
                    config_sha256=sha256_bytes(project.config_path.read_bytes()),
                    articles=tuple(articles), catalog=tuple(catalog))
