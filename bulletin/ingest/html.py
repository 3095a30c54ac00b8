"""Web pages: an HTML file saved from a browser, or an http(s) URL fetched with a timeout, a size limit
and a content-type check. The page becomes what a reader would select on it (its visible text, one block a
line, link menus left out), so a saved page and a pasted one go through the same article locator; its
metas (ArticleTitle, og:title, <h1>, <title>, PubDate, ContentSource, SiteName) give the fields."""

from __future__ import annotations

import re
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from bulletin.errors import IngestError
from bulletin.reasons import reason_in_chinese

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "bulletin-ingest/0.1 (+weekly digest; one request per article)"


@dataclass(frozen=True)
class WebPage:
    """A page's visible text and what its metadata says (each field "" when the page does not say)."""

    text: str
    title: str
    source: str
    date: str
    url: str
    site: str = ""
    where: dict[str, str] = field(default_factory=dict)


_TAGS = re.compile(r"<(html|head|body|meta|div|p|span|script|a|table|link|title)\b", re.IGNORECASE)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".xml", ".php", ".asp", ".aspx", ".jsp")


def looks_like_html(text: str) -> bool:
    """Markup, not a paste: a page saved whole or as its DOM (which may start at <head>)."""
    head = text[:20_000]
    return "<html" in head[:2000].lower() or "<!doctype html" in head[:2000].lower() or len(_TAGS.findall(head)) >= 8


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset>, http-equiv), as Python names it;
    gb2312 and gbk are read as their superset gb18030."""
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", data[:8192], re.IGNORECASE)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}.get(name, name)


def fetch(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """The bytes and final URL of a page, all within ``timeout`` seconds in total; see ``fetch_unbounded``.

    urllib's timeout bounds each read, not the whole: a server dripping a byte every few seconds (in the
    headers or the body) would hold ingest as long as it liked. The fetch runs in a daemon thread that is
    abandoned at the deadline (it stops by itself at the next read timeout, after at most ``max_bytes``).
    """
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["page"] = fetch_unbounded(url, timeout=timeout, max_bytes=max_bytes)
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="bulletin-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise IngestError(f"网址在 {timeout:g} 秒内没有传完（服务器太慢，或在拖延），未导入。请稍后重试，或在浏览器中"
                          "打开并另存为 HTML 文件后导入；也可调大配置中的 ingest.timeout。", path=url)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["page"]  # type: ignore[return-value]


def fetch_unbounded(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """The bytes and final URL of a page; refuse what is not HTML or larger than ``max_bytes``."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise IngestError(f"网址返回的不是网页（内容类型 {kind}），未导入。请确认链接指向文章页面。",
                                  path=url)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"网页过大（{int(length) / 1_048_576:.1f} MB），未导入。", path=url)
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(f"网页超过 {max_bytes / 1_048_576:.1f} MB，未导入。", path=url)
            return data, response.geturl()
    except urllib.error.HTTPError as exc:
        raise IngestError(f"网址无法打开（HTTP {exc.code}）。请检查链接是否正确。", path=url) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = reason_in_chinese(exc)
        raise IngestError(f"网址无法访问（{reason}）。请检查网络或链接，或把网页另存为 HTML 文件后导入。",
                          path=url) from None


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul center "
    "caption option".split())
_CELL_TAGS = frozenset(("td", "th"))
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "head", "title", "iframe", "svg", "select", "textarea",
                        "object", "embed", "canvas", "map", "audio", "video"))
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE)
_DATED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|^\s*\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|\d+\s*(分钟|小时|天)前|"
                    r"([一二三四五六七八九十]{1,3}月|[A-Za-z]{3,9}\.?)\s*\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d{2}")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TITLE_METAS = ("ArticleTitle", "og:title", "twitter:title", "title")
_SITE_METAS = ("og:site_name", "SiteName", "sitename", "application-name", "site_name")
_SOURCE_METAS = ("ContentSource", "source", "og:article:source", "article:source", "Source")
_DATE_METAS = ("PubDate", "pubdate", "publishdate", "article:published_time", "og:article:published_time",
               "og:release_date", "publish_date", "datePublished", "dc.date", "DC.date.issued", "firstpublishedtime",
               "OriginalPublicationDate", "weibo:article:create_at")


def visible_text(root: Any) -> str:
    """The text a reader selects with Ctrl+A on the page: one line per block, cells apart by tabs.

    Lines that are mostly link text and short (menus, related-link lists) are left out: in HTML we know
    what a link is, which a paste does not tell.
    """
    lines: list[str] = []
    current: list[str] = []
    link_chars = [0]
    skipped: list[str] = []  # the last link lines left out, in case the date line follows them

    def flush() -> None:
        text = re.sub(r"[ \t\u00a0\u3000]+", " ", "".join(current)).strip()
        size = len(re.sub(r"\s", "", text))
        menu = size and link_chars[0] >= 0.6 * size and size <= 40 and not _DATED.search(text)
        if text and menu:
            skipped[:] = [*skipped[-1:], text]  # an account and its 关注 button, say
        elif text:
            if _DATED.search(text) or text in ("关注", "+关注", "+ 关注", "订阅"):
                # the account's or author's link over the date, or over its follow button: the byline's
                lines.extend(kept for kept in skipped if len(kept) <= 16 and not re.search(r"[，。！？]", kept))
            skipped.clear()
            lines.append(text)
        current.clear()
        link_chars[0] = 0

    def walk(element: Any, in_link: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP_TAGS or element.get("hidden") is not None or \
                _HIDDEN_STYLE.search(element.get("style") or "") or element.get("aria-hidden") == "true":
            if element.tail:
                current.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        heading = tag in ("h1", "h2")
        if block:
            flush()
        if tag in _CELL_TAGS:
            current.append("\t")
        link = in_link or (tag == "a" and not heading)
        if element.text and tag:
            current.append(element.text)
            if link:
                link_chars[0] += len(re.sub(r"\s", "", element.text))
        for child in element:
            walk(child, link)
        if block or tag == "br":
            flush()
        if element.tail:
            current.append(element.tail)
            if in_link:
                link_chars[0] += len(re.sub(r"\s", "", element.tail))

    body = root.find(".//body")
    walk(body if body is not None else root, False)
    flush()
    return "\n".join(lines)


def _metas(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        value = (meta.get("content") or "").strip()
        if key and value:
            found.setdefault(key.lower(), re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", value)).strip())
    return found


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str:
    for key in keys:
        if metas.get(key.lower()):
            return metas[key.lower()]
    return ""


def _agreed_title(metas: dict[str, str], root: Any) -> tuple[str, str]:
    """The headline the page's metas, its <h1> and its <title> agree on, and where it came from."""
    head_title = (root.findtext(".//title") or "").strip()
    h1s = [re.sub(r"\s+", " ", h.text_content()).strip() for h in root.iter("h1")]
    h1s = [h for h in h1s if 4 <= len(h) <= 120]
    article_title = metas.get("articletitle", "")
    og_title = metas.get("og:title", "") or metas.get("twitter:title", "")
    squash = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    for h1 in h1s:
        key = squash(h1)
        if any(key and (squash(other) == key or squash(other).startswith(key))
               for other in (article_title, og_title, head_title) if other):
            return h1, "网页标题（h1 与元数据一致）"
    if article_title:
        return article_title, "网页元数据 ArticleTitle"
    if og_title:
        return og_title, "网页元数据 og:title"
    if len(h1s) == 1 and head_title and squash(h1s[0])[:6] in squash(head_title):
        return h1s[0], "网页标题（h1）"
    return head_title, "网页 <title>（已去掉网站名）"


def _iso_date(value: str) -> str:
    from bulletin.ingest.dates import parse_full_date

    date = parse_full_date(value)
    return date.isoformat() if date else ""


def extract_page(html: str, url: str, origin: str) -> WebPage:
    """The visible text and the metadata of a page, or ``IngestError`` when it holds no text."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (ValueError, lxml.etree.ParserError):
        raise IngestError("网页无法解析（不是有效的 HTML）。请在浏览器中复制文章，另存为 .txt 后导入。", path=origin) from None
    text = visible_text(root)
    if not text.strip():
        raise IngestError("网页中找不到正文。请在浏览器中复制文章正文，另存为 .txt 后导入。", path=origin)
    metas = _metas(root)
    title, title_where = _agreed_title(metas, root)
    canonical = root.find(".//link[@rel='canonical']")
    base = root.find(".//base[@href]")
    saved = _SAVED_FROM.search(html[:4096])  # the browser's "saved from url" mark on a page saved whole
    page_url = (url or metas.get("og:url", "") or (canonical.get("href", "") if canonical is not None else "")
                or (saved.group(1) if saved else "") or (base.get("href", "") if base is not None else ""))
    site = _first(metas, _SITE_METAS)
    source = _first(metas, _SOURCE_METAS)
    date = _iso_date(_first(metas, _DATE_METAS))
    where = {"title": title_where, "site": "网页元数据（网站名）", "source": "网页元数据 ContentSource",
             "date": "网页元数据（发布时间）", "url": "网页元数据（网址）"}
    return WebPage(text=text, title=title, source=source, date=date,
                   url=page_url if page_url.startswith(("http://", "https://")) else "", site=site, where=where)
