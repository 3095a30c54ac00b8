"""`bulletin build` as an editor runs it: exit codes, messages, and what lands in dist/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import SEEDS, article_text, make_project
from typer.testing import CliRunner

from bulletin.cli import EXIT_ERROR, EXIT_NOTHING, EXIT_OK, EXIT_WARNINGS, app
from bulletin.config import issue_day_of_week

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_build_writes_the_issue_and_prints_its_paths(sample_project: Path) -> None:
    result = run("build", "--project", str(sample_project), "--date", "2025-07-11", "-e", "pdf")
    assert result.exit_code == EXIT_OK, result.output
    pdf = sample_project / "dist" / "2025" / "周报-2025-07-11.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in result.output
    assert "共 3 条" in result.output


def test_a_bad_article_is_skipped_with_a_warning_and_the_issue_is_built(tmp_path: Path) -> None:
    project = make_project(tmp_path, articles={
        "2025-07-08-good.md": article_text(title="好文章", date="2025-07-08"),
        "2025-07-09-bad.md": article_text(title="坏文章", date="2025-07-32"),
    })
    result = run("build", "--project", str(project), "--date", "2025-07-11", "-e", "pdf")
    assert result.exit_code == EXIT_WARNINGS, result.output
    assert "2025-07-09-bad.md:5:7" in result.output and "不是一个存在的日期" in result.output
    assert (project / "dist" / "2025" / "周报-2025-07-11.pdf").is_file()
    assert "共 1 条" in result.output


def test_strict_mode_turns_warnings_into_failure_and_writes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, articles={
        "good.md": article_text(date="2025-07-08"),
        "bad.md": "没有 front matter",
    })
    result = run("build", "--project", str(project), "--date", "2025-07-11", "--strict")
    assert result.exit_code == EXIT_ERROR
    assert "严格模式" in result.output and "bad.md" in result.output
    assert not list((project / "dist").rglob("*.pdf"))


def test_review_flags_of_selected_articles_are_warnings(tmp_path: Path) -> None:
    project = make_project(tmp_path, articles={"a.md": article_text(date="2025-07-08", extra="review: [url]\n")})
    result = run("build", "--project", str(project), "--date", "2025-07-11", "-e", "pdf")
    assert result.exit_code == EXIT_WARNINGS
    assert "待核对：url" in result.output


def test_no_article_in_the_window_writes_no_empty_issue(sample_project: Path) -> None:
    result = run("build", "--project", str(sample_project), "--date", "2023-01-06")
    assert result.exit_code == EXIT_NOTHING
    assert "2022-12-31 至 2023-01-06 没有文章" in result.output
    assert not list((sample_project / "dist").rglob("*.pdf"))


def test_a_config_error_names_the_file_and_line(sample_project: Path) -> None:
    config = sample_project / "config" / "bulletin.yaml"
    config.write_text("topic: 卫生健康\nwindow:\n  days: 七\n", encoding="utf-8")
    result = run("build", "--project", str(sample_project), "--date", "2025-07-11")
    assert result.exit_code == EXIT_ERROR
    assert f"{config}:3:9: window.days: 应为整数，得到“七”" in result.output


def test_a_project_without_config_is_explained(tmp_path: Path) -> None:
    result = run("build", "--project", str(tmp_path))
    assert result.exit_code == EXIT_ERROR
    assert "不是 bulletin 项目" in result.output and "bulletin init" in result.output


def test_a_bad_date_option_is_a_usage_error(sample_project: Path) -> None:
    result = run("build", "--project", str(sample_project), "--date", "2025-02-30")
    assert result.exit_code == 2
    assert "不是一个存在的日期" in result.output


def test_a_published_issue_is_rebuilt_only_with_force_and_the_old_one_kept(sample_project: Path) -> None:
    args = ("build", "--project", str(sample_project), "--date", "2025-07-11", "-e", "pdf")
    assert run(*args).exit_code == EXIT_OK
    pdf = sample_project / "dist" / "2025" / "周报-2025-07-11.pdf"
    published = pdf.read_bytes()
    same = run(*args)
    assert same.exit_code == EXIT_OK and "内容未变" in same.output
    article = next((sample_project / "articles").glob("2025-07-09-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("告别", "告别了", 1), encoding="utf-8")
    again = run(*args)
    assert again.exit_code == EXIT_ERROR and "--force" in again.output
    assert pdf.read_bytes() == published
    forced = run(*args, "--force")
    assert forced.exit_code == EXIT_OK
    assert pdf.with_name("周报-2025-07-11~1.pdf").read_bytes() == published


@pytest.mark.parametrize(("today", "expected"), [
    (dt.date(2026, 11, 23), dt.date(2026, 11, 27)),  # Monday → the Friday of that week
    (dt.date(2025, 7, 11), dt.date(2025, 7, 11)),    # Friday itself
    (dt.date(2025, 7, 13), dt.date(2025, 7, 11)),    # Sunday → the Friday just past
])
def test_the_default_issue_is_the_issue_day_of_the_current_week(today: dt.date, expected: dt.date) -> None:
    assert issue_day_of_week(today, 4) == expected


def test_every_command_has_help_text() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and command.help.strip(), f"command {name} has no help"
        result = run(name, "--help")
        assert result.exit_code == 0 and "用法：" in result.output


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "bulletin", "--version"], capture_output=True, text=True,
                            cwd=SEEDS.parent, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("bulletin ")


def test_doctor_reports_fonts_and_the_fast_subsetter() -> None:
    result = run("doctor")
    assert "正文字体" in result.output and "libharfbuzz-subset" in result.output
    # The test command installs fonts-noto-cjk and libharfbuzz-subset0, so on a set-up machine all is well.
    assert result.exit_code == EXIT_OK, result.output
    assert "✗" not in result.output
