"""The site's own name, read from what a pasted or saved page prints about itself: its metas, a welcome or
copyright line, its address in the registry, a link to more of its reports, its logo, its masthead or
news section, a breadcrumb, an e-paper's heading, a link home, a prompt for its app.

Ingest writes the site's name as the outlet only when the page names no original outlet, so these are
cues of the last resort. They are tried in the order of ``_CUES``: the first that names a site wins, and
the report says which line it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bulletin.ingest.locate import Line, is_menu_item, weight
from bulletin.ingest.outlets import ADDRESS, ORG_ENDING, Outlets, is_short_outlet, squash

_WELCOME = re.compile(r"(欢迎您?(访问|来到|光临|进入|登陆|登录)|Welcome to)\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)(网站)?([！!。.，,|\s]|$)")
# 您好,泰兴网欢迎您!: the site's name before its welcome.
_WELCOMED = re.compile(r"(^|[，,！!。\s•·])(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,16}?)(网站)?欢迎您")
_COPYRIGHT = (re.compile(r"版权所有\s*[:：©@]?\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,24})"),
              re.compile(r"版权(归|属于?)\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)\s*(所有|享有)"),  # 本文版权归FT中文网所有
              re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)\s*(\d{4}\s*[-—–]\s*\d{4}\s*)?(网站)?\s*版权所有"),  # 南通日报社 2009-2021 版权所有
              re.compile(r"^\s*(主办单位|网站主办|主办)\s*[:：]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{4,24})"),  # 主办: 重庆市卫生健康委员会
              re.compile(r"(Copyright|©)\s*[©@]?\s*\d{0,4}(-\d{4})?\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·.\-]{2,40})",
                         re.IGNORECASE))

Found = tuple[str, str]  # the name, and where it was read


def site_name_of(lines: Sequence[Line], known_site: str, url: str, outlets: Outlets) -> Found:
    """The site's own name and where it came from, or ``("", "")``."""
    if known_site:
        return outlets.listed_name(known_site), "网页元数据（网站名）"
    for cue in _CUES:
        found = cue(lines, url, outlets)
        if found:
            return found
    return "", ""


def _where(line: Line, what: str = "") -> str:
    return f"网站名（第 {line.paragraph.line} 行{'，' + what if what else ''}）"


def _welcome_or_copyright(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    for line in lines:
        text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[省市县区州][\u4e00-\u9fff])", "", line.text)  # 版权所有@三亚 市卫生健康委员会
        sponsors = re.match(r"^\s*(主办单位|网站主办|主办)\s*[:：]\s*(?P<names>.{4,80})", text)
        for name in re.findall(r"[\u4e00-\u9fff]{4,24}", sponsors.group("names")) if sponsors else []:
            if outlets.looks_like_outlet(name):  # 主办:中共沈丘县委  沈丘县人民政府  承办:沈丘县融媒体中心
                return outlets.listed_name(name), _where(line)
        for pattern in (_WELCOME, _WELCOMED, *_COPYRIGHT):
            for match in pattern.finditer(text):
                value = match.group("name").strip(" .-")
                if ADDRESS.fullmatch(value):
                    value = outlets.site("http://" + value.lower())
                value = outlets.printed_in(value) or re.sub(r"^.{0,8}(为|由|是)", "", value)
                if value and (outlets.looks_like_outlet(value) or is_short_outlet(value)):
                    return value, _where(line)
    return None


def _domain(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    by_domain = outlets.site(url)
    return (by_domain, "网站名（媒体名录，按域名）") if by_domain else None


def _more_reports_or_logo(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """更多《镜新闻》报导: a link to the site's other reports; 看新闻EyeNews看新闻EyeNews: its logo twice."""
    for line in lines:
        more = re.search(r"更多\s*《(?P<name>[^》]{2,12})》\s*(报导|报道|新闻|文章)", line.text)
        twice = re.fullmatch(r"\s*(?P<name>\S{2,16}?)(?P=name)\s*", line.text) or \
            re.match(r"\s*(?P<name>[\u4e00-\u9fff]{2,8}(新闻网|网|报|台))(?P=name)", line.text)  # 三立新闻网三立新闻网为了…
        for found in (more, twice):
            name = found.group("name") if found else ""
            if name and (outlets.looks_like_outlet(name) or re.search(r"新闻|News|网|报|台", name)):
                return outlets.listed_name(name), _where(line)
    return None


def _news_section(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """总统府新闻, 国家中医药管理局 工作动态: the organisation's own news section heads its page."""
    for line in lines[:12]:
        section = re.fullmatch(r"\s*(?P<name>[\u4e00-\u9fff]{2,10}?)\s*(新闻|新闻稿|要闻|动态|工作动态|新闻发布)\s*", line.text)
        if section and ORG_ENDING.search(section.group("name")) and outlets.looks_like_outlet(section.group("name")) \
                and not re.fullmatch(r"(国际|国内|本地|地方|社会|图片|视频)", section.group("name")):
            return section.group("name"), _where(line, "栏目名")
    return None


# A section's heading, bilingual as mastheads are (行业新闻Company News, 新闻中心 News Center): no site's name.
_SECTION = re.compile(r"(行业|公司|企业|集团|本院|医院|学院|院内|院务|党建|工作|综合|媒体|图片|视频|最新|热点|通知)?"
                      r"(新闻|动态|资讯|公告|要闻|新闻中心|新闻动态)")


def _masthead(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """立场新闻 Stand News; 点新闻 | 每日点新闻 点解香港事: the masthead with its English name or motto."""
    for index, line in enumerate(lines[:12]):
        branded = re.fullmatch(r"\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*[|｜]?\s*(?!(APP|App|app)\s*$)[A-Za-z][A-Za-z0-9 .]{2,30}\s*",
                               line.text)
        latin_first = re.fullmatch(r"\s*[A-Za-z][A-Za-z0-9 ,.&'-]{2,40}\s+(?P<name>[\u4e00-\u9fff]{2,12})(\s+\S.*)?", line.text) \
            if index < 3 else None  # China Medical University, Taiwan 中國醫藥大學 研究發展處…: the English name first
        masthead = branded or latin_first or (re.match(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*[|｜]\s*\S", line.text)
                               if index < 3 else None)  # 洞见新闻网 | InsightNews.network, anywhere in the header
        name = re.sub(r"(官方网站|官网)$", "", masthead.group("name")) if masthead else ""
        if name and outlets.looks_like_outlet(name) and not _SECTION.fullmatch(name):  # 行业新闻Company News: a section
            return outlets.listed_name(name), _where(line, "报头")
    return None


def _breadcrumb(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """udn/ 元气网/ 医疗/ 感染科, 首页 > 新闻, 当前位置:我爱技术网 > 新闻信息 > 正文: a breadcrumb that opens
    with the site, listed or named like a site (…网, …报, …在线)."""
    for line in lines[:30]:
        if not re.search(r"[>»＞›/]", line.text):
            continue
        text = re.sub(r"^\s*(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]\s*", "", line.text)
        crumbs = [crumb.strip() for crumb in re.split(r"\s*(?:>>|>|»|＞|›|/)\s*", text)]
        if len(crumbs) >= 3 and all(0 < len(crumb) <= 12 for crumb in crumbs[:3]):
            listed = next((outlets.known(crumb) for crumb in crumbs[:2] if outlets.known(crumb)), None)
            if listed is not None:
                return listed.name, _where(line, "面包屑")
        root = crumbs[1] if len(crumbs) >= 3 and re.fullmatch(r"(首页|主页|网站首页|Home|HOME)", crumbs[0]) else crumbs[0]
        ends = len(crumbs) >= 3 or (len(crumbs) == 2 and re.fullmatch(r"(正文|详情|内容|新闻详情|文章详情)", crumbs[1]))
        if ends and all(0 < len(crumb) <= 12 for crumb in crumbs[:2]) and re.search(r"(网|报|在线)$", root) \
                and outlets.looks_like_outlet(root):
            return outlets.listed_name(root), _where(line, "面包屑")
    return None


def _named_by(lines: Sequence[Line], limit: int, pattern: re.Pattern[str], outlets: Outlets, what: str) -> Found | None:
    """The first of the first ``limit`` lines where ``pattern`` finds a ``name`` shaped like an outlet."""
    for line in lines[:limit]:
        found = pattern.search(line.text)
        name = found and (found.group("name") or found.groupdict().get("searched"))
        if name and outlets.looks_like_outlet(name):
            return outlets.listed_name(name), _where(line, what)
    return None


_E_PAPER = re.compile(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*(数字报纸|数字报|电子报|电子版|数字版|数字报刊)\s*$")
_APP = re.compile(r"(下载|关注|打开)(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*(APP|App|app|客户端)|"
                  r"(App|APP|app)\s*(商店|Store)\s*搜索?\s*(?P<searched>[\u4e00-\u9fffA-Za-z]{2,10})")  # 去 App 商店搜 好奇心日报
_PHOTOGRAPHER = re.compile(r"(?P<name>(?!新华社|中新社|本报|本网)[\u4e00-\u9fffA-Za-z]{2,12}?)(全媒体|融媒体|全媒|融媒)?(摄影)?记者\s*[/／]?\s*"
                           r"[\u4e00-\u9fff·]{2,4}\s*[/／]?\s*摄")  # 株洲日报全媒体记者/谢慧 摄
# What a Founder e-paper leaves of its record of the article when the page's comment is cut open:
# 2021-03-26 马 琳 1 1 菏泽日报 content_38226.html 1 终结结核流行… /enpproperty -->
E_PAPER_RECORD = re.compile(r"^\s*(-->\s*)?(?P<date>\d{4}-\d{2}-\d{2}(?=\s))?.*?(^|\s)\d{1,3}\s+\d{1,3}\s+"
                            r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,16})\s+(content_|c)\d+\.html?(\s|$)")


def _e_paper(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """浙江日报 数字报纸: a paper's e-paper edition under its name."""
    return _named_by(lines, 8, _E_PAPER, outlets, "电子版")


_PUBLISHER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?(日报|晚报|早报|时报|商报|报|杂志))社?\s*(编辑出版|出版|主办)(?![社物])")


def _publisher(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """…国内统一刊号:CN64-0011 华兴时报社出版: a paper's masthead names who publishes it."""
    for line in [*lines[:8], *lines[-15:]]:
        found = _PUBLISHER.search(line.text) if weight(line.text) <= 60 else None
        if found and outlets.looks_like_outlet(found.group("name")):
            return outlets.listed_name(found.group("name")), _where(line, "报头的出版者")
    return None


def _e_paper_record(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """…1 1 泉州晚报 content_148847.html…: the paper's name in what is left of an e-paper's article record."""
    return _named_by(lines[::-1], len(lines), E_PAPER_RECORD, outlets, "电子版的文章记录")


def _listed_line(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """A line that is a listed outlet's name, unless it is a menu's word (财经 among 科技, 体育)."""
    for index, line in enumerate(lines):
        neighbours = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        menu_item = is_menu_item(line.text) or \
            (len(squash(line.text)) <= 2 and sum(weight(text) <= 4 for text in neighbours) == 2)
        listed = outlets.known(line.text.strip(" -–—·|｜")) if weight(line.text) <= 12 and not menu_item else None  # - 财新网
        if listed is not None:
            return listed.name, _where(line, "媒体名录")
    return None


def _home_link(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """搜狐首页 - 新闻 - 体育 …: a link home; 陕西工人报官方网站 | 陕工网首页: the header names the site."""
    for index, line in enumerate(lines[:20]):
        home = re.match(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9.\s]{2,14}?)\s*(网站)?(首页|主页)", line.text)
        listed = outlets.known(home.group("name")) if home else None
        if listed is not None:
            return listed.name, _where(line, "“首页”链接")
        # 陕工网官方网站 | …; on the first line 武汉药学会官方网站 even with its section joined to it (…通知公告)
        official = re.match(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)\s*(官方网站|官网)(?P<end>\s|[|｜]|$)?", line.text)
        if official and (official.group("end") is not None or index == 0) and outlets.looks_like_outlet(official.group("name")):
            return outlets.listed_name(official.group("name")), _where(line, "页头")
    return None


def _top_line(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """吉网, 亲贝网: the page's first line alone, a site's name (its logo's text)."""
    first = next((line for line in lines if line.text.strip()), None)
    name = first.text.strip() if first else ""
    if first and 2 <= weight(name) <= 8 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{1,8}(网|在线|新闻网)", name) \
            and not is_menu_item(name) and outlets.looks_like_outlet(name):
        return outlets.listed_name(name), _where(first, "页首的网站名")
    return None


def _title_suffix(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """卫长:拟增1万5000张病床 … | 中国报 China Press: the page's title line, its site's name after a bar."""
    for line in lines[:2]:
        suffix = re.match(r"^.{8,}?\s+[|｜]\s+(?P<name>[\u4e00-\u9fff]{2,10})(\s+[A-Za-z][A-Za-z .&]{1,30})?\s*$", line.text)
        if suffix and outlets.looks_like_outlet(suffix.group("name")):
            return outlets.listed_name(suffix.group("name")), _where(line, "标题后的网站名")
    return None


def _named_with_address(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """南部最大声https://ssno1.net/: the site's name with its own address, as its footer gives them."""
    for line in lines:
        named = re.fullmatch(r"\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*(https?://|www\.)[A-Za-z0-9.\-]+/?\s*", line.text)
        if named and not re.search(r"(网址|地址|链接|官网|网站|主页|首页|访问|登录|下载)$", named.group("name")):
            return outlets.listed_name(named.group("name")), _where(line, "网站名与网址")
    return None


def _own_channels(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """金融界App / 金融界微博 / 金融界公众号: the site lists its own app and accounts, each under its name."""
    named: dict[str, list[Line]] = {}
    for line in lines:
        channel = re.fullmatch(r"\s*[•·-]?\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9+]{2,10}?)\s*(APP|App|app|客户端|微博|微信公众号|微信|公众号|抖音|头条号|视频号)\s*",
                               line.text)
        if channel:
            named.setdefault(channel.group("name"), []).append(line)
    for name, found in named.items():
        if len(found) >= 2 and not re.fullmatch(r"(下载|关注|官方|扫码|手机|我们|本站|本网)", name):
            full = next((line.text.strip() for line in lines[:5] if line.text.strip().startswith(name)
                         and weight(line.text) <= 12 and outlets.looks_like_outlet(line.text)), name)
            return outlets.listed_name(full), _where(found[0], "本站的客户端与账号")  # 好奇心微信公众号, 好奇心日报 on top
    return None


def _app_prompt(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """扫一扫下载界面新闻APP: the site asks for its app by name."""
    return _named_by(lines, 20, _APP, outlets, "客户端下载提示") or _named_by(lines[::-1], 30, _APP, outlets, "客户端下载提示")


def _photo_credit(lines: Sequence[Line], url: str, outlets: Outlets) -> Found | None:
    """香港文汇报记者唐文 摄: the site's own photographer (not a wire's), when nothing else names it."""
    return _named_by(lines, 40, _PHOTOGRAPHER, outlets, "图片署名")


_CUES: tuple[Callable[[Sequence[Line], str, Outlets], Found | None], ...] = (
    _welcome_or_copyright, _domain, _more_reports_or_logo, _news_section, _masthead, _breadcrumb, _e_paper, _e_paper_record, _publisher,
    _listed_line, _home_link, _top_line, _title_suffix, _app_prompt, _own_channels, _named_with_address, _photo_credit,
)
