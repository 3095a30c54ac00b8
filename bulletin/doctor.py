"""``bulletin doctor``: what this machine needs to render an issue, checked one by one.

WeasyPrint silently falls back to a ten-times slower font subsetter when HarfBuzz's subsetting library
is missing, and silently draws blanks when no CJK font is installed: both deserve a loud check. Inside a
project, the fonts checked are the ones its config names, and the corpus's characters are checked
against them, so a rare character is found before an issue needs it.
"""

from __future__ import annotations

import ctypes.util
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bulletin.config import Fonts, find_project, load_project
from bulletin.corpus import Article, load_corpus
from bulletin.errors import BulletinError
from bulletin.fonts import INSTALL_HINT, FontCoverage, installed_family, uncovered


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    note: bool = False  # for information only: never a failure


def check_fonts(fonts: Fonts | None = None, where: str = "内置默认") -> list[Check]:
    """The PDF's font roles: the first installed family of each list, and which are missing."""
    fonts = fonts or Fonts()
    checks = []
    for role, key, families in (("正文字体", "body", fonts.body), ("标题字体", "heading", fonts.heading)):
        found = [family for family in families if installed_family(family)]
        missing = [family for family in families if family not in found]
        if found:
            detail = f"使用 {found[0]}" + (f"（{where} fonts.{key} 中未安装：{'、'.join(missing)}）" if missing else "")
        else:
            detail = f"{where} fonts.{key} 中的字体（{'、'.join(families)}）本机都没有安装。{INSTALL_HINT}"
        checks.append(Check(f"PDF {role}", bool(found), detail))
    for role, family in (("DOCX 正文字体", fonts.docx_body), ("DOCX 标题字体", fonts.docx_heading),
                         ("DOCX 刊头字体", fonts.docx_masthead)):
        installed = installed_family(family) is not None
        checks.append(Check(role, True, family + ("（本机已安装）" if installed else
                                                   "（本机未安装：不影响生成，DOCX 在装有此字体的电脑上按它显示）"),
                            note=not installed))
    return checks


def check_coverage(fonts: Fonts, articles: Iterable[Article]) -> Check:
    """Every character of the corpus against the PDF's installed fonts: what would print as a blank."""
    coverage: list[FontCoverage] = [found for family in (*fonts.body, *fonts.heading)
                                    if (found := installed_family(family)) is not None]
    where: dict[str, str] = {}
    count = 0
    for article in articles:
        count += 1
        text = "".join((article.title, article.subtitle, article.source, *article.paragraphs))
        for char in uncovered(text, coverage) if coverage else ():
            where.setdefault(char, article.name)
    if not coverage:
        return Check("文章用字", False, "没有可用的 PDF 字体，无法检查")
    if not where:
        return Check("文章用字", True, f"{count} 篇文章的每个字符都有字形")
    shown = "；".join(f"“{char}”（U+{ord(char):04X}，{name}）" for char, name in list(where.items())[:8])
    return Check("文章用字", False, f"{len(where)} 个字符在所配置的字体中没有字形，PDF 中会显示为空白：{shown}。"
                                    "请在 fonts.body / fonts.heading 中增加能显示它们的字体，或修改文章")


def check_harfbuzz_subset() -> Check:
    name = ctypes.util.find_library("harfbuzz-subset")
    return Check("字体子集化（libharfbuzz-subset）", name is not None,
                 name or "未安装；PDF 生成会慢很多倍。请安装 libharfbuzz-subset0")


def check_weasyprint() -> Check:
    try:
        import weasyprint
    except Exception as exc:  # an OSError when Pango is missing
        return Check("WeasyPrint", False, f"无法加载：{exc}。请安装 Pango（libpango-1.0-0）")
    return Check("WeasyPrint", True, weasyprint.__version__)


def run_checks(fonts: Fonts | None = None, articles: Iterable[Article] | None = None,
               where: str = "内置默认") -> list[Check]:
    """Every check; with a project's fonts and articles, its fonts and the corpus's characters too."""
    checks = check_fonts(fonts, where)
    if articles is not None:
        checks.append(check_coverage(fonts or Fonts(), articles))
    return [*checks, check_harfbuzz_subset(), check_weasyprint()]


def checks_for_project(folder: Path | None) -> tuple[str, list[Check]]:
    """The checks for the project found from ``folder`` (its fonts, its corpus), or for the built-in
    defaults outside a project, with a notice saying so. A broken config raises its ``BulletinError``."""
    try:
        find_project(folder or Path.cwd())
    except BulletinError:
        return ("（当前目录不是周报项目，检查内置默认字体；在项目目录中运行或加 --project "
                "可检查项目配置的字体和文章用字。）", run_checks())
    project = load_project(folder)
    corpus = load_corpus(project.corpus_dir)
    return "", run_checks(project.config.fonts, corpus.articles, str(project.config_path))
