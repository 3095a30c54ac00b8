"""Jinja2 for the editions: sandboxed, autoescaped, strict, and with errors that name file and line.

Article text is data, never code: autoescape turns ``<`` and ``&`` into text, and a ``{{`` inside an
article is only ever a value, never parsed as a template. Templates run in Jinja's sandbox.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from bulletin.editions import RenderContext, confined
from bulletin.errors import TemplateError
from bulletin.issue import is_caption
from bulletin.template_check import syntax_error, undefined_error


class ConfinedLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, refusing a template (or an ``{% include %}``) that is a symlink out of its folder."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        source, filename, uptodate = super().get_source(environment, template)
        folder = next((folder for folder in self.searchpath if filename.startswith(os.path.join(folder, ""))),
                      os.path.dirname(filename))
        confined(Path(filename), Path(folder))
        return source, filename, uptodate


def environment(context: RenderContext) -> SandboxedEnvironment:
    """The environment every HTML-based edition renders with; a project's templates come first."""
    env = SandboxedEnvironment(
        loader=ConfinedLoader([str(folder) for folder in context.template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.tests["caption"] = is_caption
    env.filters["typeset"] = typeset_mixed
    return env


def render_template(context: RenderContext, name: str, **values: Any) -> str:
    """Render template ``name``; any template problem becomes a ``TemplateError`` naming file and line."""
    env = environment(context)
    try:
        return env.get_template(name).render(**values)
    except jinja2.TemplateSyntaxError as exc:
        raise syntax_error(exc) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"找不到模板 {exc.name}（在 {'、'.join(map(str, context.template_dirs))} 中）。",
                            path=str(exc.name)) from None
    except jinja2.UndefinedError as exc:
        raise undefined_error(exc, context.template_dirs, name) from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"模板中有不允许的操作：{exc}", path=context.find(name) or name) from None
    except OSError as exc:
        raise TemplateError(f"无法读取模板：{exc.strerror or exc}。请检查模板文件和目录的读取权限。",
                            path=exc.filename or name) from None


_IDEOGRAPH = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:;%&+\-/'’_@#]*(?: [A-Za-z0-9][A-Za-z0-9.,:;%&+\-/'’_@#]*)*")
_IS_IDEOGRAPH = re.compile(_IDEOGRAPH)


def typeset_mixed(text: str) -> Markup:
    """Escape ``text`` and set Latin words and numbers apart from Chinese by a quarter em of margin.

    Pastes write ``在 AI 快速发展`` or ``在AI快速发展``. A plain space there is the only stretchable
    thing on a justified Chinese line, so WeasyPrint widens it into a gap; a margin is not stretched.
    """
    out: list[str] = []
    position = 0
    for match in _LATIN_RUN.finditer(text):
        start, end = match.span()
        before = text[position:start]
        # Words are always set apart; bare numbers (2025年7月11日) only where the text had a space.
        word = any(char.isalpha() for char in match.group())
        space_before = before.endswith(" ") and len(before) > 1 and _IS_IDEOGRAPH.match(before[-2]) is not None
        left = space_before or (word and bool(before) and _IS_IDEOGRAPH.match(before[-1]) is not None)
        if space_before:
            before = before[:-1]
        after_space = text[end:end + 1] == " " and _IS_IDEOGRAPH.match(text[end + 1:end + 2] or "x") is not None
        right = after_space or (word and _IS_IDEOGRAPH.match(text[end:end + 1] or "x") is not None)
        out.append(str(escape(before)))
        classes = "lat" + (" l" if left else "") + (" r" if right else "")
        out.append(f'<span class="{classes}">{escape(match.group())}</span>' if (left or right)
                   else str(escape(match.group())))
        position = end + (1 if after_space else 0)
    out.append(str(escape(text[position:])))
    return Markup("".join(out))
