"""One page, one article: the article ``locate`` found, with its title, outlet and date read from the
lines around its headline, and where each came from.

Precedence, most to least trusted (the report names the place of each):
- title: the editor's --title; the page's metas when they agree with each other; the headline above the
  byline/date/来源 block; else the headline-like line above the body.
- outlet: the editor's --source; a 来源/发布/撰文 label by the headline; the news agency of the body's
  dateline (新华社北京7月9日电); the paper in a byline (《光明日报》); an outlet beside the date; a 来源 after
  the body; a signature (国家卫生健康委办公厅 over its date); the issuing body the title opens with; the
  site's own name (its metas, 欢迎访问…, 版权所有…, or the outlet registry by domain).
- date: the editor's --date; the date in the byline block; the page's metas; a signature date after the
  body; a date line in the page header; a month-day resolved against the reference date (then flagged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.ingest.article import PLACEHOLDER_SOURCE, REFERENCE_GIVEN, REVIEW_ORDER, Draft, Found, Hints
from bulletin.ingest.dates import (
    FULL_DATE,
    LOOSE_DATE,
    find_date,
    parse_full_date,
    parse_relative_date,
    parse_short_date,
    parse_short_year_date,
    parse_year_last_date,
)
from bulletin.ingest.labels import ISSUER_LABEL, SOURCE_LABEL
from bulletin.ingest.locate import (
    CAPTION_CREDIT,
    DOCUMENT_NUMBER,
    FOLLOW_BUTTONS,
    QUOTED_KICKER,
    Line,
    Located,
    is_titleish,
    weight,
)
from bulletin.ingest.outlets import (
    ADDRESS,
    MEDIUM_ENDING,
    ORG_ENDING,
    PROVINCES,
    SECTION_WORD,
    Outlets,
    clean_source,
    is_person_name,
    is_short_outlet,
    squash,
)
from bulletin.ingest.rules import PAGE, STRONG, WEAK, Rules
from bulletin.ingest.sitename import E_PAPER_RECORD, site_name_of

_LABELLED_SOURCE = re.compile(
    rf"(?:^|[\s\d（(【\[|｜])(?:{SOURCE_LABEL}|{ISSUER_LABEL}|发布)\s*([:：|｜丨]|[/／](?=\s))\s*[\[【［]?\s*(?P<value>[^\s:：|｜\[\]【】［］]{{2,30}})")
_REPRINT = re.compile(r"(转自|摘自|选自|转载自|来源于|来源|来自)\s*《(?P<name>[^》]{2,12})》")
# An outlet credited in brackets at the end of the text: (新华社), (新华社发), (玉溪日报记者 白诚颖).
_CLOSING_CREDIT = re.compile(r"[（(]\s*据?(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*((记者|通讯员)\s*[\u4e00-\u9fff·、\s]{2,16}|发|供稿|报道|供图|"
                             r"[/／╱][\u4e00-\u9fff·、\s]{2,20}(报导|报道)|"  # (民视新闻/黄建璋、罗哲超 台北报导)
                             r"[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日电)?\s*[)）]\s*$")  # (据新华社北京10月25日电)
_IN_BOOK = re.compile(r"《(?P<name>[^》]{2,12})》")
_ISSUE_LINE = re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z]{2,16})\s*\d{4}\s*年\s*(第\s*)?\d{1,3}\s*期")
# Where a page names itself: 版权所有：X, X版权所有, Copyright © 2005 X (an address such as Sohu.com too).
_ISSUER_TITLE = re.compile(
    r"^(?:关于《)?(?P<org>[\u4e00-\u9fff]{2,14}?(人民政府办公室|人民政府办公厅|人民政府|卫生健康委员会|卫生健康委|卫生健康局|"
    r"医疗保障局|办公厅|委员会|管理局|总局|局|厅|部))(关于|印发|\d{4}年)")
_TIME = re.compile(r"\d{1,2}\s*[:：时]\s*\d{2}(\s*[:：分]\s*\d{2})?[秒分]?|星期.|周[一二三四五六日天]|\(\s*星期.\s*\)|（星期.）")
_GLUED_CAPTION_END = re.compile(r"[（(](资料照|資料照|[\u4e00-\u9fff·\s]{0,10}摄|图源[^）)]*|翻摄[^）)]*)[)）]$")
# A date glued to the end of a headline's line: …「乐婚愿生」114.02.14 (Taiwan's year), …2024-03-05.
_GLUED_DATE = re.compile(r"(?P<date>(\d{3}|\d{4})[./-]\d{1,2}[./-]\d{1,2})$")
_FINAL_MARK = re.compile(r"[。！？!?][”’」』）)]*$")
_PUBLISHED = re.compile(r"(发布|发表|刊发|发稿|更新|上线|上传)(日期|时间)")
_SUMMARY = re.compile(r"^(文章|本文)?(核心提示|内容提要|阅读提要|提要|导读|摘要|编者按)(\s*[:：]|\s+\S)")
_DATELINE_AGENCY = re.compile(
    r"^[（(]?据?(?P<agency>新华社|中新社|中新网|人民网|央视网|光明网|中国新闻网|中央社|路透社|法新社|美联社|共同社|[\u4e00-\u9fff]{2,6}社)"
    r"(记者)?[\u4e00-\u9fff、·\s]{0,20}?(\d{1,2}月)?(\d{1,2}日)?(专|特)?电")
# Words printed under a headline that name no account: a section, or a label whose value is on the next line.
_NOT_ACCOUNT = re.compile(
    r"稍后再读|加入书签|正文|全文|港闻|港闻中心|两岸|大中华|副刊|社评|即时|(国际|国内|社会|财经|经济|体育|娱乐|科技|健康|教育|时政|要闻|评论|观点|军事|文化|汽车|房产|旅游|图片|视频|新闻|本地|"
    r"地方|民生|法治|政务|生活|热点|专题|原创|独家|推荐|快讯|即时|头条|焦点|资讯|动态|公告|通知)(新闻|频道|资讯)?|"
    r"(发布|更新|来源|作者|时间|日期|编辑|责编|记者|分享|收藏|评论|阅读|浏览|字号|打印|关注|举报)(时间|日期|者)?|"
    r"创始人|站长|管理员|小编|楼主|版主|admin|Admin|"  # a post's author by their role, not an account's name
    r"[\u4e00-\u9fffA-Za-z]{0,6}(资讯|频道|动态|快讯|专栏|栏目|专题|行业|产业|[^企]业)|"
    r"[\u4e00-\u9fff·]{2,4}(报导|报道|撰文|撰稿|整理)")  # 刘武鸿报导: a reporter's credit
_CREDIT = re.compile(r"[（(]?[\u4e00-\u9fff·\s]{0,12}(记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4}\s*(摄|供图|摄影)[)）]?$|"
                     r"^(图片来源|图源|资料图|资料图片|配图|图片|图)\s*[:：].*$|[（(][^（()）]{0,12}[)）]$|" + CAPTION_CREDIT.pattern)
_PLACE_NOTE = re.compile(rf"(发布于|发表于|来自|IP属地\s*[:：]?|IP\s*[:：]?)\s*({PROVINCES}|中国)(省|市|自治区|特别行政区)?")
# A report's lead that names its outlet: 【看中国2005年07月03日报道】, TNW中文站 10月14日报道, 南方网讯.
_LEAD_OUTLET = re.compile(r"^[【\[（(]?(?!据)(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)([/／╱]?\s*记者[\u4e00-\u9fff、·\s]{2,12}[/／╱]?)?\s*"
                          r"(\d{4}\s*年)?\s*(\d{1,2}\s*月)?\s*(\d{1,2}\s*日)?(综合|特约|专题)?(专讯|专电|讯|电|报道|报导|播报|消息)(?![称说指])[】\]）)]?")
# A list's header under an article (头条新闻 over teasers and their dates), not a signature.
_SECTION_HEADER = re.compile(r"[\u4e00-\u9fff]{0,4}(头条|最新|热门|热点|推荐|相关|更多|今日|滚动|即时|要闻|重要)(新闻|资讯|报道)")
# What a platform prints under a posting account's name: its counts, a link to its other posts.
_ACCOUNT_CARD = re.compile(r"[\d.]+\s*万?\s*(篇?文章|总阅读|粉丝|获赞|关注者)|查看\s*TA\s*的文章|进入(作者)?主页")
# 【国家医保局通报…】, #话题#【#无锡虹桥医院骗医保基金1179.2万元#】: a post's headline in brackets (not 【记者…/嘉义报导】)
_BRACKET_LEAD = re.compile(r"^(#[^#【】]{2,40}#\s*)?【#?(?!(本报)?记者|[^【】]{0,16}(报导|报道|讯|电)】)(?P<title>[^【】#]{6,80})#?】")
# 【大纪元10月27日报导】, 【许佳惠╱台北报导】: a byline in brackets opening the text, set like a tag. (A wire's
# dateline in parentheses, （中央社记者陈婕翎台北8日电）, is the lead's own first words and stays.)
_LEAD_BYLINE = re.compile(r"^\s*【[^【】]{2,40}(报导|报道|专讯|讯|专电|电)】\s*")
_PHOTO_CREDIT_END = re.compile(r"(?<=[。！])\s*([\u4e00-\u9fff]{0,10}(记者|通讯员))?\s*([\u4e00-\u9fff·]{2,4}\s+){0,4}"
                               r"[\u4e00-\u9fff·]{2,4}\s*[/／]?\s*摄(影)?$")  # …不足。香港文汇报记者唐文 摄
_OWN_PAPER = re.compile(r"^[（(]?本(报|刊|网)(讯|[\u4e00-\u9fff]{0,8}\d{0,2}月?\d{0,2}日?(电|讯))")  # 本报北京2月14日讯


def _without_teaser(paragraphs: list[str]) -> list[str]:
    """The text with a teaser dropped: a page may print the first lines of the article, cut short, over the
    whole of it (the teaser is the start of the paragraphs after it)."""
    kept = []
    for index, paragraph in enumerate(paragraphs):
        head = squash(re.sub(r"(\.{3}|…+)\s*$", "", paragraph))
        after = squash("".join(paragraphs[index + 1:index + 4]))
        if len(head) >= 40 and after.startswith(head):
            continue
        kept.append(paragraph)
    return kept


# Where a report was filed from, as a dateline prints it after the outlet's name (人民政协网北京1月24日电).
_FILED_FROM = re.compile(rf"({PROVINCES})|[\u4e00-\u9fff]{{1,3}}(市|县|区|州)|深圳|广州|杭州|南京|武汉|成都|西安|沈阳|大连|青岛|"
                         r"厦门|宁波|济南|郑州|长沙|合肥|福州|昆明|南宁|哈尔滨|长春|石家庄|太原|兰州|银川|西宁|拉萨|乌鲁木齐|"
                         r"呼和浩特|贵阳|海口|南昌|台北|高雄|台中|台南|新北|桃园|华盛顿|纽约|伦敦|东京|巴黎|日内瓦|布鲁塞尔")


def _lead_outlet_name(name: str, outlets: Outlets) -> str:
    """The outlet a lead names, with the place it was filed from cut off its end (人民政协网北京1月24日电), or
    the listed outlet it opens with (红网时刻湘西12月28日讯: 红网's app, filed from 湘西)."""
    for cut in range(0, 5):
        head = name[:len(name) - cut] if cut else name
        if cut and (cut < 2 or not re.fullmatch(_FILED_FROM, name[-cut:])):
            continue
        if len(head) >= 2 and (outlets.known(head) or outlets.looks_like_outlet(head) or is_short_outlet(head)):
            return head
    return next((name[:end] for end in range(len(name) - 1, 1, -1) if outlets.known(name[:end])), "")  # 红网时刻湘西


_INTERVIEW = re.compile(r"(告诉|接受|对|向|跟)\s*(《(?P<quoted>[^《》]{2,12})》|(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?))\s*"
                        r"(的?记者|(独家)?专访|(独家)?采访|访问)")
_REPORTER = re.compile(r"(?:^|(?<=[，。；;：:！!？?\s（(]))(?P<name>[\u4e00-\u9fffA-Za-z]{3,12}?)(特约)?记者(?!站)")


def _interviewing_outlet(text: str, outlets: Outlets) -> str:
    """告诉《生命时报》记者, 接受自由亚洲电台专访, 新华每日电讯记者调查发现: an outlet whose reporter is
    at work in the article's own text; a name outside 《》 must be a listed outlet or end like a medium's."""
    text = re.sub(r"“[^”]*(”|$)", "", text)  # a quotation's words are someone else's: “新华社记者从17日…”
    for found in _INTERVIEW.finditer(text):
        if found.group("quoted"):
            return found.group("quoted")
        if outlets.is_medium(found.group("name")):
            return found.group("name")
    return next((found.group("name") for found in _REPORTER.finditer(text)
                 if outlets.is_medium(found.group("name"))), "")


def _covering_letter_signature(body: list[Line], outlets: Outlets) -> tuple[str, Line, Line] | None:
    """现将《…规划》予以印发 / 西乡县医疗保障局  西乡县发展和改革局 / 2021年12月30日: the issuers and date that
    sign a covering letter at the head of the document it issues; the first issuer is the source."""
    for index in range(1, len(body)):
        line, above = body[index], body[index - 1]
        if line.kind != "date" or weight(FULL_DATE.sub("", line.text)) > 3:
            continue
        issuers = [part for part in re.split(r"\s{2,}|\s*[、，,]\s*", above.text.strip()) if part]
        if issuers and all(outlets.looks_like_outlet(part) and weight(part) <= 20 for part in issuers):
            return issuers[0], above, line
    return None


@dataclass
class _Fields:
    """Values found so far, each with where it came from; the first offer of a field wins."""

    origin: str
    values: dict[str, Found]
    outlets: Outlets

    def offer(self, name: str, value: str, where: str) -> None:
        if name == "source" and not where.startswith("--"):
            value = self.outlets.tidy(value)
        if value and name not in self.values:
            self.values[name] = Found(value, where)


def _where(origin: str, line: Line) -> str:
    return f"{origin} 第 {line.paragraph.line} 行"


def strip_site_suffix(title: str, outlets: Outlets, site: str = "") -> str:
    """``标题_中山网`` → ``标题``; `` - 生活 - 自由时报电子报``, ``--国际--人民网``, ``_澎湃新闻-The Paper``,
    `` | 中央社 CNA`` are cut whole. The tail cut is the longest run of separated pieces at the end that
    names a site (listed, shaped like an outlet, the page's site) and holds nothing but sections, codes
    and Latin brand words besides; a tail naming no site stays (``医院评审新规 - 北京``)."""
    underscored = re.fullmatch(r"(?P<head>\S.{5,}?)\s*_\s*(?P<tail>[^_，。！？,!?\s]{2,10})", title)
    if underscored and weight(underscored.group("head")) >= 6:
        title = underscored.group("head")  # 标题_风闻: only a page's <title> ends in _ and a name
    words = title.split(" ")  # …养老机构 泰州·民生 泰州新闻网 泰州报业: the site's names after a space, no separator
    named = 0
    while named < len(words) - 1 and (_site_piece(words[-1 - named], outlets, site) or
                                     re.fullmatch(r"[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}(报业|传媒)(集团)?",
                                                  words[-1 - named])):
        named += 1
    if named >= 2 and any(re.search(r"(网|报|报业|新闻)$", word) for word in words[-named:]) \
            and weight(" ".join(words[:-named])) >= 8:
        title = " ".join(words[:-named])
    pieces = _TITLE_SEPARATOR.split(title)  # text, separator, text, separator, …
    cut = len(pieces)
    for index in range(len(pieces) - 1, 1, -2):  # each place a tail may start, the shortest tail first
        tail = [piece.strip() for piece in pieces[index::2]]
        if not all(tail) or not all(_site_piece(p, outlets, site) or _filler_piece(p) for p in tail):
            break
        head = "".join(pieces[:index - 1]).rstrip()
        if any(_site_piece(p, outlets, site) for p in tail) and weight(head) >= 5:
            cut = index - 1
    return "".join(pieces[:cut]).rstrip() if cut < len(pieces) else title


_TITLE_SEPARATOR = re.compile(r"(\s*(?:[_|｜]|[-–－]{2}|—{2}(?=[^—]{2,12}(?:网|报|台|频道|新闻|在线)$)|\s[-–—－]\s|(?<=[\u4e00-\u9fff）)])[-–—－](?=[\u4e00-\u9fffA-Za-z0-9]))\s*)")


def _site_piece(piece: str, outlets: Outlets, site: str) -> bool:
    """A piece of a title's tail that names a site: 自由时报电子报, 中央社 CNA, 三立新闻网 SETN.COM, 新闻频道."""
    first = piece.split()[0] if piece.split() else piece
    lowered = piece.lower()
    return outlets.looks_like_outlet(piece) or outlets.looks_like_outlet(first) or bool(outlets.find_in(first)) \
        and squash(first).startswith(outlets.find_in(first)) or (bool(site) and squash(piece) in squash(site)) \
        or "网" in first or lowered.endswith((".com", ".cn", ".net", ".hk", ".tw", "news")) or first.endswith("频道")


def _filler_piece(piece: str) -> bool:
    """A piece of a title's tail that is no headline: a section (生活, 国际), a code (D250709), a Latin brand
    or section name (The Paper, TOPick, instant news)."""
    return weight(piece) <= 4 and not re.search(r"[，。？！?!]", piece) or bool(re.fullmatch(r"[A-Za-z0-9 .&'()\-]{2,40}", piece))


_SITE_PREFIX = re.compile(r"^(?P<site>[^»›>|｜_]{2,20}?)\s*(»|›|>>|>|\||｜)\s*(?=\S)")


def _title_credit(title: str, outlets: Outlets) -> re.Match[str] | None:
    """…将全面禁止电子烟(联合即时), …(中央社): the outlet credited in brackets after a headline."""
    credit = re.search(r"\s*[（(](?P<name>[^（()）\d]{2,8})[)）]$", title)
    name = credit.group("name") if credit and credit.start() >= 6 else ""
    if name and outlets.is_medium(name) and not _NOT_OUTLET_IN_TITLE.search(name):
        return credit
    return None


_NOT_OUTLET_IN_TITLE = re.compile(r"(组图|图|视频|全文|附|上|下|续|更新|直播|快讯|专题|社区|社会)$")


def clean_title(title: str, outlets: Outlets, site: str = "") -> str:
    title = re.sub(r"\s+", " ", title).strip()
    pieces = [piece.strip() for piece in re.split(r"_{3,}|—{4,}|-{4,}", title) if piece.strip()]
    if len(pieces) > 1 and weight(pieces[-1]) >= 6:
        title = pieces[-1]  # 谁掏空了医院人力?______「你什么时候去诊所?」…: a series' name, a rule, the headline
    elif len(pieces) > 1 and weight(pieces[0]) >= 6:
        title = pieces[0]  # 靖州:流动“孕妇学校”进乡村----…//---- http:// //: the headline, a rule, leftovers
    title = strip_site_suffix(title, outlets, site)
    prefix = _SITE_PREFIX.match(title)  # 多维博客 » 播客热潮迅速蔓延: a site's name before its headline
    media = prefix and outlets.is_medium(prefix.group("site"))  # not 和返乡潮赛跑的县医院|…
    if prefix and len(title) - prefix.end() >= 6 and (media or (site and squash(prefix.group("site")) == squash(site))):
        title = title[prefix.end():]
    number = DOCUMENT_NUMBER.search(title)
    if number and number.end() >= len(title) - 1 and number.start() >= 6:
        title = title[:number.start()].rstrip(" ，,")
    title = re.sub(r"^(公告主旨|标题主旨|主旨|新闻标题|文章标题|标题|题目|名称|主题)\s*[|｜:：]\s*|(\s*[|｜])+\s*$", "", title)  # 公告主旨 | … |, …隆重召开 | ||||
    credited = re.match(r"^(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})\s*[:：]\s*(?=\S{8,})", title)
    if credited and outlets.known(credited.group("name")) and MEDIUM_ENDING.search(credited.group("name")):
        title = title[credited.end():]  # 新华社:农民的健康要他们“守门”…: a reposter's credit to the outlet
    title = re.sub(r"^[\u4e00-\u9fff]{1,5}(省|市|县|区|州|旗)\s*[|｜]\s*(?=\S{8,})", "", title)  # 利津县|东营市交通运输局…
    section = re.match(r"^(?P<word>[\u4e00-\u9fff]{2,4})\s*[|｜丨]\s*(?=\S{8,})", title)  # 时政|第十三届医博会…: a section
    if section and SECTION_WORD.fullmatch(section.group("word")):
        title = title[section.end():]
    title = re.sub(r"^(转贴|转载|原创)?专栏\s*[:：]\s*(?=\S{6,})", "", title)  # 转贴专栏:重病之下,如何保障?
    title = re.sub(r"^[\u4e00-\u9fff]{0,4}(热点|报道|观察|速递|快讯|聚焦|直击|视点|追踪|新资讯|资讯)\s*[!！:：]\s*(?=\S{8,})", "",
                   title)  # 热点!丰泽:…, 报道:强化…, 天天观察:武汉…
    title = re.sub(r"\s*[（(](\d{1,2}:\d{2}|图文)[)）]$", "", title)  # …医保计划 (11:00), …服务工作(图文)
    credit = _title_credit(title, outlets)
    if credit:
        title = title[:credit.start()].rstrip()
    title = re.sub(r"\s*[（(]\s*(图片来源|圖片來源|图片|圖片|图源|圖源|照片来源|照片來源|Photo)[^（()）]*[)）]$", "", title)  # …(图片来源—疫苗图:Photo by …)
    bilingual = re.fullmatch(r"(?P<han>[^|｜]*[\u4e00-\u9fff][^|｜]*?)\s*[|｜]\s*(?P<latin>[A-Za-z][^\u4e00-\u9fff]{5,})", title)
    if bilingual and weight(bilingual.group("han")) >= 4:
        title = bilingual.group("han").strip()  # 会长通讯:圣诞礼物? | President's Message:Christmas Presents?
    paper = re.match(r"^《(?P<name>[^《》]{2,12})》\s*(?=[\[【][^\[\]【】]{1,8}[\]】]\s*\S{6,})", title)
    if paper and re.search(r"(台|报|网|新闻|电视|电台)$", paper.group("name")) and \
            squash(paper.group("name")) not in squash(title[paper.end():]):
        title = title[paper.end():]  # 《全民新闻台》[港闻]卫生署…: the outlet before its section (not 《汴梁晚报》 alone)
    title = re.sub(r"\s*[-－—]\s*(当前|今日|最新|实时|热点|焦点|环球|全球)?(速读|消息|快讯|看点|资讯|头条|观察|热点|播报|快报)$", "", title)  # …-当前速读
    parts = re.fullmatch(r"(【[^【】]{6,40}】\s*){2,3}", title)  # 【收新症华人诊所表格继续派】【瞬间派光明日请早】
    if parts:
        return re.match(r"【([^【】]+)】", title).group(1).strip()  # type: ignore[union-attr]
    column = re.match(r"^(【[^【】]{1,8}】|\[[^\[\]]{1,8}\]|[（(][^（()）\d]{2,10}[)）])\s*(?=\S{6,})", title)  # 【工作思考】, [北京青年报], (重大疾病预防控制)
    topic = re.match(r"^【(?P<topic>[^【】]{2,24})】\s*(?=\S{6,})", title)  # 【慢性疾病…计划】「慢性疾病…计划」参加人数…
    if not column and topic and squash(topic.group("topic")) in squash(title[topic.end():]):
        column = topic
    title = title[column.end():].strip() if column else title.strip()
    section = re.search(r"(\s+|\s*[-－—_|｜]\s*)[\[【][^\[\]【】\d]{2,6}[\]】]$", title)  # …将达79岁 [法制聚焦], …医共体-【新闻】
    title = title[:section.start()] if section and section.start() >= 6 else title
    title = re.sub(r"^[\u4e00-\u9fff]{2,6}(新闻|资讯|动态|快讯|要闻|频道|论坛)\s+(?=\S{8,})", "", title)  # 世新新闻 提升防疫力!…, 最新资讯 2020年度…
    title = re.sub(rf"(?<=\S{{8}})\s*{_GLUED_DATE.pattern}", "", title)  # …「乐婚愿生」114.02.14: the date glued on
    title = re.sub(r"(?<=\S{8})([\u4e00-\u9fff]{2}网文章|行业动态|行业资讯|行业新闻|公司新闻|公司动态|新闻动态)$", "",
                   title)  # …或限医疗券应用长青网文章, …左右为难行业动态: the site's or section's label glued on
    return re.sub(r"(?<=.{8})\s+[\u4e00-\u9fff]{2}(报道|资讯|关注|版|快讯)$", "", title)  # …重症救治能力 焦点报道, …非挤牙膏 港闻版


def _outlet_in_line(text: str, outlets: Outlets) -> str:
    """An outlet named on a byline or date line: 《光明日报》, 中国城市报 2025年…, …2021-12-20 09:36 黄冈市卫生健康委,
    顶端新闻·河南商报记者马俊峰/文."""
    if re.match(r"\s*第\s*[A-Z]?\d{1,3}\s*版\s*[:：]", text):
        return ""  # 第05版:健康周刊: an e-paper's page and its name, not the paper
    text = text.replace("采访人员", "记者")  # portals reposting news print 记者 as 采访人员
    reporter = re.match(r"^[■●◆]?\s*((整合|综合|采写|撰文|文|图)\s+)?(?P<name>[^，,。\s]{2,20}?)(本报|本刊|本台)?(全媒体?|融媒体?)?"
                        r"(特约|首席|实习)?(记者|通讯员|评论员)", text)  # 湖北日报全媒记者 龚雪: the paper
    if reporter:
        parts = re.split(r"[·•|｜/／╱、]", reporter.group("name").lstrip("【[（("))
        for part in reversed(parts):
            if outlets.looks_like_outlet(part) or (len(parts) == 1 and is_short_outlet(part)):  # 新网记者麻念台台北特稿
                return part
    book = _IN_BOOK.search(text)
    if book and (outlets.looks_like_outlet(book.group("name")) or
                 re.search(r"》\s*(杂志|周刊)?\s*(记者|特约记者|编辑|主笔|撰稿|特约撰稿)", text[book.end() - 1:book.end() + 8])):
        return book.group("name")  # 《光明日报》; 《中国企业家》记者 林涛: a paper's or magazine's reporter
    dateline = re.match(r"^(?P<name>[^，。\s／/]{2,10})\s*[／/]\s*[\u4e00-\u9fff]{2,8}\s*\d{1,2}\s*日\s*(专|特)?电$", text.strip())
    if dateline and outlets.looks_like_outlet(dateline.group("name")):
        return dateline.group("name")  # 中央社／ 台北11日电
    issue = _ISSUE_LINE.match(text)
    if issue and outlets.looks_like_outlet(issue.group("name")):
        return issue.group("name")
    rest = FULL_DATE.sub(" ", text)
    rest = LOOSE_DATE.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _PLACE_NOTE.sub(" ", rest)  # 发布于北京, IP属地：广东: where the post was sent from
    rest = re.sub(r"(官方账号|官方帐号|账号|帐号|官方号)(?=\s|$)", " ", rest)
    rest = re.sub(r"\b(date|原创|来源|发布|时间|(?i:published|updated|posted|last updated|source))\b|[:：|｜·•/]|\s-\s|(?<=\s)-(?=\s)|发表于|发布于|"
                  r"(^|(?<=\s))[\u4e00-\u9fff]{0,4}(时间|日期)(?=[\s:：]|$)", " ", rest)  # 发表时间 2020-12-20: a label
    parts = [_without_place(part).strip("()（）【】[] ") for part in rest.split()]
    if _PLACE_NOTE.search(text) and len(parts) == 1 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9·]{2,12}", parts[0]) \
            and not re.search(r"\d{3}", parts[0]) and not is_person_name(parts[0]):
        return parts[0]  # 2022-06-02 09:52:19政能亮 来自北京市: a platform's post, the account beside its time
    for part in parts:
        numbered_site = bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}\d{2,4}(网|在线)", part))  # 大丰123网
        if outlets.looks_like_outlet(part) and (numbered_site or not re.search(r"\d{3}|\d[年月日时分秒:：]", part)) \
                and weight(part) >= 2 and not ADDRESS.fullmatch(part):
            return part
    for part in parts:  # 昆明日报掌上春城: a paper's name, then its app's
        paper = re.match(r"^[\u4e00-\u9fff]{2,8}?(日报|晚报|早报|都市报|时报)", part)
        if paper and len(part) > len(paper.group(0)) and outlets.looks_like_outlet(paper.group(0)):
            return part
    for part in parts:
        if ADDRESS.fullmatch(part):  # AUTO.SOHU.COM 2005年05月13日: a site's address for its name
            named = outlets.site("http://" + re.sub(r"^https?://", "", part.lower()))
            if named:
                return named
    return ""


def _without_place(part: str) -> str:
    """信息时报(广州) → 信息时报: a paper's name with where it is published (not 渔广新闻(朱力), a reporter)."""
    place = re.search(r"(?<=[\u4e00-\u9fff])[（(](?P<place>[\u4e00-\u9fff]{2,4})[)）]$", part)
    return part[:place.start()] if place and re.fullmatch(_FILED_FROM, place.group("place")) else part


def _labelled_source(text: str) -> str:
    match = _LABELLED_SOURCE.search(text)
    if not match:
        return ""
    if re.match(r"[【\[]?\s*(\S{0,4}(时间|日期)|更新|发布|作者|编辑|责编)\s*[:：]", text[match.start("value"):]):
        return ""  # 【信息来源:【信息时间:…, 来源: 更新:: the label was left blank
    if re.match(r"https?://", text[match.start("value"):]):
        return text[match.start("value"):].split()[0]  # an address: Outlets.tidy names its site, or nothing
    value = clean_source(match.group("value"))
    if not value or re.fullmatch(r"[\d\s\-/.:年月日]+", value) or value in ("本站", "本网", "本站原创", "佚名", "原创"):
        return ""
    return value  # cut to a listed outlet, if need be, by Outlets.tidy when it is offered


def _header_organisation(located: Located, outlets: Outlets) -> Line | None:
    """The first line in the page header shaped like an organisation's name (中共中央党史和文献研究院 over
    a paste cut short): a guess at the site's owner when nothing else names the outlet."""
    for line in located.above()[:15]:
        text = line.text.strip()
        if 4 <= len(text) <= 20 and ORG_ENDING.search(text) and outlets.looks_like_outlet(text) \
                and not re.search(r"[\s|｜>»,，、。:：]|新闻$|资讯$|^(搜寻|搜索|查询|登录|登入|注册|订阅|更多|最新|热门)", text):
            return line
    return None


def _cut_glued_caption(text: str, title: str) -> str:
    """A picture's alt text and caption glued onto a paragraph: …一路往失能走」标题…示意图。（资料照）."""
    key = title[:12]
    if len(key) >= 8 and _GLUED_CAPTION_END.search(text):
        at = text.find(key, 1)
        if at > 0:
            return text[:at].rstrip()
    return text


def _tells(caption: str) -> bool:
    """A caption that is a sentence (5月19日，在圣多明各，阿比纳德尔发表胜选演讲。), not a label."""
    return weight(caption) >= 12 and bool(re.search(r"[，。；]", caption))


_CLOSING_SIGNATURE = re.compile(r"(?<=[。！？”])\s*[（(][\u4e00-\u9fff]{2,10}(·[\u4e00-\u9fff]{2,10})?(记者)?\s+[\u4e00-\u9fff·]{2,4}"
                                r"(\s+(通讯员|实习生|记者)\s*[\u4e00-\u9fff·、\s]{2,12})*[)）]\s*$")


# A short line with no Chinese in a Chinese article: buttons, players, adverts, credits, a forum's watermark;
# a quoted name (“Lady Gaga”) in a list of quotes stays, and so does a whole English sentence.
_LATIN_CHROME = re.compile(r"(?![“\"「『].*[”\"」』]$)(?=.{1,80}$)[^\u3400-\u9fff\u3000-\u303f\uff00-\uffef]*[A-Za-z]"
                           r"[^\u3400-\u9fff\u3000-\u303f\uff00-\uffef]*")
_LATIN_SENTENCE = re.compile(r"[A-Z][^.!?]*(\s+\S+){5,}[.!?]")


def _body(located: Located, title: str) -> list[Line]:
    title_key = squash(title)
    printed_key = squash(located.lines[located.title].text) if located.title is not None else title_key  # 利津县|…
    kept: list[Line] = []
    header_end = max([located.title if located.title is not None else -1, *located.meta]) + 1
    gap = list(located.lines[header_end:located.body[0]]) if header_end > 0 else []
    # A photo report's captions between its byline and its text (…在田间地头给村民测量血压(2023年12月6日摄)。) open
    # it; one picture's caption there is the lead picture's, and goes.
    captions = [line for line in gap if line.kind == "caption" and _tells(_CREDIT.sub("", line.text))]
    opening = gap if len({squash(line.text) for line in captions}) >= 2 and all(line.kind in ("caption", "clutter") for line in gap) else []
    body_text = "".join(line.text for line in located.body_lines())
    chinese = len(re.findall(r"[\u3400-\u9fff]", body_text)) >= len(re.findall(r"[A-Za-z]", body_text))
    for line in opening + located.body_lines():
        if line.kind in ("clutter", "meta", "date", "label", "byline", "link", "stop", "table", "outlet"):
            continue  # (an outlet's name alone on its line is the page's credit, never a paragraph)
        if line.kind == "caption" and (not _tells(_CREDIT.sub("", line.text)) or (line not in opening and _CREDIT.search(line.text))):
            continue  # a credit, a portrait's name and post; a caption that tells what happened stays
        if re.match(r"[▲△]?\s*图为", line.text) and line not in opening:
            continue  # 图为2023年1月5日,新冠患者在…输液。: a picture's caption, however long
        if _SUMMARY.match(line.text) or (title_key and squash(clean_title_plain(line.text)) in (title_key, printed_key)):
            continue  # a summary box, or the title printed again above the body
        if chinese and _LATIN_CHROME.fullmatch(line.text.strip()) and not _LATIN_SENTENCE.fullmatch(line.text.strip()):
            continue  # Advertisement, AFP pic, Play all audios:, Leave a comment: a page's chrome in Latin letters
        kept.append(line)
    while kept and kept[-1].kind in ("heading", "short") and not _FINAL_MARK.search(kept[-1].text):
        kept.pop()  # subheads or labels with no text after them
    # A picture's caption over a subhead: two headline-like lines, then text; the first tells the picture.
    return [line for index, line in enumerate(kept)
            if not (0 < index < len(kept) - 2 and line.kind == "heading" and weight(line.text) >= 8
                    and kept[index + 1].kind == "heading" and kept[index + 2].kind == "content"
                    and kept[index - 1].kind == "content")]


def clean_title_plain(text: str) -> str:
    number = DOCUMENT_NUMBER.search(text)
    return text[:number.start()].rstrip() if number and number.start() >= 6 else text


def _headline(lines: list[Line], located: Located, meta_title: str, outlets: Outlets, site: str) -> str:
    """The headline as printed, with its kicker (引题) above or its ——subtitle below when the page shows
    them as one headline: the kicker when the metas' title holds it too or it is a quotation, the
    subtitle when it opens with a dash."""
    index = located.title or 0
    text = clean_title(lines[index].text, outlets, site)
    for line in lines[index + 1:index + 4]:  # 优宝购物…取货付款,中国进口药逐步退市…: a shop's line ending
        alone = clean_title(line.text, outlets, site)  # in the headline, and the headline again on its own
        before = squash(text)[:len(squash(text)) - len(squash(alone))]
        if weight(alone) >= 8 and squash(text).endswith(squash(alone)) and re.search(r"[,，|｜]$", before) \
                and is_titleish(alone):
            return alone
    issuer = lines[index - 1].text.strip() if index > 0 else ""
    if re.match(r"^关于.{4,60}(公告|通知|决议|提示)$", text) and re.fullmatch(r"[\u4e00-\u9fff（）()]{4,30}(有限公司|有限责任公司|集团)", issuer):
        return issuer + text  # 东北制药集团股份有限公司 / 关于孙公司获得药品注册证书的公告: a listed company's notice
    kicked = re.match(r"^[^—－\s]{2,10}[—－]{2}\s+(?P<main>\S.{7,})$", text)
    if kicked:  # 石桥镇分院—— 让胸痛“起跑第一公里”跑出“加速度”: a 引题 set on the headline's line
        return kicked.group("main")
    if re.match(r"^[—－]{1,2}\S", text) and index > 0 and is_titleish(lines[index - 1].text):
        return clean_title(lines[index - 1].text, outlets, site) + text  # the line taken was the ——subtitle
    after = lines[index + 1] if index + 1 < len(lines) else None
    if after is not None and after.kind in ("heading", "content") and re.match(r"^[—－-]{1,2}[^\s—－-]", after.text) \
            and weight(after.text) <= 40:
        text += after.text.strip()
    kicker = lines[index - 1] if index > 0 else None
    if kicker is not None and kicker.kind in ("heading", "link", "content") and weight(kicker.text) <= 40 \
            and not re.search(r"[。！？!?]$", kicker.text.strip()):  # 毕节市政协召开…机构 / 服务能力…会议: one
        whole = squash(kicker.text) + squash(text)  # headline broken over two lines, as its lead repeats it
        if weight(whole) >= 16 and any(whole in squash(line.text) for line in lines[index + 1:index + 4]):
            return kicker.text.strip() + text
    if kicker is not None and kicker.kind in ("heading", "link") and is_titleish(kicker.text) \
            and not outlets.looks_like_outlet(kicker.text) and _letters(kicker.text) != _letters(text):
        joined = f"{kicker.text.strip()} {text}"
        quoted = located.kicker == index - 1 and bool(QUOTED_KICKER.fullmatch(kicker.text.strip()))
        if (meta_title and squash(joined) in squash(meta_title)) or quoted:
            text = joined  # “国家喊你减肥了” 体重管理成全民健康新风尚; a plain 引题 goes to the note
    return text


def _letters(text: str) -> str:
    """What a line says, without spaces, punctuation or arrows (>疫情… is the headline printed again)."""
    return re.sub(r"[\W_]+", "", text)


def _rule_groups(text: str, rules: Rules) -> tuple[dict[str, str], int]:
    """The named groups a metadata or header rule found on a line, and its worth (labelled or not)."""
    found = rules.metadata(text)
    if not found:
        return {}, PAGE
    groups = {name: value.strip() for name, value in found[0].groupdict().items() if value and value.strip()}
    return groups, found[1]


def read_article(located: Located, hints: Hints, rules: Rules, outlets: Outlets, origin: str, *,
                 known: dict[str, Found], site: str = "", url: str = "") -> Draft | None:
    """The draft article of a located page, or None when no body is left."""
    lines = list(located.lines)
    fields = _Fields(origin, {}, outlets)
    review: list[str] = []

    # The title: the headline as the page prints it, when the page's metas agree or it stands over its
    # byline block; the metas' title when the page prints it too; the cleaned <title> last.
    if hints.title:
        fields.offer("title", hints.title, "--title 参数")
    for line in [lines[i] for i in located.meta] + located.above()[-14:]:
        labelled = _rule_groups(line.text, rules)[0].get("title", "") if line.kind in ("meta", "label") else ""
        if labelled and is_titleish(labelled):
            fields.offer("title", clean_title(labelled, outlets, site), _where(origin, line) + "（标题栏）")
    printed = ""
    meta_title = clean_title(known["title"].value, outlets, site) if "title" in known else ""
    if meta_title and outlets.looks_like_outlet(re.split(r"[_|｜\-–—]", meta_title)[0]):
        meta_title = ""  # the page's <title> names only the site (北医新闻网_(新闻))
    if located.title is not None:
        printed = _headline(lines, located, meta_title, outlets, site)
    agree = printed and meta_title and (squash(printed) in squash(meta_title) or squash(meta_title) in squash(printed))
    if printed and meta_title and not agree and located.title is not None and any(
            squash(line.text) == squash(meta_title) for line in lines[max(0, located.title - 3):located.title]):
        fields.offer("title", meta_title, known["title"].where + "（与页面上方所印标题一致）")  # a deck was taken
    if printed and (agree or located.meta or not meta_title):
        fields.offer("title", printed, _where(origin, lines[located.title or 0]))
    lead = _BRACKET_LEAD.match(lines[located.body[0]].text) if located.body[0] < len(lines) else None
    if lead and (located.title is None or not printed or re.search(r"\.\.\.|…", meta_title)):
        # A post whose headline is its 【lead】 (微博); the page's title cut it short (【安徽阜阳一动物园2...).
        fields.offer("title", lead.group("title"), _where(origin, lines[located.body[0]]) + "（正文开头【】中的标题）")
    if meta_title and any(squash(line.text) == squash(meta_title) for line in lines):
        fields.offer("title", meta_title, known["title"].where)
    if printed:
        fields.offer("title", printed, _where(origin, lines[located.title or 0]))
    if meta_title:
        fields.offer("title", meta_title, known["title"].where)
    title = fields.values["title"].value if "title" in fields.values else ""

    body = _body(located, title)
    if not body:
        return None
    # …在“家门口”享受便捷、专业的中医保健服务。谢贵明 摄: a photo report's paragraph keeps its words, not its credit
    paragraphs = [_PHOTO_CREDIT_END.sub("", _cut_glued_caption(line.text, title)) for line in body]

    # The outlet.
    if hints.source:
        fields.offer("source", hints.source, "--source 参数")
    meta_lines = [lines[i] for i in located.meta]
    groups = [(line, *_rule_groups(line.text, rules)) for line in meta_lines]
    below = located.below()[:10]
    trailer = [(line, *_rule_groups(line.text, rules)) for line in below]
    # Labelled lines first (来源：, the rules' metadata_lines, editors' own included), by the headline, then
    # after the body; then the body's dateline; then what an unlabelled header line says.
    for line, found, worth in groups + trailer:
        if worth == STRONG:
            fields.offer("source", outlets.labelled(found.get("source", "")), _where(origin, line))
    closing = [line for line in located.body_lines()[-3:] if line not in body]  # 转自《北京科技报》 under the text
    for line in meta_lines + below + body[-3:] + closing:
        if (line in body or line in closing) and not re.match(r"^[（(【\[]?(本文|文章|稿件|此文)?(来源|转自|摘自|选自|来自)", line.text):
            continue  # in the body only a line that is itself a 来源 note counts: （本文来源：经济日报 作者：…）
        fields.offer("source", outlets.labelled(_labelled_source(line.text)), _where(origin, line))
        reprint = _REPRINT.search(line.text)  # （转自《北京科技报》）
        if reprint and outlets.looks_like_outlet(reprint.group("name")):
            fields.offer("source", reprint.group("name"), _where(origin, line))
    for line in located.above()[-12:]:  # 发布机构 | 市医疗保障局 | 发文日期 |: a catalogue above the headline names the issuer
        if line.kind == "label" and re.match(r"(发布机构|发文机关|发布单位|发文单位)\s*[:：|｜]", line.text):
            fields.offer("source", outlets.labelled(_labelled_source(line.text)), _where(origin, line))
    agency = next((m for m in (_DATELINE_AGENCY.match(line.text) for line in body[:2]) if m), None)
    if agency:
        fields.offer("source", outlets.listed_name(agency.group("agency")), _where(origin, body[0]) + "电头")
    for line, found, worth in groups:
        if worth == WEAK:
            fields.offer("source", outlets.labelled(found.get("source", "")), _where(origin, line))
    for line in meta_lines:
        if line.kind in ("date", "byline", "meta"):  # 广西新闻|来源:广西日报…: the labelled outlet, not the section
            labelled = _labelled_source(line.text) if re.search(rf"({SOURCE_LABEL})\s*[:：|｜丨]", line.text) else ""
            fields.offer("source", labelled or _outlet_in_line(line.text, outlets), _where(origin, line))
        elif line.kind == "outlet" and located.title is None:  # the account over its post's time
            fields.offer("source", line.text.strip(), _where(origin, line) + "（账号名）")
    for line in body[:3]:  # the outlet's own lead (not 据…消息, which cites another), maybe under a caption
        lead = _LEAD_OUTLET.match(line.text) or _LEAD_OUTLET.match(re.sub(r"^【[^【】]{6,80}】", "", line.text))
        name = _lead_outlet_name(lead.group("name"), outlets) if lead and not _OWN_PAPER.match(line.text) else ""
        own_news = re.match(r"^(?P<name>[\u4e00-\u9fff]{2,8})讯\s+(\d{4}\s*年|\d{1,2}\s*月)", line.text) or \
            re.match(r"^(?P<name>[\u4e00-\u9fff]{2,8}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*讯", line.text) or \
            re.match(r"^(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*(APP|App|app|客户端)?\s*获悉\s*[,，]", line.text)
        # 白和黄讯 2017年3月5日, 投中健康1月15日讯, 智通财经APP获悉,: the outlet's own lead
        if not name and own_news and not re.search(r"(快|简|喜|资|通|短|特|音|电|新华|本报|本网|本刊)$|^本(报|网|刊|台)",
                                                    own_news.group("name")):
            name = own_news.group("name")
        wrapped = re.match(r"^\s*[【\[（(](?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*(\d{4}\s*年)?\s*(\d{1,2}\s*月\s*\d{1,2}\s*日)?"
                           r"(专讯|讯)[】\]）)]", line.text)  # (华页讯), 【菲华吧2022年8月3日专讯】: the site's own lead, bracketed
        if not name and wrapped and not re.match(r"本(报|网|刊|台|站)", wrapped.group("name")) \
                and not re.fullmatch(_FILED_FROM, wrapped.group("name")):
            name = wrapped.group("name")
        reporter = re.match(r"^(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(《[^》]{1,12}》)?(特约)?记者", line.text)  # 中国新闻网《民生调查局》记者调查发现
        if not name and reporter and outlets.known(reporter.group("name")):
            name = reporter.group("name")
        barred = re.match(r"^(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[|丨｜]\s*\S", line.text)
        if not name and barred and not re.fullmatch(_FILED_FROM, barred.group("name")):
            name = barred.group("name")  # 格隆汇9月19日丨…: the outlet, its day, a bar, then the text
        announced = re.match(r"^(?P<name>[\u4e00-\u9fffA-Za-z+]{2,10}?)(报道|播报|讯)\s*[:：]", line.text)  # 云上通山报道:(通讯员…)
        if not name and announced and not re.match(r"本(报|台|网|刊|站)|.*(讯|记者|通讯员)", announced.group("name")) and not re.search(
                r"(媒体|媒|记者|本台|本报|本网|本刊|相关|有关|综合|新闻|快|简|通|资|喜|音|电)$", announced.group("name")):
            name = announced.group("name")
        bracketed = re.match(r"^【(?P<name>[^【】\s]{2,16})】\s*\S", line.text)  # 【Now新闻台】政府计划…
        if not name and bracketed and outlets.looks_like_outlet(bracketed.group("name")):
            name = bracketed.group("name")
        if name:
            fields.offer("source", outlets.listed_name(name), _where(origin, line) + "导语")
    for line in body[-3:] + below[:2]:  # (内容来源:越牛新闻综合), (供稿:卫生食品药品监督管理局 洪玮): the text's source at its end
        credited = re.search(r"[（(]\s*(内容|信息|文章|稿件|新闻)?(来源|供稿|稿源)\s*[:：]\s*(?P<name>[^（()）\s]{2,20})(\s+[\u4e00-\u9fff·]{2,4})?\s*[)）]\s*$",
                             line.text)
        credited_name = clean_source(credited.group("name")) if credited else ""
        if credited_name:
            fields.offer("source", outlets.listed_name(credited_name), _where(origin, line) + "（文末来源）")
        signature = _CLOSING_SIGNATURE.search(line.text)
        name = re.sub(r"[·记\s].*$", "", signature.group(0).strip(" （(")) if signature else ""
        if name and outlets.looks_like_outlet(name):  # (齐鲁晚报·齐鲁壹点 郭纪轩 通讯员 孟丽)
            fields.offer("source", outlets.listed_name(name), _where(origin, line) + "（文末署名）")
    signed = [line for line in below[:2] if re.fullmatch(r"\s*[（(][^（()）]{2,20}[)）]\s*", line.text)]  # (禹城市CDC)
    signed += [line for line in body[:3] if re.search(r"[（(][^（()）]{2,20}记者[^（()）]{2,12}[)）]$", line.text)]  # (第一健康报道北京 记者康梅)
    for line in body[-2:] + signed[:2]:  # …降幅52%。(新华社)  …(玉溪日报记者 白诚颖): the outlet credited at the end
        credit = _CLOSING_CREDIT.search(line.text)
        name = _lead_outlet_name(credit.group("name"), outlets) if credit else ""
        agency = _DATELINE_AGENCY.match(line.text[credit.start():]) if credit else None
        if agency:
            name = agency.group("agency")  # (据新华社北京10月25日电): the agency, not 新华 before 社北京
        if name and not is_person_name(name) and not re.search(r"图|照|片|撷取|取自|据|转|自", name):
            fields.offer("source", outlets.listed_name(name), _where(origin, line) + "（文末署名）")
    for line in body[-3:] + below[:3]:  # 潇湘晨报综合, 据新华社: the outlet a repost was compiled from, on a line of its own
        compiled = re.fullmatch(r"\s*[（(]?(据\s*(?P<cited>[\u4e00-\u9fffA-Za-z]{2,12}?)(报道|消息)?|"
                                r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(综合|综合报道|编译|整理))[)）]?\s*", line.text)
        named = (compiled.group("cited") or compiled.group("name")) if compiled else ""
        by_shape = bool(compiled and compiled.group("name"))  # 潇湘晨报综合 may be unlisted; 据… must name a listed outlet
        if named and (outlets.known(named) or (by_shape and outlets.looks_like_outlet(named))):
            fields.offer("source", outlets.listed_name(named), _where(origin, line) + "（文末出处）")
    for line in below[:10]:  # 新华社国内部出品: a production credit under a card set, by a listed outlet's desk
        produced = re.fullmatch(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?)(联合)?(出品|制作)\s*", line.text)
        listed = outlets.find_in(produced.group("name")) if produced else ""
        if listed:
            fields.offer("source", listed, _where(origin, line) + "（出品）")
    between = lines[(located.title or 0) + 1:located.body[0]] if located.title is not None else []
    for line in between[:6] + located.body_lines()[:2]:  # 文／中央社: the text credited to an outlet, not a writer
        credited_to = re.fullmatch(r"\s*(文|图文|文字|稿)\s*[/／]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s*", line.text)
        if credited_to and outlets.is_medium(credited_to.group("name")):
            fields.offer("source", outlets.listed_name(credited_to.group("name")), _where(origin, line) + "（署名）")
    for index, line in enumerate(between[:6]):
        followed = between[index + 1].text.strip() if index + 1 < len(between) else ""
        account = line.kind == "outlet" and followed in FOLLOW_BUTTONS
        pictured = index > 0 and re.search(r"(图像|图片|照片)来源\s*[，,:：]?\s*$", between[index - 1].text)
        if not pictured and (account or (index < 3 and line.kind in ("short", "heading", "outlet")
                                         and outlets.looks_like_outlet(line.text))):  # (图像来源， / BBC: a picture's credit)
            fields.offer("source", line.text, _where(origin, line))
    if "source" in known:
        fields.offer("source", known["source"].value, known["source"].where)
    if "source" not in fields.values and _OWN_PAPER.match(body[0].text):
        header_outlets = [_outlet_in_line(line.text, outlets) for line in located.above() if line.kind in ("date", "meta")]
        paper = next((name for name in header_outlets if name), "") or site
        fields.offer("source", paper, "本报讯所指的报纸（页头）")
    for index, line in enumerate(below):
        after = below[index + 1] if index + 1 < len(below) else None
        if after is not None and after.kind == "date" and outlets.looks_like_outlet(line.text) \
                and weight(line.text) <= 20 and not _SECTION_HEADER.fullmatch(line.text.strip()):
            fields.offer("source", line.text, _where(origin, line) + "（落款）")
    position = {id(line): index for index, line in enumerate(lines)}
    for line in reversed(body[1:][-3:]):  # a signature at the body's end: 国家卫生健康委办公厅 over its date
        following = position[id(line)] + 1
        if outlets.looks_like_outlet(line.text) and weight(line.text) <= 20 and following < len(lines) \
                and not _SECTION_HEADER.fullmatch(line.text.strip()) \
                and lines[following].kind == "date":
            fields.offer("source", line.text, _where(origin, line) + "（落款）")
    letter = _covering_letter_signature(located.body_lines()[:12], outlets)
    if letter:
        fields.offer("source", letter[0], _where(origin, letter[1]) + "（印发通知的落款）")
    text_lines = located.body_lines()
    for line in text_lines[:10] + text_lines[-4:] + [line for line in below[:3] if line.kind in ("byline", "meta")]:
        if re.search(r"(记者|通讯员|撰稿|评论员)", line.text) and weight(line.text) <= 40:
            fields.offer("source", _outlet_in_line(line.text, outlets), _where(origin, line) + "（署名）")
    for line in located.above():
        if line.kind in ("date", "meta", "label"):
            fields.offer("source", _labelled_source(line.text) or _outlet_in_line(line.text, outlets),
                         _where(origin, line) + "（页头）")
    issuer = _ISSUER_TITLE.match(title) if title else None
    if issuer and not re.match(r"^(市|省|县|区|州|本)", issuer.group("org")):
        fields.offer("source", issuer.group("org"), "标题中的发文机关")
    for line in lines[max(0, (located.title or 0) - 2):located.body[0]]:  # @人民日报: the posting account
        handle = re.fullmatch(r"\s*@(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,16})\s*", line.text)
        if handle:
            fields.offer("source", handle.group("name"), _where(origin, line) + "（账号）")
    if located.title is not None:  # [北京青年报] 老年健康服务中心…: the outlet in brackets before the headline
        tagged = re.match(r"^\s*[\[【](?P<name>[^\[\]【】]{2,8})[\]】]", lines[located.title].text)
        if tagged and outlets.looks_like_outlet(tagged.group("name")):
            fields.offer("source", tagged.group("name"), _where(origin, lines[located.title]) + "（标题前的媒体名）")
    headline = lines[located.title] if located.title is not None else None
    credit = _title_credit(clean_title_plain(headline.text.strip()), outlets) if headline else None
    if headline and credit:
        fields.offer("source", outlets.listed_name(credit.group("name")), _where(origin, headline) + "（标题后的媒体名）")
    if title:
        known_in_title = outlets.find_in(title[:14])
        if known_in_title and squash(title).startswith(known_in_title):
            fields.offer("source", known_in_title, "标题中的机构名")
    if located.title is not None and located.meta:
        under = lines[located.title + 1]
        if under.kind in ("short", "heading") and 2 <= weight(under.text) <= 10 and \
                re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9·]+", under.text.strip()) and \
                not _NOT_ACCOUNT.fullmatch(under.text.strip()) and not is_person_name(under.text) and \
                (squash(lines[located.title].text).startswith(squash(under.text))
                 or squash(under.text) not in squash(lines[located.title].text)):
            # (胃癌筛检 under 明年胃癌筛检纳公费…: a tag from the headline's middle; 行政会 opens its own headline)
            fields.offer("source", under.text.strip(), _where(origin, under) + "（标题下的账号名）")
    for index, line in enumerate(located.above()):  # a platform's card for the posting account
        card = " ".join(other.text for other in located.above()[index + 1:index + 4])
        if line.kind in ("short", "heading", "outlet") and 2 <= weight(line.text) <= 12 and \
                not re.search(r"[，。：:|｜]", line.text) and _ACCOUNT_CARD.search(card):
            fields.offer("source", line.text.strip(), _where(origin, line) + "（作者账号）")
    for line in located.body_lines()[:12]:  # 告诉《生命时报》记者, 接受端传媒采访: the outlet's own reporter in the text
        name = _interviewing_outlet(line.text, outlets)
        if name:
            fields.offer("source", outlets.listed_name(name), _where(origin, line) + "（正文中的本媒体记者）")
            break
    for line in located.above() + located.body_lines()[:2] + below[:4]:  # 来源:原创 作者:资阳区卫生健康综合监督执法局
        writer = re.search(r"(作者|撰稿|供稿)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{4,20})(\s|$)", line.text)
        if writer and weight(line.text) <= 40 and ORG_ENDING.search(writer.group("name")) and outlets.looks_like_outlet(writer.group("name")):
            fields.offer("source", writer.group("name"), _where(origin, line) + "（署名的机构）")
    site_name, site_where = site_name_of(lines, known.get("site", Found("", "")).value, url, outlets)
    offered = fields.values.get("source")
    if offered and not offered.where.startswith("--") and site_name and squash(offered.value) != squash(site_name) \
            and squash(site_name).endswith(squash(offered.value)) and weight(offered.value) >= 2 \
            and not outlets.known(offered.value):
        fields.values["source"] = Found(site_name, site_where)  # 报纸网 on the byline, 查报纸网 the site's full name
    fields.offer("source", site_name, site_where)

    # The date.
    if hints.date:
        fields.offer("date", hints.date.isoformat(), "--date 参数")
    for line, found, _ in groups:
        date = parse_full_date(found.get("date", ""))
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line))
    for line in sorted(meta_lines, key=lambda line: not _PUBLISHED.search(line.text)):
        date = parse_full_date(line.text)
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line))
    if "date" in known:
        fields.offer("date", known["date"].value, known["date"].where)
    headline_line = lines[located.title] if located.title is not None else None
    glued = re.search(rf"(?<=\S)\s*{_GLUED_DATE.pattern}", headline_line.text) if headline_line else None
    date = parse_full_date(glued.group("date")) if glued else None
    if headline_line and date:  # …助攻情侣「乐婚愿生」114.02.14: the date printed on the headline's line
        fields.offer("date", date.isoformat(), _where(origin, headline_line) + "（标题行）")
    for line in reversed(located.above()):
        if line.kind in ("date", "meta", "label", "byline") and (_PUBLISHED.search(line.text) or  # 成文日期：2021-12-10 in a catalogue
                                                       re.match(r"(成文日期|发文日期|公开日期|生成日期)\s*[:：|｜]", line.text)):
            date = parse_full_date(line.text)
            if date:
                fields.offer("date", date.isoformat(), _where(origin, line) + "（页头）")
    if letter:
        date = parse_full_date(letter[2].text)
        if date:
            fields.offer("date", date.isoformat(), _where(origin, letter[2]) + "（印发通知的落款）")
    for line in lines[-6:]:  # 2020-07-22 1 1 濮阳日报 c64608.html … /enpproperty-->: the e-paper's own record of the article
        record = E_PAPER_RECORD.match(line.text)
        date = parse_full_date(record.group("date")) if record and record.group("date") else None
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line) + "（电子版的文章记录）")
    closing_dates = [line for line in located.below()[:8] if line.kind == "date"]
    for line in closing_dates if len(closing_dates) <= 2 else []:  # three or more: a list's dates (国内新闻精选)
        date = parse_full_date(line.text)
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line) + "（文末日期）")
    for line in reversed(located.above()):
        if line.kind in ("date", "meta", "label", "heading", "byline") and weight(line.text) <= 40:
            date = parse_full_date(line.text)  # 记者: Admin 时间: 2024-11-5 11:50 AM over a forum's print view
            if date:
                fields.offer("date", date.isoformat(), _where(origin, line) + "（页头）")
    header_dates = [line for line in reversed(located.above()) if line.kind == "date" and weight(line.text) <= 24]
    for line in meta_lines + header_dates[:1]:  # 央视新闻 24-10-08 18:32 over a post
        date = parse_short_year_date(line.text, hints.reference)
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line))
    for line in meta_lines + header_dates[:1]:  # 13/03/2026 over the headline, as a page's date bar prints it
        year_last = parse_year_last_date(line.text)
        if year_last and "date" not in fields.values:
            fields.offer("date", year_last[0].isoformat(), _where(origin, line)
                         + ("" if year_last[1] else "（日、月的先后不能确定，按日在前）"))
            if not year_last[1]:
                review.append("date")
    for line in body[:2]:  # 【大纪元2023年01月19日讯】: the lead's own date, before any date in the text
        lead = re.match(r"^[【\[（(][^【】\[\]（()）]{0,16}?(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(讯|电|报道|报导)", line.text)
        date = parse_full_date(lead.group("date")) if lead else None
        if date:
            fields.offer("date", date.isoformat(), _where(origin, line) + "导语")
    if "date" not in fields.values:
        for line in meta_lines:
            relative = parse_relative_date(line.text, hints.reference) if weight(line.text) <= 30 else None
            if relative:
                fields.offer("date", relative.isoformat(), _where(origin, line) + f"（相对日期，据{hints.reference_where}推算）")
                if hints.reference_where != REFERENCE_GIVEN:
                    review.append("date")
    if "date" not in fields.values:
        for line in meta_lines:
            date = parse_short_date(line.text, hints.reference)
            if date:
                fields.offer("date", date.isoformat(), _where(origin, line) + f"（年份据{hints.reference_where}推断）")
                if hints.reference_where != REFERENCE_GIVEN:
                    review.append("date")
    if "date" not in fields.values:
        in_text = find_date(body[0].text, hints.reference)
        if in_text:
            date, year_inferred = in_text
            where = _where(origin, body[0]) + "正文"
            if year_inferred:
                where += f"（年份据{hints.reference_where}推断）"
            fields.offer("date", date.isoformat(), where)
            if year_inferred and hints.reference_where != REFERENCE_GIVEN:
                review.append("date")
        else:
            fields.offer("date", hints.reference.isoformat(), f"未找到（暂用{hints.reference_where}）")
            review.append("date")

    # The URL.
    if hints.url:
        fields.offer("url", hints.url, "--url 参数")
    if "url" in known:
        fields.offer("url", known["url"].value, known["url"].where)
    for line in located.lines:
        match = re.fullmatch(r"(原文链接|链接|原文地址|URL|网址)\s*[:：]\s*(?P<url>https?://\S+)", line.text)
        if match:
            fields.offer("url", match.group("url"), _where(origin, line))

    if "title" not in fields.values:
        first = re.split(r"(?<=[。！？])", paragraphs[0])[0]
        fields.offer("title", first[:30], "未找到（暂用正文首句，请改写）")
        review.append("title")
    if "source" not in fields.values:
        owner = _header_organisation(located, outlets)
        if owner is not None:
            fields.offer("source", owner.text.strip(), _where(origin, owner) + "（页头的机构名，请核对）")
            review.append("source")
    if "source" not in fields.values:
        fields.offer("source", PLACEHOLDER_SOURCE, "未找到")
        review.append("source")
    if "url" not in fields.values:
        fields.values["url"] = Found("", "未找到")
        review.append("url")

    author = ""
    for line in meta_lines + [lines[i] for i in range(located.body[0], located.body[1])] + below:
        byline = rules.matches("bylines", line.text) if line.kind == "byline" else None
        if byline and byline.groupdict().get("author"):
            author = byline.group("author").strip()
            break
        if line.kind == "byline":
            author = re.sub(r"^[◎○●■□（(]\s*|^(文|图|文/图|图/文|撰文|撰稿|作者)[\s/｜|:：]+|[)）]$", "", line.text).strip()
            break
    if not author:
        author = next((found["author"] for _, found, _ in groups + trailer if found.get("author")), "")
    original = next((found["original_title"] for _, found, _ in groups + trailer if found.get("original_title")), "")
    header = {located.title, located.kicker, *located.meta} - {None}
    dropped = len(located.lines) - len(body) - len(header)
    is_title = squash(fields.values["title"].value)
    paragraphs = [p for p in paragraphs if squash(p) != is_title]
    paragraphs = _without_teaser(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        # 【孙春兰:深化“三医”联动改革…】财联社2月7日讯: the headline again in brackets before the lead, or before
        # a paragraph further down where a page's next part begins
        echoed = re.match(r"^(#[^#【】]{2,40}#\s*)?【#?(?P<head>[^【】#]{6,80})#?】", paragraph)
        if echoed and squash(echoed.group("head")).endswith(is_title):
            paragraphs[index] = paragraph[echoed.end():].lstrip()
    if paragraphs:  # …造福桑梓。 (齐鲁晚报·齐鲁壹点 郭纪轩 通讯员 孟丽): the reporters' credit, read above, is cut
        paragraphs[-1] = _CLOSING_SIGNATURE.sub("", paragraphs[-1]).rstrip()
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    # 【大纪元10月27日报导】: the byline in brackets a report opens with (its outlet was read above) is cut
    while paragraphs and (lead := _LEAD_BYLINE.match(paragraphs[0])):
        paragraphs[0] = paragraphs[0][lead.end():].lstrip()
        if not paragraphs[0]:
            paragraphs.pop(0)
    if not paragraphs:
        return None
    title_found, source_found = fields.values["title"], fields.values["source"]
    by_outlet = re.fullmatch(rf"(?P<head>.{{8,}}?)\s+{re.escape(source_found.value)}", title_found.value) if source_found.value else None
    if by_outlet and not title_found.where.startswith("--"):  # …降至1% 有线新闻: the outlet signs the headline
        fields.values["title"] = Found(by_outlet.group("head"), title_found.where)
    notes = [f"原标题：{original}"] if original else []
    kicker_text = lines[located.kicker].text.strip() if located.kicker is not None else ""
    if kicker_text and squash(kicker_text) not in squash(fields.values["title"].value):
        notes.append(f"引题：{kicker_text}")
    return Draft(
        title=fields.values["title"], source=fields.values["source"], url=fields.values["url"],
        date=fields.values["date"], paragraphs=tuple(paragraphs), author=author if is_titleish(author) or
        weight(author) <= 20 else "", note="；".join(notes),
        review=tuple(name for name in REVIEW_ORDER if name in review), dropped=dropped)
