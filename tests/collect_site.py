"""A small web site on 127.0.0.1 for ``bulletin collect``: feeds, list pages and article pages made from
the real articles of ``seeds/``, and the bad inputs collect must survive. Used by the tests and by
``bench/bench_collect.py``; it never reaches beyond this machine."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bulletin.corpus import Article, read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "collect"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_articles() -> list[Article]:
    """The sample corpus's real articles, whose texts fill the site's pages."""
    return [read_article(path) for path in sorted(SEEDS.glob("*.md"))]


@dataclass(frozen=True)
class Page:
    body: bytes | Callable[[], Iterator[bytes]]
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    fail_first: int = 0  # the first requests get HTTP 503 (a server that recovers)


def article_page(article: Article, date: str, *, charset: str = "utf-8", outlet: str | None = None) -> Page:
    """An article page in the structure of a 国家卫生健康委员会 article (see fixtures/collect/README.md)."""
    template = (FIXTURES / "nhc-article.shtml").read_text(encoding="utf-8")
    paragraphs = "\n".join(f"<p style=\"text-indent:2em\">{html.escape(p)}</p>" for p in article.paragraphs)
    text = (template.replace("{charset}", charset).replace("{title}", html.escape(article.title))
            .replace("{date}", date).replace("{outlet}", html.escape(outlet or article.source))
            .replace("{paragraphs}", paragraphs))
    return Page(text.encode(charset), f"text/html; charset={charset}" if charset == "utf-8" else "text/html")


def list_page(rows: list[tuple[str, str, str]]) -> Page:
    """A list page in the structure of 国家卫生健康委员会's: (href, title, date) per row."""
    template = (FIXTURES / "nhc-list.shtml").read_text(encoding="utf-8")
    lines = "\n".join(f'<li><a href="{href}" target="_blank" title="{html.escape(title)}">{html.escape(title)}</a>'
                      f'<span class="ml">{date}</span></li>' for href, title, date in rows)
    return Page(template.replace("{rows}", lines).encode("utf-8"))


def rss(items: list[dict[str, str]], *, encoding: str = "utf-8", title: str = "健康频道") -> Page:
    """RSS 2.0: each item has title, link, pubDate, and optionally content (content:encoded)."""
    entries = []
    for item in items:
        content = f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>" if item.get("content") else ""
        entries.append(f"<item><title>{html.escape(item['title'])}</title><link>{item['link']}</link>"
                       f"<description>{html.escape(item['title'])}</description>"
                       f"<pubDate>{item['pubDate']}</pubDate>{content}</item>")
    text = (f'<?xml version="1.0" encoding="{encoding}"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>http://127.0.0.1/</link><description>{title}</description>"
            + "".join(entries) + "</channel></rss>")
    return Page(text.encode(encoding), "application/rss+xml")


def atom(items: list[dict[str, str]]) -> Page:
    entries = "".join(f"<entry><title>{html.escape(i['title'])}</title><link href=\"{i['link']}\"/>"
                      f"<id>{i['link']}</id><updated>{i['updated']}</updated></entry>" for i in items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>卫生健康要闻</title><id>urn:test</id><updated>2025-07-10T00:00:00+08:00</updated>"
            + entries + "</feed>")
    return Page(text.encode("utf-8"), "application/atom+xml")


class Site:
    """Routes (path → Page) served by a threaded ``http.server`` on 127.0.0.1 until ``close``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Page] = {}
        self.requests: list[str] = []
        self.started: list[float] = []  # time.monotonic() of each request's arrival
        self.stopping = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.started.append(time.monotonic())
                site.requests.append(self.path)
                page = site.routes.get(self.path)
                if page is None:
                    self.send_error(404)
                    return
                if site.requests.count(self.path) <= page.fail_first:
                    self.send_error(503)
                    return
                try:
                    self.send_response(page.status)
                    self.send_header("Content-Type", page.content_type)
                    for name, value in page.headers:
                        self.send_header(name, value)
                    if isinstance(page.body, bytes):
                        self.send_header("Content-Length", str(len(page.body)))
                        self.end_headers()
                        self.wfile.write(page.body)
                    else:
                        self.end_headers()
                        for chunk in page.body():
                            if site.stopping.is_set():
                                break
                            self.wfile.write(chunk)
                            self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


def huge_feed(megabytes: int = 50) -> Page:
    """A feed of ``megabytes`` MB, generated as it is sent (no Content-Length): only a byte limit stops it."""
    def chunks() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>'
        item = ("<item><title>" + "大" * 300 + "</title><link>http://127.0.0.1/x</link></item>").encode()
        sent = 0
        while sent < megabytes * 1_048_576:
            yield item * 64
            sent += len(item) * 64
        yield b"</channel></rss>"
    return Page(chunks, "application/rss+xml")


def dripping(seconds: float = 30.0) -> Page:
    """A feed sent one byte at a time, for up to ``seconds``."""
    def chunks() -> Iterator[bytes]:
        text = b'<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>' + b" " * 100_000
        deadline = time.monotonic() + seconds
        for byte in text:
            if time.monotonic() > deadline:
                return
            yield bytes([byte])
            time.sleep(0.02)
    return Page(chunks, "application/rss+xml")


def many_links(count: int = 10_000) -> Page:
    """A list page of ``count`` links, all dated long before the window."""
    rows = [(f"/old/2025-06-01/{n}.html", f"第{n}号旧通知：关于做好卫生健康工作的通知", "2025-06-01")
            for n in range(count)]
    return list_page(rows)


PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
