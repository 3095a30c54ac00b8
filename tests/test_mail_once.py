"""Mail at most once, against SMTP servers on 127.0.0.1 that misbehave after taking the message.

Each server is a few lines of socket code following a script: it counts the copies it received in full
(the final ``.``), then answers 250 and drops the line, or answers QUIT badly, or never answers QUIT, or
never answers the message at all. Whatever it does, readers get one copy unless ``--resend`` is asked.
"""

from __future__ import annotations

import json
import shutil
import signal
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from weekly import SAMPLE_DATE, cli, cron_env, manifest, weekly_project

pytestmark = pytest.mark.slow


class Script(socketserver.ThreadingTCPServer):
    """An SMTP server that takes every message, then does what ``after_data`` and ``on_quit`` say."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, after_data: str = "250", on_quit: str = "221") -> None:
        super().__init__(("127.0.0.1", 0), Session)
        self.after_data = after_data  # a reply code ("250", "451"), "drop" (close, no reply), "hang" (no reply)
        self.on_quit = on_quit  # "221", "500", "drop", "hang"
        self.copies = 0
        self.quits = 0
        self.smtputf8 = False  # whether EHLO offers SMTPUTF8
        self.mail_from: list[bytes] = []
        self.release = threading.Event()

    @property
    def port(self) -> int:
        return self.server_address[1]


class Session(socketserver.StreamRequestHandler):
    server: Script

    def say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.say("220 127.0.0.1 ESMTP script")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self.say("250-127.0.0.1")
                if self.server.smtputf8:
                    self.say("250-SMTPUTF8")
                self.say("250 8BITMIME")
            elif command.startswith(b"MAIL"):
                self.server.mail_from.append(line.strip())
                self.say("250 OK")
            elif command.startswith((b"RCPT", b"RSET", b"NOOP")):
                self.say("250 OK")
            elif command == b"DATA":
                self.say("354 go ahead")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                self.server.copies += 1
                if self.server.after_data == "hang":
                    self.server.release.wait(60)
                if not self.server.after_data.isdigit():
                    return  # drop (or hung): close without a reply
                self.say(f"{self.server.after_data} 2.0.0 {'queued' if self.server.after_data == '250' else 'busy'}")
            elif command == b"QUIT":
                self.server.quits += 1
                if self.server.on_quit == "hang":
                    self.server.release.wait(60)
                elif self.server.on_quit != "drop":
                    self.say(f"{self.server.on_quit} bye")
                return
            else:
                self.say("502 not implemented")


@pytest.fixture
def server_factory() -> Iterator:
    servers: list[Script] = []

    def start(**script: str) -> Script:
        server = Script(**script)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An issue built once (PDF and DOCX); each test mails a copy of it."""
    project = weekly_project(tmp_path_factory.mktemp("mail") / "built")
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
    return project


def copy_to(built: Path, folder: Path, port: int) -> Path:
    project = folder / "p"
    shutil.copytree(built, project)
    config = project / "config" / "bulletin.yaml"
    import yaml

    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["mail"] = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "zhoubao@example.cn",
                    "recipients": ["reader1@example.cn", "reader2@example.cn"], "attempts": 3,
                    "retry_delay": 0, "timeout": 5}
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return project


def send(project: Path, *args: str) -> tuple[int, str, str]:
    return cli("send", "--project", str(project), "--date", SAMPLE_DATE, *args)


def start_send(project: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "bulletin", "send", "--project", str(project), "--date",
                             SAMPLE_DATE], env=cron_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def wait_for(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server never got that far"
        time.sleep(0.05)


@pytest.mark.parametrize("on_quit", ["drop", "500"])
def test_a_message_taken_is_sent_once_whatever_quit_does(built: Path, tmp_path: Path, server_factory,
                                                          on_quit: str) -> None:
    server = server_factory(on_quit=on_quit)
    project = copy_to(built, tmp_path, server.port)
    code, out, err = send(project)
    assert code == 0, err
    assert "已发送给 reader1@example.cn、reader2@example.cn" in out
    record = manifest(project)
    assert len(record["sent"]) == 1 and record["uncertain"] == [] and record["send_failures"] == []
    code, out, _ = send(project)  # the advice after a failure, or cron again: nothing more
    assert code == 0 and "不再重复发送" in out
    assert server.copies == 1
    print(f"\nserver that answers QUIT with {on_quit}: {server.copies} copy received over two runs")


def test_a_run_killed_during_a_slow_quit_has_recorded_the_mail(built: Path, tmp_path: Path,
                                                               server_factory) -> None:
    server = server_factory(on_quit="hang")
    project = copy_to(built, tmp_path, server.port)
    process = start_send(project)
    wait_for(lambda: server.quits == 1)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert len(manifest(project)["sent"]) == 1
    code, out, _ = send(project)
    assert code == 0 and "不再重复发送" in out
    assert server.copies == 1
    print(f"\nslow QUIT, client killed: {server.copies} copy received over two runs")


def test_a_message_whose_reply_was_lost_is_uncertain_and_never_resent_unasked(built: Path, tmp_path: Path,
                                                                            server_factory) -> None:
    server = server_factory(after_data="drop")
    project = copy_to(built, tmp_path, server.port)
    code, _, err = send(project)
    assert code == 5
    assert "确认之前连接中断" in err and "--resend" in err and "Traceback" not in err
    assert server.copies == 1  # no retry after the text went
    record = manifest(project)
    assert record["sent"] == [] and len(record["uncertain"]) == 1
    code, _, err = send(project)
    assert code == 5 and "读者可能已经收到" in err and "--resend" in err
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")
    assert code == 5 and "读者可能已经收到" in err
    assert server.copies == 1
    good = server_factory()
    data = (project / "config" / "bulletin.yaml").read_text(encoding="utf-8")
    (project / "config" / "bulletin.yaml").write_text(data.replace(f"port: {server.port}", f"port: {good.port}"),
                                                      encoding="utf-8")
    code, out, err = send(project, "--resend")
    assert code == 0, err
    assert good.copies == 1 and len(manifest(project)["sent"]) == 1
    print(f"\nreply lost after the text: {server.copies} copy over three runs; --resend: {good.copies} more")


def test_a_run_killed_before_the_reply_never_leads_to_a_second_copy(built: Path, tmp_path: Path,
                                                                    server_factory) -> None:
    server = server_factory(after_data="hang")
    project = copy_to(built, tmp_path, server.port)
    process = start_send(project)
    wait_for(lambda: server.copies == 1)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    server.after_data = "250"
    code, _, err = send(project)
    assert code == 5 and "读者可能已经收到" in err
    assert server.copies == 1
    record = json.loads((project / "dist" / "2025" / f"{SAMPLE_DATE}.manifest.json").read_text(encoding="utf-8"))
    assert record["sent"] == [] and len(record["uncertain"]) == 1
    print(f"\nclient killed before the reply: {server.copies} copy over two runs")


def test_a_refusal_after_the_text_is_retried(built: Path, tmp_path: Path, server_factory) -> None:
    """A 4xx after the text means the server did not take it: retrying is safe and right."""
    server = server_factory(after_data="451")
    project = copy_to(built, tmp_path, server.port)
    code, _, err = send(project)
    assert code == 5 and "已尝试 3 次" in err
    assert server.copies == 3
    record = manifest(project)
    assert record["uncertain"] == [] and record["sent"] == [] and len(record["send_failures"]) == 1


def test_an_address_in_chinese_goes_with_smtputf8_or_is_refused_clearly(built: Path, tmp_path: Path,
                                                                       server_factory) -> None:
    plain = server_factory()
    project = copy_to(built, tmp_path, plain.port)
    config = project / "config" / "bulletin.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("reader2@example.cn", "读者@example.cn"),
                      encoding="utf-8")
    code, _, err = send(project)
    assert code == 5 and "SMTPUTF8" in err and plain.copies == 0
    able = server_factory()
    able.smtputf8 = True
    config.write_text(config.read_text(encoding="utf-8").replace(f"port: {plain.port}", f"port: {able.port}"),
                      encoding="utf-8")
    code, _, err = send(project)
    assert code == 0, err
    assert able.copies == 1 and able.mail_from[0].endswith(b"SMTPUTF8 BODY=8BITMIME")
