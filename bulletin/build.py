"""Building an issue: the pipeline from a project folder to edition files, in one place.

Gather first, then render, then write: the corpus is read, curated and turned into the issue model; every
edition is rendered to bytes; only then are files written, each to a temporary file renamed into place.
A failure at any step leaves the output folder as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.config import Project, issue_day_of_week
from bulletin.corpus import load_corpus
from bulletin.curate import Selection, curate
from bulletin.editions import RenderContext, get_editions
from bulletin.errors import BulletinError, NothingToPublish
from bulletin.issue import Issue, build_issue
from bulletin.numbering import issue_number_for


@dataclass(frozen=True)
class BuildOptions:
    """What the person (or cron) asked for."""

    issue_date: dt.date | None = None
    strict: bool = False
    editions: tuple[str, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class Plan:
    """The issue as it would be built: the curator's selection, the model, and the warnings so far."""

    selection: Selection
    issue: Issue
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, and what the editor should look at."""

    plan: Plan
    outputs: tuple[Path, ...]
    backups: tuple[Path, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.plan.warnings


def resolve_issue_date(project: Project, options: BuildOptions) -> dt.date:
    """The date asked for, or the issue day of the current week (what cron wants)."""
    if options.issue_date is not None:
        return options.issue_date
    return issue_day_of_week(options.today, project.config.schedule.weekday)


def plan_issue(project: Project, options: BuildOptions) -> Plan:
    """Read the corpus, curate it and build the issue model; nothing is rendered or written."""
    issue_date = resolve_issue_date(project, options)
    corpus = load_corpus(project.corpus_dir)
    warnings = [f"{problem}（已跳过此文章）" for problem in corpus.problems]
    selection = curate(corpus.articles, project.config, issue_date)
    for article in selection.articles:
        if article.review:
            warnings.append(f"{article.path}: 待核对：{'、'.join(article.review)}（front matter 中的 review）")
    issue = build_issue(selection, project.config, issue_number_for(issue_date, project))
    return Plan(selection=selection, issue=issue, warnings=tuple(warnings))


def output_name(project: Project, issue: Issue) -> str:
    """The file name of an issue's editions, without extension (``周报-2025-07-11``)."""
    return project.config.output.name.format(date=issue.date.isoformat(), number=issue.number or "",
                                             year=issue.date.year)


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(temporary, 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def keep_backup(target: Path) -> Path:
    """Move an existing, different edition aside as ``name~N.ext`` so nothing published is lost."""
    number = 1
    while (backup := target.with_name(f"{target.stem}~{number}{target.suffix}")).exists():
        number += 1
    os.replace(target, backup)
    return backup


def build(project: Project, options: BuildOptions) -> BuildResult:
    """Build the issue's editions into the output folder and return what was written."""
    plan = plan_issue(project, options)
    if not plan.issue.items:
        window = plan.selection.window
        raise NothingToPublish(f"{window.start.isoformat()} 至 {window.end.isoformat()} 没有文章，"
                               "不生成空的周报。请检查文章日期，或用 --date 指定期号日期。")
    if options.strict and plan.warnings:
        raise BulletinError("严格模式（--strict）下有警告，未生成周报：\n" + "\n".join(plan.warnings))
    folders = (project.templates_dir, *RenderContext().template_dirs)
    context = RenderContext(template_dirs=tuple(dict.fromkeys(f for f in folders if f.is_dir())))
    names = options.editions or tuple(project.config.output.editions)
    rendered = [(edition, edition.render(plan.issue, context)) for edition in get_editions(list(names))]

    outputs: list[Path] = []
    backups: list[Path] = []
    base = output_name(project, plan.issue)
    for edition, data in rendered:
        target = project.output_dir / f"{base}{edition.extension}"
        if target.exists() and target.read_bytes() != data:
            backups.append(keep_backup(target))
        write_atomically(target, data)
        outputs.append(target)
    return BuildResult(plan=plan, outputs=tuple(outputs), backups=tuple(backups))
