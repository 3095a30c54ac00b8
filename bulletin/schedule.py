"""``bulletin schedule``: the crontab line and the systemd service and timer that build the issue weekly.

The commands use absolute paths (the ``bulletin`` being run, the project folder), because cron and systemd
start with a bare environment: no working folder, ``PATH=/usr/bin:/bin``, no HOME. Nothing is installed
unless asked, and then only unit files into a folder (the user's systemd folder by default).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from bulletin.config import Project
from bulletin.files import write_atomically

CRON_WEEKDAYS = ("1", "2", "3", "4", "5", "6", "0")  # cron counts from Sunday = 0; Python from Monday = 0
SYSTEMD_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class ScheduleOptions:
    """When to run, and what the weekly command does besides building."""

    time: dt.time = dt.time(8, 0)
    send: bool = True
    wait_seconds: int = 600


def bulletin_command() -> list[str]:
    """The absolute command that runs this very bulletin: the console script, or ``python -m bulletin``
    with ``PYTHONPATH`` set through ``env`` (cron's bare environment would not find the package)."""
    # Absolute, but symlinks kept: a virtual environment's python is a link to the system one, and only
    # the link's own path makes it the venv's (its packages, typer among them).
    script = Path(sys.argv[0])
    if script.name == "bulletin" and script.is_file():
        return [os.path.abspath(script)]
    package_parent = Path(__file__).resolve().parent.parent
    return ["/usr/bin/env", f"PYTHONPATH={package_parent}", os.path.abspath(sys.executable), "-m", "bulletin"]


def mail_configured(project: Project) -> bool:
    """Whether the config says where to send (``mail.host``, ``mail.sender``, ``mail.recipients``).

    Without it, ``build --send`` fails on every run: the weekly command sends only when this holds.
    """
    mail = project.config.mail
    return bool(mail.host and mail.sender and mail.recipients)


def weekly_command(project: Project, options: ScheduleOptions) -> list[str]:
    command = [*bulletin_command(), "build", "--project", str(project.root), "--quiet",
               "--wait", str(options.wait_seconds)]
    return [*command, "--send"] if options.send else command


def daily_collect_command(project: Project, options: ScheduleOptions) -> list[str]:
    """``bulletin collect`` for the current week's issue, quiet unless a source fails."""
    return [*bulletin_command(), "collect", "--project", str(project.root), "--quiet",
            "--wait", str(options.wait_seconds)]


def collect_crontab_text(project: Project, when: dt.time, command: list[str]) -> str:
    line = " ".join(shlex.quote(part) for part in command).replace("%", r"\%")
    return (f"# bulletin：每天 {when:%H:%M} 收集订阅源和列表页中的新文章到收件箱（项目 {project.root}）。\n"
            "# 只有来源抓取失败时才有输出。用“crontab -e”加入下面一行：\n"
            f"{when.minute} {when.hour} * * * LANG=C.UTF-8 {line}\n")


def collect_systemd_units(project: Project, when: dt.time, command: list[str]) -> dict[str, str]:
    """The service and daily timer of the collect job, named beside the weekly build's units."""
    name = f"{unit_name(project)}-collect"
    exec_start = " ".join(_systemd_quote(part) for part in command)
    service = (f"[Unit]\nDescription=bulletin daily collect ({project.root})\n\n"
               f"[Service]\nType=oneshot\nWorkingDirectory={_systemd_quote(str(project.root))}\n"
               f"Environment=LANG=C.UTF-8\nExecStart={exec_start}\n")
    timer = (f"[Unit]\nDescription=bulletin daily collect ({project.root})\n\n"
             f"[Timer]\nOnCalendar=*-*-* {when:%H:%M}:00\nPersistent=true\n\n"
             "[Install]\nWantedBy=timers.target\n")
    return {f"{name}.service": service, f"{name}.timer": timer}


def unit_name(project: Project) -> str:
    """``bulletin-<folder>``, in the characters systemd accepts (a short hash for any other name)."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", project.root.name).strip("-.")
    if not slug or slug != project.root.name:
        slug = f"{slug or 'project'}-{hashlib.sha256(str(project.root).encode()).hexdigest()[:8]}"
    return f"bulletin-{slug}"


def crontab_text(project: Project, options: ScheduleOptions, command: list[str]) -> str:
    weekday = project.config.schedule.weekday
    line = " ".join(shlex.quote(part) for part in command).replace("%", r"\%")  # % ends a cron command
    weekday_name = "周" + "一二三四五六日"[weekday]
    return (f"# bulletin：每{weekday_name} {options.time:%H:%M} 生成"
            f"{'并发送' if options.send else ''}周报（项目 {project.root}）。\n"
            "# 只有出错或有警告时才有输出，cron 会把输出发邮件给 MAILTO。用“crontab -e”加入下面一行：\n"
            f"{options.time.minute} {options.time.hour} * * {CRON_WEEKDAYS[weekday]} LANG=C.UTF-8 {line}\n")


def _systemd_quote(part: str) -> str:
    part = part.replace("%", "%%")
    return f'"{part}"' if re.search(r"\s|\"|'|\\", part) else part


def systemd_units(project: Project, options: ScheduleOptions, command: list[str]) -> dict[str, str]:
    """The service (one run) and the timer (weekly, caught up after the machine was off) for the project."""
    name = unit_name(project)
    weekday = SYSTEMD_WEEKDAYS[project.config.schedule.weekday]
    exec_start = " ".join(_systemd_quote(part) for part in command)
    service = (f"[Unit]\nDescription=bulletin weekly issue ({project.root})\n\n"
               f"[Service]\nType=oneshot\nWorkingDirectory={_systemd_quote(str(project.root))}\n"
               "Environment=LANG=C.UTF-8\n"
               "# SMTP password: put BULLETIN_SMTP_PASSWORD=... in this file (mode 600), matching mail.password_env\n"
               f"EnvironmentFile=-{_systemd_quote(str(project.root / 'config' / 'mail.env'))}\n"
               f"ExecStart={exec_start}\n")
    timer = (f"[Unit]\nDescription=bulletin weekly issue ({project.root})\n\n"
             f"[Timer]\nOnCalendar={weekday} *-*-* {options.time:%H:%M}:00\nPersistent=true\n\n"
             "[Install]\nWantedBy=timers.target\n")
    return {f"{name}.service": service, f"{name}.timer": timer}


def user_unit_folder() -> Path:
    return Path.home() / ".config" / "systemd" / "user"


def install_units(units: dict[str, str], folder: Path) -> list[Path]:
    """Write the unit files into ``folder`` (atomically); enabling the timer is left to the person."""
    written = []
    for name, text in units.items():
        target = folder / name
        write_atomically(target, text.encode("utf-8"))
        written.append(target)
    return written
