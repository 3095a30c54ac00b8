"""The ingest command as editors run it: a subprocess, the project's own corpus folder, then a build plan."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from bulletin.build import BuildOptions, plan_issue
from bulletin.config import load_project
from tests.conftest import RAW_SEEDS, REPO, make_project


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "bulletin", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_help_describes_every_option(tmp_path: Path) -> None:
    result = run("ingest", "--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--into", "--title", "--date", "--source", "--url", "--dry-run", "--overwrite",
                   "--reference-date"):
        assert option in result.stdout


def test_ingest_into_the_project_corpus_and_build_warns_about_review(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    paste = next(RAW_SEEDS.glob("000_*.txt"))
    result = run("ingest", str(paste), "--reference-date", "2025-11-03", cwd=project)
    assert result.returncode == 4, result.stderr
    [written] = list((project / "articles").glob("*.md"))
    assert written.name.startswith("2025-10-31-")
    assert "review: [title, url]" in written.read_text(encoding="utf-8")
    plan = plan_issue(load_project(project), BuildOptions(issue_date=dt.date(2025, 10, 31)))
    assert any("待核对：title、url" in warning for warning in plan.warnings)
