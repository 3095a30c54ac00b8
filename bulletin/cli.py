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


DateOption = Annotated[Optional[str], typer.Option(
    "--date", "-d", help="期号日期 YYYY-MM-DD；默认为本周的出刊日（配置 schedule.issue_day）。")]


@app.command()
def check(project: ProjectOption = None) -> None:
    """检查配置、每个模板和每篇文章，并打印汇总。有错误退出码为 1，只有警告为 4。"""
    from bulletin.check import check_project

    report = check_project(project, dt.date.today())
    for error in report.errors:
        typer.echo(f"错误：{error}", err=True)
    for warning in report.warnings:
        _warn(warning)
    for line in report.summary:
        _say(line)
    if report.errors:
        _say(f"发现 {len(report.errors)} 处错误，{len(report.warnings)} 条警告。")
        raise typer.Exit(EXIT_ERROR)
    _say(f"有 {len(report.warnings)} 条警告。" if report.warnings else "全部正确。")
    raise typer.Exit(EXIT_WARNINGS if report.warnings else EXIT_OK)


def _preview(date: str | None, project: Path | None) -> None:
    from bulletin.build import BuildOptions, resolve_issue_date
    from bulletin.config import load_project
    from bulletin.corpus import load_corpus
    from bulletin.curate import curate
    from bulletin.preview import preview_lines

    issue_date = _parse_date(date)
    try:
        loaded = load_project(project)
        corpus = load_corpus(loaded.corpus_dir)
    except BulletinError as exc:
        _fail(exc)
    selection = curate(corpus.articles, loaded.config, resolve_issue_date(loaded, BuildOptions(issue_date)))
    for line in preview_lines(selection, corpus.problems):
        _say(line)


@app.command()
def preview(date: DateOption = None, project: ProjectOption = None) -> None:
    """预览本期周报收录哪些文章、顺序如何，以及每篇未收录文章的原因（不生成文件）。"""
    _preview(date, project)


@app.command("list")
def list_(date: DateOption = None, project: ProjectOption = None) -> None:
    """同 preview：列出本期收录与未收录的文章。"""
    _preview(date, project)


@app.command()
def init(folder: Annotated[Path, typer.Argument(help="新项目的目录（不存在则创建）。", file_okay=False)]) -> None:
    """新建一个周报项目：带注释的配置、模板、含一篇示例文章的文章目录和编辑说明。"""
    from bulletin.scaffold import init_project

    try:
        written = init_project(folder, dt.date.today())
    except BulletinError as exc:
        _fail(exc)
    _say(f"已在 {folder} 创建周报项目（{len(written)} 个文件）。接下来：")
    _say(f"  cd {folder}")
    _say("  bulletin check     # 检查配置、模板和文章")
    _say("  bulletin preview   # 查看本期收录哪些文章")
    _say("  bulletin build     # 生成周报")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(
        help="粘贴稿文件（.txt）、另存的网页（.html）或网址（http/https），可写多个。", show_default=False)],
    into: Annotated[Optional[Path], typer.Option(
        "--into", help="写入的文章目录；默认为项目的文章目录（配置 paths.corpus）。", file_okay=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="标题（粘贴稿没有标题行时使用）。")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="发布日期 YYYY-MM-DD（粘贴稿中没有日期时使用）。")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="来源（媒体名称），例如 健康报。")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="原文链接。")] = None,
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="参考日期 YYYY-MM-DD：补全“10月31日”这类没有年份的日期；默认为文件的修改日期。")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="只显示结果，不写入任何文件。")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="覆盖已存在的同名文章文件。")] = False,
    project: ProjectOption = None,
) -> None:
    """导入粘贴稿、网页或网址，整理成文章文件（去掉杂项、识别标题/来源/日期/链接）。"""
    from bulletin.config import load_project
    from bulletin.ingest import IngestOptions, format_report
    from bulletin.ingest import ingest as run_ingest
    from bulletin.ingest.rules import load_rules

    publish_date, reference = _parse_date(date), _parse_date(reference_date)
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise typer.BadParameter("链接应以 http:// 或 https:// 开头。", param_hint="--url")
    try:
        loaded = load_project(project)
        rules = load_rules(loaded.root)
    except BulletinError as exc:
        _fail(exc)
    settings = loaded.config.ingest
    options = IngestOptions(
        into=into or loaded.corpus_dir, title=title, source=source, url=url, date=publish_date,
        reference_date=reference, dry_run=dry_run, overwrite=overwrite, simplified=settings.simplified,
        max_bytes=int(settings.max_file_mb * 1_048_576), similarity=settings.similarity, timeout=settings.timeout)
    reports = run_ingest(inputs, options, rules)
    for report in reports:
        for line in format_report(report):
            _say(line)
        if dry_run:
            for outcome in report.outcomes:
                if outcome.status == "dry-run":
                    _say(f"----- {outcome.target}\n{outcome.detail}")
    failed = any(report.error for report in reports)
    flagged = any(o.draft.review or o.status in ("duplicate", "exists") for r in reports for o in r.outcomes)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_WARNINGS if flagged else EXIT_OK)


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
