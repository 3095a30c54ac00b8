"""Shared fixtures: the repository as a project, and throwaway projects built in a temporary folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
RAW_SEEDS = SEEDS / "raw"


def make_project(folder: Path, *, corpus: Path | None = None, config: dict | None = None,
                 articles: dict[str, str] | None = None) -> Path:
    """A bulletin project in ``folder``: a config (the repository's, with ``config`` laid over it),
    a corpus (``corpus`` copied, or ``articles`` written as files), output in ``folder/dist``."""
    folder.mkdir(parents=True, exist_ok=True)
    data = yaml.safe_load((REPO / "config" / "bulletin.yaml").read_text(encoding="utf-8"))
    data["paths"] = {"corpus": "articles", "output": "dist", "templates": "templates"}
    for key, value in (config or {}).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    (folder / "config").mkdir(exist_ok=True)
    (folder / "config" / "bulletin.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    target = folder / "articles"
    if corpus is not None:
        shutil.copytree(corpus, target, ignore=shutil.ignore_patterns("raw"))
    else:
        target.mkdir(exist_ok=True)
    for name, text in (articles or {}).items():
        (target / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """A copy of the repository's sample project (config and seeds), writing into its own dist/."""
    return make_project(tmp_path / "project", corpus=SEEDS)


def article_text(title: str = "测试文章", source: str = "新华网", date: str = "2025-07-09",
                 url: str = "https://example.cn/a.html", body: str = "第一段。\n\n第二段。", extra: str = "") -> str:
    """The text of a well-formed article file, for tests that need one."""
    return f"---\ntitle: {title}\nsource: {source}\nurl: {url}\ndate: {date}\n{extra}---\n\n{body}\n"


def have(command: str) -> bool:
    return shutil.which(command) is not None


def pdftotext(pdf: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout
