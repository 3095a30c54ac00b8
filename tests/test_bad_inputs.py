"""Every bad input is one clear Chinese message with a documented exit code, and no secret is ever printed.

The inputs are the audit's: a password written where its variable's name or its file's path belongs, an
output path that is a file, dates at the calendar's ends, a wording field with a huge format, unreadable
templates, and stray files anywhere under the output folder that ``archive verify`` must name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, have, make_project
from typer.testing import CliRunner
from weekly import SAMPLE_DATE, cli

from bulletin.cli import app

pytestmark = pytest.mark.slow

SECRET = "Zh0ubao-S3cret-口令"


def html_project(folder: Path, **config: object) -> Path:
    return make_project(folder, corpus=SEEDS, config={"output": {"editions": ["html"]}, **config})


def everything_printed(project: Path, *args: str) -> tuple[int, str]:
    """Run a command plainly and with --json; return its code and all it printed, plus the run log."""
    result = CliRunner().invoke(app, [*args, "--project", str(project)])
    json_run = CliRunner().invoke(app, [*args, "--project", str(project), "--json"])
    log = project / "dist" / "bulletin.log"
    text = result.stdout + result.stderr + json_run.stdout + json_run.stderr
    return result.exit_code, text + (log.read_text(encoding="utf-8") if log.exists() else "")


@pytest.mark.parametrize("key", ["password_env", "password_file"])
def test_a_password_written_in_the_wrong_key_is_never_printed(tmp_path: Path, key: str) -> None:
    project = html_project(tmp_path / "p", mail={"host": "127.0.0.1", "port": 2, "sender": "a@example.cn",
                                                 "recipients": ["b@example.cn"], "username": "zhoubao",
                                                 "security": "none", key: SECRET})
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
    for command in (["send", "--date", SAMPLE_DATE], ["build", "--date", SAMPLE_DATE, "--send"]):
        code, printed = everything_printed(project, *command)
        assert code == 1
        assert f"mail.{key}" in printed and "而不是密码本身" in printed
        assert SECRET not in printed and "S3cret" not in printed


def test_a_password_in_a_key_of_the_wrong_type_is_never_printed(tmp_path: Path) -> None:
    project = html_project(tmp_path / "p", mail={"password_env": 987654321})  # a number where a name belongs
    code, out, err = cli("check", "--project", str(project))
    assert code == 1 and "mail.password_env" in err and "987654321" not in out + err


def test_an_output_path_that_is_a_file_is_named(tmp_path: Path) -> None:
    project = html_project(tmp_path / "p", paths={"corpus": "articles", "output": "out.txt",
                                                  "templates": "templates"})
    (project / "out.txt").write_text("不是目录", encoding="utf-8")
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1 and "out.txt" in err and "不是目录" in err and "File exists" not in err


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_dates_at_the_calendars_ends_are_a_usage_error(tmp_path: Path, date: str) -> None:
    project = html_project(tmp_path / "p")
    for command in ("build", "preview", "send"):
        result = subprocess.run([sys.executable, "-m", "bulletin", command, "--date", date, "--project", str(project)],
                                capture_output=True, text=True, timeout=60, check=False,
                                env={"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO)})
        assert result.returncode == 2, result.stderr
        assert "1900-01-01 至 9998-12-31" in result.stderr and "Traceback" not in result.stderr
        assert f"bulletin {command} --help" in result.stderr and "Usage" not in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["build", "--bogus"], "没有这个选项：--bogus"), (["nosuch"], "没有这个命令：'nosuch'"),
    (["build", "--date"], "选项 --date 后面需要写一个值"), (["ingest"], "缺少参数"),
    (["build", "--number", "零"], "的值不对：应为整数"), (["build", "--number", "0"], "应不小于 1")])
def test_usage_errors_are_chinese_with_exit_code_2(args: list[str], message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "bulletin", *args], capture_output=True, text=True, timeout=60,
                            check=False, env={"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO)})
    assert result.returncode == 2
    assert result.stderr.startswith("错误：") and message in result.stderr, result.stderr
    assert "Usage" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize("lead", ["{count:>99999999999}", "{count!r}", "{start:%Y}"])
def test_a_wording_field_with_a_format_is_refused_at_its_line(tmp_path: Path, lead: str) -> None:
    project = html_project(tmp_path / "p", wording={"lead": lead})
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 1 and "bulletin.yaml:" in err and "wording.lead" in err and "格式说明" in err


def test_unreadable_templates_are_one_message(tmp_path: Path) -> None:
    """As root every file is readable, so strace makes opening the template fail with EACCES."""
    if not have("strace"):
        pytest.skip("strace is not installed")
    project = html_project(tmp_path / "p")
    template = project / "templates" / "issue.web.html"
    template.parent.mkdir(exist_ok=True)
    template.write_text((REPO / "bulletin" / "templates" / "issue.web.html").read_text(encoding="utf-8"),
                        encoding="utf-8")
    for command in (["build", "--date", SAMPLE_DATE], ["check"]):
        result = subprocess.run(["strace", "-qq", "-o", "/dev/null", "-P", str(template), "-e", "trace=openat",
                                 "-e", "inject=openat:error=EACCES", sys.executable, "-m", "bulletin", *command,
                                 "--project", str(project)], capture_output=True, text=True, timeout=120,
                                check=False, env={"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO)})
        assert result.returncode == 1, result.stderr
        assert "无法读取模板" in result.stderr and "issue.web.html" in result.stderr
        assert "Traceback" not in result.stderr


def test_verify_names_every_file_no_manifest_lists(tmp_path: Path) -> None:
    project = html_project(tmp_path / "p")
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
    dist = project / "dist"
    code, out, err = cli("archive", "verify", "--project", str(project))
    assert code == 0, err  # the lock, the log and fontconfig's cache are the project's own
    strays = [dist / "2025" / ".hidden.pdf", dist / "2025" / "sub" / "deep" / "old.pdf", dist / "notes.txt",
              dist / ".secret", dist / "2024" / "x.docx"]
    for stray in strays:
        stray.parent.mkdir(parents=True, exist_ok=True)
        stray.write_bytes(b"x")
    (dist / "2025" / "link.pdf").symlink_to(tmp_path)
    code, out, err = cli("archive", "verify", "--project", str(project))
    assert code == 1
    for stray in [*strays, dist / "2025" / "link.pdf"]:
        assert f"{stray}: 不在任何归档清单中" in err, stray
    assert "bulletin.log" not in err and ".bulletin.lock" not in err
    summary = json.loads((dist / "2025" / f"{SAMPLE_DATE}.manifest.json").read_text(encoding="utf-8"))
    assert summary["editions"]
