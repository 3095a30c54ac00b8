"""Jinja2 for the editions: sandboxed, autoescaped, strict, and with errors that name file and line.

Article text is data, never code: autoescape turns ``<`` and ``&`` into text, and a ``{{`` inside an
article is only ever a value, never parsed as a template. Templates run in Jinja's sandbox.
"""

from __future__ import annotations

from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from bulletin.editions import RenderContext
from bulletin.errors import TemplateError
from bulletin.issue import is_caption


def environment(context: RenderContext) -> SandboxedEnvironment:
    """The environment every HTML-based edition renders with; a project's templates come first."""
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in context.template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.tests["caption"] = is_caption
    return env


def render_template(context: RenderContext, name: str, **values: Any) -> str:
    """Render template ``name``; any template problem becomes a ``TemplateError`` naming file and line."""
    env = environment(context)
    try:
        return env.get_template(name).render(**values)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"模板语法错误：{exc.message}", path=exc.filename or name, line=exc.lineno) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"找不到模板 {exc.name}（在 {'、'.join(map(str, context.template_dirs))} 中）。",
                            path=exc.name) from None
    except jinja2.UndefinedError as exc:
        template = context.find(name)
        raise TemplateError(f"模板使用了不存在的字段：{exc.message}。可用字段见编辑指南。",
                            path=template or name, line=_template_line(exc)) from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"模板中有不允许的操作：{exc}", path=context.find(name) or name) from None


def _template_line(exc: BaseException) -> int | None:
    """The template line of an error raised while rendering, from the traceback Jinja rewrote."""
    traceback = exc.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith((".html", ".css")):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line
