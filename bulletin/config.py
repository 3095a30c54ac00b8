"""The project's configuration: ``config/bulletin.yaml``, typed, checked, and explained at its line.

Defaults live in the models below (the digest of 北京市卫生健康大数据与政策研究中心); a project's YAML is
laid over them. Every problem in the file is collected, unknown keys are refused with the nearest known
key as a hint, and each message names ``config/bulletin.yaml:LINE:COL``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import string
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bulletin.errors import BulletinError, ConfigError
from bulletin.yamltext import list_slips, load_yaml, positions, slip_error

CONFIG_FILE = Path("config") / "bulletin.yaml"

WEEKDAYS = {
    "周一": 0, "星期一": 0, "monday": 0, "mon": 0, "1": 0,
    "周二": 1, "星期二": 1, "tuesday": 1, "tue": 1, "2": 1,
    "周三": 2, "星期三": 2, "wednesday": 2, "wed": 2, "3": 2,
    "周四": 3, "星期四": 3, "thursday": 3, "thu": 3, "4": 3,
    "周五": 4, "星期五": 4, "friday": 4, "fri": 4, "5": 4,
    "周六": 5, "星期六": 5, "saturday": 5, "sat": 5, "6": 5,
    "周日": 6, "星期日": 6, "周天": 6, "星期天": 6, "sunday": 6, "sun": 6, "7": 6,
}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_defaults(cls, data: Any) -> Any:
        """``masthead:`` with every line under it commented out is ``None``: it means the defaults."""
        if not isinstance(data, dict):
            return data
        nested = {name for name, info in cls.model_fields.items()
                  if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)}
        return {key: value for key, value in data.items() if not (value is None and key in nested)}


def check_template_fields(text: str, allowed: tuple[str, ...]) -> str:
    """Check a ``{field}`` wording template: only the named fields, no attribute access."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValueError(f"花括号不成对（{exc}）；字段写成 {{count}} 这样，文字中的花括号写成 {{{{ 和 }}}}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed:
            raise ValueError(f"未知字段 {{{name}}}；可用字段：" + "、".join("{" + a + "}" for a in allowed))
        if spec or conversion:  # {count:>99999999999} would take all memory; editors never need a format
            raise ValueError(f"字段 {{{name}}} 后不能带格式说明（“:”或“!”之后的部分），请直接写成 {{{name}}}")
    return text


LEAD_FIELDS = ("count", "topic", "start", "end", "scope", "publisher", "date", "number")
FOOTER_FIELDS = ("page", "pages")
ITEM_NUMBER_FIELDS = ("number",)
OUTPUT_NAME_FIELDS = ("date", "number", "year")


def parse_weekday(value: Any) -> str:
    """An editor's weekday (``周五``, ``friday``, ``5``), normalised to a key of ``WEEKDAYS``."""
    text = str(value).strip().lower()
    if text not in WEEKDAYS:
        raise ValueError(f"应为星期几，例如“周五”（也可写 friday 或 5），得到“{value}”")
    return text


def parse_config_date(value: Any) -> Any:
    """A date in the config, written ``YYYY-MM-DD``; the message says what to write instead."""
    if value is None:
        return None
    from bulletin.corpus import parse_date

    return parse_date(value)


def text_list(value: Any) -> Any:
    """One item may be written without a list: ``include: 医保`` means ``include: [医保]``."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [str(value)]
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) if isinstance(item, (int, float)) and not isinstance(item, bool) else item
                for item in value]
    return value


class Masthead(_Section):
    """The top of page one: the masthead title (red), the publisher and the issue number.

    ``issue_number`` alone numbers the first issue of the archive, and each later issue the latest archived
    one plus one; with ``first_issue_date`` it is the number of the issue of that date, and issues count on
    by one a week (see ``numbering.py``).
    """

    title: str = "卫生健康大数据与政策研究周报"
    publisher: str = "北京市卫生健康大数据与政策研究中心"
    issue_number: int | None = Field(default=None, ge=1)
    first_issue_date: dt.date | None = None

    @field_validator("first_issue_date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        return parse_config_date(value)


class Schedule(_Section):
    """When issues come out: the weekday of the issue (the digest's is Friday)."""

    issue_day: str = "周五"

    @field_validator("issue_day", mode="before")
    @classmethod
    def _weekday(cls, value: Any) -> str:
        return parse_weekday(value)

    @property
    def weekday(self) -> int:
        """Monday is 0, as in ``datetime.date.weekday()``."""
        return WEEKDAYS[self.issue_day]


class Window(_Section):
    """The date window of an issue: the ``days`` days ending on the issue date, both ends included.

    With ``week_ending`` (a weekday), the window ends instead on the last such day on or before the
    issue date: a Friday issue with ``week_ending: 周四`` covers Friday to Thursday.
    """

    days: int = Field(default=7, ge=1, le=366)
    week_ending: str | None = None

    @field_validator("week_ending", mode="before")
    @classmethod
    def _weekday(cls, value: Any) -> str | None:
        return None if value is None else parse_weekday(value)


class Rules(_Section):
    """Which articles the issue (``select``) or a section (``rules``) takes; every rule is optional.

    Keywords match as text, ignoring case; outlets match the article's ``source`` exactly; pins name
    article files. A pinned-in article skips the other rules and the caps.
    """

    include: list[str] = []
    exclude: list[str] = []
    keywords_in: Literal["title", "body", "both"] = "both"
    outlets: list[str] = []
    block_outlets: list[str] = []
    tags: list[str] = []
    exclude_tags: list[str] = []
    max_items: int | None = Field(default=None, ge=1)
    max_per_outlet: int | None = Field(default=None, ge=1)
    pin_in: list[str] = []
    pin_out: list[str] = []

    @field_validator("include", "exclude", "outlets", "block_outlets", "tags", "exclude_tags", "pin_in",
                     "pin_out", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return text_list(value)


class SectionRule(_Section):
    """A heading of the issue (政策动态, 地方实践, …) and the rules of the articles under it."""

    title: str
    rules: Rules = Rules()

    @field_validator("title")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("栏目标题不能为空，例如“title: 政策动态”")
        return value.strip()


class Duplicates(_Section):
    """When two articles of the window are one story: same URL, or titles or bodies nearly the same.

    Similarities are character 3-gram Jaccard scores from 0 to 1; 1 means identical text.
    """

    enabled: bool = True
    title_similarity: float = Field(default=0.8, ge=0, le=1)
    body_similarity: float = Field(default=0.8, ge=0, le=1)


class Wording(_Section):
    """Every fixed phrase of the issue, so editors can reword without touching a template."""

    lead_title: str = "本期导语："
    lead: str = "本期周报共收集 {count} 篇{topic}相关信息，时间从{start}到{end}，监测范围包括{scope}。"
    catalog_title: str = "一、信息目录"
    items_title: str = "二、具体内容"
    source_label: str = "来源："
    link_label: str = "链接："
    content_label: str = "主要内容："
    page_footer: str = "第 {page} 页 / 共 {pages} 页"
    # Before each title in the catalog and the items: "1. 2025年…" (not "1.2025年…", read as 1.2025).
    item_number: str = "{number}. "

    @field_validator("lead")
    @classmethod
    def _lead_fields(cls, value: str) -> str:
        return check_template_fields(value, LEAD_FIELDS)

    @field_validator("page_footer")
    @classmethod
    def _footer_fields(cls, value: str) -> str:
        return check_template_fields(value, FOOTER_FIELDS)

    @field_validator("item_number")
    @classmethod
    def _item_number_fields(cls, value: str) -> str:
        check_template_fields(value, ITEM_NUMBER_FIELDS)
        if "{number}" not in value:
            raise ValueError("应含有 {number}，例如“{number}. ”或“{number}、”")
        return value


class Fonts(_Section):
    """Font families, first available wins. The PDF embeds the font it finds; the DOCX names the font."""

    body: list[str] = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif CJK", "SimSun"]
    heading: list[str] = ["Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK", "SimHei"]
    docx_body: str = "宋体"
    docx_heading: str = "黑体"
    docx_masthead: str = "方正小标宋简体"

    @field_validator("body", "heading", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("body", "heading")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("至少要写一个字体名称")
        return value


class Typesetting(_Section):
    """How text is set: the gap between Chinese and Latin letters or digits, and the PDF kept for archives.

    ``latin_spacing``: ``quarter`` (a quarter em, as GB/T 15834 practice and W3C clreq suggest) or
    ``none``, applied whatever the source pasted, the same in every edition. ``pdf_standard``: a PDF/A
    part for long-term archiving (``pdf/a-2b``, ``pdf/a-2u``, ``pdf/a-3b``) or ``none``.
    """

    latin_spacing: Literal["none", "quarter"] = "quarter"
    pdf_tagged: bool = True
    pdf_standard: Literal["none", "pdf/a-2b", "pdf/a-2u", "pdf/a-3b", "pdf/a-3u"] = "pdf/a-2b"


class Paths(_Section):
    """Folders, relative to the project folder."""

    corpus: str = "seeds"
    output: str = "dist"
    templates: str = "templates"
    inbox: str = "inbox"


class Output(_Section):
    """What gets written: the editions and their file names (without extension).

    Editions go into the archive, one folder a year (``dist/2025/``); an issue with a number is named by
    ``numbered_name``, one without by ``name``.
    """

    name: str = "周报-{date}"
    numbered_name: str = "第{number}期-{date}"
    editions: list[Literal["pdf", "docx", "html"]] = ["pdf", "docx"]

    @field_validator("name", "numbered_name")
    @classmethod
    def _name_fields(cls, value: str) -> str:
        check_template_fields(value, OUTPUT_NAME_FIELDS)
        if "/" in value or "\\" in value:
            raise ValueError("文件名中不能有斜杠；输出目录请在 paths.output 中设置")
        return value

    @field_validator("editions")
    @classmethod
    def _some_edition(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("至少要有一种版本，例如 [pdf, docx]（可选 pdf、docx、html）")
        return list(dict.fromkeys(value))


class Ingest(_Section):
    """How ``bulletin ingest`` reads pastes (its clutter rules are in ``config/clutter.yaml``)."""

    simplified: bool = True
    max_file_mb: float = Field(default=20, ge=0.001, le=1024)
    similarity: float = Field(default=0.6, ge=0.01, le=1)
    timeout: float = Field(default=20, ge=1, le=300)


class CollectSource(_Section):
    """One place ``bulletin collect`` watches: a feed (RSS, Atom, RDF; RSSHub routes too) or a list page of
    links (most government sites have no feed), with an optional CSS selector of its article links."""

    name: str
    feed: str | None = None
    page: str | None = None
    links: str | None = None

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("来源名称不能为空，例如“name: 健康报”")
        return value.strip()

    @field_validator("feed", "page")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+", value.strip(), re.IGNORECASE):
            raise ValueError(f"应为 http:// 或 https:// 开头的网址，得到“{value}”")
        return value.strip() if value is not None else None

    @field_validator("links")
    @classmethod
    def _selector(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from cssselect import GenericTranslator, SelectorError

        try:
            GenericTranslator().css_to_xpath(value)
        except SelectorError as exc:
            raise ValueError(f"不是有效的 CSS 选择器（{exc}），例如 'ul.zxxx_list a'") from None
        return value

    @model_validator(mode="after")
    def _one_address(self) -> CollectSource:
        if (self.feed is None) == (self.page is None):
            raise ValueError(f"来源“{self.name}”应写 feed（订阅源网址）或 page（列表页网址）之一，且只写一个")
        if self.links is not None and self.page is None:
            raise ValueError(f"来源“{self.name}”：links（链接选择器）只用于 page 列表页")
        return self

    @property
    def address(self) -> str:
        return self.feed or self.page or ""


class Collect(_Section):
    """``bulletin collect``: the sources to watch, the keywords an item must have, and the bounds that keep
    an unattended run polite to the sites and finite in time and bytes."""

    keywords: list[str] = []
    sources: list[CollectSource] = []
    max_items: int = Field(default=100, ge=1, le=5000)
    per_host: int = Field(default=2, ge=1, le=8)
    delay: float = Field(default=1.0, ge=0, le=60)
    retries: int = Field(default=2, ge=0, le=5)
    timeout: float = Field(default=20, ge=1, le=300)
    max_page_mb: float = Field(default=5, ge=0.01, le=100)
    max_run_mb: float = Field(default=200, ge=0.1, le=10_000)
    max_minutes: float = Field(default=20, ge=0.1, le=600)

    @field_validator("keywords", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return text_list(value)


class Mail(_Section):
    """Delivery by mail (``bulletin send``): the SMTP server, the sender and the recipients.

    The password is never in this file: it is read from an environment variable (``password_env``) or a
    file only its owner can read (``password_file``), so the config can be shared and kept in git.
    """

    host: str = ""
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    password: Any = None
    ca_file: str = ""
    sender: str = ""
    recipients: list[str] = []
    attempts: int = Field(default=3, ge=1, le=10)
    retry_delay: float = Field(default=30, ge=0, le=600)
    timeout: float = Field(default=60, gt=0, le=600)

    @field_validator("password")
    @classmethod
    def _no_password(cls, value: Any) -> None:
        if value is not None:
            raise ValueError("不要把密码写在配置文件里（配置文件会被复制、共享或提交到版本库）。"
                             "请删除此项，改用 password_env（环境变量名）或 password_file（只有本人可读的文件）")
        return None

    @field_validator("recipients", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("recipients")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        for address in value:
            if "@" not in address:
                raise ValueError(f"“{address}”不是邮件地址（应写成 name@example.cn）")
        return value

    @property
    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class Config(_Section):
    """The whole of ``config/bulletin.yaml``."""

    masthead: Masthead = Masthead()
    topic: str = "卫生健康大数据与政策研究"
    scope: str = "全国主流媒体及政府网站等"
    schedule: Schedule = Schedule()
    window: Window = Window()
    select: Rules = Rules()
    sections: list[SectionRule] = []
    order: Literal["date", "date_desc", "outlet", "manual"] = "date"
    manual_order: list[str] = []
    outlet_priority: list[str] = []
    duplicates: Duplicates = Duplicates()
    wording: Wording = Wording()
    fonts: Fonts = Fonts()
    typesetting: Typesetting = Typesetting()
    paths: Paths = Paths()
    output: Output = Output()
    strict: bool = False
    max_article_kb: int = Field(default=1024, ge=1, le=1_048_576)
    mail: Mail = Mail()
    ingest: Ingest = Ingest()
    collect: Collect = Collect()

    @property
    def max_article_bytes(self) -> int:
        return self.max_article_kb * 1024

    @field_validator("manual_order", "outlet_priority", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return text_list(value)


@dataclass(frozen=True)
class Project:
    """A bulletin project: a folder with ``config/bulletin.yaml``, its corpus, templates and output."""

    root: Path
    config_path: Path
    config: Config
    slips: tuple[BulletinError, ...] = ()  # list values that parse, but not as the editor meant

    def folder(self, relative: str) -> Path:
        """A configured folder, resolved against the project folder."""
        return (self.root / relative).resolve()

    @property
    def corpus_dir(self) -> Path:
        return self.folder(self.config.paths.corpus)

    @property
    def output_dir(self) -> Path:
        return self.folder(self.config.paths.output)

    @property
    def templates_dir(self) -> Path:
        return self.folder(self.config.paths.templates)

    @property
    def inbox_dir(self) -> Path:
        return self.folder(self.config.paths.inbox)


_TYPE_MESSAGES = {
    "int_parsing": "应为整数，得到“{input}”",
    "int_type": "应为整数，得到“{input}”",
    "int_from_float": "应为整数，得到“{input}”",
    "float_parsing": "应为数字，得到“{input}”",
    "float_type": "应为数字，得到“{input}”",
    "bool_parsing": "应为 true 或 false，得到“{input}”",
    "bool_type": "应为 true 或 false，得到“{input}”",
    "string_type": "应为一段文字，得到“{input}”",
    "list_type": "应为列表（每项一行，以“- ”开头，或写成 [a, b]），得到“{input}”",
    "model_type": "应为一组“键: 值”（下一行缩进书写），得到“{input}”",
    "model_attributes_type": "应为一组“键: 值”（下一行缩进书写），得到“{input}”",
    "dict_type": "应为一组“键: 值”（下一行缩进书写），得到“{input}”",
    "greater_than_equal": "应不小于 {ge}，得到 {input}",
    "less_than_equal": "应不大于 {le}，得到 {input}",
    "literal_error": "可选值为 {expected}，得到“{input}”",
    "missing": "缺少此项",
}


def _model_in(annotation: Any) -> Any:
    """The model inside an annotation such as ``list[SectionRule]`` or ``Rules | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


def _nearest_key(model: type[BaseModel], loc: tuple[Any, ...], key: str) -> str:
    """The nearest known key at ``loc``, for the “did you mean” hint (list indexes are stepped over)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field_info = getattr(current, "model_fields", {}).get(part)
        if field_info is None:
            return ""
        current = _model_in(field_info.annotation)
    names = list(getattr(current, "model_fields", {}))
    guess = difflib.get_close_matches(key, names, n=1, cutoff=0.5)
    if guess:
        return f"是不是“{guess[0]}”？"
    return f"这里可用的键：{', '.join(names)}" if names else ""


def _describe(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    loc = tuple(error["loc"])
    if kind == "extra_forbidden":
        key = str(loc[-1])
        return f"未知的键“{key}”。{_nearest_key(model, loc[:-1], key)}"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    template = _TYPE_MESSAGES.get(kind)
    if template is None:
        return error["msg"]
    context = dict(error.get("ctx") or {})
    value = error.get("input")
    context["input"] = "一组键值" if isinstance(value, dict) else "一个列表" if isinstance(value, list) else value
    if any("password" in str(part) for part in loc):
        context["input"] = "（已隐藏）"  # whatever was written there may be the password itself
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return error["msg"]


def _raise_slips(text: str, path: Path) -> None:
    """When the config is wrong and a keyboard slip explains it, report the slips at their own lines."""
    slipped = slip_error(text, path)
    if slipped is not None:
        problems = [ConfigError(problem.message, path=path, line=problem.line, column=problem.column)
                    for problem in getattr(slipped, "problems", [slipped])]
        error = ConfigError(slipped.message, path=path, line=slipped.line, column=slipped.column)
        error.problems = problems  # type: ignore[attr-defined]
        raise error from None


def parse_config(text: str, path: Path) -> Config:
    """Validate the text of a config file; raise one ``ConfigError`` that lists every problem."""
    data = load_yaml(text, path) if text.strip() else {}
    if data is None:
        data = {}
    if not isinstance(data, dict):
        _raise_slips(text, path)
        raise ConfigError("配置文件的顶层应是一组“键: 值”，例如“topic: 卫生健康大数据与政策研究”。",
                          path=path, line=1, column=1)
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        _raise_slips(text, path)
        where = positions(text)
        problems: list[ConfigError] = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            dotted = ".".join(str(part) for part in loc)
            position = (where.get((*loc[:-1], loc[-1], "<key>")) if error["type"] == "extra_forbidden"
                        else None) or where.get(loc)
            while position is None and loc:
                loc = loc[:-1]
                position = where.get(loc)
            problems.append(ConfigError(f"{dotted}: {_describe(dict(error), Config)}", path=path,
                                        line=position.line if position else None,
                                        column=position.column if position else None,
                                        key=dotted))
        problems.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
        first = problems[0]
        combined = ConfigError(first.message, path=path, line=first.line, column=first.column, key=first.key)
        combined.problems = problems  # type: ignore[attr-defined]
        raise combined from None


def find_project(start: Path) -> Path:
    """The project folder: ``start`` or the nearest parent that holds ``config/bulletin.yaml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise BulletinError(
        f"{start} 不是 bulletin 项目：找不到 {CONFIG_FILE}。请在项目目录中运行，或用 --project 指定项目目录"
        "（新项目可用“bulletin init 目录”创建）。")


def load_project(folder: Path | None = None) -> Project:
    """Find the project from ``folder`` (default: the working folder) and load its config."""
    root = find_project(folder or Path.cwd())
    config_path = root / CONFIG_FILE
    try:
        data = config_path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"配置文件不是 UTF-8 编码（第 {exc.start} 字节）。请用 UTF-8 另存。",
                          path=config_path) from None
    except OSError as exc:
        raise ConfigError(f"无法读取配置文件：{exc.strerror}。", path=config_path) from None
    try:
        config = parse_config(text, config_path)
    except ConfigError:
        raise
    except BulletinError as exc:
        error = ConfigError(exc.message, path=config_path, line=exc.line, column=exc.column)
        error.problems = [ConfigError(problem.message, path=config_path, line=problem.line,  # type: ignore[attr-defined]
                                      column=problem.column) for problem in getattr(exc, "problems", [exc])]
        raise error from None
    return Project(root=root, config_path=config_path, config=config, slips=tuple(list_slips(text, config_path)))


def issue_day_of_week(today: dt.date, weekday: int) -> dt.date:
    """The issue date of the week (Monday to Sunday) that holds ``today``."""
    return today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=weekday)
