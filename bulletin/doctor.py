"""``bulletin doctor``: what this machine needs to render an issue, checked one by one.

WeasyPrint silently falls back to a ten-times slower font subsetter when HarfBuzz's subsetting library
is missing, and silently draws blanks when no CJK font is installed: both deserve a loud check.
"""

from __future__ import annotations

import ctypes.util
from dataclasses import dataclass

from bulletin.config import Fonts
from bulletin.fonts import installed_family


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_fonts() -> list[Check]:
    defaults = Fonts()
    checks = []
    for role, families in (("正文字体", defaults.body), ("标题字体", defaults.heading)):
        found = next((family for family in families if installed_family(family)), None)
        checks.append(Check(role, found is not None,
                            found or f"未找到 {'、'.join(families)}；请安装 fonts-noto-cjk"))
    return checks


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


def run_checks() -> list[Check]:
    return [*check_fonts(), check_harfbuzz_subset(), check_weasyprint()]
