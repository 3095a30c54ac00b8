"""Characters the configured fonts cannot draw: drawn with a fallback font, or marked, never a lost issue.

An article quoting an emoji, a rare ideograph (𠀀), Tibetan or Arabic used to stop the whole issue. Now
each such character is looked up in every installed font (fontconfig); the first font that draws it is
named in the PDF's font lists after the configured ones, and a character no installed font draws is
printed as a visible marker (〓, the typesetters' sign for a missing character). Either way the article
is named in a warning, by ``build`` and beforehand by ``check``.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.corpus import Article
from bulletin.errors import RenderError
from bulletin.fonts import FontCoverage, first_installed, installed_family, uncovered

MARKER = "〓"
MAX_LOOKUPS = 200  # distinct characters looked up per run; beyond that they are marked (a garbage file)


@dataclass(frozen=True)
class GlyphPlan:
    """What the PDF does about characters outside the configured fonts."""

    fallback: tuple[FontCoverage, ...] = ()  # installed fonts added after the configured ones
    drawn_by: tuple[tuple[str, str], ...] = ()  # (character, family of the fallback font)
    missing: tuple[str, ...] = ()  # characters no installed font draws: printed as MARKER

    def __bool__(self) -> bool:
        return bool(self.drawn_by or self.missing)

    def mark(self, text: str) -> str:
        """``text`` with every character no font draws replaced by the marker."""
        return text.translate({ord(char): MARKER for char in self.missing}) if self.missing else text

    def describe(self, text: str) -> list[str]:
        """What happens to the unusual characters of ``text``: one phrase for the marked ones, one per font."""
        chars = set(text)
        phrases = []
        marked = [char for char in self.missing if char in chars]
        if marked:
            phrases.append(f"{_listed(marked)}本机没有任何字体能显示，PDF 中以“{MARKER}”标出")
        for family in dict.fromkeys(family for _, family in self.drawn_by):
            drawn = [char for char, used in self.drawn_by if used == family and char in chars]
            if drawn:
                phrases.append(f"{_listed(drawn)}改用字体 {family} 显示")
        return phrases


def _listed(chars: list[str], limit: int = 8) -> str:
    shown = "".join(f"“{char}”（U+{ord(char):04X}）" for char in chars[:limit])
    return shown + (f"等 {len(chars)} 个字符" if len(chars) > limit else "")


@functools.lru_cache(maxsize=1024)
def font_for(char: str) -> FontCoverage | None:
    """An installed font that draws ``char`` (fontconfig's list, first family by name), or None."""
    if shutil.which("fc-list") is None:
        return None
    result = subprocess.run(["fc-list", f":charset={ord(char):x}", "family"], capture_output=True, text=True,
                            timeout=30, check=False)
    for family in sorted({line.split(",")[0].strip() for line in result.stdout.splitlines() if line.strip()}):
        coverage = installed_family(family)
        if coverage is not None and coverage.covers(char):
            return coverage
    return None


def plan_glyphs(text: str, fonts: list[FontCoverage]) -> GlyphPlan:
    """Which characters of ``text`` the ``fonts`` lack, and how each will be shown."""
    lacking = uncovered(text, fonts)
    if not lacking:
        return GlyphPlan()
    fallback: dict[str, FontCoverage] = {}
    drawn_by, missing = [], []
    for index, char in enumerate(lacking):
        font = font_for(char) if index < MAX_LOOKUPS else None
        if font is None:
            missing.append(char)
        else:
            fallback.setdefault(font.family, font)
            drawn_by.append((char, font.family))
    return GlyphPlan(fallback=tuple(fallback.values()), drawn_by=tuple(drawn_by), missing=tuple(missing))


def glyph_warnings(named_texts: Iterable[tuple[str, str]], plan: GlyphPlan) -> list[str]:
    """One warning per named text (an article, the masthead) holding characters the fonts lack."""
    warnings = []
    for name, text in named_texts:
        phrases = plan.describe(text)
        if phrases:
            warnings.append(f"{name}: 所配置的字体缺少字形：{'；'.join(phrases)}。请核对；"
                            "如需正常显示，请在 fonts 中加入能显示这些字符的字体。")
    return warnings


def article_text(article: Article) -> str:
    """Every character of an article that the PDF prints."""
    return "".join((article.title, article.subtitle, article.source, article.url, *article.paragraphs))


def configured_fonts(body: Iterable[str], heading: Iterable[str]) -> list[FontCoverage] | None:
    """The installed fonts among the configured ones, or None when there are none (rendering says so)."""
    try:
        return first_installed(list(body), "正文") + first_installed(list(heading), "标题")
    except RenderError:
        return None


def article_glyph_warnings(articles: Iterable[Article], fonts: list[FontCoverage],
                           chrome: tuple[str, str] | None = None) -> list[str]:
    """Warnings naming each article (and the config's wording, ``chrome``) with characters the fonts lack."""
    named = [(str(article.path), article_text(article)) for article in articles]
    if chrome is not None:
        named.append(chrome)
    plan = plan_glyphs("".join(text for _, text in named), fonts)
    return glyph_warnings(named, plan) if plan else []
