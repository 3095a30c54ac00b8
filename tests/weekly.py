"""Helpers shared by the tests of unattended runs, the archive and delivery."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SEEDS, make_project
from typer.testing import CliRunner

from bulletin.cli import app

# The DOCX edition lives on another branch until it is merged; every edition that exists is tested.
EDITIONS = ["pdf", "docx"]
SAMPLE_DATE = "2025-07-11"


def weekly_project(folder: Path, **config: object) -> Path:
    """The sample project (seeds), building every available edition, with ``config`` laid over it."""
    settings = {"output": {"editions": EDITIONS}, **config}
    return make_project(folder, corpus=SEEDS, config=settings)


def cli(*args: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def cron_env(**extra: str) -> dict[str, str]:
    """Cron's bare environment: no HOME, PATH=/usr/bin:/bin, LANG=C; the package found through PYTHONPATH."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO), **extra}


def run_module(args: list[str], *, cwd: Path, env: dict[str, str] | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m bulletin`` as cron would: no TTY, another working folder, bytes out."""
    return subprocess.run([sys.executable, "-m", "bulletin", *args], cwd=cwd, env=env or cron_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=False)


def manifest(project: Path, date: str = SAMPLE_DATE) -> dict:
    return json.loads((project / "dist" / date[:4] / f"{date}.manifest.json").read_text(encoding="utf-8"))


def archive_files(project: Path) -> dict[str, bytes]:
    """Every file under dist/ (relative name → bytes), the run log and lock excepted."""
    root = project / "dist"
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*"))
            if path.is_file() and path.name not in ("bulletin.log", ".bulletin.lock")
            and ".cache" not in path.relative_to(root).parts}


def start_module(args: list[str], *, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "bulletin", *args], cwd=cwd, env=cron_env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)

