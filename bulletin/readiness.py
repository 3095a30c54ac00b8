"""What building one issue will warn about or fail on, found before anything is rendered.

``bulletin build`` prints these warnings (exit 4) and stops on these errors; ``bulletin check`` prints
both without building. Both get them from ``assess``, called by ``build.plan_issue``, so what ``check``
says is what ``build`` will say. Every message names the file, the line where it is known, and the fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bulletin.config import Paths, Project
from bulletin.corpus import Article, Corpus
from bulletin.curate import Selection
from bulletin.errors import BulletinError, ConfigError, RenderError
from bulletin.issue import Issue
from bulletin.yamltext import Position, positions

# Values ``bulletin ingest`` writes when it could not find the real one (bulletin/ingest/article.py);
# the editor must replace them before the issue goes out.
PLACEHOLDERS = {"source": "来源待核"}


@dataclass(frozen=True)
class Findings:
    """Warnings (the build goes on, exit 4) and errors (the build stops, nothing is written)."""

    warnings: tuple[str, ...]
    errors: tuple[BulletinError, ...]


def _config_position(project: Project, key: tuple[str | int, ...]) -> Position | None:
    """Where a key of the config is (or the nearest enclosing key that is written)."""
    try:
        where = positions(project.config_path.read_text(encoding="utf-8-sig"))
    except OSError:
        return None
    while key and key not in where:
        key = key[:-1]
    return where.get(key) if key else None


def config_place(project: Project, key: tuple[str | int, ...]) -> str:
    """``config/bulletin.yaml:LINE:COL`` of a key of the config, as far as it is known."""
    position = _config_position(project, key)
    return f"{project.config_path}:{position.line}:{position.column}" if position else str(project.config_path)


def _field_place(article: Article, field: str) -> str:
    """``file:LINE:COL`` of a front-matter field of an article."""
    try:
        text = article.path.read_text(encoding="utf-8-sig")
    except OSError:
        return str(article.path)
    lines = text.replace("\r\n", "\n").split("\n")
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() in ("---", "..."):
            break
        if line.startswith(f"{field}:"):
            return f"{article.path}:{number}:1"
    return str(article.path)


def article_warnings(selection: Selection, corpus: Corpus) -> list[str]:
    """Skipped files, fields left to review, placeholders, and list slips of this issue's articles."""
    warnings = [f"{problem}（已跳过此文章，不收入周报）" for problem in corpus.problems]
    for article in selection.articles:
        if article.review:
            warnings.append(f"{_field_place(article, 'review')}: 待核对：{'、'.join(article.review)}"
                            "（front matter 中的 review）。"
                            "核对并改正这些项后，删去 review 一行。")
        for field, placeholder in PLACEHOLDERS.items():
            if getattr(article, field) == placeholder:
                warnings.append(f"{_field_place(article, field)}: {field} 仍是占位的“{placeholder}”，"
                                f"周报中会照样印出；请改为实际的媒体名称。")
    window = selection.window
    in_issue = {article.name for article in selection.articles}
    for article in corpus.articles:
        if article.slips and (article.name in in_issue or article.date in window):
            warnings.extend(article.slips)
    return warnings


def pin_warnings(project: Project, selection: Selection) -> list[str]:
    """Pinned articles dated outside the window: usually a pin left from an earlier week."""
    config = project.config
    pins: list[tuple[tuple[str | int, ...], str, list[str]]] = [(("select", "pin_in"), "select.pin_in",
                                                                  config.select.pin_in)]
    pins += [(("sections", index, "rules", "pin_in"), f"sections.{index}.rules.pin_in", section.rules.pin_in)
             for index, section in enumerate(config.sections)]
    window = selection.window
    dated = {article.name: article for article in selection.articles}
    warnings = []
    for key, dotted, names in pins:
        for index, name in enumerate(names):
            article = dated.get(name)
            if article is None or article.date in window:
                continue
            side = "早于" if article.date < window.start else "晚于"
            warnings.append(f"{config_place(project, (*key, index))}: {dotted}: 置顶收录的 {name} 日期为 "
                            f"{article.date.isoformat()}，{side}本期时间范围（{window.start.isoformat()} 至 "
                            f"{window.end.isoformat()}），可能是以前某期留下的；本期仍会收录它。"
                            f"如不需要，请从 {dotted} 中删去（每期出刊后请清空 pin_in）。")
    return warnings


def template_warnings(project: Project) -> list[str]:
    """A templates folder set in the config that does not exist: the built-in templates are used instead."""
    setting = project.config.paths.templates
    if setting == Paths().templates or project.templates_dir.is_dir():
        return []  # the default folder is optional: without it, the built-in templates are the project's
    return [f"{config_place(project, ('paths', 'templates'))}: paths.templates: 模板目录 {project.templates_dir} "
            "不存在，将使用内置模板。请改正目录名，或创建该目录并放入模板。"]


def font_errors(project: Project, issue: Issue | None, editions: Sequence[str]) -> list[BulletinError]:
    """The PDF's fonts: at least one configured family installed per role. (Characters those fonts lack
    are warnings, not errors: the PDF draws them with a fallback font or a marker, see ``glyphs.py``.)"""
    if "pdf" not in editions:
        return []  # the DOCX and HTML editions only name fonts; the reader's machine draws them
    from bulletin.fonts import first_installed

    found = []
    errors: list[BulletinError] = []
    for role, key, families in (("正文", "body", project.config.fonts.body),
                                ("标题", "heading", project.config.fonts.heading)):
        try:
            found.extend(first_installed(families, role))
        except RenderError as exc:
            position = _config_position(project, ("fonts", key))
            errors.append(ConfigError(f"fonts.{key}: {exc.message}", path=project.config_path,
                                      line=position.line if position else None,
                                      column=position.column if position else None))
    return errors


def assess(project: Project, corpus: Corpus, selection: Selection, issue: Issue | None,
           editions: Sequence[str]) -> Findings:
    """Everything a build of this issue will warn about or fail on."""
    warnings = [str(slip) for slip in project.slips]
    warnings += template_warnings(project)
    warnings += pin_warnings(project, selection)
    warnings += article_warnings(selection, corpus)
    return Findings(warnings=tuple(warnings), errors=tuple(font_errors(project, issue, editions)))
