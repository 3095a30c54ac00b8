"""Runs as cron runs them: bare environment, no TTY, quiet unless a person is needed, one at a time, killable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import article_text, pdftotext
from weekly import SAMPLE_DATE, archive_files, cli, cron_env, run_module, start_module, weekly_project

from bulletin.runlog import read_log

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return weekly_project(tmp_path / "project")


def test_build_in_crons_environment(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_module(["build", "--project", str(project), "--date", SAMPLE_DATE], cwd=elsewhere)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""  # nothing from fontconfig about a missing HOME or cache
    out = result.stdout.decode("utf-8")
    assert "已生成 2025年7月11日 的周报，共 3 条" in out
    pdf = project / "dist" / "2025" / "周报-2025-07-11.pdf"
    assert str(pdf) in out
    assert "山东聊城智慧医疗让患者告别“折返跑”" in pdftotext(pdf)
    assert list(elsewhere.iterdir()) == []  # nothing written in the working folder


def test_quiet_success_prints_nothing(project: Path, tmp_path: Path) -> None:
    result = run_module(["build", "--project", str(project), "--date", SAMPLE_DATE, "--quiet"], cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == b"" and result.stderr == b""


def test_chinese_output_survives_an_ascii_locale(project: Path, tmp_path: Path) -> None:
    """LC_ALL=C with locale coercion and UTF-8 mode off: Python's streams would be ASCII."""
    env = cron_env(LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0")
    result = run_module(["build", "--project", str(project), "--date", "2020-01-03"], cwd=tmp_path, env=env)
    assert result.returncode == 3
    assert "没有文章，不生成空的周报" in result.stderr.decode("utf-8")


def test_nothing_to_publish_writes_no_issue(project: Path) -> None:
    code, out, err = cli("build", "--project", str(project), "--date", "2020-01-03", "--json")
    assert code == 3
    summary = json.loads(out)
    assert summary["result"] == "nothing" and summary["exit_code"] == 3
    assert "2019-12-28 至 2020-01-03 没有文章" in summary["errors"][0]
    assert archive_files(project) == {}


def test_every_run_is_logged(project: Path) -> None:
    (project / "articles" / "review.md").write_text(
        article_text(title="待核对的文章", date="2025-07-10", extra="review: [日期]\n"), encoding="utf-8")
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 4
    (project / "articles" / "review.md").write_text(  # changed after publication: the rebuild is refused
        article_text(title="改过的文章", date="2025-07-10", extra="review: [日期]\n"), encoding="utf-8")
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 1
    assert cli("build", "--project", str(project), "--date", "2020-01-03")[0] == 3
    entries = read_log(project / "dist" / "bulletin.log")
    assert [entry["event"] for entry in entries] == ["start", "end"] * 3
    ends = [entry for entry in entries if entry["event"] == "end"]
    assert [(entry["result"], entry["exit_code"]) for entry in ends] == [("warnings", 4), ("error", 1),
                                                                          ("nothing", 3)]
    first = ends[0]
    assert first["issue"] == SAMPLE_DATE and first["articles"] == 4
    assert any("待核对" in warning for warning in first["warnings"])
    assert first["time"] and "已于" in ends[1]["message"]


def test_a_second_run_waits_then_gives_up_with_a_message(project: Path, tmp_path: Path) -> None:
    import fcntl

    lock = project / "dist" / ".bulletin.lock"
    lock.parent.mkdir(parents=True)
    with lock.open("w") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        holder.write("进程 4242，build，开始于 2025-07-11T08:00:00+08:00")
        holder.flush()
        result = run_module(["build", "--project", str(project), "--date", SAMPLE_DATE, "--wait", "1"],
                            cwd=tmp_path)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "另一个 bulletin 正在运行（进程 4242" in err and "等待 1 秒" in err and "--wait" in err
    assert archive_files(project) == {}


def test_two_runs_at_once_one_builds_the_other_finds_it_done(project: Path) -> None:
    runs = [start_module(["build", "--project", str(project), "--date", SAMPLE_DATE, "--wait", "120"],
                         cwd=project) for _ in range(2)]
    results = [(run.wait(timeout=300), run.stdout.read().decode()) for run in runs]
    assert [code for code, _ in results] == [0, 0]
    # The lock serialises them: exactly one wrote the issue, the other found it built from the same input.
    assert sum("内容未变" in out for _, out in results) == 1
    code, out, _ = cli("archive", "verify", "--project", str(project))
    assert code == 0, out


def big_week(project: Path, count: int = 150) -> None:
    """A week of many long articles, so the render takes long enough to be interrupted."""
    import random

    words = "国家卫生健康委员会推进医疗大数据应用完善共享与安全保护制度基层服务能力提升医院管理改革创新"
    for number in range(count):
        # Each body different: the curator collapses near-identical articles into one item.
        chance = random.Random(number)
        body = "\n\n".join("".join(chance.choices(words, k=300)) + "。" for _ in range(8))
        (project / "articles" / f"big-{number:03}.md").write_text(
            article_text(title=f"第{number}篇长文章", date="2025-07-17", body=body,
                         url=f"https://example.cn/{number}.html"), encoding="utf-8")


def test_a_build_killed_mid_render_leaves_the_archive_whole(project: Path) -> None:
    assert cli("build", "--project", str(project), "--date", SAMPLE_DATE)[0] == 0
    before = archive_files(project)
    big_week(project)
    run = start_module(["build", "--project", str(project), "--date", "2025-07-18"], cwd=project)
    log = project / "dist" / "bulletin.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        if sum(1 for entry in read_log(log) if entry["event"] == "start") == 2:
            break
        time.sleep(0.05)
    time.sleep(1.5)  # into the render of 150 articles
    assert run.poll() is None, "the build ended before it could be killed; make the week bigger"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    after = archive_files(project)
    assert after == before  # the previous issue untouched, no edition or manifest of the killed one
    assert read_log(log)[-1]["event"] == "start"  # the log shows a run that never ended
    # the lock died with the process: the next run builds the week
    code, _, _ = cli("build", "--project", str(project), "--date", "2025-07-18", "--quiet")
    assert code == 0
    assert cli("archive", "verify", "--project", str(project))[0] == 0


def test_schedule_prints_cron_and_systemd_with_absolute_paths(project: Path, tmp_path: Path) -> None:
    code, out, _ = cli("schedule", "--project", str(project), "--time", "07:30")
    assert code == 0
    cron_line = next(line for line in out.splitlines() if line and not line.startswith("#"))
    assert cron_line.startswith("30 7 * * 5 ")
    assert f"--project {project}" in cron_line and "--quiet" in cron_line
    assert "--send" not in cron_line  # no mail section: sending would fail every week
    assert sys.executable in out or str(Path(sys.executable).resolve()) in out
    assert "OnCalendar=Fri *-*-* 07:30:00" in out and "Persistent=true" in out
    assert f"WorkingDirectory={project}" in out
    assert "未安装任何东西" in out
    assert not (tmp_path / "units").exists()


def test_the_scheduled_command_runs_in_crons_environment(project: Path, tmp_path: Path) -> None:
    """The crontab line's command, run as cron runs it (no shell profile), builds the issue of that week."""
    import shlex

    for article in (project / "articles").iterdir():
        article.unlink()
    (project / "articles" / "old.md").write_text(article_text(date="2020-01-01"), encoding="utf-8")
    code, out, _ = cli("schedule", "--project", str(project), "--no-send")
    cron_line = next(line for line in out.splitlines() if line and not line.startswith("#"))
    command = shlex.split(cron_line.split(" ", 5)[5])
    assert command[0] == "LANG=C.UTF-8"
    env = {"PATH": "/usr/bin:/bin", "LANG": "C"}  # no PYTHONPATH: the command must carry what it needs
    result = subprocess.run(["/usr/bin/env", *command], env=env, cwd=tmp_path, stdin=subprocess.DEVNULL,
                            capture_output=True, timeout=300, check=False)
    # the current week has no article: nothing to publish is the right answer, said in Chinese
    assert result.returncode == 3, result.stderr.decode()
    assert "不生成空的周报" in result.stderr.decode("utf-8")


def test_schedule_install_writes_units_only_where_asked(project: Path, tmp_path: Path) -> None:
    units = tmp_path / "units"
    code, out, _ = cli("schedule", "--project", str(project), "--install", "--unit-dir", str(units))
    assert code == 0
    names = sorted(path.name for path in units.iterdir())
    assert len(names) == 2 and names[0].endswith(".service") and names[1].endswith(".timer")
    service = (units / names[0]).read_text(encoding="utf-8")
    assert "Type=oneshot" in service and f"--project {project}" in service
    assert f"enable --now {names[1]}" in out


def test_every_command_has_help() -> None:
    for command in (["build"], ["send"], ["archive"], ["archive", "verify"], ["schedule"]):
        code, out, _ = cli(*command, "--help")
        assert code == 0 and "用法：" in out
    code, out, _ = cli("--help")
    for line in ("0  成功", "1  出错", "3  本期时间范围内没有文章", "4  已生成，但有警告", "5  已生成，但邮件发送失败"):
        assert line in out
