"""Where the article is among a page's lines, found the way jusText and boilerpipe find it in HTML.

A page's text (a select-all paste, or the text of a saved page) is mostly not the article: navigation,
breadcrumbs, tool bars, related-link lists, comments, footers. Each line is scored by what it looks like
(its length, its share of sentence punctuation, whether it is a list of links, a label, a date line, or
matches a clutter rule), and the article's body is the stretch of lines with the greatest total score
(clutter costs, prose pays, a short line in the middle costs little). A stop line (相关阅读, 评论) is a
wall no stretch crosses, with two exceptions seen on real pages: a 推荐阅读 box inside the article (more
prose after it, with no headline or date of its own, is more of the article), and a page that shows more
after its article (the first dated article above a stop line is the page's, however long what follows).
Runs of lines are read together before scoring: three or more headlines in a row are a link list, items
each with its own date are a teaser list, a data table pasted a cell a line is neutral, a document title
set over several centred lines is one title.
The headline is then read from the lines just above the body: the headline-like line above the
byline/date/来源 block (up to 40 lines of player or tool-bar chrome away), else the first headline-like
line of the short lines above it; a post with no headline has its byline block read all the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bulletin.ingest.dates import (
    BOUND,
    CHINESE_MONTH_DATE,
    ENGLISH_DATE,
    FULL_DATE,
    LOOSE_DATE,
    NUMERIC_DATE_YEAR_LAST,
    ROC_DATE,
)
from bulletin.ingest.labels import SOURCE_LABEL
from bulletin.ingest.outlets import ORG_ENDING, Outlets, is_person_name, squash
from bulletin.ingest.paste import Paragraph
from bulletin.ingest.rules import Rules

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003fffd]")
_LATIN_WORD = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")
_SENTENCE_MARKS = re.compile(r"[，。；！？、,;!?]")
_FINAL = re.compile(r"[。！？!?][”’」』）)]*$")
_OPEN_END = re.compile(r"[，,、；;：:]$")
# A list of links on one line: three or more short parts apart by wide gaps or bars.
_PARTS = re.compile(r"\s{2,}|\s*[|｜丨┊¦│]\s*")
# Government disclosure tables and similar label rows: 索引号 … 成文日期 …
GOV_LABELS = re.compile(
    r"^(索\s*引\s*号|分\s*类|主题分类|体裁分类|组配分类|服务对象分类|发布机构|发文机关|发文单位|成文日期|发文日期|"
    r"文\s*号|发文字号|名\s*称|主\s*题\s*词|有\s*效\s*性|文件有效性|时效性|政策解读|生成日期|公开方式|公开范围|"
    r"公开时限|信息来源|统一编号|废止日期|实施日期|所属主题|标题|"
    # 信息名称, 文件编号, 法定主动公开分类, 公开日期, 内容概述: a catalogue's labels by what they end in
    r"(信息|文件|公开|主动|法定|依申请|政策|内容|发布|生效|失效)[\u4e00-\u9fff]{0,6}(名称|编号|分类|日期|概述|摘要|方式|形式|范围|时限))"
    r"(?=[\s:：]|$)")
# A caption labelled as a file picture at its end (…患者住坪洲及深水埗。资料图片): it shows, not tells.
_FILE_PHOTO = re.compile(r"[。\s](资料图片|资料图|资料照片|资料相片|档案图片|档案照片)$")
# A picture's credit at the end of its caption, in the forms the common patterns miss: (摄影者.卜华志 ),
# 。沈君帆摄 zoomin, 。图/翻摄自陈昭姿脸书, 讲话 摄影 杨薇; and a screenshot's label (社交平台视频截图, 通报截图).
CAPTION_CREDIT = re.compile(r"[（(]\s*摄影者?\s*[.．:：/／]?\s*[\u4e00-\u9fff·]{2,4}\s*[)）]$|"
                            r"[\s　。][\u4e00-\u9fff·]{2,4}\s*摄(\s+[A-Za-z]{2,12})?$|[。\s]图\s*[/／]\s*\S{2,20}$|"
                            r"\s摄影\s+[\u4e00-\u9fff·]{2,4}$|^[\u4e00-\u9fff]{0,12}截图$")
# A photo caption or credit line: (黄玉婷 摄), （资料照）, (右三), 图为…, 【… 图】 stays (the digest's form).
CAPTION = re.compile(
    r"(^图为|^▲|^图片来源|" + _FILE_PHOTO.pattern + "|" + CAPTION_CREDIT.pattern + "|"
    r"^(图像来源|图像加注文字|视频加注文字|图片说明|图说)\s*[，,:：]|^(资料图|资料图片|资料照|资料相片|档案照|配图|图片|图)\s*[:：]|[（(][^（()）]{0,12}(摄|供图|提供|资料照|資料照|图源|图片|翻摄)[)）]$|[（(][左右中前后][一二三四五六七八九十\d]*[)）]|"
    r"(摄影|摄)\s*[:：/]\s*[\u4e00-\u9fff·]{2,4}$|^[\u4e00-\u9fff]{0,10}记者[\u4e00-\u9fff·]{2,4}\s*[/／]\s*摄$|[（(](摄影|摄|图|图片|照片|图文)\s*[/／:：][^（()）]{2,12}[)）]$|[\s　][\u4e00-\u9fff]{2,4}\s*摄$|^[\u4e00-\u9fff]{2,6}(图片|供图|图库)$|"
    r"^(新华社|中新社)(发|记者\s*[\u4e00-\u9fff]{2,4}\s*摄)$|"
    r"^[\u4e00-\u9fff]{2,6}(书记|县长|市长|区长|省长|主任|局长|院长|部长|厅长|主席|委员|常委|副县长|副市长|副区长|副省长|副主任|副局长|副院长)"
    r"[\u4e00-\u9fff]{2,3}(讲话|致辞|发言|作报告|主持会议|讲课|授课)$|^[\u4e00-\u9fff]{0,6}(副县长|副市长|副区长|副省长|县长|市长|区长|省长|书记|局长|院长)"
    r"[\u4e00-\u9fff]{2,3}(讲话|致辞|发言|作报告|主持会议)$|^[\u4e00-\u9fff]{2,4}(讲话|致辞|作报告)$|"
    r"^[\u4e00-\u9fff]{2,3}(副?会长|理事长|秘书长|副?主任|副?院长|副?局长|副?部长|副?主席|书记|教授)(讲话|致辞|发言|作报告|主持会议)$|^[\u4e00-\u9fff]{2,12}现场$|"
    r"^[（(][^（()），。,:：]{2,20}[)）]$|^[△▽▼]|^[\u4e00-\u9fff]{2,12}(委员|代表|主任|院长|书记|局长|教授|医生)\s+[\u4e00-\u9fff]{2,3}$)")
BYLINE = re.compile(r"^((Author|Role|Reporting from|By)\s*[,，:：]?\s+\S.{0,100}$|[^，。\s]{2,10}\s*[／/]?\s*[\u4e00-\u9fff]{2,8}\s*\d{1,2}\s*日\s*(专|特)?电$|[^，。]{2,16}\s*[／/]\s*[\u4e00-\u9fff]{0,6}(报导|报道|特稿|专题|综合报导|综合报道)$|[^，。]{0,16}(记者|通讯员|评论员)\s*[\u4e00-\u9fff·]{2,4}([\s、]+[\u4e00-\u9fff·]{2,4}){0,3}(\s*/\s*文)?[^，。]{0,8}$|[◎○●■□]\s*[\u4e00-\u9fff·]{2,4}$|(文|图|文/图|图/文|撰文|撰稿|作者|记者|通讯员|本报记者|本刊记者|"
                    r"融媒记者|编辑|责编)\s*[/｜|:：]\s*.{2,40}$|(主办|主持|访谈者|访谈|视频|视频播放|策划|监制|出品|统筹|设计|摄像|剪辑|制作|校对|审核|审校|翻译|译|整理|资料来源|图文资料来源)\s*[/／:：]\s*.{2,60}$|[（(]?(本报|本刊)?(记者|通讯员)[\s:：]*[\u4e00-\u9fff·\s、]{2,20}[）)]?$)")
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d{1,4}\s*号")
_DECORATION = re.compile(r"^[\W_]{3,}$")
_BREADCRUMB = re.compile(r"^(首页|主页|网站首页|当前位置|您的位置|您现在的位置|位置)?[^。，]{0,30}(\s*(>>|>|»|＞|›|→)\s*[^>»＞›→。，]{1,24}){2,}\s*(>>|>|»|＞|›)?\s*$|"
                         r"^(首页|主页|当前位置[:：]?)\s*/\s*[^/。，\s]{1,10}(\s*/\s*[^/。，\s]{1,10})+$|"
                         # one step down from the home page: 首页>要闻 要闻, 当前位置：首页 > 工作动态
                         r"^(当前位置|您的位置|您现在的位置|所在位置|位置)?\s*[:：]?\s*(首页|主页|网站首页)\s*(>>|>|»|＞|›|→)\s*[^>»＞›→。，！？]{1,24}$|"
                         # the same with spaces for arrows: 首页 新闻中心 行业资讯
                         r"^(首页|网站首页)(\s+[\u4e00-\u9fffA-Za-z]{2,8}){1,3}$|"
                         # slashes for arrows: udn/ 元气网/ 医疗/ 感染科
                         r"^(?!.*\d{4})[^/。，\s]{1,12}(\s*/\s*[^/。，]{1,12}){2,}\s*/?$")
_ISSUE_LINE = re.compile(r"^[\u4e00-\u9fffA-Za-z《》]{2,16}\s*\d{4}\s*年\s*(第\s*)?\d{1,3}\s*期")
_NUMBERED = re.compile(r"^\s*([一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(\.\d{1,2})*\s*[.、．\s]|"
                       r"第[一二三四五六七八九十\d]{1,3}[章节部分条])")
_BYLINE_WORDS = re.compile(r"记者|作者|编辑|报导|报道|来源\s*[:：]|发布(时间|日期)?\s*[:：]|第?\s*[0-9０-９]+\s*版|发布于|发表于|来自|"
                           r"IP属地|账号|帐号")
_DOMAIN = re.compile(r"\b(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|net|org|gov|hk|tw)(\.cn)?\b", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"供图|摄影|\s摄$|摄\)|摄）|图/|图片来源")
_DATED_LABEL = re.compile(r"(?=.*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(发布|更新)(时间|日期)\s*[:：]\s*\d{2}-\d{1,2}-\d{1,2}(?!\d)))"
                          r".*(来源|发布|时间|日期|更新)")  # …发布时间:15-07-21: a CMS's two-digit year
_TIME_LABEL = re.compile(r"^(发表|发布|刊发|发稿|更新|上传)?(时间|日期)\s*[:：]")
_SOURCE_LABEL = re.compile(r"^(发布|发布者|发布人|发布单位|发布机构|撰文|供稿|来源单位|信息来源|作者|编者|核心提示|内容提要|导读)\s*[:：]|"
                           r"^(来源|出处)\s*[/／]\s+\S")  # 来源/ 新华社 人民日报

# A teaser in a list: the first words of another article, cut off, and a link to it (…【详细】, 阅读全文>>).
_COUNTERS = re.compile(r"\d{1,6}(\s+\d{1,6}){1,2}")  # 1 30, 4 63: a card's comment and like counts
_TEASER = re.compile(r"(\.{3}|…+)\s*[【\[(（]?(详细|详情|全文|阅读全文|查看全文|更多|点击查看|查看详情)[】\])）]?\s*(>>|»)?$|"
                     r"[【\[](详细|详情|全文|阅读全文|查看全文)[】\]]$")

_INNER_LABEL = re.compile(r"\S\s*(作者|来源|责编|编辑|记者)\s*[:：]\s*\S")

# What a platform prints about a post, not who wrote it.
_POST_STATE = re.compile(r"(已编辑|已修改|已删除|置顶|公开|仅自己可见|原创|转载|热门|精选|推荐|广告|作者|楼主)")

_OWN_LEAD = re.compile(r"^[【\[]?[\u4e00-\u9fffA-Za-z]{2,10}(网|报|社|台)讯\s*\S")

# A newspaper's lead that opens a report: 本报讯, 本报北京3月5日讯, 晨报讯, 南方网讯.
_PAPER_LEAD = re.compile(r"^\s*(本报讯|本报[^，。\s]{0,12}讯|[\u4e00-\u9fff]{1,8}(报|网)讯)")
# A columnist's byline under a headline: 专栏作家林宏文.
_COLUMNIST = re.compile(r"\s*(专栏作家|专栏作者|特约作者|特约撰稿人?|作家|评论员|专栏)\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*")
_CELL_NUMBER = re.compile(r"[-+−]?[\d.,]+%?|…+|[-—–]+|[（(]?%[)）]?")

# A related headline with its date glued on, as a list under or inside an article prints it.
_DATED_HEADLINE = re.compile(r"(?P<head>[^。]{6,60}?)\s*[（(]?(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})[)）]?")

_SHORT_PROSE = 14
# Scores: what a line is worth to the stretch that holds it.
_CLUTTER, _SHORT, _HEADING, _LINK, _META, _CAPTION = -6.0, -1.0, -3.0, -6.0, -1.0, -4.0


# A platform's follow button under an account's name; an advertisement's close button.
FOLLOW_BUTTONS = ("关注", "+关注", "+ 关注", "关注作者", "订阅")
_CLOSE_BUTTONS = ("×", "✕", "X", "关闭")


def is_menu_item(text: str) -> bool:
    """A word of a menu bar pasted a word a line, its bar still on it: 财经 |."""
    text = text.strip()
    return text.endswith(("|", "｜")) or text.startswith(("|", "｜"))


@lru_cache(maxsize=4096)
def weight(text: str) -> int:
    """Characters of text a line carries: each Han character, each Latin word or number. (Cached: the
    locator asks it of the same lines again and again.)"""
    return len(_HAN.findall(text)) + len(_LATIN_WORD.findall(text))


def is_titleish(text: str) -> bool:
    """Shaped like a headline: 6 to 80 characters, no full stop inside, not ending mid-sentence; not a menu
    of short words (登入 直接订购 教学视频)."""
    words = text.split()
    if len(words) >= 3 and all(len(word) <= 4 for word in words):
        return False
    size = weight(text)
    if re.search(r"https?://|www\.", text) and not re.search(r"[\u4e00-\u9fff]", text):
        return False  # http://fxxx.club www.…: addresses, not a headline
    return (6 <= size <= 80 and "。" not in text.rstrip("。")[:-1] and not _OPEN_END.search(text)
            and not text.endswith("。") and not GOV_LABELS.match(text) and not _CREDIT_LABEL.match(text)
            and not _DAY_OF_WEEK.fullmatch(text.strip()) and not _TOOL_LINE.search(text))


# « 返回前页列印, 当前报章为 第14111号: a page's tools or an e-paper's issue line, not a headline.
_TOOL_LINE = re.compile(r"^\s*[«»‹›]|列印|打印本页|关闭窗口|返回前页|返回顶部|返回首页|^\s*当前(报章|版面|版|期)|上一版|下一版")


# 摄影:中山临床学院教务部, 文/图: a credit is no headline; nor is a date bar's day (11月20日 星期三).
_CREDIT_LABEL = re.compile(r"^\s*((文|图|文字|图片|文/图|图/文|摄影|摄像|设计|作者|记者|通讯员|编辑|责编|审校|审核|校对|供稿|撰稿|来源)\s*[:：/／丨|｜]|"
                           r"本版(列表)?新闻|"
                           r"第?\s*[A-Z]?\d{1,3}\s*版?\s*[:：])")  # 摄影/杨子磊、…; A06:上海新闻, 第06版:综合新闻 (an e-paper's page)
_DAY_OF_WEEK = re.compile(r"(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周|礼拜)[一二三四五六日天]")


def is_link_list(text: str) -> bool:
    """Several short headlines or names on one line (a ticker, a hot-search bar, a menu)."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    sizes = [weight(p) for p in parts]
    if len(parts) >= 3 and "。" not in text and min(sizes, default=0) >= 2 and \
            (max(sizes) <= 30 or (len(parts) >= 5 and max(sizes) <= 40)):  # (a longer list holds longer headlines)
        return True
    dotted = [p for p in re.split(r"\s+[·•]\s+", text) if p.strip()]  # 医疗关注--前列腺新发现 · 皮肤顽疾----康复圣地
    if len(dotted) >= 2 and all(2 <= weight(p) <= 20 for p in dotted) and not re.search(r"[。，]", text):
        return True
    bulleted = [p for p in re.split(r"\s*[·•]\s*", text) if p.strip()]  # ·邕城餐企集体大促 …·南宁市青秀区推出…·…: teasers, each after a dot
    if re.match(r"\s*[·•]", text) and len(bulleted) >= 3 and all(2 <= weight(p) <= 40 for p in bulleted) and "。" not in text:
        return True
    words = text.split()
    short = sum(1 for w in words if weight(w) <= 12)
    return len(words) >= 6 and short >= 0.8 * len(words) and not _SENTENCE_MARKS.search(text)


# A time given relative to now, as feeds and portals print it: 2 天前, 23 小时前, 刚刚.
_RELATIVE_TIME = re.compile(r"(\d{1,3}\s*(秒|分钟|小时|天|周|个月)前|刚刚|昨天\s*\d{1,2}:\d{2}|前天\s*\d{1,2}:\d{2})")


def is_date_line(text: str) -> bool:
    """A short line that dates the article: a full date, and around it little more than a time, an outlet
    or a name (a headline that holds a date is not a date line)."""
    if _RELATIVE_TIME.search(text) and weight(_RELATIVE_TIME.sub("", text)) <= 10 and not re.search(r"[，。；！？]", text):
        return True
    if re.fullmatch(r"\s*(\S{2,16}\s+)?\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.{0,16}", text):
        return True  # 24-5-13 17:07, a platform's two-digit year (央视新闻 24-10-08 18:32: after the account)
    text = BOUND.sub("", text)  # 查看旧版(2007年11月18号以前) bounds an archive, it dates nothing
    if not (FULL_DATE.search(text) or LOOSE_DATE.search(text) or ENGLISH_DATE.search(text)
            or CHINESE_MONTH_DATE.search(text) or NUMERIC_DATE_YEAR_LAST.search(text) or ROC_DATE.search(text)) \
            or re.search(r"[，。；！？]", text):
        return False
    rest = CHINESE_MONTH_DATE.sub("", ENGLISH_DATE.sub("", LOOSE_DATE.sub("", FULL_DATE.sub("", text))))
    rest = ROC_DATE.sub("", NUMERIC_DATE_YEAR_LAST.sub("", rest))
    rest = re.sub(r"\d{1,2}:\d{2}(:\d{2})?", "", rest)  # the time beside the date
    rest = re.sub(r"【[^】]{0,12}】|\[[^\]]{0,12}\]|页面功能|字体\s*[:：]?\s*大\s*中\s*小", "", rest)  # a tool bar glued on
    return weight(rest) <= 16 or (weight(rest) <= 30 and bool(_BYLINE_WORDS.search(rest)))


@dataclass(frozen=True)
class Line:
    """One line of the page and what it looks like."""

    paragraph: Paragraph
    kind: str  # content, heading, short, link, meta, date, label, caption, byline, clutter, stop
    score: float

    @property
    def text(self) -> str:
        return self.paragraph.text


def classify(paragraph: Paragraph, rules: Rules, outlets: Outlets | None = None, *, latin: bool = False) -> Line:
    text = paragraph.text
    pager = len(re.findall(r"(?<!-)>|»|＞|›|<<", text)) >= 2
    if (paragraph.clutter or pager) and _DATED_LABEL.search(text[:40]) and weight(text) <= 80:
        return Line(paragraph, "date", _META)  # 2005-01-06 更新 来源：… 上一页: a byline line with a pager glued on
    if FULL_DATE.search(text) and re.search(r"上一版|下一版|上一期|下一期|往期|放大|缩小|星期", text) and weight(text) <= 60 \
            and not re.search(r"[，。；]|今天是|今日是", text):
        return Line(paragraph, "date", _META)  # 上一版3 4下一版 2009年8月6日 星期 放大 缩小: an e-paper's issue date
    if re.search(r"(版次|版面|版名)\s*[:：]|第\s*[A-Z]?\d{1,3}\s*版\s*[:：]", text) and weight(text) <= 40 \
            and not re.search(r"[，。；]", text):
        return Line(paragraph, "meta", _META)  # -- 菏泽日报 -- 版次:[新闻●广告]: the paper and the page
    if re.match(r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", text) and re.search(r"(来源|编辑|作者|责编|记者)\s*[:：]", text) \
            and not re.search(r"[，。；！？]", text) and weight(text) <= 80:
        return Line(paragraph, "date", _META)  # 2022-02-10 16:27:24 编辑:黄晓琳 来源:海南广电…: the byline line
    if weight(text) <= 8 and rules.matches("stop_lines", text):  # 版权声明 heading its points: dropped, and the end
        return Line(paragraph, "stop", 0.0)
    if paragraph.clutter or _DECORATION.match(text):
        return Line(paragraph, "clutter", _CLUTTER)
    if rules.matches("stop_lines", text):
        return Line(paragraph, "stop", 0.0)
    size = weight(text)
    han = len(_HAN.findall(text))
    if GOV_LABELS.match(text) or DOCUMENT_NUMBER.fullmatch(text.strip()):
        return Line(paragraph, "label", _META)
    if _BREADCRUMB.search(text) or (len(re.findall(r"(?<!-)>|»|＞|›", text)) >= 2 and not _SENTENCE_MARKS.search(text)):
        if re.search(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*$", text):
            return Line(paragraph, "date", _META)  # ETtoday ＞ 社会 ＞ 社会 2013年11月29日 21:19: the page dates it
        return Line(paragraph, "clutter", _CLUTTER)
    if _ISSUE_LINE.match(text):
        return Line(paragraph, "meta", _META)
    credits = [part.strip() for part in re.split(r"[,，、]", FULL_DATE.sub("", text)) if part.strip()]
    if len(credits) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,8}\s+[\u4e00-\u9fff·]{2,4}", part) for part in credits):
        return Line(paragraph, "byline", _META)  # 工商时报 苏秀慧, 工商时报 郭建志 2020.09.23
    names = text.split()
    if BYLINE.match(text) or rules.matches("bylines", text) or \
            (2 <= len(names) <= 6 and all(is_person_name(name) for name in names)):  # 刘超 郎佳慧 马德林
        return Line(paragraph, "byline", _META)
    bracketed = re.fullmatch(r"\s*[（(](?P<inner>[^（()）]{6,24})[)）]\s*", text)
    if bracketed and is_date_line(bracketed.group("inner")):
        return Line(paragraph, "date", _META)  # (2022/3/16) under the headline
    if CAPTION.search(text) and size <= 60:
        # A caption that tells what happened (5月19日，在圣多明各，……发表胜选演讲。 新华社记者 李梦馨 摄) is
        # part of the article, costing nothing; a credit or a portrait's name and post is not.
        telling = size >= 20 and bool(re.search(r"[，。；]", text)) and not re.search(r"(资料图|资料照|资料相片|档案照|档案图)", text)
        return Line(paragraph, "caption", 0.0 if telling else _SHORT if size <= 6 else _CAPTION)  # 资料图片: a slot
    if is_date_line(text):
        return Line(paragraph, "date", _META)
    if re.fullmatch(r"[^，。,;；!！?？>»›]{2,20}\s*[>»›]\s*[^，。,;；!！?？>»›]{1,20}", text.strip()) and size <= 30:
        return Line(paragraph, "clutter", _CLUTTER)  # 金彩云客户端>时事 张凯: a breadcrumb (and its writer)
    columnist = _COLUMNIST.fullmatch(text)
    if columnist and is_person_name(columnist.group("name")):
        return Line(paragraph, "byline", _META)  # 专栏作家林宏文 under the headline
    if _TIME_LABEL.match(text) and re.search(r"\d", text) and size <= 30:
        return Line(paragraph, "meta", _META)  # 发表时间： 06/02/2022 - 13:48, a date in a form not read as one
    if rules.metadata(text) or _SOURCE_LABEL.match(text) or (size <= 30 and _INNER_LABEL.search(text)):
        return Line(paragraph, "meta", _META)  # 新京报作者：新京报, an outlet with a label glued on
    dated_teaser = _DATED_HEADLINE.fullmatch(text.strip())
    if is_link_list(text) or _TEASER.search(text) or (dated_teaser and is_titleish(dated_teaser.group("head"))):
        return Line(paragraph, "link", _LINK)  # …, …【详细】, 人工智能大爆发后的监管命题：…2025年3月14日
    marks = len(_SENTENCE_MARKS.findall(text))
    script = size if latin else han  # on a page in English, words are the text
    if size >= 60 and not latin and not re.search(r"[，。；！？,;!?：:]", text) and len(text.split()) >= 6:
        return Line(paragraph, "link", _LINK)  # names or headlines run together, no sentence in them
    if size >= 100 and not latin and not re.search(r"[，。；、,;]", text):
        return Line(paragraph, "link", _LINK)  # 河南81家上市公司已复工75家王毅会见…: a ticker's headlines glued, no mark at all
    if size >= 12 and script >= 0.3 * size and (marks or _FINAL.search(text) or size >= 60):
        # A short sentence pays little: related headlines and comments have commas too.
        return Line(paragraph, "content", float(size - _SHORT_PROSE))
    if script < 0.3 * size and size >= 12:
        return Line(paragraph, "short", _SHORT * 3)  # a foreign-language notice on a Chinese page
    portrait = re.fullmatch(r"[\u4e00-\u9fff、]{0,14}(书记|县长|市长|区长|省长|镇长|乡长|主任|主席|局长|院长|部长|厅长|委员|常委|会长|秘书长|"
                            r"总经理|董事长)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,3})", text.strip())
    if portrait and is_person_name(portrait.group("name")):
        return Line(paragraph, "caption", _CAPTION)  # 县委副书记、县长:陈德, under a portrait: no part of the text
    if re.search(r"\S\s{2,}\S", text) and size <= 30 and all(weight(cell) <= 12 for cell in re.split(r"\s{2,}", text.strip())):
        return Line(paragraph, "row", 0.0)  # a table row: a name and a post, a label and a value
    if _NUMBERED.match(text) and size <= 40 and not _FINAL.search(text) and (han or latin):
        return Line(paragraph, "subhead", 0.0)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}[:：]\s*[^，。,；;！？!?]{0,6}\d[\d.,%]*[^，。,；;！？!?]{0,3}", text):
        return Line(paragraph, "row", 0.0)  # 成人票原价：36元, a label and its value  # 一、… （一）… 1.… 1.1 …: the article's own structure
    if outlets is not None and size <= 16 and not is_menu_item(text) and (outlets.known(text) or _DOMAIN.search(text)):
        return Line(paragraph, "outlet", _SHORT)
    site_and_section = re.match(r"^(?P<site>[^_|｜\-–—/]{2,16})\s*[_|｜\-–—/]\s*\S{1,8}$", text)
    if outlets is not None and site_and_section and outlets.looks_like_outlet(site_and_section.group("site")):
        return Line(paragraph, "outlet", _SHORT)  # 北医新闻网_(新闻): a site's name and a section
    if is_titleish(text):
        return Line(paragraph, "heading", _HEADING)
    return Line(paragraph, "short", _SHORT)


def classify_all(paragraphs: Sequence[Paragraph], rules: Rules, outlets: Outlets | None = None) -> list[Line]:
    text = "".join(p.text for p in paragraphs)
    latin = len(_HAN.findall(text)) < 0.05 * max(1, weight(text))
    lines = [classify(p, rules, outlets, latin=latin) for p in paragraphs]
    seen: set[str] = set()
    for index, line in enumerate(lines):  # the headline printed again inside the text costs nothing
        key = squash(line.text)
        if line.kind == "heading" and key in seen:
            lines[index] = Line(line.paragraph, "heading", 0.0)
        seen.add(key)
    for index, line in enumerate(lines[:-1]):  # 首页 > 卫计·健康医界快讯 市中医院连获殊荣…, the headline under it
        following = squash(lines[index + 1].text)
        if len(following) >= 8 and re.search(r"^(首页|当前位置|您的位置|位置)|>|»|＞", line.text) and \
                squash(line.text).endswith(following) and len(squash(line.text)) > len(following):
            lines[index] = Line(line.paragraph, "clutter", _CLUTTER)
    # Three or more headlines in a row are a list of links, not subheads. A headline with a comma in it
    # reads as a short sentence: without a full stop and in such a run, it is a headline too.
    def listed(line: Line) -> bool:
        if _OWN_LEAD.match(line.text) or rules.opens_with_dateline(line.text) or re.match(r"[①-⑳]", line.text):
            return False  # 南方网讯 …, 新华社北京5月9日电: a report's lead; ①…②…: the article's points
        if re.fullmatch(r"\s*[“「][^“”「」]+[？！。?!…][”」]\s*", line.text):
            return False  # “妈妈，为什么还不能出去？”: a line of dialogue, not a headline in a list
        if line.kind == "caption" and _FILE_PHOTO.search(line.text):
            return weight(line.text) < 40  # 首任卫褔部长人选，…呼声高。资料照片: a teaser's picture, among teasers
        return line.kind == "heading" or (line.kind == "content" and weight(line.text) < 30
                                          and not re.search(r"[。][”’」』）)]*$", line.text))

    first_prose = next((i for i, line in enumerate(lines) if line.kind == "content" and weight(line.text) >= 60), -1)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and listed(lines[end]):
            end += 1
        header = end < len(lines) and lines[end].kind in ("date", "meta", "byline")  # a kicker, a title
        after = end
        while after < min(len(lines), end + 6) and lines[after].kind in ("caption", "clutter", "short"):
            after += 1
        if end - start <= 3 and after > end and after < len(lines) and lines[after].kind == "content" and \
                weight(lines[after].text) >= 30 and any(lines[i].kind == "caption" for i in range(end, after)):
            header = True  # 引题, 主题, 副题 over the picture and its caption, then the text
        # A list that runs straight into the headline (the byline a line or two below): the last is it.
        near = any(lines[i].kind in ("date", "meta", "byline") for i in range(end + 1, min(len(lines), end + 2)))
        # A short run straight over the text's first long paragraph (信阳日报客户端 / 一端在手 信息全有 / the
        # headline / 本报讯…): the last is the headline.
        over_text = end - start <= 4 and end == first_prose
        # …over a newspaper's lead (我市启动春季爱国卫生月活动 / 城乡整洁行动 / 改善卫生条件 / 晨报讯…): the
        # longest is the headline, the others its deck.
        over_lead = end - start <= 4 and end < len(lines) and lines[end].kind == "content" and bool(
            _PAPER_LEAD.match(lines[end].text))
        if end - start >= 3 and not header and over_lead and not over_text:
            keep = max(range(start, end), key=lambda i: (weight(lines[i].text), i))
            for index in range(start, end):
                if index != keep:  # the deck: chrome over which the headline is still reached
                    lines[index] = Line(lines[index].paragraph, "short", _SHORT)
        elif end - start >= 3 and not header:
            for index in range(start, end - 1 if (near and lines[end].kind == "short") or over_text else end):
                lines[index] = Line(lines[index].paragraph, "link", _LINK)
        elif end - start >= 6 and lines[end].kind == "byline" and start > 0 and lines[start - 1].kind != "link":
            # A card: the text set a clause a line, then its credits (记者：… 编辑：… 新华社国内部出品).
            for index in range(start + 1, end):
                lines[index] = Line(lines[index].paragraph, "content", float(weight(lines[index].text)))
        start = max(end, start + 1)
    # A data table pasted a cell a line (labels, 5.9, 1.4, …): neutral, so the text after it is reached, and
    # left out of the body, where its cells would be paragraphs of their own.
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and weight(lines[end].text) <= 12 and lines[end].kind not in ("stop", "date"):
            end += 1
        cells = lines[index:end]
        numbers = [line for line in cells if _CELL_NUMBER.fullmatch(line.text.strip())]
        if len(cells) >= 12 and len(numbers) >= 0.3 * len(cells) and \
                sum(bool(re.search(r"[.%]", line.text)) for line in numbers) >= 3:
            for at in range(index, end):
                lines[at] = Line(lines[at].paragraph, "table", 0.0)
        index = max(end, index + 1)
    # Items each with its own date (a teaser, its time; a headline, its time) are a list, not an article.
    dated = [index for index, line in enumerate(lines) if line.kind == "date"]
    for first, second, third in zip(dated, dated[1:], dated[2:], strict=False):
        prose = any(lines[i].kind == "content" and weight(lines[i].text) > 80 for i in range(first + 1, third))
        if second - first <= 5 and third - second <= 5 and not prose:  # (a notice between its dates is no list)
            for index in range(first + 1, third):
                if lines[index].kind == "content" and weight(lines[index].text) <= 80:
                    lines[index] = Line(lines[index].paragraph, "link", _LINK)
    # Cards of related stories, each its headline over its counters (1 30: comments, likes): a list.
    counters = [index for index, line in enumerate(lines) if _COUNTERS.fullmatch(line.text.strip())]
    for first, second, third in zip(counters, counters[1:], counters[2:], strict=False):
        if second - first <= 4 and third - second <= 4:
            for index in range(first - 3, third):
                if index >= 0 and lines[index].kind == "content" and weight(lines[index].text) <= 80:
                    lines[index] = Line(lines[index].paragraph, "link", _LINK)
    # An advertisement between paragraphs: a line over its close button (×) (a 广告 label may stand over it;
    # a label alone marks an empty slot, as BBC's Advertisement does, and says nothing of the next line).
    for index, line in enumerate(lines):
        closed = index + 1 < len(lines) and lines[index + 1].text.strip() in _CLOSE_BUTTONS
        labelled = index > 0 and lines[index - 1].text.strip() in ("广告", "推广", "Advertisement", "AD")
        after_close = index + 2 < len(lines) and lines[index + 2].text.strip() in _CLOSE_BUTTONS
        if (closed or (labelled and after_close)) and line.kind in ("content", "heading", "short") \
                and weight(line.text) <= 60:
            lines[index] = Line(line.paragraph, "clutter", _CLUTTER)
    # An account's name over its 关注 button, by the date line, is part of the byline block.
    for index, line in enumerate(lines[:-1]):
        if line.kind in ("short", "heading") and 2 <= weight(line.text) <= 12 and \
                lines[index + 1].text.strip() in FOLLOW_BUTTONS and \
                not _SENTENCE_MARKS.search(line.text) and not _POST_STATE.fullmatch(line.text.strip()) and \
                any(lines[i].kind == "date" for i in range(max(0, index - 2), min(len(lines), index + 4))):
            lines[index] = Line(line.paragraph, "outlet", _SHORT)
    # A site's logo at the page's top, its Latin brand by its Chinese name (Rti 中央广播电台, 芋传媒 TaroNews -
    # 台湾观点.芋见真相, ETtoday新闻云 手机版 新闻云APP): the site, not a headline.
    for index, line in enumerate(lines[:3]):
        if line.kind in ("heading", "short", "content") and weight(line.text) <= 30 and re.search(r"[A-Za-z]{3,}", line.text) \
                and re.search(r"(电台|电视台|广播|传媒|新闻云|新闻网|新闻|日报|时报|晚报|周刊|网)", line.text) \
                and not re.search(r"\d|[，。,；;：:！？!?「」“”]", line.text):
            lines[index] = Line(line.paragraph, "outlet", _SHORT)
    # An outlet's or account's name on its own line beside the date line is part of the byline block,
    # unless the date line below names its own 来源 and the line reads as a headline (盐城市成立医师协会).
    for index, line in enumerate(lines):
        below = lines[index + 1] if index + 1 < len(lines) else None
        headline = line.kind == "heading" and below is not None and below.kind in ("date", "meta") and \
            bool(re.search(rf"({SOURCE_LABEL})\s*[:：]\s*\S", below.text))
        if line.kind in ("heading", "short") and outlets is not None and weight(line.text) <= 16 and not headline \
                and outlets.looks_like_outlet(line.text) and any(
                    0 <= other < len(lines) and lines[other].kind in ("date", "meta")
                    for other in (index - 1, index + 1)):
            lines[index] = Line(line.paragraph, "outlet", _SHORT)
    return lines


def best_stretch(lines: list[Line]) -> tuple[int, int] | None:
    """``(start, end)`` of the stretch of lines with the greatest total score (end exclusive); stop lines
    are walls. Among equal totals the longer stretch wins, so neutral table rows at the end stay."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        if line.kind == "stop":
            total, start = 0.0, index + 1
            continue
        if total <= 0 and line.score > 0:
            total, start = 0.0, index
        elif total <= 0:
            start = index + 1
            continue
        total += line.score
        if total > 0 and (best is None or total > best[0] or (total == best[0] and start == best[1])):
            best = (total, start, index + 1)
    if best is None:
        return None
    start, end = best[1], best[2]
    # A short first sentence (在加拿大寻觅家庭医生从来不易。) pays nothing but opens the article.
    if start > 0 and lines[start - 1].kind == "content" and _FINAL.search(lines[start - 1].text) \
            and (start < 2 or lines[start - 2].kind != "content"):
        start -= 1
    # A short last sentence (马兴瑞、吴政隆参加调研。) pays nothing but ends the article.
    while end < len(lines) and end - best[2] < 2 and lines[end].kind in ("content", "short") \
            and _FINAL.search(lines[end].text):
        end += 1
    while end < len(lines) and lines[end].kind == "caption" and lines[end].score == 0.0:
        end += 1  # the article's last pictures, under it
    # A list the article ends with (names and posts, a table) scores nothing but belongs to it.
    while end < len(lines) and lines[end].kind in ("row", "subhead") and \
            any(line.kind == "row" for line in lines[end:end + 2]):
        end += 1
    return start, end


@dataclass(frozen=True)
class Located:
    """The article's lines: the headline (index or None), the byline/date/来源 block, the body, and the
    lines before and after them (the page header and footer, where a site's name or a signature date is)."""

    lines: tuple[Line, ...]
    title: int | None
    kicker: int | None
    meta: tuple[int, ...]
    body: tuple[int, int]

    def body_lines(self) -> list[Line]:
        return list(self.lines[self.body[0]:self.body[1]])

    def above(self) -> list[Line]:
        top = min([self.body[0], *self.meta] + ([self.title] if self.title is not None else []))
        return list(self.lines[:top])

    def below(self) -> list[Line]:
        return list(self.lines[self.body[1]:])


_META_KINDS = ("meta", "date", "label", "byline")


def _title_above(lines: list[Line], top: int, *, first_of_run: bool) -> int | None:
    """The headline above line ``top``: the nearest headline-like line (over labels, outlet names,
    captions), or with ``first_of_run`` the topmost of the headline-like lines in the run directly above."""
    found: list[int] = []
    index = top - 1
    while index >= 0 and top - index <= 16 and sum(line.kind != "clutter" for line in lines[index:top]) <= 8:
        line = lines[index]
        if line.kind in ("heading", "content", "subhead") and is_titleish(line.text) and weight(line.text) >= 6 \
                and not (line.kind == "content" and weight(line.text) > 60):
            if re.match(r"^[—－]{1,2}", line.text) and index > 0 and is_titleish(lines[index - 1].text):
                index -= 1  # a ——subtitle: the headline is the line above it
            found.append(index)
            if not first_of_run:
                break
        elif (line.kind in ("short", "caption", "byline", "row", "outlet") or line.kind == "clutter") and not (found and first_of_run):
            pass  # over chrome to the headline; once found, its run of headline-like lines ends at chrome
        elif line.kind == "content" and line.score <= 6 and not found and line.text.endswith("。"):
            pass  # an epigraph or a one-line lead under the headline
        else:
            break
        index -= 1
    if not found:
        return None
    return found[-1] if first_of_run else found[0]


_GAP_KINDS = ("clutter", "short", "row", "outlet", "link", "caption", "heading")


def _anchor_at(lines: list[Line], title: int, end: int) -> tuple[list[int], int] | None:
    """If a headline at ``title`` has a byline/date/来源 block under it (within a few lines of chrome),
    that block and where the body starts after it."""
    index, meta, gap, chrome, lead = title + 1, [], 0, 0, None
    while index < end and gap <= 3 and chrome <= 10:
        kind = lines[index].kind
        if kind in _META_KINDS:
            meta.append(index)
            gap = 0
        elif kind == "content" and lead is None and not meta and 30 <= weight(lines[index].text) <= 150 and \
                _FINAL.search(lines[index].text) and \
                any(lines[i].kind in ("date", "meta") for i in range(index + 1, min(end, index + 3))):
            lead = index  # a standfirst between the headline and the byline (RFI): the text's first paragraph
        elif kind in ("content", "subhead"):
            break
        elif kind in ("clutter", "caption") or (kind == "stop" and weight(lines[index].text) <= 6):
            chrome += 1  # buttons (播报文章, 关注), a 网友评论 tab, a photo between a headline and its byline
        elif kind in _GAP_KINDS:
            gap += 1
        else:
            break
        index += 1
    if not meta:
        return None
    if title + 1 == meta[0] and _PHOTO_CREDIT.search(lines[meta[0]].text) and weight(lines[meta[0]].text) <= 40 \
            and not FULL_DATE.search(lines[meta[0]].text):  # (作者:文/胡剑 图/刘亮 时间:2023-11-27: a byline)
        return None  # a photo's caption over its credit (受访者供图, 某某 摄), not a headline over its byline
    return meta, lead if lead is not None else _first_text(lines, meta[-1] + 1, end)


def _anchors(lines: list[Line], stretch: tuple[int, int]) -> tuple[int | None, list[int], int]:
    """The headline, its meta block and where the body starts (see _anchors_found), or a headline of a few
    characters right over the 来源 line nearest the text when the one found stands higher up."""
    title, meta, body_start = _anchors_found(lines, stretch)
    short = _short_headline(lines, body_start)
    inside = title is not None and short is not None and short < title < body_start and \
        (lines[title].kind in _META_KINDS or bool(re.match(r"^[—－]{1,2}", lines[title].text)))  # a ——subtitle, a date
    if short is not None and (title is None or title < short or inside):
        block = [i for i in range(short + 1, body_start) if lines[i].kind in _META_KINDS]
        return short, list(range(block[0], block[-1] + 1)) if block else meta, body_start
    return title, meta, body_start


def _short_headline(lines: list[Line], body_start: int) -> int | None:
    """还愿 / 发布时间:2017-03-30来源:《医师报》作者:李静 / 字体尺寸…: a headline too short to look like one
    (2 to 5 characters), known by the labelled byline line right under it, near the text."""
    index = body_start - 1
    while index > 0 and body_start - index <= 4 and not (
            lines[index].kind in ("date", "meta") and (re.search(rf"({SOURCE_LABEL}|作者)\s*[:：]", lines[index].text) or
                                                       re.match(r"\s*[\u4e00-\u9fff]{2,8}(日报|晚报|早报|时报|报)\s+\d{4}\s*年", lines[index].text))):
        if lines[index].kind not in ("clutter", "short", "heading") or weight(lines[index].text) > 40:
            return None
        index -= 1
    if index <= 0 or body_start - index > 4 or lines[index].kind not in ("date", "meta"):
        return None
    above = lines[index - 1]
    text = above.text.strip()
    if above.kind in ("short", "heading") and 2 <= weight(text) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+[!！?？]?", text) \
            and not is_menu_item(text) and not re.search(r"(新闻|资讯|动态|频道|要闻|首页|专题|导航|正文|详情|内容|版|期)$", text):
        return index - 1
    return None


def _anchors_found(lines: list[Line], stretch: tuple[int, int]) -> tuple[int | None, list[int], int]:
    """The headline, its meta block and where the body starts, for the body found at ``stretch``.

    A headline with a byline/date/来源 block under it, whose body begins near the stretch's beginning, is
    the anchor; the stretch may have swallowed page chrome above the headline (a privacy notice, a
    ticker), so anchors inside its first part count too. Among anchors, one whose block dates the article
    wins, then the one nearest the body.
    """
    start, end = stretch
    content_total = sum(line.score for line in lines[start:end] if line.score > 0) or 1.0
    limit, seen = start, 0.0
    while limit < end and seen <= 0.35 * content_total:
        seen += max(lines[limit].score, 0.0)
        limit += 1
    candidates = []
    for title in range(max(0, start - 40), limit):
        line = lines[title]
        if line.kind not in ("heading", "content", "subhead") or not is_titleish(line.text) or \
                weight(line.text) < 6 or (line.kind == "content" and weight(line.text) > 60):
            continue
        found = _anchor_at(lines, title, end)
        if found is None:
            continue
        meta, body_start = found
        text_from = body_start  # where the text under this block begins, before any chrome is skipped
        if body_start < start - 2 and _chrome_only(lines, meta[-1] + 1, start):
            body_start = start  # a tool bar, a player, a caption between the byline block and the text
        if body_start > limit or body_start < start - 2 or _is_signature(lines, title, meta):
            continue
        # Text was already going above it: a document quoted in the article (以下为…全文：). (Text above a
        # breadcrumb right over the headline is another part of the page: an account's blurb.)
        crumb = next((i for i in range(title - 1, max(start, title - 3) - 1, -1)
                      if lines[i].kind == "clutter" and re.search(r"[>»›]", lines[i].text)), start)
        if sum(max(line.score, 0.0) for line in lines[crumb:title]) >= _FIRST_ARTICLE:
            continue
        meta += [i for i in range(meta[-1] + 1, body_start) if lines[i].kind in _META_KINDS]
        dated = _dated(lines, meta)
        candidates.append(((dated, title), title, meta, body_start, text_from))
    if candidates:
        key, title, meta, body_start, _ = max(candidates)
        # A dated headline block whose text begins with this one's headline holds it: a press release (its
        # own title and date) quoted at the start of a report is no headline of the page.
        for other in sorted(candidates, key=lambda c: -c[1]):
            if other[1] < title and other[0][0] == key[0] and other[4] == title:
                key, title, meta, body_start, _ = other
                break
        for other in candidates:  # 日期 / 医疗卫生新闻联播 / 来源 under the headline: a column's name is no headline
            if other[1] < title and other[3] == body_start and other[2][0] < title < other[2][-1] \
                    and weight(lines[title].text) <= 10 < weight(lines[other[1]].text):
                key, title, meta, body_start, _ = other
                break
        near = [i for i in range(max(0, body_start - 4), body_start) if lines[i].kind != "clutter"][-2:]
        if len(near) == 2 and near[0] > title and squash(lines[near[0]].text) == squash(lines[near[1]].text) \
                and is_titleish(lines[near[1]].text) and weight(lines[near[1]].text) >= 6 \
                and lines[near[1]].kind not in _META_KINDS:  # a byline line printed twice is no headline
            title = near[1]  # 廿一医生组成新届医专会 twice right over the text, under the e-paper's own header
        deck = lines[title].text
        if lines[title].kind == "content" and title > 0 and lines[title - 1].kind == "heading" \
                and is_titleish(lines[title - 1].text) and weight(lines[title - 1].text) >= 8 \
                and "，" in deck and not re.search(r"[？?！!]$", deck) and weight(deck) > weight(lines[title - 1].text):
            title -= 1  # a headline over its deck (a sentence that sums the story up) over the byline
        return title, list(range(meta[0], meta[-1] + 1)), body_start
    heads = start  # the stretch opens with the headline and its deck, each with a comma (…多发期,托幼机构需…)
    while heads < min(end - 1, start + 2) and lines[heads].kind == "content" and lines[heads].score <= 6 \
            and is_titleish(lines[heads].text) and not re.search(r"。[”’」』）)]*$", lines[heads].text):
        heads += 1
    if heads > start and lines[heads].kind == "content" and lines[heads].score > 20:
        return start, [], heads
    above = _title_above(lines, start, first_of_run=True)
    first = lines[start]
    if above is None and start + 1 < end and is_titleish(first.text) and 8 <= weight(first.text) <= 40 \
            and not _FINAL.search(first.text) and lines[start + 1].kind == "content" and lines[start + 1].score > 20 \
            and not any(line.kind == "heading" for line in lines[max(0, start - 4):start]):
        return start, [], start + 1  # 资本观察 / 高质量发展看淮安|在淮安,体会…: the headline opens the text, a column's name over it
    if above is None and start > 0:  # 流感,走开! over the text on an e-paper page: a headline of a few words
        short = lines[start - 1]
        if short.kind in ("short", "heading") and 4 <= weight(short.text) < 6 and not is_menu_item(short.text) \
                and not re.search(r"(新闻|资讯|动态|频道|要闻|首页|专题|导航|版|期)$|\d", short.text) \
                and (start < 2 or lines[start - 2].kind in ("short", "clutter", "link", "date", "meta")):
            above = start - 1
    if above is None and is_titleish(first.text) and weight(first.text) <= 60 and start + 2 < end \
            and first.kind == "content" and lines[start + 1].kind == "heading" and is_titleish(lines[start + 1].text) \
            and not re.search(r"[，,。；;]", lines[start + 1].text) and weight(lines[start + 1].text) >= 6:
        return start + 1, [], start + 2  # 2025年,乐城先行区接待…增长109.18% / 博鳌乐城缘何“圈粉”海内外?: 引题, then 主题
    if above is None and is_titleish(first.text) and weight(first.text) <= 60 and start + 1 < end:
        return start, [], start + 1
    return above, _block_above(lines, start), start


def _block_above(lines: list[Line], start: int) -> list[int]:
    """A byline block with no headline over it (a post: the account, its time, then the text): the
    date, meta and outlet lines just above the body, over a little chrome."""
    block: list[int] = []
    index, chrome = start - 1, 0
    while index >= 0 and chrome <= 3:
        kind = lines[index].kind
        if kind in _META_KINDS or (kind == "outlet" and block):
            block.append(index)
        elif kind in ("clutter", "short", "outlet") and weight(lines[index].text) <= 12:
            chrome += 1
        else:
            break
        index -= 1
    if not any(lines[i].kind == "date" for i in block):
        return []
    return list(range(min(block), max(block) + 1))


def _chrome_only(lines: list[Line], start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` are page chrome only: at most 30 lines, none of them a
    stop line, and together worth less than one good paragraph (a caption, a player's error text)."""
    between = lines[start:end]
    return len(between) <= 40 and not any(line.kind == "stop" for line in between) and \
        sum(max(line.score, 0.0) for line in between) < 20


_BOX_HEADER = re.compile(r"(推荐阅读|相关阅读|延伸阅读|相关链接|相关新闻|相关文章|相关报道|相关推荐|猜你喜欢|热门推荐)\s*[:：]?")


def _continued(lines: list[Line], end: int) -> int:
    """Where the article ends when a 推荐阅读 box stands inside it: a box header, a few links, then more
    of the article (worth a paragraph or more, with no headline and date of its own) up to the next stop
    line. The box's lines stay out of the body by their kinds (stop, link)."""
    if end >= len(lines) or lines[end].kind != "stop" or not _BOX_HEADER.fullmatch(lines[end].text.strip()):
        return end
    index = end + 1
    while index < len(lines) and index - end <= 10 and lines[index].kind in ("link", "heading", "short", "clutter"):
        index += 1
    if index - end > 10:
        return end  # a long list: what follows it is another part of the page
    wall = next((i for i in range(index, len(lines)) if lines[i].kind == "stop"), len(lines))
    part = lines[index:wall]
    rest = best_stretch(part)
    if rest is None or rest[0] != 0 or any(line.kind == "date" for line in part[:rest[1]]) or \
            sum(line.score for line in part[:rest[1]]) < _CONTINUED:
        return end
    after = index + rest[1]
    while after < wall and lines[after].kind in ("heading", "meta", "caption") and after - index - rest[1] < 2:
        after += 1  # 转自《北京科技报》, the article's own closing line
    return after


def _dated(lines: list[Line], meta: list[int]) -> bool:
    return any(lines[i].kind == "date" or FULL_DATE.search(lines[i].text) for i in meta)


_ECHO_SPAN = 600  # how much of the text a headline's words are looked for in
_ECHO_REACH = 30  # how far above the text another headline is looked for
_WEAK_ECHO = 0.2  # below this share of its words in the text, a line is no headline of it
_STRONG_ECHO = 0.5  # a line above the text with this share of its words in the text can be its headline
_SPEAKS_OF = 0.3  # a headline (公院年轻专科医生…) shares at least this much with its text, in other words
_FIRST_ARTICLE = 60.0  # what the text above a stop line must be worth to count as the page's article
_SHORT_POST = 20.0  # … or, closed by a platform's notice, to count as a post
_END_OF_POST = re.compile(r"平台声明|免责声明|仅代表作者|系信息发布平台|仅提供信息存储|用户上传并发布")
_CONTINUED = 40.0  # what the text after a box inside the article must be worth to be more of it


def _segment_stretches(lines: list[Line], before: int) -> list[tuple[int, int]]:
    """The best stretch of each part of the page between stop lines, above line ``before``, top first,
    each worth at least ``_FIRST_ARTICLE``."""
    found, start = [], 0
    walls = [i for i, line in enumerate(lines[:before]) if line.kind == "stop"]
    for wall in walls:
        part = lines[start:wall]
        stretch = best_stretch(part)
        # Text that a platform's notice closes (平台声明：…仅代表作者本人) is a post however short it is.
        worth = _SHORT_POST if _END_OF_POST.search(lines[wall].text) else _FIRST_ARTICLE
        if stretch is not None and sum(line.score for line in part[stretch[0]:stretch[1]]) >= worth:
            found.append((start + stretch[0], start + stretch[1]))
        start = wall + 1
    return found


def _headed_before_box(lines: list[Line], title: int | None, body_start: int, end: int) -> bool:
    """Whether a headline over the text it speaks of stands above a 相关推荐 box: the page's own article,
    undated, before the teasers of others, however long they are."""
    wall = next((i for i in range(end, len(lines)) if lines[i].kind == "stop"), None)
    if title is None or wall is None or not _BOX_HEADER.match(lines[wall].text.strip()):
        return False
    text = "".join(line.text for line in lines[body_start:end] if line.kind == "content")[:_ECHO_SPAN]
    return echo(lines[title].text, text) >= _SPEAKS_OF


def _first_text(lines: list[Line], start: int, end: int) -> int:
    """Where the body begins after a meta block: at its first paragraph of prose or numbered subhead; the
    lines before it are the title printed again, a document number, a share bar, a banner."""
    for index in range(start, end):
        if lines[index].kind in ("content", "subhead"):
            before = lines[index - 1] if index > start else None
            if before is not None and before.kind in ("short", "heading") and before.text.rstrip().endswith((":", "：")) \
                    and weight(before.text) >= 8 and not _LABEL_IN_LINE.search(before.text):
                return index - 1  # 国家卫健委发布会:专家详细科普…情况: over the points it introduces
            return index
    return start


def _is_signature(lines: list[Line], title: int, meta: list[int]) -> bool:
    """An issuer's name over a bare date (国家卫生健康委办公厅 / 2018年12月3日) closes a document or its
    covering letter; it is not a headline over its date line."""
    date_only = all(lines[i].kind == "date" and weight(FULL_DATE.sub("", lines[i].text)) <= 3 for i in meta)
    name = re.sub(r"\s+", "", lines[title].text)
    return date_only and weight(name) <= 16 and bool(ORG_ENDING.search(name)) and not re.search(r"[，,：:“”—]", name)


# A kicker printed as part of the headline: a quotation, or a phrase that ends in a dash or a colon.
QUOTED_KICKER = re.compile(r"[“\"「『][^”\"」』]{2,20}[”\"」』]|.{2,20}[——:：]")


def _kicker(lines: list[Line], title: int) -> int | None:
    """A line above the headline that is its first half: “国家喊你减肥了” over 体重管理成全民健康新风尚."""
    if title == 0:
        return None
    above = lines[title - 1].text.strip()
    if lines[title - 1].kind != "heading":
        return None
    higher = lines[title - 2].kind if title >= 2 else "clutter"
    plain = not (_DOMAIN.search(above) or FULL_DATE.search(above) or LOOSE_DATE.search(above)
                 or re.search(r"\s{2,}|[|｜:：，,。；！？!?]", above))
    if higher in ("clutter", "link", "short", "stop") and plain and 8 <= weight(above) <= 30:
        return title - 1  # two headline lines between the page chrome and the byline block: 引题 and 主题
    if QUOTED_KICKER.fullmatch(above):
        return title - 1
    return None


_DOCUMENT_KIND = re.compile(r"(通知|通告|公告|决定|意见|办法|规定|方案|批复|复函|函|报告|规划|细则|条例|决议|指南|纲要|公报|"
                            r"实施意见|指导意见|工作要点)$")


def join_split_title(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A document's title set over several centred lines (吉林省人民政府关于禁止在 / … / 和迁入人口的通告)
    as one line: two to five short lines without punctuation that together end with the kind of document."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        done = False
        for size in range(5, 1, -1):
            run = paragraphs[index:index + size]
            if len(run) < size or any(p.clutter or weight(p.text) > 24 or _SENTENCE_MARKS.search(p.text)
                                      or re.search(r"[。：:]|\S\s{2,}\S", p.text.strip()) or FULL_DATE.search(p.text)
                                      for p in run):  # not an issuers' list (某某局  某某局) nor their date
                continue
            text = "".join(p.text.strip() for p in run)
            if len(squash(text)) >= 10 and any(squash(text) in squash(p.text) for p in joined[-3:]):
                joined.append(Paragraph(text, run[0].line))  # the headline printed again under itself, over lines
                index += size
                done = True
                break
            if re.search(r"关于|^(国务院|中共中央)", run[-1].text) or \
                    any(_DOCUMENT_KIND.search(p.text.strip().rstrip("》」”")) for p in run[:-1]):
                continue  # the last line is a whole title by itself, or the run holds two titles
            if _DOCUMENT_KIND.search(text) and ("关于" in text or ORG_ENDING.search(run[0].text.strip()[:20]) or
                                                re.search(r"(人民政府|委员会|办公厅|办公室|局|部)", text[:20])):
                joined.append(Paragraph(text, run[0].line))
                index += size
                done = True
                break
        if not done:
            joined.append(paragraphs[index])
            index += 1
    return joined


_FLAT_PAGE = re.compile(r"(?P<head>[^。！？]{6,60}?)(\s+|\s*https?://\S+?\s*)"
                        r"(?P<pre>((来源|作者|发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*([^\s:：]{1,20}\s+)?)*)(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                        r"(\s*\d{1,2}:\d{2}(:\d{2})?)?)\s*(?P<labels>((作者|来源|编辑|责任编辑|记者|通讯员)\s*[:：]\s*\S+\s*)*)"
                        r"(?P<rest>\S.{60,})")
_META_TOKEN = (r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(:\d{2})?|[\u4e00-\u9fff]{1,6}[:：]\s*[^\s，。]{1,20}|"
               r"第[一二三四五六七八九十\d]{1,3}版[:：]?[^\s，。]{0,10}|(\d+\s*)?次|[|｜])")
_BYLINE_AND_TEXT = re.compile(rf"(?:{_META_TOKEN}\s+){{2,}}")
_LABEL_IN_LINE = re.compile(r"(来源|作者|编辑|责编|发布|浏览|阅读|点击)\s*[:：]")
_DATE_AND_HEADLINE = re.compile(r"(date|Date|日期|时间|发布时间)?\s*[:：]?\s*(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                                r"(\s+\d{1,2}:\d{2}(:\d{2})?)?)\s+(?P<head>[^。]{8,80})")
_HEADLINE_BYLINE_DATE = re.compile(r"(?P<head>[^。]{8,80}?)(?P<name>[\u4e00-\u9fff]{2,3})\s*[（(](?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
                                   r"\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?)[)）]")
_HEADLINE_AND_DATE = re.compile(r"(?P<head>[^。]{8,80}?)\s+(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                                r"(\s+\d{1,2}:\d{2}(:\d{2})?)?)(\s+(?P<name>[\u4e00-\u9fff]{2,3}))?")
# 20200414 今年全省力争…: a compact date (year, month, day run together) before the headline.
# A repost's credits before its text, as 虎嗅-style platforms print them on one line with it.
_REPOST_CREDITS = re.compile(r"^(本文|文章)?(来自|转载自|转自)(微信公众号|公众号)?\s*[:：]?.{2,240}?头图来自\s*[:：]?\s*"
                             r"(视觉中国|IC\s*photo|东方IC|图虫创意|Unsplash|pexels|网络|[\u4e00-\u9fff]{2,4}?(拍摄|摄|提供))")
_COMPACT_DATE_AND_HEADLINE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\s+"
                                        r"(?P<head>[^。]{8,80})")


_DATE_LABEL_AND_TEXT = re.compile(r"^(?P<meta>(发布|发表|更新|发稿|刊登)?(日期|时间)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*"
                                  r"\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?)\s*(?P<rest>[\u4e00-\u9fff“「].*)$")


def split_dated_headline(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A headline printed with its date on the same line (冯光远：…搞独裁 2014-04-30 23:54) as two lines,
    the headline and the date line, so each is read for what it is."""
    split: list[Paragraph] = []
    for paragraph in paragraphs:
        signed = _HEADLINE_BYLINE_DATE.fullmatch(paragraph.text.strip())  # …逐年改善徐德芬 (2025-10-20 16:48:17)
        if signed and not paragraph.clutter and is_person_name(signed.group("name")) and is_titleish(signed.group("head")) \
                and weight(signed.group("head")) >= 10:
            split += [Paragraph(signed.group("head").strip(), paragraph.line),
                      Paragraph(f"{signed.group('name')} {signed.group('date')}", paragraph.line)]
            continue
        match = _HEADLINE_AND_DATE.fullmatch(paragraph.text.strip())  # …达419家 2024年10月20日  李恒
        head = match.group("head").strip() if match else ""
        if match and not paragraph.clutter and is_titleish(head) and weight(head) >= 10 and \
                not re.search(r"[\[\]【】|｜]", head) and not ORG_ENDING.search(head) and not _LABEL_IN_LINE.search(head) \
                and (not match.group("name") or is_person_name(match.group("name"))):
            split += [Paragraph(match.group("head").strip(), paragraph.line),
                      Paragraph(f"{match.group('date')} {match.group('name') or ''}".strip(), paragraph.line)]
            continue
        compact = _COMPACT_DATE_AND_HEADLINE.fullmatch(paragraph.text.strip())
        if compact and not paragraph.clutter and is_titleish(compact.group("head")) and weight(compact.group("head")) >= 10:
            split += [Paragraph(f"{compact.group('year')}-{compact.group('month')}-{compact.group('day')}", paragraph.line),
                      Paragraph(compact.group("head").strip(), paragraph.line)]
            continue
        flat = _FLAT_PAGE.fullmatch(paragraph.text.strip()) if weight(paragraph.text) >= 100 else None
        if flat and not paragraph.clutter and is_titleish(flat.group("head")) and not _LABEL_IN_LINE.search(flat.group("head")):
            # A page's text with its line breaks lost: headline, date, labels and text on one line.
            split += [Paragraph(flat.group("head").strip(), paragraph.line),
                      Paragraph(" ".join(flat.group("pre", "date", "labels")).strip(), paragraph.line)]
            # …的新路径。 上一篇:促进自然分娩 下一篇:…: the pager glued after the text goes on lines of its own
            split += [Paragraph(part.strip(), paragraph.line)
                      for part in re.split(r"\s+(?=(?:上一篇|下一篇|上一条|下一条)\s*[:：])", flat.group("rest")) if part.strip()]
            continue
        labelled_tail = re.match(r"^(?P<head>[^。！？:：]{8,80}?)\s+(?P<meta>(刊载者|发布者|发布人|作者|来源|发布单位|发布机构)\s*[:：]\s*\S+"
                                 r"(\s+\S{2,6}\s*[:：]\s*\S+){1,3}(\s+\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?)?)$",
                                 paragraph.text.strip())
        if labelled_tail and not paragraph.clutter and is_titleish(labelled_tail.group("head")) \
                and (re.search(r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", labelled_tail.group("meta"))
                     or len(re.findall(r"[:：]", labelled_tail.group("meta"))) >= 2):  # …送祝福 作者: boss  来源: 党办室
            # 7月9日举办「…」公听会 刊载者:杨丽环委员 刊载日期:2010/07/08: the headline with its byline after it
            split += [Paragraph(labelled_tail.group("head").strip(), paragraph.line),
                      Paragraph(labelled_tail.group("meta"), paragraph.line)]
            continue
        led = re.match(r"^(?P<head>[^。！？【】]{8,100}?)\s*(?P<lead>【[^【】]{2,30}(报导|报道|讯)】.{30,}|本(报|网)讯.{30,})$",
                       paragraph.text.strip())  # …志愿者达3万余人 本报讯(记者 汪辉…) on an e-paper page
        if led and not paragraph.clutter and is_titleish(led.group("head")):
            # 新闻标题 : 高市…精美洁肤皂一盒【记者庄斐斯/高雄报导】高雄市(11)日…: the headline glued to its lead
            split += [Paragraph(led.group("head").strip(), paragraph.line), Paragraph(led.group("lead"), paragraph.line)]
            continue
        repeated = re.match(rf"^(?P<byline>.{{0,60}}?({SOURCE_LABEL})\s*[:：]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{{2,16}}?))\s*"
                            r"(?P<lead>(?P=name)[\u4e00-\u9fff]{0,6}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(讯|电).{20,})$", paragraph.text.strip())
        if repeated and not paragraph.clutter:
            # 来源:平潭网平潭网10月1日讯(融媒体记者 林小玉)…: the outlet, then the text's lead naming it again
            split += [Paragraph(repeated.group("byline"), paragraph.line), Paragraph(repeated.group("lead"), paragraph.line)]
            continue
        glued = re.match(rf"^(?P<byline>.{{0,60}}?({SOURCE_LABEL})\s*[:：])\s*(?P<rest>[^\s:：]{{2,30}}?[，,][^。]{{4,}}。.*)$",
                         paragraph.text.strip())
        if glued and not paragraph.clutter and FULL_DATE.search(glued.group("byline")) and weight(glued.group("rest")) >= 30:
            # 时间:2025-11-20 20:00:00 来源:i内江秋冬交替,流感进入高发阶段。…: the text glued to an outlet whose
            # end cannot be told; the text is kept and the outlet left for the editor
            split += [Paragraph(glued.group("byline"), paragraph.line), Paragraph(glued.group("rest"), paragraph.line)]
            continue
        credits = _REPOST_CREDITS.match(paragraph.text.strip())
        if credits and not paragraph.clutter and weight(paragraph.text.strip()[credits.end():]) >= 30:
            # 本文来自微信公众号:每日经济新闻,记者:…,原文标题:《…》,头图来自记者拍摄 and the text after it
            split += [Paragraph(credits.group(0), paragraph.line),
                      Paragraph(paragraph.text.strip()[credits.end():].lstrip("，,。 "), paragraph.line)]
            continue
        labelled = re.match(rf"^({SOURCE_LABEL})\s*[:：]\s*[^\s，。]{{2,20}}(?=\s)", paragraph.text.strip())
        if labelled and not paragraph.clutter and weight(paragraph.text.strip()[labelled.end():]) >= 80:
            # 消息来源:新华网 and the text after it on one line
            split += [Paragraph(labelled.group(0), paragraph.line),
                      Paragraph(paragraph.text.strip()[labelled.end():].strip(), paragraph.line)]
            continue
        flash = re.fullmatch(r"(?P<time>\d{1,2}:\d{2}(:\d{2})?)\s*【(?P<head>[^【】]{6,80})】", paragraph.text.strip())
        if flash and not paragraph.clutter:  # 16:38:49【安徽:2026年将建成…】: a wire's flash, its time and headline
            split += [Paragraph(flash.group("time"), paragraph.line), Paragraph(flash.group("head"), paragraph.line)]
            continue
        dated = _DATE_LABEL_AND_TEXT.match(paragraph.text.strip())
        if dated and not paragraph.clutter and weight(dated.group("rest")) >= 30 and re.search(r"[，。]", dated.group("rest")):
            # 发布日期: 2018-02-06行政、立法协调会报今天讨论…: the text glued to the date line above it
            split += [Paragraph(dated.group("meta"), paragraph.line), Paragraph(dated.group("rest"), paragraph.line)]
            continue
        byline = _BYLINE_AND_TEXT.match(paragraph.text.strip())  # 2019-06-25 来源:医药卫生报 浏览:18155 次 6月22日,由…
        rest = paragraph.text.strip()[byline.end():] if byline else ""
        if byline and not paragraph.clutter and weight(rest) >= 30 and re.search(r"[，。]", rest) \
                and FULL_DATE.search(byline.group(0)) and re.search(r"来源|作者|编辑|记者", byline.group(0)):
            split += [Paragraph(byline.group(0).strip(), paragraph.line), Paragraph(rest, paragraph.line)]
            continue
        match = _DATE_AND_HEADLINE.fullmatch(paragraph.text.strip())  # date 2025-08-28 长者医疗券｜再有3间…
        head = match.group("head").strip() if match else ""
        if match and not paragraph.clutter and is_titleish(head) and weight(head) >= 10 and head.count("|") + head.count("｜") <= 1 \
                and not re.match(r"\d", head) and not _LABEL_IN_LINE.search(head):
            split += [Paragraph(match.group("date"), paragraph.line), Paragraph(head, paragraph.line)]
        else:
            split.append(paragraph)
    return split


def locate(paragraphs: Sequence[Paragraph], rules: Rules, outlets: Outlets | None = None) -> Located | None:
    """The article among a page's lines, or None when nothing reads like prose."""
    joined = join_split_title(paragraphs)
    given = {id(paragraph) for paragraph in joined}
    # The lines split out of one (a flattened page's pager, say) meet the clutter rules as every line did.
    split = [paragraph if id(paragraph) in given or not rules.matches("drop_lines", paragraph.text)
             else Paragraph(paragraph.text, paragraph.line, clutter=True) for paragraph in split_dated_headline(joined)]
    lines = classify_all(split, rules, outlets)
    stretch = best_stretch(lines)
    if stretch is None:
        # Only short sentences (a list, verse, a notice in brief): prose pays its full length.
        stretch = best_stretch([Line(line.paragraph, line.kind, line.score + _SHORT_PROSE)
                                if line.kind == "content" else line for line in lines])
    if stretch is None:
        # A few short lines and nothing else (a brief notice): every line that ends a sentence is text.
        sentences = [i for i, line in enumerate(lines) if line.kind in ("short", "subhead", "row", "content")
                     and _FINAL.search(line.text)]
        if not sentences:
            return None
        stretch = (sentences[0], sentences[-1] + 1)
    if stretch is None:
        return None
    continued = _continued(lines, stretch[1])
    if continued != stretch[1]:
        index = stretch[1] + 1  # the box's own lines, under its header: its links are no part of the text
        while index < continued and lines[index].kind in ("heading", "short", "link", "clutter"):
            lines[index] = Line(lines[index].paragraph, "link", _LINK)
            index += 1
        stretch = (stretch[0], continued)
    title, meta, body_start = _anchors(lines, stretch)
    # A page that shows more after its article (a platform's next post, a list of teasers each with its
    # headline and date) holds the article above a stop line: the page's own article is the first dated
    # one, even when what follows is longer.
    if stretch is not None:
        for earlier in _segment_stretches(lines, stretch[0]):
            anchored = _anchors(lines, earlier)
            if anchored[0] != title and ((anchored[1] and _dated(lines, anchored[1])) or
                                         _headed_before_box(lines, anchored[0], anchored[2], earlier[1])):
                stretch, (title, meta, body_start) = earlier, anchored
                break
    if title is not None:
        title = _main_headline(lines, title, body_start)
    title, body_start = _echoed_headline(lines, title, body_start, stretch[1])
    if title is not None and re.match(r"^\s*[—－]{1,2}", lines[title].text):
        title = _over_subtitle(lines, title)
        meta = sorted(set(meta) | {i for i in range(title + 1, body_start) if lines[i].kind in _META_KINDS})
    kicker = _kicker(lines, title) if title is not None else None
    return Located(tuple(lines), title, kicker, tuple(meta), (body_start, _next_report(lines, body_start, stretch[1])))


def _bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", text) for i in range(len(run) - 1)}


def echo(text: str, body: str) -> float:
    """The share of ``text``'s pairs of Chinese characters that ``body`` also holds: a headline says what
    its text says, so most of its words come back in the first paragraphs; a logo or a menu's line does not."""
    pairs = _bigrams(text)
    return sum(pair in body for pair in pairs) / len(pairs) if pairs else 0.0


def _echoed_headline(lines: list[Line], title: int | None, body_start: int, end: int) -> tuple[int | None, int]:
    """The headline and where the text starts, checked against the text: when the line taken for the
    headline shares almost no words with the first paragraphs (ETtoday新闻云 手机版, 专栏作家林宏文, an
    advert, a menu's last word) and a headline-like line above the text, or opening it, has most of its words
    there, that line is the headline."""
    def text_from(start: int) -> str:
        return "".join(line.text for line in lines[start:end] if line.kind in ("content", "short", "subhead"))[:_ECHO_SPAN]

    body = text_from(body_start)
    numbered = title is not None and bool(_NUMBERED.match(lines[title].text))  # 1.政府政策走向: a section's subhead
    if len(body) < 80 or (title is not None and not numbered and (
            len(_bigrams(lines[title].text)) < 3 or echo(lines[title].text, body) >= _WEAK_ECHO or _labelled_under(lines, title))):
        return title, body_start
    best, best_echo = (title, body_start), _STRONG_ECHO
    for index in range(body_start, max(0, body_start - _ECHO_REACH) - 1, -1):
        line = lines[index]
        twice = line.kind == "link" and 0 < index and lines[index - 1].text == line.text  # the page's title, then its <h1>
        if (line.kind not in ("heading", "content", "subhead", "short") and not twice) or not is_titleish(line.text) \
                or not 6 <= weight(line.text) <= 60 or _FINAL.search(line.text) or len(_bigrams(line.text)) < 4 \
                or _NUMBERED.match(line.text):
            continue
        under = body if index < body_start else text_from(body_start + 1)
        found = echo(line.text, under)
        if found > best_echo and len(under) >= 80:
            best, best_echo = (index, max(body_start, index + 1)), found
    above = best[0] - 1 if best[0] is not None and best[0] != title else -1
    if above >= 0 and above + 2 == best[1] and lines[above].kind == "heading" and is_titleish(lines[above].text) \
            and above != title:  # (both right over the text, as _main_headline weighs them)
        return _main_headline(lines, above, best[1]), best[1]  # two headline lines: 引题 and 主题, or 主题 and 副题
    return best


def _labelled_under(lines: list[Line], title: int) -> bool:
    """Whether a labelled byline (来源: 国家统计局, 作者:…) stands right under the line: a headline over its
    own byline is the page's, even when the text under it is a document it quotes in full."""
    under = next((line for line in lines[title + 1:title + 4] if line.kind != "clutter"), None)
    return under is not None and under.kind in ("date", "meta", "byline") and \
        bool(re.search(rf"({SOURCE_LABEL}|作者|记者|编辑)\s*[:：]", under.text))


def _over_subtitle(lines: list[Line], subtitle: int) -> int:
    """送上礼物    欢庆六一 / 作者:… 更新时间:… / ——州医院为…庆祝六一儿童节: a ——subtitle is no headline; the
    headline is the headline-like line over it, above the byline block between them."""
    index = subtitle - 1
    while index >= 0 and subtitle - index <= 4 and lines[index].kind in ("meta", "date", "byline", "label", "clutter"):
        index -= 1
    if index >= 0 and index < subtitle - 1 and lines[index].kind in ("heading", "row", "short", "content") \
            and 4 <= weight(lines[index].text) <= 40 and not _FINAL.search(lines[index].text):
        return index
    return subtitle


# A report's dateline lead: (吉隆坡16日讯), 北海1日讯, 新华社北京3月5日电.
_DATELINE_LEAD = re.compile(r"^[（(]?[\u4e00-\u9fff]{2,12}\s*(\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(讯|电)[)）]?")


def _next_report(lines: list[Line], start: int, end: int) -> int:
    """Where the text ends when another report follows it on the page (a related story under a 反应 or
    财经新闻 tab: its headline, then its own dateline lead), given that this text opened with a dateline."""
    if not any(_DATELINE_LEAD.match(line.text.strip()) for line in lines[start:min(end, start + 3)]):
        return end
    for index in range(start + 3, end - 1):
        if lines[index].kind in ("heading", "subhead", "short") and is_titleish(lines[index].text) \
                and _DATELINE_LEAD.match(lines[index + 1].text.strip()):
            while index > start + 1 and lines[index - 1].kind in ("short", "heading", "link", "clutter") \
                    and weight(lines[index - 1].text) <= 8:
                index -= 1  # the list's tab over the headline
            return index
    return end


def _main_headline(lines: list[Line], title: int, body_start: int) -> int:
    """The 主题 under a 引题 that only leads into it with a verb of saying (2017年卫生健康事业发展统计公报显示 /
    中国居民人均预期寿命达76.7岁): the headline is the line that says what was shown."""
    following = title + 1
    if following < min(body_start, len(lines)) and re.search(r"(显示|表明|指出|透露|发现|宣布|强调|获悉|提醒|称)$",
                                                             lines[title].text.strip()) \
            and lines[following].kind in ("heading", "content") and is_titleish(lines[following].text) \
            and not _FINAL.search(lines[following].text) and weight(lines[following].text) >= 6:
        return following
    if following + 1 == body_start < len(lines) and lines[title].kind == "heading" and lines[following].kind == "heading" \
            and weight(lines[title].text) <= 30 and 6 <= weight(lines[following].text) <= 40 \
            and not re.match(r"^[—－-]", lines[following].text.strip()) \
            and _PAPER_LEAD.match(lines[body_start].text):
        # Two headline lines over a newspaper's lead: a slogan of paired phrases is the 引题 over the 主题 or
        # the 副题 under it (弘扬医师职业精神 营造尊医重卫氛围; 科技赋能,守护百姓健康); else a short line naming
        # who is the 引题 (西安市四院内科 / 在街头设点为患者看病).
        echoed = [_printed_elsewhere(lines, index) for index in (title, following)]
        if echoed[0] != echoed[1]:  # the page's index or title bar names the one that is the headline
            return title if echoed[0] else following
        upper, lower = _slogan(lines[title].text), _slogan(lines[following].text)
        if upper != lower:
            return following if upper else title
        if weight(lines[title].text) <= 8 < weight(lines[following].text):
            return following
    return title


def _printed_elsewhere(lines: list[Line], index: int) -> bool:
    """Whether another line of the page holds this one's words (an e-paper's index of the page's headlines,
    the title bar): a headline is named again, its 引题 or 副题 is not."""
    key = squash(lines[index].text)
    return len(key) >= 6 and any(key in squash(line.text) for i, line in enumerate(lines) if i != index)


def _slogan(text: str) -> bool:
    """Two or more paired phrases of a few characters each, split by a comma or a space."""
    parts = [part for part in re.split(r"[,，\s]+", text.strip()) if part]
    return len(parts) >= 2 and all(3 <= weight(part) <= 9 for part in parts)
