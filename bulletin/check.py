"""``bulletin check``: the config, every template and every article file, checked in one go.

Everything found is collected (one bad file never hides the next) and summarised, so an editor can fix
all of it in one sitting. Errors stop a build; warnings (an article that would be skipped, a pin that
names no file) do not. The issue of the week (or of ``--date``) is planned exactly as ``build`` plans it
(``build.plan_issue``), so every warning and error ``build`` would give is given here first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin.config import Project, load_project
from bulletin.corpus import Corpus, load_corpus
from bulletin.errors import BulletinError, ConfigError
from bulletin.readiness import config_place
from bulletin.template_check import check_templates, templates_in_use

if TYPE_CHECKING:
    from bulletin.build import Plan

REFERENCE_DOCX = "reference.docx"


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found: errors (the build would fail), warnings, and a summary line per part."""

    errors: tuple[BulletinError, ...]
    warnings: tuple[str, ...]
    summary: tuple[str, ...]


def check_reference_docx(project: Project) -> list[BulletinError]:
    """A project's DOCX style reference, if there is one, must open in python-docx."""
    path = project.templates_dir / REFERENCE_DOCX
    if not path.is_file():
        return []
    import docx  # imported here: only projects with a reference document pay for it

    try:
        docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a damaged file
        return [BulletinError(f"无法打开 DOCX 样式参考文档（{type(exc).__name__}）。请用 Word 或 WPS 打开后"
                              "另存为 .docx 格式（不是 .doc 或 .wps）。", path=path)]
    return []


def unknown_file_names(project: Project, corpus: Corpus) -> list[str]:
    """Pins and manual order naming a file the corpus does not have (a typo, or a file since removed)."""
    config = project.config
    named: list[tuple[tuple[str | int, ...], str, list[str]]] = [
        (("select", "pin_in"), "select.pin_in", config.select.pin_in),
        (("select", "pin_out"), "select.pin_out", config.select.pin_out),
        (("manual_order",), "manual_order", config.manual_order)]
    for index, section in enumerate(config.sections):
        named += [(("sections", index, "rules", "pin_in"), f"栏目“{section.title}”的 rules.pin_in",
                   section.rules.pin_in),
                  (("sections", index, "rules", "pin_out"), f"栏目“{section.title}”的 rules.pin_out",
                   section.rules.pin_out)]
    present = {article.name for article in corpus.articles} | {problem.path.name for problem in corpus.problems
                                                              if problem.path is not None}
    return [f"{config_place(project, (*where, index))}: {key}: 文章目录中没有文件“{name}”。请检查文件名（含 .md 扩展名）。"
            for where, key, names in named for index, name in enumerate(names) if name not in present]


def _glyphs_beyond(project: Project, corpus: Corpus, plan: Plan) -> list[str]:
    """Characters the PDF's fonts lack in articles outside this issue: found now, before a later week's
    build meets them (the plan already names those of this issue's articles)."""
    if "pdf" not in project.config.output.editions:
        return []
    from bulletin.glyphs import article_glyph_warnings, configured_fonts

    fonts = configured_fonts(project.config.fonts.body, project.config.fonts.heading)
    chosen = {article.name for article in plan.selection.articles}
    others = [article for article in corpus.articles if article.name not in chosen]
    return article_glyph_warnings(others, fonts) if fonts is not None and others else []


def check_project(folder: Path | None, today: dt.date, issue_date: dt.date | None = None) -> CheckReport:
    """Check the project found from ``folder`` and the issue of ``issue_date`` (default: this week's).

    A config error stops there; everything else is collected.
    """
    try:
        project = load_project(folder)
    except ConfigError as exc:
        problems = tuple(getattr(exc, "problems", None) or [exc])
        return CheckReport(errors=problems, warnings=(),
                           summary=(f"配置：{len(problems)} 处错误（请先改正配置，再检查模板和文章）",))
    summary = [f"配置：{project.config_path} 正确"]
    errors: list[BulletinError] = []

    from bulletin.editions import BUILTIN_TEMPLATES

    folders = tuple(dict.fromkeys((project.templates_dir, BUILTIN_TEMPLATES)))
    template_errors = check_templates(folders, project.config)
    docx_errors = check_reference_docx(project)
    errors += template_errors + docx_errors
    in_use = templates_in_use(folders)
    own = sorted(name for name, path in in_use.items() if path.parent != BUILTIN_TEMPLATES)
    summary.append(f"模板：{len(in_use)} 个" + (f"（项目自有：{'、'.join(own)}）" if own else "（均为内置）")
                   + (f"，{len(template_errors) + len(docx_errors)} 处错误" if errors else "，正确"))

    try:
        corpus = load_corpus(project.corpus_dir, max_bytes=project.config.max_article_bytes)
    except BulletinError as exc:
        return CheckReport(errors=(*errors, exc), warnings=(), summary=(*summary, "文章：文章目录不存在"))
    summary.append(f"文章：{len(corpus.articles) + len(corpus.problems)} 篇，"
                   f"{len(corpus.problems)} 篇有问题" if corpus.problems else
                   f"文章：{len(corpus.articles)} 篇，均正确")

    from bulletin.build import BuildOptions, plan_issue

    try:
        plan = plan_issue(project, BuildOptions(issue_date=issue_date, today=today), corpus)
    except BulletinError as exc:  # a damaged archive manifest, when the issue number comes from it
        return CheckReport(errors=(*errors, exc), warnings=(), summary=tuple(summary))
    warnings = [*plan.warnings, *unknown_file_names(project, corpus), *_glyphs_beyond(project, corpus, plan)]
    errors += plan.errors
    if project.config.strict and plan.warnings and plan.issue.items:
        errors.append(BulletinError(f"严格模式（strict: true）下有 {len(plan.warnings)} 条警告，生成这一期会失败，"
                                    "不写出任何文件。请先处理下面的警告，或把 strict 改为 false。",
                                    path=project.config_path))
    selection = plan.selection
    which = "本周" if issue_date is None else "本期"
    summary.append(f"{which}（{selection.issue_date.isoformat()}）的周报将收录 {len(selection.articles)} 篇，"
                   f"时间范围 {selection.window.start.isoformat()} 至 {selection.window.end.isoformat()}"
                   "（详见“bulletin preview”）")
    return CheckReport(errors=tuple(errors), warnings=tuple(warnings), summary=tuple(summary))
