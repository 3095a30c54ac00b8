"""Delivery: mail an archived issue to its readers, once.

The mail is made from the archive only (the manifest's catalog and the edition files, checked against
their hashes), so an issue built on Friday can be sent later without rebuilding it. A failed send is
retried a bounded number of times; the issue stays built and its manifest records the failure, so the
next run sends it. Every mail sent is recorded (when, to whom, which files), and an issue already sent
is not sent again unless asked (``resend``).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
import html
import io
import mimetypes
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from bulletin.archive import (
    Delivery,
    Manifest,
    UncertainSend,
    find_manifest,
    forget_uncertain,
    manifest_path,
    now_text,
    record_delivery,
    record_send_failure,
    record_uncertain,
)
from bulletin.config import Mail, Project
from bulletin.errors import BulletinError, ConfigError, DeliveryError
from bulletin.files import os_reason, sha256_file

QUIT_SECONDS = 10  # how long to wait for the server's goodbye: the mail is recorded before it is asked for
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class SendOptions:
    """What the person (or cron) asked for."""

    resend: bool = False
    progress: Callable[[str], None] = lambda message: None


@dataclass(frozen=True)
class SendResult:
    """What a send did: the mail (``None`` when the issue had already been sent) and the recipients refused."""

    manifest: Manifest
    delivery: Delivery | None
    refused: tuple[str, ...] = ()


def read_password(mail: Mail, project: Project) -> str | None:
    """The SMTP password, from the environment variable or the file the config names (never the config).

    Messages never repeat what ``password_env`` or ``password_file`` say: an editor who wrote the password
    itself there would otherwise see it printed, mailed by cron and kept in the run log.
    """
    if mail.password_env:
        value = os.environ.get(mail.password_env)
        if value is None:
            raise ConfigError("mail.password_env：所写的环境变量未设置（这里应写环境变量的名字，例如 "
                              "BULLETIN_SMTP_PASSWORD，而不是密码本身）。cron 和 systemd 不会读取登录脚本"
                              "（如 ~/.profile），请在 crontab 或服务的 EnvironmentFile 中设置，或改用 password_file。",
                              path=project.config_path, key="mail.password_env")
        return value
    if mail.password_file:
        path = project.folder(mail.password_file)
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_reason(exc, reading=True) if isinstance(exc, OSError) else "不是 UTF-8 文本"
            raise ConfigError(f"mail.password_file：无法读取所写的密码文件（{reason}）。这里应写密码文件的路径，"
                              "而不是密码本身；请检查路径和权限。", path=project.config_path,
                              key="mail.password_file") from None
    if mail.username:
        raise ConfigError("mail.username 已设置，但没有密码来源。请设置 password_env（环境变量名）"
                          "或 password_file（密码文件路径）。", path=project.config_path, key="mail.username")
    return None


def check_mail_settings(mail: Mail, project: Project) -> None:
    missing = [key for key, value in (("host", mail.host), ("sender", mail.sender),
                                      ("recipients", mail.recipients)) if not value]
    if missing:
        raise ConfigError(f"发送周报需要在配置的 mail 中设置：{'、'.join('mail.' + key for key in missing)}。",
                          path=project.config_path, key=f"mail.{missing[0]}")


def catalog_text(manifest: Manifest) -> str:
    lines = [manifest.title, "", f"本期共 {len(manifest.catalog)} 条：", ""]
    for entry in manifest.catalog:
        lines.append(f"{entry.number}. {entry.title}（{entry.source}，{entry.date.isoformat()}）")
        if entry.url:
            lines.append(f"   {entry.url}")
    lines += ["", "全文见附件（PDF 与 Word 版本）。"]
    return "\n".join(lines) + "\n"


def catalog_html(manifest: Manifest) -> str:
    items = []
    for entry in manifest.catalog:
        title = html.escape(entry.title)
        if entry.url:
            title = f'<a href="{html.escape(entry.url, quote=True)}">{title}</a>'
        items.append(f"<li>{title}（{html.escape(entry.source)}，{entry.date.isoformat()}）</li>")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>'
            f"<h1>{html.escape(manifest.title)}</h1><p>本期共 {len(manifest.catalog)} 条：</p>"
            f"<ol>{''.join(items)}</ol><p>全文见附件（PDF 与 Word 版本）。</p></body></html>\n")


def checked_attachments(root: Path, manifest: Manifest) -> list[Path]:
    """The edition files, each checked against the manifest: a damaged file is never mailed."""
    paths = []
    for entry in manifest.editions:
        path = root / entry.file
        if not path.is_file() or sha256_file(path) != entry.sha256:
            raise BulletinError("文件缺失或与归档清单不符，未发送。请运行“bulletin archive verify”检查，"
                                "必要时用 build --force 重新生成该期。", path=path)
        paths.append(path)
    return paths


def compose(manifest: Manifest, mail: Mail, attachments: list[Path]) -> EmailMessage:
    """The mail: a Chinese subject, the catalog as plain text and HTML, and the editions attached."""
    message = EmailMessage()
    message["Subject"] = manifest.title
    message["From"] = mail.sender
    message["To"] = ", ".join(mail.recipients)
    message["Date"] = formatdate(localtime=True)
    domain = parseaddr(mail.sender)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(catalog_text(manifest))
    message.add_alternative(catalog_html(manifest), subtype="html")
    for path in attachments:
        maintype, _, subtype = (MIME_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
                                or "application/octet-stream").partition("/")
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return message


def _tls_context(mail: Mail, project: Project) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(project.folder(mail.ca_file)) if mail.ca_file else None)


def log_in(client: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; smtplib encodes credentials as ASCII, so a Chinese password goes as UTF-8 AUTH PLAIN."""
    if (username + password).isascii():
        client.login(username, password)
        return
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class Uncertain(Exception):
    """The message text went to the server, but its answer never came: it may have been delivered."""


def message_bytes(message: EmailMessage, *, utf8: bool = False) -> bytes:
    """The message as SMTP carries it: CRLF line ends, a leading dot doubled, ending in CRLF.CRLF."""
    buffer = io.BytesIO()
    BytesGenerator(buffer, policy=email.policy.SMTPUTF8 if utf8 else email.policy.SMTP).flatten(message)
    data = re.sub(rb"(?m)^\.", b"..", buffer.getvalue())
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def transmit(message: EmailMessage, mail: Mail, project: Project, password: str | None,
             about_to_send: Callable[[tuple[str, ...]], None],
             accepted: Callable[[dict[str, object]], None]) -> None:
    """Hand the message to the SMTP server once.

    smtplib's ``sendmail`` hides the one moment that matters: after the message text is sent, the server
    may have taken it even if its reply is lost. So the steps are made one by one: ``about_to_send`` is
    called (and records the attempt as uncertain) just before the text goes; on the server's 250,
    ``accepted`` gets the refused recipients (and records the mail as sent) before QUIT, whose failure or
    slowness no longer matters; a lost reply raises ``Uncertain``.
    """
    if mail.security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(mail.host, mail.effective_port, timeout=mail.timeout,
                                                context=_tls_context(mail, project))
    else:
        client = smtplib.SMTP(mail.host, mail.effective_port, timeout=mail.timeout)
    try:
        if mail.security == "starttls":
            client.starttls(context=_tls_context(mail, project))
        if mail.username:
            log_in(client, mail.username, password or "")
        client.ehlo_or_helo_if_needed()
        sender = parseaddr(mail.sender)[1]
        international = not (sender + "".join(mail.recipients)).isascii()  # as send_message decides
        if international and not client.has_extn("smtputf8"):
            raise smtplib.SMTPNotSupportedError("邮件服务器不支持含中文等非 ASCII 字符的邮件地址（SMTPUTF8）")
        code, reply = client.mail(sender, ["SMTPUTF8", "BODY=8BITMIME"] if international else [])
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused: dict[str, object] = {}
        for address in mail.recipients:
            code, reply = client.rcpt(address)
            if code not in (250, 251):
                refused[address] = (code, reply)
        if len(refused) == len(mail.recipients):
            raise smtplib.SMTPRecipientsRefused(refused)  # type: ignore[arg-type]
        code, reply = client.docmd("DATA")
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        data = message_bytes(message, utf8=international)
        about_to_send(tuple(address for address in mail.recipients if address not in refused))
        try:
            client.send(data)
            code, reply = client.getreply()
        except (smtplib.SMTPException, OSError) as exc:
            raise Uncertain(describe_failure(exc)) from None
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
        accepted(refused)
    finally:
        try:
            if client.sock is not None:
                client.sock.settimeout(min(mail.timeout, QUIT_SECONDS))
            client.quit()  # the message is accepted (or refused) already; a QUIT that fails changes nothing
        except (smtplib.SMTPException, OSError):
            client.close()


def describe_failure(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "登录被拒绝（用户名或密码错误）"
    if isinstance(exc, smtplib.SMTPNotSupportedError) and "SMTPUTF8" in str(exc):
        return str(exc)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return "邮件服务器在此连接上不提供登录（AUTH）；请检查 mail.security（starttls 或 ssl）与端口"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"所有收件人都被拒收：{'、'.join(exc.recipients)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = exc.smtp_error
        reply = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        return f"邮件服务器返回 {exc.smtp_code} {reply}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS 握手失败（{exc.reason or exc}）；请检查 mail.security 与端口，或用 mail.ca_file 指定证书"
    if isinstance(exc, OSError):
        return f"无法连接邮件服务器（{exc.strerror or exc}）"
    return str(exc)


def send_issue(project: Project, date: dt.date, options: SendOptions) -> SendResult:
    """Mail the archived issue of ``date`` to the configured recipients, unless it has been sent already."""
    root = project.output_dir
    manifest = find_manifest(root, date)
    if manifest is None:
        raise BulletinError(f"{date.isoformat()} 的周报尚未生成，无法发送。请先运行“bulletin build --date "
                            f"{date.isoformat()}”。")
    if manifest.sent and not options.resend:
        last = manifest.sent[-1]
        if manifest.sent_current:
            options.progress(f"{manifest.label} 已于 {last.at} 发送给 {'、'.join(last.to)}，不再重复发送。")
            return SendResult(manifest=manifest, delivery=None)
        raise BulletinError(f"{manifest.label} 已于 {last.at} 发送过，之后又重新生成过。为免读者收到两次，"
                            "本次未发送；如确需把新版本再发一次，请加 --resend。")
    unsure = [attempt for attempt in manifest.uncertain
              if attempt.editions_sha256 == tuple(entry.sha256 for entry in manifest.editions)]
    if unsure and not options.resend:
        raise DeliveryError(f"{manifest.label} 曾于 {unsure[-1].at} 发送，但未等到邮件服务器的确认（连接中断或运行被终止），"
                            "读者可能已经收到。为免重复，本次未发送。请向收件人确认；确实未收到时，加 --resend 再发一次。",
                            path=manifest_path(root, date))
    mail = project.config.mail
    check_mail_settings(mail, project)
    password = read_password(mail, project)
    message = compose(manifest, mail, checked_attachments(root, manifest))
    message_id = str(message["Message-ID"])
    current = tuple(entry.sha256 for entry in manifest.editions)
    state: dict[str, Any] = {"manifest": manifest}

    def about_to_send(to: tuple[str, ...]) -> None:
        # Written before the text goes: a run killed after this cannot know whether readers got it.
        attempt = UncertainSend(at=now_text(), to=to, message_id=message_id, editions_sha256=current)
        state["manifest"] = record_uncertain(root, state["manifest"], attempt)

    def accepted(refused: dict[str, object]) -> None:
        to = tuple(address for address in mail.recipients if address not in refused)
        delivery = Delivery(at=now_text(), to=to, subject=manifest.title, message_id=message_id,
                            editions_sha256=current)
        state["manifest"] = record_delivery(root, state["manifest"], delivery)
        state["delivery"], state["refused"] = delivery, tuple(sorted(refused))

    for attempt in range(1, mail.attempts + 1):
        try:
            transmit(message, mail, project, password, about_to_send, accepted)
            break
        except Uncertain as exc:
            raise DeliveryError(
                f"{manifest.label} 的邮件已交给邮件服务器，但在服务器确认之前连接中断（{exc}），无法知道读者是否已收到。"
                "为免读者收到两次，已记为“发送结果不明”，不会自动重发。请向收件人确认；确实未收到时，运行"
                f"“bulletin send --date {date.isoformat()} --resend”再发一次。", path=project.config_path) from None
        except (smtplib.SMTPException, OSError) as exc:
            reason = describe_failure(exc)
            state["manifest"] = forget_uncertain(root, state["manifest"], message_id)  # the server said no
            options.progress(f"第 {attempt}/{mail.attempts} 次发送失败：{reason}")
            if attempt == mail.attempts:
                record_send_failure(root, state["manifest"], reason)
                raise DeliveryError(
                    f"{manifest.label} 发送失败（已尝试 {mail.attempts} 次）：{reason}。周报已生成，标记为未发送；"
                    f"问题解决后运行“bulletin send --date {date.isoformat()}”即可发送，无需重新生成。",
                    path=project.config_path) from None
            time.sleep(mail.retry_delay)
    return SendResult(manifest=state["manifest"], delivery=state["delivery"], refused=state["refused"])
