"""The inbox: candidate articles that ``collect`` brought in, waiting for the editor's yes or no.

A candidate is an ordinary article file in ``paths.inbox``. ``accept`` moves it into the corpus;
``reject`` removes it and adds its URL to ``config/rejected-urls.txt``, so that collect never brings it
back. Files appear whole or not at all (staged beside their name, then linked into place, which also
refuses to replace a file of the same name); a move is a link then an unlink, so a killed run leaves
the file in one place or both, never in neither.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bulletin.config import Project
from bulletin.corpus import Article, load_corpus, read_article
from bulletin.errors import ArticleError, BulletinError
from bulletin.files import output_error, stage_file, sync_folder, write_atomically

REJECTED_FILE = Path("config") / "rejected-urls.txt"
_REJECTED_HEADER = ("# bulletin reject 记下的链接：bulletin collect 不会再收集这些文章。\n"
                    "# 每行一个链接，“#”之后是备注。删除某一行，collect 就可能再次收集它。\n")
_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|\s\u3000，。、；：！？“”‘’（）《》【】「」·,;!?()\[\]]+")
_NAME_CHARS = 24
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}


def normal_url(url: str) -> str:
    """A URL as compared for "already seen": host in lower case, no fragment, no trailing slash, and
    http and https alike (sites serve one article under both)."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("http", parts.netloc.lower(), path, parts.query, ""))


def candidate_name(date: dt.date, title: str) -> str:
    """``2025-07-09-标题前二十四字.md``: the inbox, like the corpus, sorts by date."""
    words = _UNSAFE_NAME.sub("-", title).strip("-.")[:_NAME_CHARS].strip("-.") or "article"
    return f"{date.isoformat()}-{words}.md"


def put_in_place(source: Path, target: Path) -> bool:
    """Give ``source``'s file the name ``target`` unless that name is taken (False then); ``source`` is gone
    after. A hard link is atomic and refuses a taken name; on file systems without links (FAT, some
    network shares) the name is reserved with O_EXCL and the file renamed over the reservation."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise output_error(exc, target) from None
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            return False
        except OSError as reserving:
            raise output_error(reserving, target) from None
        try:
            os.replace(source, target)
        except OSError as moving:
            target.unlink(missing_ok=True)
            raise output_error(moving, target) from None
    else:
        source.unlink()
    sync_folder(target.parent)
    return True


def write_new_file(target: Path, text: str) -> bool:
    """Write ``target`` whole, only if no file has that name; False when one has."""
    staged = stage_file(target, text.encode("utf-8"))
    try:
        return put_in_place(staged, target)
    finally:
        staged.unlink(missing_ok=True)


def check_inbox_folder(project: Project) -> None:
    """The inbox must lie outside the corpus: candidates are not articles of the issue until accepted."""
    inbox, corpus = project.inbox_dir, project.corpus_dir
    if inbox == corpus or corpus in inbox.parents:
        raise BulletinError(f"收件箱（paths.inbox：{project.config.paths.inbox}）在文章目录（paths.corpus："
                            f"{project.config.paths.corpus}）之内，候选文章会被直接编入周报。"
                            "请把 paths.inbox 改为文章目录之外的目录，例如 inbox。", path=project.config_path)


def load_inbox(project: Project) -> tuple[Article, ...]:
    """The candidates in the inbox (none when the folder does not exist yet)."""
    if not project.inbox_dir.is_dir():
        return ()
    return load_corpus(project.inbox_dir).articles


def rejected_urls(project: Project) -> set[str]:
    """The URLs the editor rejected, normalised."""
    path = project.root / REJECTED_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as exc:
        raise BulletinError(f"无法读取已拒绝链接列表（{exc}）。请检查该文件（UTF-8，每行一个链接）。",
                            path=path) from None
    urls = set()
    for line in text.splitlines():
        value = line.split("#", 1)[0].strip()
        if value:
            urls.add(normal_url(value))
    return urls


def matched_keywords(article: Article, keywords: list[str]) -> list[str]:
    """The collect keywords the title or body holds (ignoring case, as ``select.include`` matches)."""
    text = f"{article.title}\n{article.body}".lower()
    return [keyword for keyword in keywords if keyword.lower() in text]


@dataclass(frozen=True)
class Moved:
    """One file the editor named, and what became of it (``target`` None: it was left as it was)."""

    name: str
    target: Path | None
    problem: str = ""


def _in_inbox(project: Project, name: str) -> Path:
    """The inbox file an editor names (``2025-07-09-标题.md``, ``inbox/…``, or a path)."""
    given = Path(name)
    for candidate in (given, project.inbox_dir / given.name):
        if candidate.is_file() and candidate.resolve().parent == project.inbox_dir:
            return candidate.resolve()
    raise BulletinError("收件箱中没有这个文件。请用“bulletin inbox”查看候选文章的文件名。",
                        path=project.inbox_dir / given.name)


def accept(project: Project, names: list[str]) -> list[Moved]:
    """Move each named candidate into the corpus; a file that does not read as an article stays put."""
    results = []
    for name in names:
        try:
            source = _in_inbox(project, name)
            read_article(source)
            target = project.corpus_dir / source.name
            project.corpus_dir.mkdir(parents=True, exist_ok=True)
            if not put_in_place(source, target):
                raise BulletinError("文章目录中已有同名文件，未移动。请改名后再接受。", path=target)
            sync_folder(source.parent)
            results.append(Moved(name, target))
        except (ArticleError, BulletinError) as exc:
            results.append(Moved(name, None, str(exc)))
    return results


def reject(project: Project, names: list[str], today: dt.date) -> list[Moved]:
    """Remember each named candidate's URL, then remove the file (a crash in between only leaves a
    candidate that is already remembered)."""
    found: list[tuple[str, Path, Article]] = []
    results: list[Moved] = []
    for name in names:
        try:
            source = _in_inbox(project, name)
            found.append((name, source, read_article(source)))
        except (ArticleError, BulletinError) as exc:
            results.append(Moved(name, None, str(exc)))
    if not found:
        return results
    path = project.root / REJECTED_FILE
    try:
        existing = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        existing = _REJECTED_HEADER
    except (OSError, UnicodeDecodeError) as exc:
        raise BulletinError(f"无法读取已拒绝链接列表（{exc}），未做任何改动。", path=path) from None
    lines = [f"{article.url}  # {today.isoformat()} 拒绝：{article.title}\n" for _, _, article in found
             if article.url]
    if lines:
        write_atomically(path, (existing.rstrip("\n") + "\n" + "".join(lines)).encode("utf-8"))
    for name, source, article in found:
        source.unlink(missing_ok=True)
        note = "" if article.url else "（这篇没有链接，无法记住；collect 不会按链接认出它）"
        results.append(Moved(name, path, note))
    sync_folder(project.inbox_dir)
    return results
