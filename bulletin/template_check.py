"""Finding template mistakes before an issue is due: syntax errors and unknown fields, at their line.

A project's ``templates/`` override the built-in templates file by file. ``check_templates`` compiles
every HTML template that would be used and renders the issue template once with a small synthetic
issue, so a misspelt field is found by ``bulletin check`` rather than on Friday morning.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import TracebackType

import jinja2

from bulletin.config import Config
from bulletin.corpus import Article
from bulletin.errors import TemplateError

TEMPLATE_SUFFIXES = (".html", ".htm", ".j2", ".jinja")
_MISSING_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")


def template_line(traceback: TracebackType | None, folders: tuple[Path, ...]) -> tuple[Path | None, int | None]:
    """The template file and line where a render failed: the innermost frame inside a template folder."""
    found: tuple[Path | None, int | None] = (None, None)
    roots = [str(folder) for folder in folders]
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if any(filename.startswith(root) for root in roots):
            found = (Path(filename), traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def undefined_error(exc: jinja2.UndefinedError, folders: tuple[Path, ...], fallback: str) -> TemplateError:
    """An unknown field as an editor reads it: the field's name, the template file and its line."""
    path, line = template_line(exc.__traceback__, folders)
    match = _MISSING_ATTRIBUTE.search(exc.message or "")
    name = (match.group(1) or match.group(2)) if match else (exc.message or "")
    return TemplateError(f"模板使用了不存在的字段“{name}”。请检查拼写；可用的字段见编辑手册“模板中的字段”一节。",
                         path=path or fallback, line=line)


def syntax_error(exc: jinja2.TemplateSyntaxError) -> TemplateError:
    """A jinja2 syntax error with the template file and line."""
    return TemplateError(f"模板语法错误：{exc.message}", path=exc.filename or exc.name, line=exc.lineno)


def templates_in_use(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Every template file name (HTML, CSS, reference documents) and the file that serves it.

    The first folder that has a name wins: that is how a project's file overrides the built-in one.
    """
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            paths = sorted(folder.iterdir())
        except OSError:
            continue  # an unreadable folder: rendering reports it, naming the file it needs
        for path in paths:
            if path.is_file() and not path.name.startswith("."):
                found.setdefault(path.name, path)
    return found


def sample_articles() -> tuple[Article, ...]:
    """Two articles that use every field and the characters a template must escape."""
    day = dt.date(2025, 7, 9)
    return (
        Article(path=Path("示例-1.md"), title="示例文章 <b>&amp; {{ 标题 }}", source="新华网",
                url="https://example.cn/a?x=1&y=2", date=day, subtitle="副题",
                paragraphs=("第一段 {% raw %} 与 <script>。", "【示例 图】")),
        Article(path=Path("示例-2.md"), title="第二篇", source="人民网", url="", date=day,
                paragraphs=("正文。",)),
    )


def check_templates(folders: tuple[Path, ...], config: Config) -> list[TemplateError]:
    """Compile every template in use, then render the PDF's HTML once with a synthetic issue."""
    from bulletin.curate import Selection, window_ending
    from bulletin.editions import RenderContext
    from bulletin.editions.html import WEB_TEMPLATE, render_html_edition
    from bulletin.editions.pdf import HTML_TEMPLATE, render_html
    from bulletin.editions.templating import environment
    from bulletin.issue import build_issue

    context = RenderContext(template_dirs=tuple(folder for folder in folders if folder.is_dir()))
    env = environment(context)
    errors: list[TemplateError] = []
    for name, path in templates_in_use(context.template_dirs).items():
        if path.suffix.lower() not in TEMPLATE_SUFFIXES:
            continue
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            errors.append(syntax_error(exc))
        except TemplateError as exc:  # a symlink out of the folder
            errors.append(exc)
        except OSError as exc:
            errors.append(TemplateError(f"无法读取模板：{exc.strerror or exc}。请检查文件的读取权限。", path=path))
    if errors or context.find(HTML_TEMPLATE) is None:
        return errors
    day = dt.date(2025, 7, 11)
    articles = sample_articles()
    selection = Selection(issue_date=day, window=window_ending(day, 7),
                          sections=(("示例栏目", articles[:1]), (None, articles[1:])))
    issue = build_issue(selection, config, 1)
    try:
        render_html(issue, context, [], [])
    except TemplateError as exc:
        errors.append(exc)
    if context.find(WEB_TEMPLATE) is not None:
        try:
            render_html_edition(issue, context)
        except TemplateError as exc:
            errors.append(exc)
    return errors
