"""Every fetch is bounded in total time and bytes: a server on 127.0.0.1 that drips never holds ingest."""

from __future__ import annotations

import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_project
from weekly import cli

TIMEOUT = 2  # ingest.timeout for these tests, in seconds


class Drip(socketserver.BaseRequestHandler):
    """Answers every request one byte at a time, a byte every half second (each read stays under the
    timeout, so only a deadline across reads stops it); ``/headers`` drips the headers too."""

    def handle(self) -> None:
        request = self.request.recv(4096)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
        body = b"<html><body>" + "正文".encode() * 10000
        data = head + body if b"/headers" in request else body
        if b"/headers" not in request:
            self.request.sendall(head)
        try:
            for byte in data:
                self.request.sendall(bytes([byte]))
                time.sleep(0.5)
        except OSError:
            pass


class Flood(socketserver.BaseRequestHandler):
    """Sends an endless page, fast, without a Content-Length."""

    def handle(self) -> None:
        self.request.recv(4096)
        try:
            self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>")
            while True:
                self.request.sendall(b"x" * 65536)
        except OSError:
            pass


def serve(handler: type[socketserver.BaseRequestHandler]) -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def drip() -> Iterator[str]:
    yield from serve(Drip)


@pytest.fixture
def flood() -> Iterator[str]:
    yield from serve(Flood)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", config={"ingest": {"timeout": TIMEOUT, "max_file_mb": 1}})


@pytest.mark.parametrize("path", ["/body.html", "/headers.html"])
def test_a_dripping_server_is_given_up_at_the_deadline(project: Path, drip: str, path: str) -> None:
    started = time.monotonic()
    code, out, err = cli("ingest", f"{drip}{path}", "--project", str(project))
    elapsed = time.monotonic() - started
    assert code == 1
    assert f"{TIMEOUT} 秒内没有传完" in out + err and "Traceback" not in out + err
    assert elapsed < TIMEOUT + 3, elapsed  # the deadline, not one read timeout per byte
    assert not list((project / "articles").glob("*.md"))


def test_an_endless_page_is_cut_at_the_size_limit(project: Path, flood: str) -> None:
    code, out, err = cli("ingest", f"{flood}/endless.html", "--project", str(project))
    assert code == 1 and "超过 1.0 MB" in out + err
