"""The command line: parse, load, call the pipeline, and turn errors into messages and exit codes.

Exit codes (documented in the README and in ``bulletin --help``):
0 built (and sent, if asked); 1 error (nothing written); 2 usage error (click: unknown option, bad value);
3 nothing to publish (no article in the window);
4 built, with warnings (skipped or unchecked articles); 5 built, but the mail could not be sent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer

from bulletin import __version__
from bulletin.cli_text import install as speak_chinese
from bulletin.cli_text import translate_message
from bulletin.errors import AlreadyPublished, BulletinError, DeliveryError, NothingToPublish

if TYPE_CHECKING:
    from bulletin.build import BuildResult
    from bulletin.config import Project

speak_chinese()  # help headings, the help option, metavars and usage errors in Chinese

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_NOTHING = 3
EXIT_WARNINGS = 4
EXIT_SEND_FAILED = 5
EXIT_USAGE = 2  # click's own code for a wrong option or value

# The dates a run may be asked for: far enough from the calendar's ends that windows never overflow.
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(9998, 12, 31)

HELP = """bulletin：把一周收集的新闻文章编成周报（PDF 与 DOCX）。

\b
退出码：
  0  成功（要求发送时也已发送）
  1  出错（未写出任何文件，已发布的周报不受影响）
  2  命令用法有误（未知的选项、日期格式不对等），未做任何事
  3  本期时间范围内没有文章（不生成空周报）
  4  已生成，但有警告（有文章被跳过或待核对）
  5  已生成，但邮件发送失败（之后运行 bulletin send 即可补发，无需重新生成）
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
        day = parse_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise typer.BadParameter(f"日期应在 {FIRST_DATE.isoformat()} 至 {LAST_DATE.isoformat()} 之间，得到“{value}”")
    return day


ProjectOption = Annotated[Optional[Path], typer.Option(
    "--project", "-p", help="项目目录（含 config/bulletin.yaml）；默认为当前目录或其上级。",
    file_okay=False)]


QuietOption = Annotated[bool, typer.Option(
    "--quiet", "-q", help="安静模式：只在有警告或出错时输出（适合 cron：只有需要人处理时才发邮件）。")]
JsonOption = Annotated[bool, typer.Option(
    "--json", help="只输出一份 JSON 摘要（结果、退出码、期号、版本文件、条数、警告、错误），供程序读取。")]
WaitOption = Annotated[float, typer.Option(
    "--wait", help="另一个 bulletin 正在运行时最多等待的秒数，之后放弃并报错。", min=0)]
ResendOption = Annotated[bool, typer.Option("--resend", help="本期已发送过时仍再发送一次。")]
DEFAULT_WAIT = 60.0


def force_utf8_output() -> None:
    """Write UTF-8 whatever the locale says: cron runs with LANG=C, and Chinese must not become an error."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def prepare_unattended_environment(output_dir: Path) -> None:
    """Without HOME (cron, systemd), give fontconfig a cache folder in the project instead of none."""
    if not os.environ.get("HOME") and not os.environ.get("XDG_CACHE_HOME"):
        os.environ["XDG_CACHE_HOME"] = str(output_dir / ".cache")


def _load(project: Path | None) -> Project:
    from bulletin.config import load_project

    try:
        return load_project(project)
    except BulletinError as exc:
        _fail(exc)


def _issue_day(project: Project) -> dt.date:
    from bulletin.build import BuildOptions, resolve_issue_date

    return resolve_issue_date(project, BuildOptions())


class Report:
    """One run as people and cron see it: its messages, the exit code, the JSON summary and the log line.

    Messages are kept until the end, so ``--quiet`` can print all of them when something needs a person
    and nothing otherwise, and ``--json`` can print one document.
    """

    def __init__(self, *, command: str, quiet: bool, as_json: bool) -> None:
        self.command = command
        self.quiet = quiet
        self.as_json = as_json
        self.lines: list[str] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.code = EXIT_OK
        self.result = "ok"
        self.summary: dict[str, Any] = {}

    def info(self, message: str) -> None:
        self.lines.append(message)

    def built(self, result: BuildResult) -> None:
        issue = result.plan.issue
        self.warnings.extend(result.warnings)
        self.result, self.code = (("warnings", EXIT_WARNINGS) if result.warnings
                                  else ("unchanged", EXIT_OK) if result.unchanged else ("built", EXIT_OK))
        self.summary.update(issue={"date": issue.date.isoformat(), "number": issue.number, "title": issue.title},
                            items=len(issue.items), editions=[str(path) for path in result.outputs],
                            backups=[str(path) for path in result.backups], unchanged=result.unchanged,
                            manifest=str(result.manifest_path) if result.manifest_path else None)
        if result.unchanged:
            self.info(f"{issue.date_text} 的周报已生成并归档，内容未变，无需重新生成：")
        else:
            self.info(f"已生成 {issue.date_text} 的周报，共 {len(issue.items)} 条：")
        self.lines.extend(str(path) for path in result.outputs)
        self.lines.extend(f"（原有文件已备份为 {path}）" for path in result.backups)

    def send(self, project: Project, issue_date: dt.date, resend: bool) -> None:
        from bulletin.deliver import SendOptions, send_issue

        sent = send_issue(project, issue_date, SendOptions(resend=resend, progress=self.info))
        self.summary.setdefault("issue", {"date": sent.manifest.date.isoformat(), "number": sent.manifest.number,
                                          "title": sent.manifest.title})
        self.summary["sent"] = sent.delivery.model_dump(mode="json") if sent.delivery else None
        if sent.delivery is not None:
            self.info(f"已发送给 {'、'.join(sent.delivery.to)}。")
        if sent.refused:
            self.warnings.append(f"以下收件人被邮件服务器拒收：{'、'.join(sent.refused)}。请核对 mail.recipients。")
            self.result, self.code = "warnings", EXIT_WARNINGS
        if self.result in ("ok", "unchanged"):
            self.result = "sent" if sent.delivery else "already_sent"

    def fail(self, error: BulletinError, code: int, result: str) -> None:
        self.errors.extend(str(problem) for problem in getattr(error, "problems", None) or [error])
        self.code, self.result = code, result

    @contextmanager
    def session(self, project: Path | None, wait: float) -> Iterator[Project]:
        """Load the project, hold its lock, log the run; turn errors into messages and the exit code."""
        from bulletin.config import load_project
        from bulletin.runlog import LOG_FILE, RunLog, RunRecord, project_lock, recover_archive

        log = None
        try:
            loaded = load_project(project)
            prepare_unattended_environment(loaded.output_dir)
            log = RunLog(loaded.output_dir / LOG_FILE)
            log.start(self.command)
            with project_lock(loaded.output_dir, wait, self.command):
                recovered = recover_archive(loaded.output_dir)
                if recovered:
                    self.info(recovered)
                yield loaded
        except NothingToPublish as exc:
            self.fail(exc, EXIT_NOTHING, "nothing")
        except DeliveryError as exc:
            self.fail(exc, EXIT_SEND_FAILED, "send_failed")
        except BulletinError as exc:
            self.fail(exc, EXIT_ERROR, "error")
        except OSError as exc:  # the system refused something no stage expected; still one clear message
            from bulletin.errors import OutputError
            from bulletin.files import os_reason

            self.fail(OutputError(f"无法读写此路径：{os_reason(exc)}。请检查权限和磁盘后重新运行。",
                                  path=os.fsdecode(exc.filename) if isinstance(exc.filename, (str, bytes)) else None),
                      EXIT_ERROR, "error")
        except Exception as exc:
            if log is not None:
                log.finish(RunRecord(command=self.command, result="crash", exit_code=EXIT_ERROR, message=repr(exc)))
            raise
        issue = self.summary.get("issue", {})
        if log is not None:
            log.finish(RunRecord(command=self.command, result=self.result, exit_code=self.code,
                                 issue=issue.get("date", ""), number=issue.get("number"),
                                 articles=self.summary.get("items", 0), warnings=tuple(self.warnings),
                                 outputs=tuple(self.summary.get("editions", ())), message="\n".join(self.errors)))
        self.emit()
        raise typer.Exit(self.code)

    def emit(self) -> None:
        if self.as_json:
            document = {"result": self.result, "exit_code": self.code, **self.summary,
                        "warnings": self.warnings, "errors": self.errors}
            typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
            return
        if self.quiet and not (self.warnings or self.errors):
            return
        for line in self.lines:
            _say(line)
        for warning in self.warnings:
            _warn(warning)
        for error in self.errors:
            typer.echo(f"错误：{error}", err=True)


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
    number: Annotated[Optional[int], typer.Option(
        "--number", "-n", min=1, help="本期期号（第N期），不按配置和归档推算。")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="重新生成已归档的一期；原有文件保留为编号备份（如 周报-2025-07-11~1.pdf）。")] = False,
    send: Annotated[bool, typer.Option(
        "--send", help="生成后按配置 mail 发送；本期已生成但未发送时，直接发送而不重新生成。")] = False,
    resend: ResendOption = False,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    wait: WaitOption = DEFAULT_WAIT,
) -> None:
    """生成一期周报（PDF 与 DOCX），归档到输出目录（默认 dist/年份/），可选发送邮件。

    退出码：0 成功；1 出错；3 本期没有文章；4 已生成但有警告；5 已生成但邮件发送失败。
    """
    from bulletin.build import BuildOptions
    from bulletin.build import build as run_build

    issue_date = _parse_date(date)
    report = Report(command="build", quiet=quiet, as_json=as_json)
    with report.session(project, wait) as loaded:
        from bulletin.editions import REGISTRY

        unknown = [name for name in edition or () if name not in REGISTRY]
        if unknown:
            raise BulletinError(f"未知的版本：{'、'.join(unknown)}。可选：{'、'.join(REGISTRY)}。")
        if send:
            from bulletin.deliver import check_mail_settings, read_password

            check_mail_settings(loaded.config.mail, loaded)  # a mail that cannot go fails before the build
            read_password(loaded.config.mail, loaded)
        from bulletin.progress import status_line, wanted

        try:
            with status_line(wanted(quiet=quiet, as_json=as_json)) as progress:
                options = BuildOptions(issue_date=issue_date, strict=strict or loaded.config.strict,
                                       editions=tuple(edition or ()), force=force, number=number, progress=progress)
                result = run_build(loaded, options)
        except AlreadyPublished as exc:
            if not send:
                raise
            report.info(f"{exc.message.split('。')[0]}，本次不重新生成，只发送。")
            report.send(loaded, issue_date or _issue_day(loaded), resend)
        else:
            report.built(result)
            if send:
                report.send(loaded, result.plan.issue.date, resend)


@app.command("send")
def send_command(
    date: Annotated[Optional[str], typer.Option(
        "--date", "-d", help="期号日期 YYYY-MM-DD；默认为本周的出刊日。")] = None,
    project: ProjectOption = None,
    resend: ResendOption = False,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    wait: WaitOption = DEFAULT_WAIT,
) -> None:
    """把已生成的一期周报发送给配置 mail.recipients 中的收件人（PDF 与 DOCX 作为附件）。"""
    issue_date = _parse_date(date)
    report = Report(command="send", quiet=quiet, as_json=as_json)
    with report.session(project, wait) as loaded:
        report.send(loaded, issue_date or _issue_day(loaded), resend)


archive_app = typer.Typer(help="归档：列出已生成的各期周报，或逐一核对文件。", no_args_is_help=False,
                          rich_markup_mode=None)
app.add_typer(archive_app, name="archive")


@archive_app.callback(invoke_without_command=True)
def archive_list(ctx: typer.Context, project: ProjectOption = None) -> None:
    """列出已归档的各期周报：期号、日期、条数、文件、是否已发送。"""
    if ctx.invoked_subcommand is not None:
        return
    from bulletin.archive import list_issues
    from bulletin.journal import journal_path
    from bulletin.runlog import project_lock, recover_archive

    loaded = _load(project)
    if journal_path(loaded.output_dir).exists():  # a publish a killed run left: finish it before listing
        try:
            with project_lock(loaded.output_dir, DEFAULT_WAIT, "archive"):
                recovered = recover_archive(loaded.output_dir)
        except BulletinError as exc:
            _fail(exc)
        if recovered:
            _say(recovered)
    issues = list_issues(loaded.output_dir)
    if not issues:
        _say(f"归档为空：{loaded.output_dir} 中还没有已生成的周报。")
    for issue in issues:
        manifest = issue.manifest
        if manifest is None:
            _warn(issue.problem)
            continue
        sent = f"已发送（{manifest.sent[-1].at}）" if manifest.sent_current else (
            "已重新生成，新版本未发送" if manifest.sent else "未发送")
        files = "、".join(entry.file for entry in manifest.editions)
        _say(f"{manifest.label}  {len(manifest.catalog)} 条  {sent}  {files}")
    raise typer.Exit(EXIT_ERROR if any(issue.manifest is None for issue in issues) else EXIT_OK)


@archive_app.command("verify")
def archive_verify(project: ProjectOption = None, wait: WaitOption = DEFAULT_WAIT) -> None:
    """逐一核对归档中的文件与归档清单（sha256）；有缺失、改动或清单外的文件即报错（退出码 1）。"""
    from bulletin.archive import list_issues, verify_archive
    from bulletin.runlog import project_lock, recover_archive

    loaded = _load(project)
    try:
        with project_lock(loaded.output_dir, wait, "archive verify"):
            recovered = recover_archive(loaded.output_dir)
            if recovered:
                _say(recovered)
            problems = verify_archive(loaded.output_dir)
    except BulletinError as exc:
        _fail(exc)
    for problem in problems:
        typer.echo(f"错误：{problem}", err=True)
    if problems:
        raise typer.Exit(EXIT_ERROR)
    count = len(list_issues(loaded.output_dir))
    _say(f"归档完好：{count} 期，所有文件与清单一致。")


@app.command()
def schedule(
    project: ProjectOption = None,
    at: Annotated[str, typer.Option("--time", help="每周运行的时刻 HH:MM（出刊日见配置 schedule.issue_day）。")]
    = "08:00",
    send: Annotated[Optional[bool], typer.Option(
        "--send/--no-send", help="定时任务是否同时发送邮件；默认在配置了 mail 时发送，否则只生成。",
        show_default=False)] = None,
    install: Annotated[bool, typer.Option(
        "--install", help="把 systemd 服务与定时器文件写入 --unit-dir（不加此项则只打印，不安装任何东西）。")] = False,
    unit_dir: Annotated[Optional[Path], typer.Option(
        "--unit-dir", help="systemd 单元文件目录；默认 ~/.config/systemd/user。", file_okay=False)] = None,
    collect_time: Annotated[Optional[str], typer.Option(
        "--collect-time", help="另加每天在此时刻 HH:MM 运行的 bulletin collect（收集新文章到收件箱）。")] = None,
) -> None:
    """打印每周自动生成周报的 crontab 行，以及 systemd 服务与定时器（使用绝对路径）；可另加每天的收集任务。"""
    from bulletin import schedule as plan

    when = _clock_time(at, "--time") or dt.time(8, 0)
    collect_when = _clock_time(collect_time, "--collect-time")
    loaded = _load(project)
    if send and not plan.mail_configured(loaded):
        _fail(BulletinError("配置中没有完整的 mail 一节（host、sender、recipients），定时任务加 --send 会每次都失败。"
                            "请先在配置中填写 mail（见编辑手册“邮件发送”），或去掉 --send。", path=loaded.config_path))
    options = plan.ScheduleOptions(time=when, send=plan.mail_configured(loaded) if send is None else send)
    command = plan.weekly_command(loaded, options)
    units = plan.systemd_units(loaded, options, command)
    _say(plan.crontab_text(loaded, options, command))
    if collect_when is not None:
        collect_command = plan.daily_collect_command(loaded, options)
        _say(plan.collect_crontab_text(loaded, collect_when, collect_command))
        units.update(plan.collect_systemd_units(loaded, collect_when, collect_command))
    for name, text in units.items():
        _say(f"# ---- {name} ----\n{text}")
    if not install:
        _say("（以上内容仅供复制，未安装任何东西；加 --install 可写入 systemd 单元文件。）")
        raise typer.Exit(EXIT_OK)
    try:
        written = plan.install_units(units, unit_dir or plan.user_unit_folder())
    except BulletinError as exc:
        _fail(exc)
    for path in written:
        _say(f"已写入 {path}")
    timers = " ".join(name for name in units if name.endswith(".timer"))
    _say(f"启用定时器：systemctl --user daemon-reload && systemctl --user enable --now {timers}")


def _clock_time(value: str | None, option: str) -> dt.time | None:
    if value is None:
        return None
    try:
        return dt.datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise typer.BadParameter(f"时刻应写成 HH:MM，例如 08:00，得到“{value}”", param_hint=option) from None


DateOption = Annotated[Optional[str], typer.Option(
    "--date", "-d", help="期号日期 YYYY-MM-DD；默认为本周的出刊日（配置 schedule.issue_day）。")]


@app.command()
def check(date: DateOption = None, project: ProjectOption = None) -> None:
    """检查配置、每个模板和每篇文章，并预先报告生成这一期时会有的每条警告和错误。有错误退出码为 1，只有警告为 4。"""
    from bulletin.check import check_project

    report = check_project(project, dt.date.today(), _parse_date(date))
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
        corpus = load_corpus(loaded.corpus_dir, max_bytes=loaded.config.max_article_bytes)
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


@app.command("reference-docx")
def reference_docx_command(
    project: ProjectOption = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的参考文档。")] = False,
) -> None:
    """生成 DOCX 版的参考文档 templates/reference.docx：在 Word/WPS 中修改其中的样式后保存，DOCX 版即按它排版。"""
    from bulletin.editions.docx import REFERENCE_DOCX
    from bulletin.scaffold import write_reference_docx

    loaded = _load(project)
    try:
        target = write_reference_docx(loaded.templates_dir / REFERENCE_DOCX, loaded.config, overwrite=force)
    except BulletinError as exc:
        _fail(exc)
    _say(f"已生成参考文档：{target}")
    _say("用 Word 或 WPS 打开，修改样式（开始 → 样式：正文 Body Text、标题 2、刊头 Masthead 等）后保存。")
    _say("此后生成的 DOCX 版使用其中的样式、页面设置和页眉；其中的示例文字不会出现在周报中。")
    _say("删除此文件即恢复按配置中的字体排版。")


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
        max_bytes=int(settings.max_file_mb * 1_048_576), similarity=settings.similarity, timeout=settings.timeout,
        project=loaded.root)
    from bulletin.progress import status_line, wanted

    with status_line(wanted()) as progress:
        reports = run_ingest(inputs, options, rules, progress)
    for report in reports:
        for line in format_report(report):
            _say(line)
        if dry_run:
            for outcome in report.outcomes:
                if outcome.status == "dry-run":
                    _say(f"----- {outcome.target}\n{outcome.detail}")
    from bulletin.ingest import summary_line

    _say(summary_line(reports))
    failed = any(report.error for report in reports)
    flagged = any(o.draft.review or o.status in ("duplicate", "exists") for r in reports for o in r.outcomes)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_WARNINGS if flagged else EXIT_OK)


@app.command()
def collect(
    date: DateOption = None,
    project: ProjectOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="只报告会收集哪些文章，不写入任何文件。")] = False,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    wait: WaitOption = DEFAULT_WAIT,
) -> None:
    """按配置 collect.sources 抓取订阅源和列表页，把本期时间范围内的新文章放进收件箱（paths.inbox）。

    退出码：0 成功；1 出错（未写入任何文件）；4 有来源或文章抓取失败（其余来源照常收集）。
    """
    from bulletin.build import BuildOptions, resolve_issue_date
    from bulletin.collect import CollectOptions, default_window, format_source, limits_from_config
    from bulletin.collect import collect as run_collect
    from bulletin.collect.inbox import check_inbox_folder
    from bulletin.files import remove_stale_temporaries
    from bulletin.ingest.rules import load_rules

    issue_date = _parse_date(date)
    report = Report(command="collect", quiet=quiet, as_json=as_json)
    with report.session(project, wait) as loaded:
        settings = loaded.config.collect
        if not settings.sources:
            raise BulletinError("配置中没有要收集的来源。请在 config/bulletin.yaml 的 collect.sources 中写上订阅源"
                                "（feed）或列表页（page），写法见配置文件中的示例。", path=loaded.config_path)
        check_inbox_folder(loaded)
        remove_stale_temporaries(loaded.inbox_dir)
        day = resolve_issue_date(loaded, BuildOptions(issue_date))
        window = default_window(loaded, day)
        options = CollectOptions(window=window, limits=limits_from_config(loaded), keywords=tuple(settings.keywords),
                                 max_items=settings.max_items, dry_run=dry_run,
                                 simplified=loaded.config.ingest.simplified,
                                 similarity=loaded.config.ingest.similarity)
        result = run_collect(loaded, options, load_rules(loaded.root))
        report.info(f"收集 {window.start:%Y-%m-%d} 至 {window.end:%Y-%m-%d} 的文章（{day:%Y-%m-%d} 一期），"
                    f"{len(settings.sources)} 个来源：")
        for source in result.sources:
            report.lines.extend(format_source(source, dry_run))
        where = loaded.inbox_dir
        report.info(f"共{'将写入' if dry_run else '新增'} {len(result.written)} 篇候选文章"
                    f"{'（--dry-run，未写入）' if dry_run else f'，在 {where}'}。"
                    "用“bulletin inbox”查看，“bulletin accept 文件名”收入文章目录，“bulletin reject 文件名”拒绝。")
        for path, text in result.previews:
            report.info(f"----- {path}\n{text}")
        report.warnings.extend(result.warnings)
        report.result, report.code = ("warnings", EXIT_WARNINGS) if result.warnings else ("collected", EXIT_OK)
        report.summary.update(
            issue={"date": day.isoformat(), "window": [window.start.isoformat(), window.end.isoformat()]},
            items=len(result.written), dry_run=dry_run, written=[str(path) for path in result.written],
            sources=[{"name": s.name, "address": s.address, "found": s.found, "in_window": s.in_window,
                      "on_topic": s.on_topic, "new": len(s.new), "skipped": dict(s.skipped),
                      "failed": s.failed, "problems": s.problems, "error": s.error} for s in result.sources])


@app.command()
def inbox(project: ProjectOption = None) -> None:
    """列出收件箱中的候选文章：日期、来源、标题、命中的关键词。"""
    from bulletin.collect.inbox import matched_keywords
    from bulletin.corpus import load_corpus

    loaded = _load(project)
    if not loaded.inbox_dir.is_dir():
        _say(f"收件箱为空（{loaded.inbox_dir} 还不存在）。用“bulletin collect”收集本周的文章。")
        raise typer.Exit(EXIT_OK)
    try:
        found = load_corpus(loaded.inbox_dir)
    except BulletinError as exc:
        _fail(exc)
    keywords = loaded.config.collect.keywords
    for article in sorted(found.articles, key=lambda a: (a.date, a.name)):
        matched = matched_keywords(article, keywords)
        tail = f"  〔{'、'.join(matched)}〕" if matched else ""
        _say(f"{article.date:%Y-%m-%d}  {article.source}  {article.title}{tail}\n    {article.name}")
    for problem in found.problems:
        _warn(str(problem))
    _say(f"收件箱（{loaded.inbox_dir}）中有 {len(found.articles)} 篇候选文章。"
         "“bulletin accept 文件名…”收入文章目录，“bulletin reject 文件名…”拒绝。")
    raise typer.Exit(EXIT_WARNINGS if found.problems else EXIT_OK)


InboxFiles = Annotated[list[str], typer.Argument(
    help="收件箱中的文件名（bulletin inbox 列出的 .md 文件），可写多个。", metavar="文件名", show_default=False)]


def _move(project: Path | None, files: list[str], accepting: bool, wait: float) -> None:
    from bulletin.collect.inbox import accept as run_accept
    from bulletin.collect.inbox import reject as run_reject
    from bulletin.runlog import project_lock

    loaded = _load(project)
    try:
        with project_lock(loaded.output_dir, wait, "accept" if accepting else "reject"):
            moved = run_accept(loaded, files) if accepting else run_reject(loaded, files, dt.date.today())
    except BulletinError as exc:
        _fail(exc)
    for result in moved:
        if result.target is None:
            typer.echo(f"错误：{result.problem}", err=True)
        elif accepting:
            _say(f"已收入文章目录：{result.target}")
        else:
            _say(f"已拒绝并删除：{result.name}（链接记入 {result.target}）{result.problem}")
    raise typer.Exit(EXIT_ERROR if any(result.target is None for result in moved) else EXIT_OK)


@app.command()
def accept(files: InboxFiles, project: ProjectOption = None, wait: WaitOption = DEFAULT_WAIT) -> None:
    """把收件箱中的候选文章移入文章目录（paths.corpus），参与本期选稿。"""
    _move(project, files, accepting=True, wait=wait)


@app.command()
def reject(files: InboxFiles, project: ProjectOption = None, wait: WaitOption = DEFAULT_WAIT) -> None:
    """从收件箱删除候选文章，并记下其链接（config/rejected-urls.txt），以后 collect 不再收集。"""
    _move(project, files, accepting=False, wait=wait)


@app.command()
def doctor(project: ProjectOption = None) -> None:
    """检查本机能否生成周报：配置中的字体是否已安装、能否显示文章中的每个字，字体子集化（HarfBuzz）、WeasyPrint。"""
    from bulletin.doctor import checks_for_project

    try:
        notice, checks = checks_for_project(project)
    except BulletinError as exc:
        _fail(exc)
    if notice:
        _say(notice)
    failures = 0
    for check in checks:
        mark = "·" if check.note else "✓" if check.ok else "✗"
        _say(f"{mark} {check.name}：{check.detail}")
        failures += 0 if check.ok else 1
    raise typer.Exit(EXIT_ERROR if failures else EXIT_OK)


def main() -> None:
    """Entry point of the ``bulletin`` console script.

    Outside click's standalone mode, so a usage error (unknown option, bad value: exit 2) is printed in
    Chinese with the command's help hint, instead of click's English ``Usage: … Error: …``.
    """
    force_utf8_output()
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:  # click's usage errors (exit 2) and its other errors
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        if message:
            names: list[str] = []
            context = getattr(exc, "ctx", None)
            while context is not None and context.parent is not None:  # the root's name may be python -m …
                names.insert(0, context.info_name or "")
                context = context.parent
            command = " ".join(["bulletin", *names])
            typer.echo(f"错误：{translate_message(message)}\n（运行“{command} --help”查看用法）", err=True)
        sys.exit(getattr(exc, "exit_code", EXIT_USAGE))
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("已中断。", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
