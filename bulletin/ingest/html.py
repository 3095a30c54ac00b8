"""Web pages: an HTML file saved from a browser, or an http(s) URL fetched with a timeout, a size limit
and a content-type check; trafilatura finds the main text, the title, the date and the site name."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

from bulletin.errors import IngestError

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "bulletin-ingest/0.1 (+weekly digest; one request per article)"


@dataclass(frozen=True)
class WebPage:
    """What trafilatura found in a page."""

    text: str
    title: str
    source: str
    date: str
    url: str


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


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
        reason = getattr(exc, "reason", exc)
        raise IngestError(f"网址无法访问（{reason}）。请检查网络或链接，或把网页另存为 HTML 文件后导入。",
                          path=url) from None


def extract_page(html: str, url: str, origin: str) -> WebPage:
    """The main text and metadata of a page, or ``IngestError`` when no article text is found."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True,
                                           include_comments=False, include_tables=False)
    text = getattr(document, "text", "") or "" if document is not None else ""
    if document is None or isinstance(document, dict) or not text.strip():
        raise IngestError("网页中找不到正文。请在浏览器中复制文章正文，另存为 .txt 后导入。", path=origin)
    source = (document.sitename or "").strip() or (urlparse(url).hostname or "" if url else "")
    return WebPage(text=text, title=(document.title or "").strip(), source=source,
                   date=(document.date or "").strip(), url=(document.url or url or "").strip())
