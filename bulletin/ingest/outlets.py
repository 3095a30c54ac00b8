"""What is known about outlets, as data: names, aliases and domains (``defaults/outlets.yaml``, extended by
a project's ``config/outlets.yaml``), and the shape of an outlet's name for the ones nobody listed.

Ingest asks three questions of it: is this short line an outlet's name; which site is this URL; and what is
left of a 来源 value once the clutter glued to it (a date, a button, a copyright notice) is cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import urlparse

from bulletin.errors import ConfigError
from bulletin.yamltext import load_yaml

DEFAULT_OUTLETS = Path(__file__).resolve().parent.parent / "defaults" / "outlets.yaml"
PROJECT_OUTLETS = Path("config") / "outlets.yaml"

# The endings of an outlet's or an issuing body's name: newspapers, sites, agencies, broadcasters,
# government offices, hospitals and associations.
ORG_ENDING = _OUTLET_ENDING = re.compile(
    r"(日报|晚报|早报|时报|商报|周报|导报|报社|(?<![举通汇情警预上申回捷喜海简])报|网|社|电视台|广播电视台|台|新闻|新闻网|客户端|传媒|融媒体中心|融媒|新媒体|中文站|中文网|网络版|电子版|数字版|手机版|"
    r"周刊|杂志|频道|在线|政府网|网站|门户网站|博客|论坛|人民政府|人民政府办公室|人民政府办公厅|办公厅|办公室|委员会|卫健委|卫生健康委|"
    r"卫生健康局|卫生局|管理局|总局|局|厅|部|署|司|处|中心|医院|卫生院|研究院|研究所|协会|学会|基金会|公报|CDC|府|大学|学院|学校)$")
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·《》]{2,20}$")
# What sites glue to an outlet's name: buttons, counters, copyright words, a date or a time.
_GLUED = re.compile(
    r"(\s*(举报|分享|收藏|打印|关闭|纠错|发表评论|我要评论|评论|查看|页面功能|关注|订阅|\+关注|版权所有|供稿|编写|整理|编译|原创|责任编辑.*|编辑.*|作者.*|记者.*|采访人员.*|"
    r"浏览.*|阅读.*|点击.*|字号.*|发布时间.*|发布日期.*|时间.*|日期.*|\d{4}\s*[-/.年]\s*\d{1,2}.*|\d{1,2}:\d{2}.*))+$")
# Words that name no outlet: a placeholder, a company's legal form, "the Internet".
_NOT_OUTLET = re.compile(r"(有限公司|有限责任公司|^互联网$|^网络$|^网友$|^本站|^本网|^本版|独家$|^佚名$|^未知$|^未知来源$|^来源未知$|^转载|^原创|"
                         r"^综合|^网络转载$|^网友投稿$|^投稿$|^其他$|^不详$|^系统超管$|^(系统)?管理员$|^超级管理员$|^admin$|"
                         r"^(字体|字号|打印|分享|关闭|收藏|已读|未读|浏览|阅读|点击|评论|默认|返回)|^[大中小]$|"  # a tool bar's words
                         r"^(手机版|电脑版|网页版|触屏版|简体版?|繁体版?|English)$|"  # a version switch
                         r"组建|召开|印发|启动|开展|举行|出台|推进|加强|实施|部署|获批|通过|召集|走进|看望|慰问|调研|"  # a headline's verbs
                         r"挂牌|揭牌|举办|开通|上线|荣获|入选|正式|率团|出席|会见|视察|^语音|播报$|朗读|"
                         # a section or a topic: 国内新闻, 行政新闻, 健康新闻, 医药, 产品; 海南频道 (a site's channel)
                         r"^(国内|国际|本地|地方|社会|图片|视频|滚动|即时|热点|综合|时政|要闻|最新|实时|今日|健康|行政|医药|医疗|卫生|"
                         r"产品|科技|教育|文化|体育|娱乐|汽车|房产|旅游|军事|法治|政务|民生|生活|养生|资讯|焦点)"
                         r"(新闻|资讯|快讯|动态|频道|报道|报导)?$|"
                         r"^[\u4e00-\u9fff]{2,4}频道$|"
                         r"^[\u4e00-\u9fff]{2,8}(省|自治区|特别行政区|市|县|区)$|"
                         # 宣传科, 党政办, 保健科: a department of the page's own body, named without the body
                         r"^(?!.*(省|市|县|区|州|旗|镇|乡|国|中央|政府))[\u4e00-\u9fff]{1,4}(科|办|室|组)$|"
                         r"^(党委)?(宣传部|宣传处|宣传中心|新闻中心|信息中心|网络中心|编辑部|网站管理员|管理员)$|"
                         r"^(医务|护理|院办|党办|综合|办公|后勤|财务|人事|科教|科研|教育|质控|团委|工会|门诊|宣传统战|学术|培训|"
                         r"学术培训|会员|会员服务|外联|联络|秘书|综合管理)(部|处|科|办|室)$)")
# A site's address written as its name (AUTO.SOHU.COM, www.sina.net).
ADDRESS = re.compile(r"(https?://)?([A-Za-z0-9-]+\.)+(com|cn|net|org|gov|hk|tw|sg|my)(\.[a-z]{2})?/?", re.IGNORECASE)
_SITE_AND_PAPER = re.compile(r"(?P<site>[\u4e00-\u9fffA-Za-z0-9]{2,10}网)\s*[-－—·•]\s*《?(?P<paper>[^《》\s]{2,16}?)》?")
# Where a post was sent from, as platforms print it after the account (发布于北京, IP属地：广东, 鞭牛士 北京).
PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
             "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外")
# What a page glues after an outlet's name: a button, a counter, a prompt.
_UI_TAIL = re.compile(r"(参与|互动|举报|分享|评论|发表|查看|收藏|关注|打印|纠错|订阅|阅读|浏览|点击|更多|首页|下载|登录|注册|手机版|进入|"
                      r"\d|[|｜/>»])")
# Names that are also the words of every site's menu: never looked up as a whole line or inside one.
# 智通财经网 is an outlet of its own, not 财经 (listed as 财经网) under a section 智通.
SECTION_WORD = re.compile(r"(国内|国际|本地|社会|要闻|时政|财经|经济|宏观|科技|健康|体育|娱乐|教育|文化|汽车|房产|旅游|军事|法治|民生|滚动|综合)")
_SECTION_WORDS = {"财经", "健康", "科技", "新闻", "经济", "时政", "法治", "教育", "文化", "体育", "娱乐", "汽车", "房产", "旅游"}
_CREDIT_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[／/]\s*([\u4e00-\u9fff]{0,4}(特稿|报导|报道|译|编译|整理|采访|撰文))$")
_WRAP = "《》「」【】[]()（） \u3000:：|｜丨/／"
# The commonest Chinese surnames (together well over four fifths of the population): a 来源 value of two or
# three characters that opens with one and is no listed outlet is a writer's name (来源: 尹娟), not an outlet.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")


def is_person_name(value: str) -> bool:
    """Two or three Han characters opening with a common surname, or a compound surname and a name."""
    value = squash(value)
    if re.search(r"(镇|乡|村|县|区|市|省|局|委|院|办|所|站|社|报|网|台|刊|厅|部)$", value) and len(value) == 3:
        return False  # 马桥镇, 江西网: a place's or an outlet's name that opens with a surname
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", value)) and value[0] in _SURNAMES or \
        bool(re.fullmatch(r"(欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙)[\u4e00-\u9fff]{1,2}", value))


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outlets:
    """The registry: look-ups by name (or alias) and by domain."""

    by_name: dict[str, Outlet]
    by_domain: dict[str, Outlet]

    def known(self, text: str) -> Outlet | None:
        return self.by_name.get(squash(text).strip(_WRAP))

    @cached_property
    def _order(self) -> dict[str, int]:
        """Each listed name's place in the registry."""
        return {name: index for index, name in enumerate(self.by_name)}

    def listed_name(self, text: str) -> str:
        """The registry's name for ``text`` when it is listed (新华 → 新华社), else ``text`` as printed."""
        listed = self.known(text)
        return listed.name if listed else text

    def site(self, url: str) -> str:
        """The site's own name for a URL's host (the longest listed domain it ends with), or ""."""
        host = (urlparse(url).hostname or "").lower() if url else ""
        while host:
            outlet = self.by_domain.get(host)
            if outlet:
                return outlet.name
            host = host.partition(".")[2]
        return ""

    def looks_like_outlet(self, text: str) -> bool:
        """A short name that is listed, or shaped like an outlet's or an issuing body's name; with a
        channel after it (香港电台-财经, 北青网-北京青年报), its first part counts."""
        text = squash(text).strip(_WRAP)
        if self.known(text) or (_NAME.match(text) and _OUTLET_ENDING.search(text) and len(text) >= 3
                                and not _NOT_OUTLET.search(text)):
            return True
        parts = re.split(r"[-–—·|｜]", text)
        return len(parts) > 1 and bool(parts[0]) and len(text) <= 20 and self.looks_like_outlet(parts[0])

    def is_medium(self, name: str) -> bool:
        """A listed outlet, or an outlet-shaped name that ends like a medium's (…日报, …网, …电视台, …客户端):
        stricter than looks_like_outlet, which also takes issuing bodies (…委员会, …医院)."""
        name = squash(name).strip(_WRAP)
        return bool(self.known(name)) or (bool(_NAME.match(name)) and len(name) >= 3 and bool(MEDIUM_ENDING.search(name))
                                          and not _NOT_OUTLET.search(name))

    def tidy(self, value: str) -> str:
        """A 来源 value as written into the article: cleaned of what sites glue to it, and cut to a listed
        outlet's name when it starts with one (求是网参与互动 → 求是网)."""
        if re.match(r"\s*https?://", value):  # 文章来源:http://www.zmdnews.cn/2018/0324/467375.shtml
            return self.site(value.strip()) or ""
        value = clean_source(re.sub(r"(时长|播放|观看)\s*[:：].*$", "", value))  # 中国金融信息网时长:3分18秒
        if not value or self.known(value):
            return value
        signed = re.fullmatch(r"(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?(网|报|社|台|刊))(?P<writer>[\u4e00-\u9fff]{2,3})", value)
        if signed and is_person_name(signed.group("writer")) and self.known(signed.group("outlet")):
            value = signed.group("outlet")  # 中工网张颖: the outlet with its writer's name glued on
        value = re.sub(r"(日报|晚报|早报|时报|商报|都市报|报)(社|客户端|APP|App|app)$", r"\1", value)  # 日照日报社: the paper
        if self.known(value):
            return value
        paper = _SITE_AND_PAPER.fullmatch(value)
        if paper and re.search(r"(频道|栏目|专题|专栏|站)$", paper.group("paper")):
            return paper.group("site")  # 人民网-海南频道: the site, not its channel
        if paper and self.looks_like_outlet(paper.group("paper")):
            return paper.group("paper")  # 光明网-《光明日报》, 人民网－人民日报: the paper the site reprints
        if ADDRESS.fullmatch(value):  # AUTO.SOHU.COM: the site's address, named by the registry when listed
            return self.site("http://" + re.sub(r"^https?://", "", value.lower())) or value
        known = self.find_in(value)
        squashed = squash(value)
        # 宏观经济腾讯财经: a section glued before a listed outlet (贵州健康报 is a paper of its own, not 健康报).
        # The listed names it may end with are its last len-1 … len-4 characters, looked up, not searched for;
        # of several, the first listed wins, as a walk through the registry would find it.
        ends = [(self._order[squashed[cut:]], cut) for cut in range(1, 5)
                if len(squashed) - cut >= 3 and squashed[cut:] in self.by_name]
        for _, cut in sorted(ends):
            name, prefix = squashed[cut:], squashed[:cut]
            outlet = self.by_name[name]
            if not re.fullmatch(rf"({PROVINCES})(省|市)?|\S{{1,3}}(市|县|州)", prefix) \
                    and not (len(prefix) <= 2 and name != outlet.name and not SECTION_WORD.fullmatch(prefix)):
                return outlet.name
        rest = squashed[len(known):] if known else ""
        glued = bool(rest) and bool(_UI_TAIL.match(rest))  # 求是网参与互动; 网易科学人 is a column's own name
        return known if known and squash(value).startswith(known) and glued else value

    def labelled(self, value: str) -> str:
        """A value printed after a 来源 label: a writer's name there (来源: 尹娟) is no outlet; an address
        there names the site it is on, if the registry knows it."""
        if re.match(r"\s*(https?://|www\.)", value):
            return self.site(value.strip() if "://" in value else "http://" + value.strip())
        if re.match(r"\s*(更新|发布|发表|时间|日期|作者|编辑|责编|浏览|阅读|点击|[\u4e00-\u9fff]{1,4}(时间|日期))(时间|日期|者)?\s*[:：]", value):
            return ""  # 来源: 更新:, 来源: 信息时间:…: the label left blank, and the next label read as its value
        value = clean_source(value)
        if is_person_name(value) and not self.known(value) and not _OUTLET_ENDING.search(value):
            return ""
        return value

    def printed_in(self, text: str) -> str:
        """The listed name or alias a line holds, as it is printed there when it is a short form of the
        entry's name (文汇报 in 文汇报版权所有, where ``find_in`` gives 香港文汇报); else the entry's name
        (凤凰新媒体, the company, is 凤凰网)."""
        squashed = squash(text)
        best = max((key for key in self.by_name if key in squashed), key=len, default="")
        if not best:
            return ""
        outlet = self.by_name[best]
        return best if best in squash(outlet.name) else outlet.name  # 文汇报 of 香港文汇报; not 凤凰新媒体 of 凤凰网

    def find_in(self, text: str) -> str:
        """The first listed outlet named in a line (longest name first at each place), or ""."""
        squashed = squash(text)
        best: tuple[int, int, str] | None = None
        for name in self.by_name:
            at = squashed.find(name)
            if at >= 0 and (best is None or (at, -len(name)) < best[:2]):
                best = (at, -len(name), self.by_name[name].name)
        return best[2] if best else ""


# 鲁网, 成报, 晴报: a two-character outlet name, too short for the shape test alone; taken where the line
# itself says it is an outlet (a lead 鲁网10月8日讯, a copyright line ©成报版权所有). 本报/本网 are no names.
MEDIUM_ENDING = re.compile(r"(报|网|社|台|电讯|新闻|即时|传媒|客户端|博客|频道|在线|周刊|杂志)$")
_SHORT_OUTLET = re.compile(r"(?![本该此我贵总])[\u4e00-\u9fff](报|网)")


def is_short_outlet(name: str) -> bool:
    return bool(_SHORT_OUTLET.fullmatch(squash(name)))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def clean_source(value: str) -> str:
    """An outlet as a page prints it, without what sites glue to it: ``新华社 举报`` → ``新华社``,
    ``国家卫生健康委员会2023-09-13 20:05:14`` → ``国家卫生健康委员会``."""
    value = re.sub(r"[\[［(（](微博|微信|官方微博)[\]］)）]", "", value.strip())  # 腾讯财经[微博]: a link to its feed
    value = re.sub(r"[（(](?![^（()）]{1,8}(学院|医院|中心|研究院|研究所|协会|学会)[)）])[^（()）]{1,8}[)）]$", "",
                   value).strip()  # 上海证券报·中国证券网(上海): a place, not a body's other name (医学院(护理学院))
    value = _unwrap(value)
    if value.count("《") != value.count("》") or re.search(r"\S《|》\S", value):
        value = value.replace("《", "").replace("》", "")  # 《瞭望》新闻周刊: the magazine's full name
    value = re.sub(r"(进入电子报|进入专题|查看原文|阅读原文|点击查看|原文链接)$", "", value)  # 楚天快报进入电子报: a link after it
    value = re.split(r"\s{2,}|\t|[|｜丨]|[,，;；。](?=.{0,30}(侵权|删除|联系|版权|转载))", value)[0].strip()  # …政务,若涉及侵权,请立刻联系删除
    value = re.sub(r"^(本文|本稿)?(来源于|来自|转自|转载自|摘自|选自)", "", value).strip()
    # 欢迎登陆今日辽宁网, by 中华超传媒, 本网-连州市医疗保障局: a greeting, a "by" or the site itself before the name
    value = re.sub(r"^(欢迎您?(访问|登陆|登录|来到|光临|进入)|[Bb]y\s+|(本网|本站)\s*[-－—]\s*(?=\S{2}))", "", value).strip()
    value = re.sub(r"^[“\"「『](?P<name>[^”\"」』]{2,16})[”\"」』]\s*(微信)?(公众号|官微|微博)?$", r"\g<name>", value)  # “八点健闻”微信公众号
    value = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z])\s*(微信公众号|公众号|官方微信)$", "", value).strip()
    value = re.sub(r"\s+[\u4e00-\u9fff]{2,6}\s*[:：].*$", "", value).strip()  # 上海奉贤 选稿：许文杰
    value = re.sub(rf"\s+({PROVINCES})(省|市|自治区|特别行政区)?$", "", value).strip()  # 鞭牛士 北京: where it was posted
    value = re.sub(r"\s*[-–—]{2,}$", "", value)  # 马祖日报--
    value = re.sub(r"(?<=\S)\s+(未知|不详|佚名|无|暂无)$", "", value)  # 凤凰居悦 未知: an empty author field after it
    value = re.sub(r"(?<=..[网台社])(报道|报导)$", "", value)  # 天维网报道: the outlet, and that it reported (not 21世纪经济报道)
    parts = value.split()
    if len(parts) > 1 and _NAME.match(parts[0].replace("-", "")) and (_OUTLET_ENDING.search(parts[0]) or "-" in parts[0]):
        value = parts[0]  # 中国新闻网 王帆, 北青网-北京青年报 北京: the outlet, then a name or a place
    elif len(parts) == 2 and is_person_name(parts[1]) and not is_person_name(parts[0]):
        value = parts[0]  # 健教科 涂佳佳: the office, then its writer
    if _CREDIT_LINE.search(value):
        return ""  # 张立勋／特稿, 记者王大明／台北报导: a reporter's credit
    if re.fullmatch(r"[A-Za-z_\-]{0,6}\d{5,}[A-Za-z_\-]{0,4}", value):
        return ""  # sp20241126: a CMS's code in the 来源 field, no one's name
    if _NOT_OUTLET.search(squash(value)) or re.search(r"[=<>\"]", value) or re.fullmatch(PROVINCES, value):
        return ""  # a placeholder, a company, or markup left over (size="20")
    previous = None
    while previous != value:
        previous = value
        value = _unwrap(_GLUED.sub("", value).strip())
    return value


def _unwrap(value: str) -> str:
    """The value without the brackets and bars around it, keeping a bracket that closes one inside it:
    医学院(护理学院) stays whole."""
    inner = value.strip(_WRAP)
    for opening, closing in (("(", ")"), ("（", "）")):
        if inner.count(opening) > inner.count(closing) and value.strip().endswith(closing):
            inner += closing
    return inner


def _read(path: Path) -> list[Outlet]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取媒体名录：{exc}。请确认它是 UTF-8 编码的 YAML 文件。", path=path) from None
    data = load_yaml(text, path) if text.strip() else []
    if not isinstance(data, list):
        raise ConfigError("媒体名录应是一个列表，每项形如“- {name: 健康报, domains: [jkb.com.cn]}”。",
                          path=path, line=1, column=1)
    outlets = []
    for index, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ConfigError(f"媒体名录的第 {index} 项缺少 name（媒体名称）。", path=path)
        lists = {}
        for key in ("aliases", "domains"):
            value = entry.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"媒体名录第 {index} 项（{entry['name']}）的 {key} 应是文字列表。", path=path)
            lists[key] = tuple(v.strip() for v in value if v.strip())
        outlets.append(Outlet(entry["name"].strip(), lists["aliases"], tuple(d.lower() for d in lists["domains"])))
    return outlets


@lru_cache(maxsize=8)
def load_outlets(project_root: Path | None = None) -> Outlets:
    """The built-in registry, extended by the project's ``config/outlets.yaml`` when there is one."""
    entries = _read(DEFAULT_OUTLETS)
    if project_root is not None and (project_root / PROJECT_OUTLETS).is_file():
        entries += _read(project_root / PROJECT_OUTLETS)
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for outlet in entries:
        for name in (outlet.name, *outlet.aliases):
            key = squash(name).strip(_WRAP)
            if key not in _SECTION_WORDS:  # 《财经》 is a magazine, but 财经 alone on a line is a menu item
                by_name[key] = outlet
        for domain in outlet.domains:
            by_domain[domain] = outlet
    return Outlets(by_name, by_domain)
