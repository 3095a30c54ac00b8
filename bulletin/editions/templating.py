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
from bulletin.typeset import (
    CLOSING,
    NBSP,
    OPENING,
    WJ,
    LatinSpacing,
    balance_lines,
    plain_text,
    prepare_line,
    prepare_text,
    text_width_em,
)


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
    env.filters["typeset"] = typeset_text
    env.filters["typeset_line"] = typeset_line
    env.filters["balanced"] = balanced_title
    env.filters["web_text"] = web_text
    env.filters["web_line"] = web_line
    env.filters["halves"] = halves
    env.filters["plain"] = plain_line
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


_PUNCTUATION = CLOSING + OPENING
# Marks whose glyph is full width in every CJK font; curly quotes are not (their width depends on the font
# and locale), and compressing them made pdftotext drop the mark after them as an overlap.
_FULL_WIDTH = set(CLOSING + OPENING) - set("“”‘’")
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ANY_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A Latin run with the spaces inside and around it (the quarter-em gaps of bulletin.typeset).
_LATIN_CHARS = "!-~\u00c0-\u024f\u2013\u200b\u2060"
_LATIN_SEGMENT = re.compile(f"[ \u00a0]*[{_LATIN_CHARS}]+(?:[ \u00a0]+[{_LATIN_CHARS}]+)*[ \u00a0]*")
_SLACK_AFTER = CLOSING + "—…,;:!?)"  # half-width marks too: pastes put them in Chinese text


def _spacing(context: Any) -> LatinSpacing:
    issue = context.get("issue")
    typography = getattr(issue, "typography", None)
    return getattr(typography, "latin_spacing", "quarter")


def print_markup(prepared: str) -> Markup:
    """Prepared text as print HTML.

    Adjacent full-width punctuation is compressed (clreq 标点挤压): a closing mark followed by another mark,
    or an opening mark after another mark, is set half width by the CJK font's OpenType ``halt`` feature.
    After each cluster of punctuation a space is set that has no width but that justification widens
    (WeasyPrint widens only spaces), so a full line ends flush even when compression or a kept-together
    ending leaves it short: the slack goes next to punctuation (clreq 3.8: adjust punctuation first),
    never between two ideographs. In text with Chinese, spaces have no width (``.cjk``) except inside
    Latin runs and the quarter-em gaps around them (``.lat``): two spans a paragraph rather than one per
    punctuation mark, which keeps WeasyPrint fast.
    """
    out: list[str] = []
    position = 0
    for match in _LATIN_SEGMENT.finditer(prepared):
        if " " not in match.group() and NBSP not in match.group():
            continue  # no space inside: nothing to protect
        out.append(_punctuation_markup(prepared, position, match.start()))
        out.append(f'<span class="lat">{escape(match.group())}</span>')
        position = match.end()
    out.append(_punctuation_markup(prepared, position, len(prepared)))
    html = "".join(out)
    return Markup(f'<span class="cjk">{html}</span>' if _ANY_CJK.search(prepared) else html)


def _punctuation_markup(text: str, start: int, end: int) -> str:
    """``text[start:end]`` escaped, with compressed punctuation and the slack spaces after punctuation."""
    out: list[str] = []
    for index in range(start, end):
        char = text[index]
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        escaped = str(escape(char))
        # Not inside a kept-together ending (after a word joiner): WeasyPrint cannot move a break back
        # out of an inline box that follows unbreakable text, and the line would overflow the margin.
        if char in _FULL_WIDTH and before != WJ and ((char in CLOSING and after and after in _PUNCTUATION)
                                                     or (char in OPENING and before and before in _PUNCTUATION)):
            escaped = f'<span class="pc">{escaped}</span>'
        out.append(escaped)
        if (char in _SLACK_AFTER and after and after not in _PUNCTUATION + "—…,;:!?)" + WJ + NBSP + " "
                and (char not in ",;:!?)" or IDEOGRAPH.match(after))):
            out.append(" ")
        elif char in "+-/&=~|" and IDEOGRAPH.match(before) and IDEOGRAPH.match(after):
            out.append(" ")  # a half-width sign between ideographs (中心+国家) takes the line off the grid
    return "".join(out)


@jinja2.pass_context
def typeset_text(context: Any, text: str) -> Markup:
    """A paragraph, title or catalog entry for print: the shared line rules (bulletin.typeset) as markup."""
    return print_markup(prepare_text(str(text), _spacing(context)))


@jinja2.pass_context
def typeset_line(context: Any, text: str) -> Markup:
    """A label, outlet, date or address for print: the shared line rules without the paragraph-end rule."""
    return print_markup(prepare_line(str(text), _spacing(context)))


@jinja2.pass_context
def web_text(context: Any, text: str) -> str:
    """Text for the HTML edition: the same prepared text (browsers compress punctuation themselves)."""
    return prepare_text(str(text), _spacing(context))


@jinja2.pass_context
def web_line(context: Any, text: str) -> str:
    return prepare_line(str(text), _spacing(context))


@jinja2.pass_context
def balanced_title(context: Any, text: str, capacity_em: float = 35) -> Markup:
    """A centred title for print, broken where its two lines come closest to equal length."""
    lines = balance_lines(prepare_text(str(text), _spacing(context)), capacity_em)
    return Markup("<br>").join(print_markup(line) for line in lines)


@jinja2.pass_context
def plain_line(context: Any, text: str) -> str:
    """Text as printed, without the invisible break marks: for bookmarks and other labels outside the page."""
    return plain_text(prepare_line(str(text), _spacing(context)))


def halves(text: str) -> list[str]:
    """A heading in its two most balanced halves, for a masthead that may wrap on a phone."""
    return balance_lines(str(text), text_width_em(str(text)) * 0.6)
