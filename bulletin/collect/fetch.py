"""Fetching for ``bulletin collect``: polite to the sites, and bounded whatever a server does.

A few connections per host at most, request starts spaced by a polite delay, retries with back-off for
what may pass (time-outs, resets, HTTP 5xx and 429). Every fetch is bounded in time *in all* (a watchdog
closes the socket at the deadline, so a server dripping one byte at a time cannot hold it) and in bytes;
the whole run is bounded in time and bytes too. Redirects are followed only to http(s) addresses.

Plain ``http.client`` rather than ``urllib``: the fetch needs the socket (for the watchdog) and each
redirect hop (to refuse ``file://`` and to take the host's slot again), which ``urlopen`` hides.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

USER_AGENT = "bulletin-collect/0.1 (+weekly digest; polite: few connections, delayed requests)"
_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_BACKOFF_SECONDS = 1.0
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.IGNORECASE)
# Chinese sites that say gb2312 or gbk mostly mean (and sometimes use) characters only gb18030 has.
_WEAK_HEADER = ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii")
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}


@dataclass(frozen=True)
class Limits:
    """How far one fetch and the whole run may go, and how politely."""

    timeout: float = 20.0           # one fetch, in all: connecting, waiting and downloading
    max_bytes: int = 5 * 1_048_576  # one fetch
    run_bytes: int = 200 * 1_048_576
    run_seconds: float = 1200.0
    per_host: int = 2
    delay: float = 1.0              # between the starts of two requests to one host
    retries: int = 2
    backoff: float = _BACKOFF_SECONDS


@dataclass(frozen=True)
class Fetched:
    """A response body that arrived whole and within the limits."""

    url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


class FetchError(Exception):
    """A fetch that failed, in words for the editor; ``retry`` says whether trying again may help."""

    def __init__(self, message: str, *, retry: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retry = retry


class Fetcher:
    """Shared by every fetch of one run: the per-host slots and delays, and the run's budget."""

    def __init__(self, limits: Limits, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.clock = clock
        self.run_deadline = clock() + limits.run_seconds
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._bytes = 0

    @property
    def bytes_read(self) -> int:
        return self._bytes

    def out_of_budget(self) -> str | None:
        """Why no further fetch may start (the run's time or bytes are spent), or None."""
        if self.clock() >= self.run_deadline:
            return f"本次运行已达时间上限（{self.limits.run_seconds / 60:g} 分钟，collect.max_minutes）"
        if self._bytes >= self.limits.run_bytes:
            return f"本次运行已达下载总量上限（{self.limits.run_bytes / 1_048_576:g} MB，collect.max_run_mb）"
        return None

    def get(self, url: str, accept: str) -> Fetched:
        """Fetch ``url``, retrying what may pass with back-off (1 s, 2 s, 4 s, …)."""
        attempt = 0
        while True:
            spent = self.out_of_budget()
            if spent:
                raise FetchError(spent + "，未下载")
            try:
                return self._follow(url, accept)
            except FetchError as exc:
                if not exc.retry or attempt >= self.limits.retries:
                    if attempt:
                        raise FetchError(f"{exc.message}（已重试 {attempt} 次）") from None
                    raise
            time.sleep(self.limits.backoff * 2 ** attempt)
            attempt += 1

    @contextmanager
    def _host_slot(self, host: str) -> Iterator[None]:
        """At most ``per_host`` requests to one host at once, their starts ``delay`` seconds apart."""
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.limits.per_host))
        with slot:
            with self._lock:
                now = self.clock()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self.limits.delay
            if start > now:
                time.sleep(start - now)
            yield

    def _follow(self, url: str, accept: str) -> Fetched:
        for _ in range(_MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                raise FetchError(f"网址被重定向到不允许的地址“{url[:200]}”（只允许 http/https），未下载")
            with self._host_slot(parts.hostname.lower()):
                result = self._once(url, accept)
            if isinstance(result, Fetched):
                return result
            url = result
        raise FetchError(f"重定向次数过多（超过 {_MAX_REDIRECTS} 次），未下载")

    def _once(self, url: str, accept: str) -> Fetched | str:
        """One request: the response, or the address a redirect points to."""
        parts = urlsplit(url)
        timeout = self.limits.timeout
        kind = http.client.HTTPSConnection if parts.scheme.lower() == "https" else http.client.HTTPConnection
        connection = kind(parts.hostname or "", parts.port, timeout=timeout)  # type: ignore[operator]
        expired = threading.Event()

        def abort() -> None:
            expired.set()
            sock = connection.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(timeout, abort)
        watchdog.daemon = True
        watchdog.start()
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                     "Accept-Encoding": "gzip", "Connection": "close"})
            response = connection.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {response.status} 重定向缺少目标地址")
                return urljoin(url, location.strip())
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status}（{response.reason or '错误'}）",
                                 retry=response.status >= 500 or response.status == 429)
            data = self._read_body(response, expired)
            return Fetched(url=url, content_type=response.headers.get_content_type(),
                           charset=response.headers.get_content_charset(), data=data)
        except FetchError:
            raise
        except (OSError, http.client.HTTPException) as exc:
            if expired.is_set():
                raise FetchError(f"超过 {timeout:g} 秒仍未下载完（collect.timeout），已放弃") from None
            raise _network_error(exc, parts.hostname or "", timeout) from None
        finally:
            watchdog.cancel()
            connection.close()

    def _read_body(self, response: http.client.HTTPResponse, expired: threading.Event) -> bytes:
        limit = self.limits.max_bytes
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > limit:
            raise FetchError(f"内容过大（{int(length) / 1_048_576:.1f} MB，上限 {limit / 1_048_576:g} MB，"
                             "collect.max_page_mb），未下载")
        too_large = FetchError(f"内容超过 {limit / 1_048_576:g} MB（collect.max_page_mb），已停止下载")
        coding = (response.getheader("Content-Encoding") or "").strip().lower()
        # Asked for, and sent by some servers unasked. Inflated in bounded steps: a small compressed body
        # that inflates to gigabytes stops at the same limit as a large plain one.
        inflater = (zlib.decompressobj(zlib.MAX_WBITS | 16) if coding in ("gzip", "x-gzip")
                    else zlib.decompressobj() if coding == "deflate" else None)
        chunks: list[bytes] = []
        received = size = 0
        while True:
            chunk = response.read1(_CHUNK)
            if expired.is_set():
                raise OSError("deadline")
            if not chunk:
                break
            received += len(chunk)
            with self._lock:
                self._bytes += len(chunk)
            if inflater is not None:
                try:
                    chunk = inflater.decompress(chunk, limit + 1 - size)
                except zlib.error:
                    raise FetchError(f"压缩内容（{coding}）已损坏，无法解压") from None
                if inflater.unconsumed_tail:
                    raise too_large
            size += len(chunk)
            if size > limit or received > limit:
                raise too_large
            chunks.append(chunk)
        if inflater is not None:
            chunks.append(inflater.flush())
        return b"".join(chunks)


def _network_error(exc: BaseException, host: str, timeout: float) -> FetchError:
    if isinstance(exc, socket.gaierror):
        return FetchError(f"找不到网站 {host}（域名解析失败）。请检查网址或网络", retry=False)
    if isinstance(exc, ConnectionRefusedError):
        return FetchError(f"网站 {host} 拒绝连接。请检查网址，或稍后再试", retry=False)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return FetchError(f"网站 {host} 在 {timeout:g} 秒内没有响应（超时）", retry=True)
    if isinstance(exc, ssl.SSLError):
        return FetchError(f"与 {host} 的安全连接（HTTPS）失败：{exc.reason or exc}", retry=False)
    if isinstance(exc, http.client.HTTPException):
        return FetchError(f"网站 {host} 的响应不完整或格式错误（{type(exc).__name__}）", retry=True)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return FetchError(f"连接 {host} 时出错（{reason}）", retry=True)


def decode_page(fetched: Fetched) -> str:
    """The text of an HTML page: the header's charset, else the page's own declaration, else UTF-8, else
    what charset-normalizer finds (GBK pages without any declaration exist)."""
    data = fetched.data
    in_page = []
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(data[:4096])
        if match:
            in_page.append(match.group(1).decode("ascii", "replace"))
    # A server saying ISO-8859-1 (HTTP's old default) of a page that declares GBK is misconfigured, and
    # Latin-1 decodes anything: then the page's own word comes first.
    header = fetched.charset
    declared = [*in_page, header] if (header or "").lower() in _WEAK_HEADER else [header, *in_page]
    for name in [*declared, "utf-8"]:
        if not name:
            continue
        name = _WIDER.get(name.lower(), name)
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return data.decode(best.encoding if best is not None else "gb18030", errors="replace")
