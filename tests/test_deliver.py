"""Delivery by mail, against a real SMTP server on 127.0.0.1 (aiosmtpd), read back as a reader's client would."""

from __future__ import annotations

import email
import io
import json
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pypdf import PdfReader
from weekly import EDITIONS, SAMPLE_DATE, cli, manifest, weekly_project

pytestmark = pytest.mark.slow

PASSWORD = "s3cret-口令"


class Mailbox:
    """An aiosmtpd handler that keeps every message; it can refuse the first ``busy`` deliveries (451)."""

    def __init__(self, busy: int = 0) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.busy = busy

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.busy:
            self.busy -= 1
            return "451 4.3.0 Try again later"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def check_password(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"zhoubao" and \
        auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out",
                    str(cert)], check=True, capture_output=True, timeout=60)
    return cert, key


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    return context


@pytest.fixture
def smtp(certificate: tuple[Path, Path]) -> Iterator[tuple[Mailbox, int]]:
    """A STARTTLS server that requires TLS and the password."""
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, tls_context=server_context(certificate),
                            require_starttls=True, authenticator=check_password, auth_required=True)
    controller.start()
    yield mailbox, port
    controller.stop()


def mail_project(folder: Path, port: int, certificate: tuple[Path, Path], **mail: object) -> Path:
    settings = {"host": "127.0.0.1", "port": port, "security": "starttls", "username": "zhoubao",
                "password_env": "BULLETIN_TEST_SMTP_PASSWORD", "ca_file": str(certificate[0]),
                "sender": "周报编辑部 <zhoubao@example.cn>", "recipients": ["reader1@example.cn", "reader2@example.cn"],
                "attempts": 2, "retry_delay": 0, "timeout": 10, **mail}
    return weekly_project(folder, mail=settings)


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULLETIN_TEST_SMTP_PASSWORD", PASSWORD)


def test_build_send_mails_the_issue(tmp_path: Path, smtp: tuple[Mailbox, int], certificate, password) -> None:
    mailbox, port = smtp
    project = mail_project(tmp_path / "p", port, certificate)
    code, out, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")
    assert code == 0, err
    assert "已发送给 reader1@example.cn、reader2@example.cn" in out
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert message["Subject"] == "卫生健康大数据与政策研究周报 2025年7月11日"
    assert "=?utf-8?" in message.as_string().lower()  # the header went over the wire encoded
    assert str(message["From"]) == "周报编辑部 <zhoubao@example.cn>"
    assert mailbox.envelopes[0] == ("zhoubao@example.cn", ["reader1@example.cn", "reader2@example.cn"])
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "1. 聚焦生成式医疗 AI 应用" in plain and "3. 山东聊城智慧医疗让患者告别“折返跑”（新华网，2025-07-09）" in plain
    assert "<li><a href=" in html and "山东聊城智慧医疗让患者告别“折返跑”" in html
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert sorted(attachments) == sorted(f"周报-2025-07-11.{edition}" for edition in EDITIONS)
    pdf = attachments["周报-2025-07-11.pdf"]
    assert pdf == (project / "dist" / "2025" / "周报-2025-07-11.pdf").read_bytes()
    assert "折返跑" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(attachments["周报-2025-07-11.docx"])).paragraphs)
    assert "折返跑" in text.replace("\u2060", "")  # word joiners keep a title's last characters together
    sent = manifest(project)["sent"]
    assert len(sent) == 1 and sent[0]["to"] == ["reader1@example.cn", "reader2@example.cn"]
    assert sent[0]["message_id"] == message["Message-ID"]

    # never twice by accident: the cron job running again the same day does nothing
    code, out, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send", "--quiet")
    assert (code, out, err) == (0, "", "")
    code, out, _ = cli("send", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 0 and "不再重复发送" in out
    assert len(mailbox.messages) == 1
    code, _, _ = cli("send", "--project", str(project), "--date", SAMPLE_DATE, "--resend")
    assert code == 0 and len(mailbox.messages) == 2
    assert len(manifest(project)["sent"]) == 2
    code, out, _ = cli("archive", "--project", str(project))
    assert "已发送（" in out


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # implicit TLS: it is TLS
def test_ssl_and_a_password_file(tmp_path: Path, certificate) -> None:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, ssl_context=server_context(certificate),
                            authenticator=check_password, auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        secret = tmp_path / "smtp-password"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        project = mail_project(tmp_path / "p", port, certificate, security="ssl", password_env="",
                               password_file=str(secret))
        assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
        code, out, _ = cli("send", "--project", str(project), "--date", SAMPLE_DATE, "--json")
        assert code == 0, out
        assert json.loads(out)["sent"]["to"] == ["reader1@example.cn", "reader2@example.cn"]
        assert mailbox.messages[0]["Subject"] == "卫生健康大数据与政策研究周报 2025年7月11日"
    finally:
        controller.stop()


def test_a_failed_send_is_retried_reported_and_sent_by_the_next_run(tmp_path: Path, certificate,
                                                                    password) -> None:
    port = free_port()  # nothing listens here yet
    project = mail_project(tmp_path / "p", port, certificate, attempts=3)
    code, out, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send", "--quiet")
    assert code == 5
    assert "第 3/3 次发送失败：无法连接邮件服务器" in out
    assert "发送失败（已尝试 3 次）" in err and f"bulletin send --date {SAMPLE_DATE}" in err
    record = manifest(project)
    assert record["sent"] == [] and len(record["send_failures"]) == 1 and record["editions"]
    pdf = (project / "dist" / "2025" / "周报-2025-07-11.pdf").read_bytes()

    mailbox = Mailbox(busy=1)  # the server is back, but busy once: the retry gets through
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, tls_context=server_context(certificate),
                            require_starttls=True, authenticator=check_password, auth_required=True)
    controller.start()
    try:
        code, out, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")
        assert code == 0, err
        assert "内容未变，无需重新生成" in out and "第 1/3 次发送失败：邮件服务器返回 451" in out
        assert len(mailbox.messages) == 1
    finally:
        controller.stop()
    assert (project / "dist" / "2025" / "周报-2025-07-11.pdf").read_bytes() == pdf
    ends = [json.loads(line) for line in (project / "dist" / "bulletin.log").read_text(encoding="utf-8").splitlines()
            if '"end"' in line]
    assert [(entry["result"], entry["exit_code"]) for entry in ends] == [("send_failed", 5), ("sent", 0)]


def test_a_wrong_password_is_named(tmp_path: Path, smtp: tuple[Mailbox, int], certificate,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULLETIN_TEST_SMTP_PASSWORD", "wrong")
    project = mail_project(tmp_path / "p", smtp[1], certificate, attempts=1)
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")
    assert code == 5 and "登录被拒绝（用户名或密码错误）" in err
    assert smtp[0].messages == []


def test_a_password_in_the_config_is_refused_at_its_line(tmp_path: Path) -> None:
    project = weekly_project(tmp_path / "p", mail={"host": "127.0.0.1", "password": "hunter2"})
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1
    config = project / "config" / "bulletin.yaml"
    line = next(number for number, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1)
                if "password:" in text)
    assert f"{config}:{line}:" in err and "不要把密码写在配置文件里" in err and "password_env" in err
    assert not (project / "dist" / "2025").exists()


def test_a_missing_password_variable_fails_before_building(tmp_path: Path, certificate,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BULLETIN_TEST_SMTP_PASSWORD", raising=False)
    project = mail_project(tmp_path / "p", free_port(), certificate)
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")
    assert code == 1
    assert "mail.password_env：所写的环境变量未设置" in err and "EnvironmentFile" in err
    assert "BULLETIN_TEST_SMTP_PASSWORD" not in err  # what the key says is never printed: it may be the password
    assert not (project / "dist" / "2025").exists()


def test_send_without_a_built_issue_says_to_build(tmp_path: Path, certificate, password) -> None:
    project = mail_project(tmp_path / "p", free_port(), certificate)
    code, _, err = cli("send", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1 and f"bulletin build --date {SAMPLE_DATE}" in err


def test_a_damaged_edition_is_never_mailed(tmp_path: Path, smtp: tuple[Mailbox, int], certificate,
                                          password) -> None:
    project = mail_project(tmp_path / "p", smtp[1], certificate)
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
    pdf = project / "dist" / "2025" / "周报-2025-07-11.pdf"
    pdf.write_bytes(pdf.read_bytes()[:1000])
    code, _, err = cli("send", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1 and "与归档清单不符，未发送" in err and "archive verify" in err
    assert smtp[0].messages == []


def test_a_rebuilt_issue_is_not_mailed_again_without_resend(tmp_path: Path, smtp: tuple[Mailbox, int],
                                                            certificate, password) -> None:
    project = mail_project(tmp_path / "p", smtp[1], certificate)
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--send")[0] == 0
    article = project / "articles" / "2025-07-09-xinhuanet-liaocheng-smart-healthcare.md"
    article.write_text(article.read_text(encoding="utf-8").replace("折返跑", "来回跑"), encoding="utf-8")
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE, "--force")[0] == 0
    code, _, err = cli("send", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1 and "发送过，之后又重新生成过" in err and "--resend" in err
    assert len(smtp[0].messages) == 1
    code, out, _ = cli("archive", "--project", str(project))
    assert "已重新生成，新版本未发送" in out
    assert cli("send", "--project", str(project), "--date", SAMPLE_DATE, "--resend")[0] == 0
    assert "来回跑" in smtp[0].messages[1].get_body(("plain",)).get_content()
