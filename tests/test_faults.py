"""Fault injection against the real CLI: a publish killed or failing at every system call it makes.

strace's syscall injection (``-e inject=rename:signal=KILL:when=N``) kills the run at the N-th rename
(fsync, write, openat, unlink, fchmod, mkdir), or makes the N-th write fail with ENOSPC, for every N in the
publish of an issue rebuilt with ``--force``. After each, one recovery (``bulletin archive verify``, which
recovers under the lock first) must leave the archive whole: verify passes, every earlier edition's bytes
are still there and listed, and the issue is either all old or all new. The HTML and DOCX editions are
used (no WeasyPrint), so one run takes well under a second.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, have, make_project
from weekly import SAMPLE_DATE, archive_files

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have("strace"), reason="strace is not installed")]

SYSCALLS = ("rename", "fsync", "write", "openat", "unlink", "fchmod", "mkdir")
ARTICLE = "2025-07-09-xinhuanet-liaocheng-smart-healthcare.md"


def env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONHASHSEED": "0"}


def bulletin(project: Path, *args: str, strace: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*(strace or []), sys.executable, "-m", "bulletin", *args, "--project", str(project)]
    return subprocess.run(command, env=env(), capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)


def force_build(project: Path, strace: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return bulletin(project, "build", "--date", SAMPLE_DATE, "--force", strace=strace)


def editions(project: Path) -> dict[str, str]:
    """The manifest's editions: file → sha256."""
    manifest = json.loads((project / "dist" / "2025" / f"{SAMPLE_DATE}.manifest.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry["sha256"] for entry in manifest["editions"]}


def listed(project: Path) -> dict[str, str]:
    manifest = json.loads((project / "dist" / "2025" / f"{SAMPLE_DATE}.manifest.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry["sha256"] for entry in (*manifest["editions"], *manifest["replaced"])}


class Setting:
    """A published issue about to be rebuilt with --force (an article changed), and what the rebuild does."""

    def __init__(self, folder: Path) -> None:
        self.base = make_project(folder / "base", corpus=SEEDS, config={"output": {"editions": ["html", "docx"]}})
        assert bulletin(self.base, "build", "--date", SAMPLE_DATE).returncode == 0
        article = self.base / "articles" / ARTICLE
        article.write_text(article.read_text(encoding="utf-8").replace("折返跑", "来回跑"), encoding="utf-8")
        self.before = archive_files(self.base)
        self.old = editions(self.base)
        self.folder = folder
        self.runs = 0
        probe = self.copy()
        trace = folder / "trace.txt"
        result = force_build(probe, ["strace", "-qq", "-y", "-o", str(trace), "-e", f"trace={','.join(SYSCALLS)}"])
        assert result.returncode == 0, result.stderr
        self.new = editions(probe)
        assert set(self.new.values()).isdisjoint(self.old.values())
        self.points = publish_points(trace.read_text(encoding="utf-8", errors="replace"))

    def copy(self) -> Path:
        self.runs += 1
        target = self.folder / f"run{self.runs}"
        shutil.copytree(self.base, target, symlinks=True)
        return target


def publish_points(trace: str) -> dict[str, list[int]]:
    """For each system call, the ordinals (1-based, as strace's ``when=`` counts) that touch the archive."""
    counts = dict.fromkeys(SYSCALLS, 0)
    points: dict[str, list[int]] = {name: [] for name in SYSCALLS}
    for line in trace.splitlines():
        match = re.match(r"(\w+)\(", line)
        if not match or match.group(1) not in counts:
            continue
        name = match.group(1)
        counts[name] += 1
        if name == "openat" and "O_CREAT" not in line:
            continue  # files created (staged) count; the many reads of the archive would only slow the suite
        if "/dist" in line and not any(own in line for own in ("bulletin.log", ".bulletin.lock", "/.cache")):
            points[name].append(counts[name])
    return points


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    return Setting(tmp_path_factory.mktemp("faults"))


def check_whole(setting: Setting, project: Path, what: str) -> str:
    """One recovery, then the promises: verify passes, earlier bytes kept and listed, all old or all new."""
    verify = bulletin(project, "archive", "verify")
    assert verify.returncode == 0, f"{what}: {verify.stderr}"
    assert "Traceback" not in verify.stderr
    kept = listed(project)
    for file, digest in setting.old.items():
        assert digest in kept.values(), f"{what}: the earlier {file} is no longer listed"
    for file, digest in kept.items():
        assert hashlib.sha256((project / "dist" / file).read_bytes()).hexdigest() == digest
    now = editions(project)
    assert now in (setting.old, setting.new), f"{what}: the issue is half old, half new: {now}"
    if now == setting.old:
        assert archive_files(project) == setting.before, f"{what}: rolled back, but the archive changed"
        return "old"
    return "new"


def test_the_publish_makes_the_calls_the_injections_aim_at(setting: Setting) -> None:
    # Five renames at least (journal, two backups, two editions, manifest), and the staged writes.
    assert len(setting.points["rename"]) >= 6
    assert len(setting.points["write"]) >= 4 and len(setting.points["fsync"]) >= 4


@pytest.mark.parametrize("syscall", SYSCALLS)
def test_a_publish_killed_at_any_call_is_recovered_whole(setting: Setting, syscall: str) -> None:
    outcomes = []
    for when in setting.points[syscall]:
        project = setting.copy()
        result = force_build(project, ["strace", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
                                       "-e", f"inject={syscall}:signal=KILL:when={when}"])
        assert result.returncode in (-9, 137), f"{syscall} #{when} was not killed: {result.stderr}"
        outcomes.append(check_whole(setting, project, f"SIGKILL at {syscall} #{when}"))
        shutil.rmtree(project)
    assert outcomes
    print(f"\nSIGKILL at {syscall}: {len(outcomes)} points, archive whole after each "
          f"({outcomes.count('old')} rolled back/untouched, {outcomes.count('new')} completed)")


@pytest.mark.parametrize(("syscall", "error", "reason"), [
    ("write", "ENOSPC", "磁盘空间已满"), ("write", "EIO", "磁盘读写出错"), ("fsync", "EIO", "磁盘读写出错"),
    ("rename", "EIO", "磁盘读写出错"),
    ("openat", "ENOSPC", "磁盘空间已满")])
def test_a_publish_failing_at_any_call_says_what_is_true(setting: Setting, syscall: str, error: str,
                                                          reason: str) -> None:
    failed = 0
    for when in setting.points[syscall]:
        project = setting.copy()
        result = force_build(project, ["strace", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
                                       "-e", f"inject={syscall}:error={error}:when={when}"])
        what = f"{error} at {syscall} #{when}"
        assert "Traceback" not in result.stderr, what
        if result.returncode == 0:  # a failure the publish may ignore (flushing a folder)
            assert editions(project) == setting.new, what
        else:
            failed += 1
            assert result.returncode == 1, f"{what}: {result.stderr}"
            assert reason in result.stderr, f"{what}: {result.stderr}"
            untouched = archive_files(project) == setting.before
            if "已发布的周报未受影响" in result.stderr:
                assert untouched, f"{what}: the message says untouched, but the archive changed"
            if not untouched:  # failed after the commit point: the message says the next run completes it
                assert "自动完成" in result.stderr, f"{what}: {result.stderr}"
        check_whole(setting, project, what)
        shutil.rmtree(project)
    assert failed
    print(f"\n{error} at {syscall}: {len(setting.points[syscall])} points, {failed} reported, archive whole after each")


def killed_after_the_commit(setting: Setting) -> Path:
    """A copy whose --force publish was killed at the rename after the journal's (a backup made, no more)."""
    project = setting.copy()
    when = setting.points["rename"][1]
    result = force_build(project, ["strace", "-qq", "-o", "/dev/null", "-e", "trace=rename",
                                   "-e", f"inject=rename:signal=KILL:when={when}"])
    assert result.returncode in (-9, 137)
    assert (project / "dist" / ".publish-journal.json").is_file()
    return project


def test_a_recovery_killed_in_turn_is_finished_by_the_next(setting: Setting) -> None:
    project = killed_after_the_commit(setting)
    verify = bulletin(project, "archive", "verify", strace=["strace", "-qq", "-o", "/dev/null", "-e",
                                                            "trace=rename", "-e", "inject=rename:signal=KILL:when=1"])
    assert verify.returncode in (-9, 137)
    assert check_whole(setting, project, "recovery killed") == "new"
    assert not (project / "dist" / ".publish-journal.json").exists()


def test_a_journal_whose_staged_files_are_gone_is_undone(setting: Setting) -> None:
    project = killed_after_the_commit(setting)
    for temporary in (project / "dist" / "2025").glob(".*.tmp"):
        temporary.unlink()
    verify = bulletin(project, "archive", "verify")
    assert verify.returncode == 0 and "已撤回该次发布" in verify.stdout
    assert check_whole(setting, project, "staged files gone") == "old"


def test_a_first_publish_killed_at_any_rename_is_all_or_nothing(setting: Setting) -> None:
    """No issue yet: after the kill and one recovery, the issue is either not there at all or whole."""
    def fresh() -> Path:
        project = setting.copy()
        shutil.rmtree(project / "dist")
        return project

    probe, trace = fresh(), setting.folder / "first.txt"
    result = bulletin(probe, "build", "--date", SAMPLE_DATE,
                      strace=["strace", "-qq", "-y", "-o", str(trace), "-e", "trace=rename"])
    assert result.returncode == 0, result.stderr
    expected = editions(probe)
    points = publish_points(trace.read_text(encoding="utf-8", errors="replace"))["rename"]
    assert len(points) >= 4  # journal, two editions, manifest
    outcomes = []
    for when in points:
        project = fresh()
        result = bulletin(project, "build", "--date", SAMPLE_DATE, strace=[
            "strace", "-qq", "-o", "/dev/null", "-e", "trace=rename", "-e", f"inject=rename:signal=KILL:when={when}"])
        assert result.returncode in (-9, 137)
        verify = bulletin(project, "archive", "verify")
        assert verify.returncode == 0, verify.stderr
        year = project / "dist" / "2025"
        if (year / f"{SAMPLE_DATE}.manifest.json").exists():
            assert editions(project) == expected
            outcomes.append("new")
        else:
            assert not year.exists() or not any(year.iterdir()), list(year.iterdir())
            outcomes.append("none")
    print(f"\nSIGKILL at rename of a first publish: {len(points)} points, all or nothing after each "
          f"({outcomes.count('none')} not published, {outcomes.count('new')} published whole)")


def test_listing_the_archive_finishes_an_interrupted_publish_first(setting: Setting) -> None:
    project = killed_after_the_commit(setting)
    listing = bulletin(project, "archive")
    assert listing.returncode == 0 and "已按发布日志完成发布" in listing.stdout
    assert check_whole(setting, project, "archive list") == "new"
