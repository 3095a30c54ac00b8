"""The command line: parse, load, call the pipeline, and turn errors into messages and exit codes.

Exit codes (documented in the README and in ``bulletin --help``):
0 built; 1 error (nothing written); 3 nothing to publish (no article in the window);
4 built, with warnings (skipped or unchecked articles).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from bulletin import __version__
from bulletin.errors import BulletinError, ConfigError, NothingToPublish

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_NOTHING = 3
EXIT_WARNINGS = 4

HELP = """bulletin：把一周收集的新闻文章编成周报（PDF 与 DOCX）。

退出码：0 成功；1 出错（未写出任何文件）；3 本期时间范围内没有文章（不生成空周报）；
4 已生成，但有警告（有文章被跳过或待核对）。
"""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False,
                  pretty_exceptions_show_locals=False, rich_markup_mode=None)


def _say(message: str) -> None:
    typer.echo(message)


def _warn(message: str) -> None:
    typer.echo(f"警告：{message}", err=True)


def _fail(error: BulletinError, code: int = EXIT_ERROR) -> NoReturn:
    problems = getattr(error, "problems", None) or [error]
    for problem in problems:
        typer.echo(f"错误：{problem}", err=True)
    raise typer.Exit(code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from bulletin.corpus import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


ProjectOption = Annotated[Optional[Path], typer.Option(
    "--project", "-p", help="项目目录（含 config/bulletin.yaml）；默认为当前目录或其上级。",
    file_okay=False)]


@app.callback(invoke_without_command=True)
def _root(version: Annotated[bool, typer.Option("--version", help="显示版本号。")] = False) -> None:
    if version:
        _say(f"bulletin {__version__}")
        raise typer.Exit(EXIT_OK)


@app.command()
def build(
    date: Annotated[Optional[str], typer.Option(
        "--date", "-d", help="期号日期 YYYY-MM-DD；默认为本周的出刊日（配置 schedule.issue_day）。")] = None,
    project: ProjectOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="严格模式：有任何警告即失败，不生成周报。")] = False,
    edition: Annotated[Optional[list[str]], typer.Option(
        "--edition", "-e", help="只生成指定版本（pdf、docx、html），可重复；默认按配置 output.editions。")] = None,
) -> None:
    """生成一期周报（PDF 与 DOCX），写入输出目录（默认 dist/）。"""
    from bulletin.build import BuildOptions
    from bulletin.build import build as run_build
    from bulletin.config import load_project

    issue_date = _parse_date(date)
    try:
        loaded = load_project(project)
        from bulletin.editions import REGISTRY

        unknown = [name for name in edition or () if name not in REGISTRY]
        if unknown:
            raise BulletinError(f"未知的版本：{'、'.join(unknown)}。可选：{'、'.join(REGISTRY)}。")
        result = run_build(loaded, BuildOptions(issue_date=issue_date, strict=strict or loaded.config.strict,
                                                editions=tuple(edition or ())))
    except NothingToPublish as exc:
        _fail(exc, EXIT_NOTHING)
    except ConfigError as exc:
        _fail(exc)
    except BulletinError as exc:
        _fail(exc)
    issue = result.plan.issue
    for warning in result.warnings:
        _warn(warning)
    _say(f"已生成 {issue.date_text} 的周报，共 {len(issue.items)} 条：")
    for path in result.outputs:
        _say(str(path))
    for path in result.backups:
        _say(f"（原有文件已备份为 {path}）")
    raise typer.Exit(EXIT_WARNINGS if result.warnings else EXIT_OK)


@app.command()
def doctor() -> None:
    """检查本机能否生成周报：中文字体、字体子集化（HarfBuzz）、WeasyPrint。"""
    from bulletin.doctor import run_checks

    failures = 0
    for check in run_checks():
        mark = "✓" if check.ok else "✗"
        _say(f"{mark} {check.name}：{check.detail}")
        failures += 0 if check.ok else 1
    raise typer.Exit(EXIT_ERROR if failures else EXIT_OK)


def main() -> None:
    """Entry point of the ``bulletin`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("已中断。", err=True)
        sys.exit(130)
