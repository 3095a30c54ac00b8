"""The corpus: a folder of article files, one article each, as editors read and fix them by hand.

An article file is UTF-8 Markdown with YAML front matter::

    ---
    title: 山东聊城智慧医疗让患者告别“折返跑”
    source: 新华网
    url: https://…
    date: 2025-07-09
    tags: [智慧医疗]
    ---

    第一段……

    第二段……

Paragraphs are separated by blank lines; a hard-wrapped paragraph is joined again. A file that cannot be
used becomes an ``ArticleError`` naming the file, the line and the field, and the rest of the corpus loads.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bulletin.errors import ArticleError, BulletinError
from bulletin.files import os_reason
from bulletin.yamltext import list_slips, load_simple_mapping, load_yaml, positions, slip_error

REQUIRED_FIELDS = ("title", "source", "url", "date")
OPTIONAL_FIELDS = ("subtitle", "tags", "author", "note", "review")
KNOWN_FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS
FIELD_NAMES_ZH = {
    "title": "标题", "source": "来源（媒体名称）", "url": "链接", "date": "日期",
    "subtitle": "副题", "tags": "标签", "author": "作者", "note": "备注", "review": "待核对项",
}

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_LATIN_END = re.compile(r"[A-Za-z0-9.,;:!?%)\]]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(\[]")


@dataclass(frozen=True)
class Article:
    """One article as the corpus holds it: metadata from the front matter, the body as paragraphs."""

    path: Path
    title: str
    source: str
    url: str
    date: dt.date
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...] = ()
    subtitle: str = ""
    author: str = ""
    note: str = ""
    review: tuple[str, ...] = ()
    slips: tuple[str, ...] = ()  # list values in the front matter that parse, but not as the editor meant

    @property
    def name(self) -> str:
        """The file name, which is how editors (and pin rules) refer to an article."""
        return self.path.name

    @property
    def body(self) -> str:
        """The body as one text, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Corpus:
    """Everything the corpus folder held: the usable articles, and one problem per unusable file."""

    folder: Path
    articles: tuple[Article, ...]
    problems: tuple[ArticleError, ...] = field(default=())


def join_lines(lines: Iterable[str]) -> str:
    """Join the hard-wrapped lines of one paragraph: no space between Chinese, one between Latin words."""
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if text and _LATIN_END.search(text) and _LATIN_START.match(line):
            text += " "
        text += line
    return text


# A line opening with a list marker (①, 1., 一、, （一）) starts its own paragraph: list lines are kept as lines.
_LIST_MARKER = re.compile(r"^\s*(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、"
                          r"|[（(][一二三四五六七八九十]{1,3}[）)])")


def split_paragraphs(body: str) -> tuple[str, ...]:
    """Paragraphs of a body: blocks of lines separated by blank lines, each block joined into one line;
    a line opening with a list marker starts a new paragraph, so the lines of a list stay lines."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in body.splitlines():
        if line.strip() and block and _LIST_MARKER.match(line):
            paragraphs.append(join_lines(block))
            block = [line]
        elif line.strip():
            block.append(line)
        elif block:
            paragraphs.append(join_lines(block))
            block = []
    if block:
        paragraphs.append(join_lines(block))
    return tuple(p for p in paragraphs if p)


def split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    """Return (front matter, body, line number where the body starts) or raise ``ArticleError``."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleError(
            "文件开头缺少 front matter：第一行应为“---”，其后写 title、source、url、date，再以“---”结束。",
            path=path, line=1)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise ArticleError("front matter 没有结束：请在元数据之后加一行“---”。", path=path, line=1)


def parse_date(value: Any) -> dt.date:
    """A ``YYYY-MM-DD`` date written by an editor (``2025-7-9`` is accepted too)."""
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(str(value).strip()) if value is not None else None
    if not match:
        raise ValueError(f"日期应写成 YYYY-MM-DD，例如 2025-07-11，得到“{value}”")
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{value}”不是一个存在的日期") from None


def _as_text_list(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in re.split(r"[,，、]", value) if part.strip())
    if isinstance(value, list) and all(isinstance(item, (str, int, float)) for item in value):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise ValueError(f"{name} 应是一个列表，例如 [医改, 医保]")


def _field_error(message: str, path: Path, meta_text: str, key: str, *, on_key: bool = False) -> ArticleError:
    where = positions(meta_text, line_offset=1)
    position = where.get((key, "<key>") if on_key else (key,)) or where.get((key, "<key>"))
    return ArticleError(message, path=path, line=position.line if position else None,
                        column=position.column if position else None, field=key)


def parse_article(text: str, path: Path) -> Article:
    """Parse the text of one article file into an ``Article``, or raise ``ArticleError``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta_text, body, body_line = split_front_matter(text, path)
    meta = load_simple_mapping(meta_text)
    if meta is None:
        try:
            meta = load_yaml(meta_text, path, line_offset=1)
        except BulletinError as exc:
            raise ArticleError(exc.message, path=path, line=exc.line, column=exc.column) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        slipped = slip_error(meta_text, path, line_offset=1)
        if slipped is not None:
            raise ArticleError(slipped.message, path=path, line=slipped.line, column=slipped.column) from None
        raise ArticleError("front matter 应是“键: 值”的形式，例如“title: 标题”。", path=path, line=2)

    for key in meta:
        if key not in KNOWN_FIELDS:
            guess = difflib.get_close_matches(str(key), KNOWN_FIELDS, n=1)
            hint = f"是不是“{guess[0]}”？" if guess else f"可用的键：{', '.join(KNOWN_FIELDS)}。"
            raise _field_error(f"未知的键“{key}”。{hint}", path, meta_text, str(key), on_key=True)
    for key in REQUIRED_FIELDS:
        if key not in meta or meta[key] is None or (key != "url" and str(meta[key]).strip() == ""):
            raise ArticleError(
                f"缺少{FIELD_NAMES_ZH[key]}（{key}）。请在 front matter 中补上“{key}: …”。",
                path=path, line=1, field=key)

    values: dict[str, Any] = {}
    for key in ("title", "source", "url", "subtitle", "author", "note"):
        value = meta.get(key, "")
        if isinstance(value, (dict, list)):
            raise _field_error(f"{key} 应是一段文字，不是列表或映射。", path, meta_text, key)
        values[key] = "" if value is None else " ".join(str(value).split())
    url = values["url"]
    if url and not re.match(r"^https?://\S+$", url):
        raise _field_error(f"链接（url）应以 http:// 或 https:// 开头，得到“{url}”。", path, meta_text, "url")
    try:
        date = parse_date(meta["date"])
    except ValueError as exc:
        raise _field_error(f"{exc}。", path, meta_text, "date") from None
    for key in ("tags", "review"):
        try:
            values[key] = _as_text_list(meta.get(key), key)
        except ValueError as exc:
            raise _field_error(f"{exc}。", path, meta_text, key) from None

    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ArticleError("正文为空：请在 front matter 之后写上文章正文。", path=path, line=body_line,
                           field="body")
    slips = tuple(str(slip) for slip in list_slips(meta_text, path, line_offset=1))
    return Article(path=path, date=date, paragraphs=paragraphs, slips=slips, **values)


DEFAULT_MAX_BYTES = 1024 * 1024  # config max_article_kb; a news article is a few kilobytes


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse one article file; undecodable bytes are an ``ArticleError`` naming the offset.

    A file larger than ``max_bytes`` is refused unread: a pasted video or a runaway paste must cost
    nothing, not minutes and gigabytes of parsing.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(f"无法读取文件：{os_reason(exc, reading=True)}。请检查文件（及其符号链接）和读取权限。", path=path) from None
    if len(data) > max_bytes:
        raise ArticleError(f"文件超过 {max_bytes // 1024} KB（配置 max_article_kb），不像一篇文章，已跳过。"
                           "请检查文件内容；确需收录时，请调大 max_article_kb。", path=path, field="size")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(
            f"文件不是 UTF-8 编码（第 {exc.start} 字节无法解码）。请用 UTF-8 另存，"
            "或用“bulletin ingest”导入原始粘贴文本。", path=path, line=line, field="encoding") from None
    return parse_article(text, path)


def article_files(folder: Path, problems: list[ArticleError] | None = None) -> Iterator[Path]:
    """Every article file under ``folder``: ``*.md``, except READMEs and names starting with ``_`` or ``.``.

    Symlinked folders are followed once: a folder met again (a symlink loop) is skipped, and so is an
    unreadable one, each as a problem in ``problems``. An unreadable corpus folder is an error, never an
    empty week that cron would skip quietly.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    trouble = problems if problems is not None else []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        if where == folder:
            raise BulletinError(f"无法读取文章目录：{os_reason(exc, reading=True)}。请检查目录的权限（运行 bulletin 的用户"
                                "需要能读取并进入该目录）。", path=folder)
        trouble.append(ArticleError(f"无法读取此目录：{os_reason(exc, reading=True)}，其中的文章已跳过。请检查目录权限。", path=where))

    # os.walk rather than rglob: it lets hidden folders be skipped whole, which matters at 10,000 files.
    for root, folders, names in os.walk(folder, followlinks=True, onerror=unreadable):
        try:
            status = os.stat(root)
        except OSError as exc:
            unreadable(exc)
            folders[:] = []
            continue
        if (status.st_dev, status.st_ino) in seen:
            trouble.append(ArticleError("此目录是指回已读过的目录的符号链接（形成循环），已跳过。请删除或修正该链接。",
                                        path=Path(root)))
            folders[:] = []
            continue
        seen.add((status.st_dev, status.st_ino))
        folders[:] = [name for name in folders if not name.startswith((".", "_"))]
        found.extend(Path(root, name) for name in names
                     if name.endswith(".md") and not name.startswith((".", "_")) and name.lower() != "readme.md")
    yield from sorted(found, key=lambda path: path.parts)


def load_corpus(folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load every article file of the corpus; unusable files become problems, never exceptions."""
    if not folder.is_dir():
        raise BulletinError(f"找不到文章目录：{folder}。请检查配置中的 paths.corpus，或先创建该目录。",
                            path=folder)
    articles: list[Article] = []
    problems: list[ArticleError] = []
    for path in article_files(folder, problems):
        try:
            articles.append(read_article(path, max_bytes))
        except ArticleError as exc:
            problems.append(exc)
    return Corpus(folder=folder, articles=tuple(articles), problems=tuple(problems))


class _FrontMatterDumper(yaml.SafeDumper):
    """One ``key: value`` line per field and lists as ``[a, b]``, the way editors write front matter
    (PyYAML's default writes a mapping of plain values on one line, ``{title: …, date: …}``)."""


_FrontMatterDumper.add_representer(
    list, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True))


def format_article(*, title: str, source: str, url: str, date: dt.date, paragraphs: Iterable[str],
                   tags: Iterable[str] = (), subtitle: str = "", author: str = "", note: str = "",
                   review: Iterable[str] = ()) -> str:
    """The text of an article file, front matter first, in the order editors expect to read it."""
    meta: dict[str, Any] = {"title": title, "source": source, "url": url, "date": date.isoformat()}
    if subtitle:
        meta["subtitle"] = subtitle
    if author:
        meta["author"] = author
    tags = list(tags)
    if tags:
        meta["tags"] = tags
    if note:
        meta["note"] = note
    review = list(review)
    if review:
        meta["review"] = review
    # One "key: value" line per field (never a {…} flow mapping), lists as [a, b]: as editors write them.
    front = "".join(yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000,
                                   default_flow_style=None if isinstance(value, list) else False)
                    for key, value in meta.items())
    # safe_dump quotes the ISO date so it stays text; editors write it bare, and so do we.
    front = re.sub(r"^date: '(\d{4}-\d{2}-\d{2})'$", r"date: \1", front, flags=re.M)
    body = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return f"---\n{front}---\n\n{body}\n"


def write_article(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write an article file; an existing file is never replaced unless ``overwrite`` is asked for."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "w" if overwrite else "x"
    try:
        with path.open(mode, encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise ArticleError("文件已存在，未覆盖。如确需覆盖，请加 --overwrite。", path=path) from None
