"""The editor's desk tells the truth: slips at their own line, check says what build will say, cron-safe
defaults, progress and summary lines, Chinese words, docs in step. Everything through the CLI."""

from __future__ import annotations

import json
import os
import pty
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from conftest import REPO, article_text, have, make_project
from typer.testing import CliRunner

from bulletin.cli import app

runner = CliRunner()
ISSUE = "2025-07-11"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def scaffold(tmp_path: Path) -> Path:
    """A project as ``bulletin init`` makes it: the commented config editors actually edit."""
    folder = tmp_path / "周报"
    assert run("init", str(folder))[0] == 0
    return folder


def config_of(project: Path) -> Path:
    return project / "config" / "bulletin.yaml"


def replace_line(path: Path, starts: str, new: str) -> int:
    """Replace the first line starting with ``starts``; return its number (1-based)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith(starts))
    lines[number] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


# 1. Slips at their own line ---------------------------------------------------------------------------

CONFIG_SLIPS = [
    pytest.param("topic: ", "topic：卫生健康大数据与政策研究", 6, "用了中文冒号“：”，请改为英文冒号加空格“: ”",
                 id="full-width-colon"),
    pytest.param("  title: ", "  title：卫生健康大数据与政策研究周报", 8, "用了中文冒号“：”", id="nested-full-width-colon"),
    pytest.param("scope: ", "scope:全国主流媒体及政府网站等", 6, "冒号后面缺少空格", id="no-space-after-colon"),
    pytest.param("topic: ", 'topic: "卫生健康大数据与政策研究', 8, "引号“\"”没有闭合", id="unclosed-quote"),
    pytest.param("  days: ", "\u3000 days: 7", 1, "缩进里有全角空格", id="full-width-indent"),
]


@pytest.mark.parametrize(("starts", "line", "column", "cause"), CONFIG_SLIPS)
def test_config_slips_are_reported_at_their_own_line(scaffold: Path, starts: str, line: str, column: int,
                                                     cause: str) -> None:
    number = replace_line(config_of(scaffold), starts, line)
    code, out, err = run("check", "--project", str(scaffold))
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith(f"错误：{config_of(scaffold)}:{number}:{column}: YAML 格式错误：第 {number} 行"), err
    assert cause in first and "请" in first  # the cause, then the fix
    assert "配置：1 处错误" in out or "配置：" in out


def test_every_slip_of_a_config_is_listed(scaffold: Path) -> None:
    first = replace_line(config_of(scaffold), "topic: ", "topic：卫生健康")
    second = replace_line(config_of(scaffold), "scope: ", "scope:全国")
    code, _, err = run("check", "--project", str(scaffold))
    assert code == 1
    assert [line.split(": ")[0].rsplit(":", 2)[1] for line in err.splitlines()] == [str(first), str(second)]


@pytest.mark.parametrize(("value", "slip", "cause"), [
    pytest.param("[“医疗”, “健康”]", "“", "的列表里用了中文引号", id="curly-quotes"),
    pytest.param("[医疗，健康]", "，", "的列表里用了中文逗号", id="chinese-comma"),
    pytest.param("[医疗、健康]", "、", "的列表里用了中文顿号", id="enumeration-comma"),
    pytest.param("［医疗, 健康］", "［", "用了中文方括号", id="full-width-brackets"),
])
def test_a_list_slip_that_parses_is_a_warning_of_check_and_build(tmp_path: Path, value: str, slip: str,
                                                               cause: str) -> None:
    """``exclude: [医疗，健康]`` parses as one keyword "医疗，健康": the article it should keep out goes in."""
    project = make_project(tmp_path / "p", config={"output": {"editions": ["html"]}},
                           articles={"a.md": article_text(title="医疗改革", date="2025-07-09")})
    line = f"  exclude: {value}"
    number = replace_line(config_of(project), "  exclude:", line)
    code, _, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 4
    expected = f"警告：{config_of(project)}:{number}:{line.index(slip) + 1}: 第 {number} 行{cause}"
    assert expected in err, err
    assert "[医疗, 健康]" in err  # the fix, written out
    code, out, _ = run("build", "--project", str(project), "--date", ISSUE, "--json")
    assert code == 4 and any(warning.startswith(expected.removeprefix("警告："))
                             for warning in json.loads(out)["warnings"])


def test_front_matter_slips_are_reported_at_their_own_line(tmp_path: Path) -> None:
    articles = {
        "colon.md": "---\ntitle: 标题\nsource：健康报\nurl: \"\"\ndate: 2025-07-09\n---\n\n正文。\n",
        "quote.md": "---\ntitle: \"标题\nsource: 健康报\nurl: \"\"\ndate: 2025-07-09\n---\n\n正文。\n",
        "tags.md": article_text(title="有标签", extra="tags: [医疗，健康]\n"),
    }
    project = make_project(tmp_path / "p", articles=articles)
    code, _, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 4
    folder = project / "articles"
    assert f"{folder / 'colon.md'}:3:7: YAML 格式错误：第 3 行用了中文冒号“：”，请改为英文冒号加空格“: ”" in err
    assert f"{folder / 'quote.md'}:2:8: YAML 格式错误：第 2 行的引号“\"”没有闭合" in err
    assert f"{folder / 'tags.md'}:6:10: 第 6 行的列表里用了中文逗号（，）" in err


# 2. check says what build will say ---------------------------------------------------------------------

def stale_project(tmp_path: Path) -> Path:
    """One issue with every kind of warning build gives: review, placeholder, stale pin, missing templates."""
    articles = {
        "new.md": article_text(title="本周文章", date="2025-07-09", url="https://example.cn/1.html",
                               body="第一篇的正文。", extra="review: [url]\n"),
        "placeholder.md": article_text(title="来源未知", source="来源待核", date="2025-07-10",
                                       url="https://example.cn/2.html", body="第二篇，另一件事。"),
        "old.md": article_text(title="上期置顶", date="2025-06-20", url="https://example.cn/3.html",
                               body="上一期的文章，讲的是别的。"),
        "skipped.md": "---\ntitle: 无日期\nsource: 网\nurl: \"\"\n---\n\n正文\n",
    }
    return make_project(tmp_path / "p", articles=articles,
                        config={"select": {"pin_in": ["old.md"]}, "output": {"editions": ["html"]},
                                "paths": {"corpus": "articles", "output": "dist", "templates": "my-templates"}})


def test_check_reports_every_warning_build_gives_with_file_line_and_fix(tmp_path: Path) -> None:
    project = stale_project(tmp_path)
    code, out, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 4
    config = config_of(project)
    articles = project / "articles"
    assert f"{articles / 'new.md'}:6:1: 待核对：url（front matter 中的 review）。核对并改正这些项后，删去 review 一行。" in err
    assert f"{articles / 'placeholder.md'}:3:1: source 仍是占位的“来源待核”" in err and "请改为实际的媒体名称" in err
    assert re.search(re.escape(str(config)) + r":\d+:\d+: select\.pin_in: 置顶收录的 old\.md 日期为 2025-06-20，"
                     r"早于本期时间范围（2025-07-05 至 2025-07-11）", err), err
    assert "paths.templates: 模板目录" in err and "my-templates 不存在" in err
    assert f"{articles / 'skipped.md'}" in err and "缺少日期（date）" in err
    assert "本期（2025-07-11）的周报将收录 3 篇" in out


def test_check_and_build_give_the_same_warnings(tmp_path: Path) -> None:
    project = stale_project(tmp_path)
    _, _, err = run("check", "--project", str(project), "--date", ISSUE)
    from_check = {line.removeprefix("警告：") for line in err.splitlines() if line.startswith("警告：")}
    code, out, _ = run("build", "--project", str(project), "--date", ISSUE, "--json")
    assert code == 4  # cron sees the stale pin as a warning, not a silent success
    from_build = set(json.loads(out)["warnings"])
    assert len(from_build) == 5 and from_build == from_check


def test_a_pin_to_a_missing_file_is_reported_at_its_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09")})
    number = replace_line(config_of(project), "  pin_out:", "  pin_out: [a.md, gone.md]")
    code, _, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 4
    column = "  pin_out: [a.md, gone.md]".index("gone.md") + 1
    assert (f"警告：{config_of(project)}:{number}:{column}: select.pin_out: 文章目录中没有文件“gone.md”。"
            "请检查文件名（含 .md 扩展名）。") in err


def test_check_says_a_strict_build_would_fail(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", config={"strict": True, "output": {"editions": ["html"]}},
                           articles={"a.md": article_text(date="2025-07-09", extra="review: [source]\n")})
    code, _, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 1 and "严格模式（strict: true）下有 1 条警告，生成这一期会失败" in err
    code, _, err = run("build", "--project", str(project), "--date", ISSUE)
    assert code == 1 and "严格模式" in err


def test_check_date_plans_another_issue(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09", extra="review: [title]\n")})
    code, out, err = run("check", "--project", str(project), "--date", "2025-07-18")
    assert (code, err) == (0, "")
    assert "本期（2025-07-18）的周报将收录 0 篇" in out
    code, out, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 4 and "待核对：title" in err


def test_a_pdf_font_that_is_not_installed_fails_check_and_build_at_its_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09")},
                           config={"fonts": {"body": ["方正仿宋_不存在"]}, "output": {"editions": ["pdf"]}})
    code, _, err = run("check", "--project", str(project), "--date", ISSUE)
    assert code == 1
    assert re.search(re.escape(str(config_of(project))) + r":\d+:\d+: fonts\.body: 没有找到任何已配置的正文字体"
                     r"（方正仿宋_不存在）", err), err
    assert "fc-list :lang=zh" in err
    code, _, err = run("build", "--project", str(project), "--date", ISSUE)
    assert code == 1 and "fonts.body: 没有找到任何已配置的正文字体" in err
    assert not (project / "dist" / "2025").exists()


def test_doctor_checks_the_projects_fonts_and_the_corpus_characters(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"rare.md": article_text(body="古文字\U00013000在此。")},
                           config={"fonts": {"body": ["方正仿宋_不存在", "Noto Serif CJK SC"]}})
    code, out, _ = run("doctor", "--project", str(project))
    assert code == 1
    assert "✓ PDF 正文字体：使用 Noto Serif CJK SC" in out and "未安装：方正仿宋_不存在" in out
    assert re.search(r"✗ 文章用字：1 个字符.*U\+13000，rare\.md", out), out
    project = make_project(tmp_path / "q", config={"fonts": {"body": ["方正仿宋_不存在"]}})
    code, out, _ = run("doctor", "--project", str(project))
    assert code == 1 and "✗ PDF 正文字体" in out and "方正仿宋_不存在" in out


# 3. Cron-safe defaults ---------------------------------------------------------------------------------

def test_schedule_sends_only_when_mail_is_configured(scaffold: Path) -> None:
    code, out, _ = run("schedule", "--project", str(scaffold))
    assert code == 0
    cron_line = next(line for line in out.splitlines() if line and not line.startswith("#"))
    assert "--send" not in cron_line
    assert "# bulletin：每周五 08:00 生成周报" in out
    code, _, err = run("schedule", "--project", str(scaffold), "--send")
    assert code == 1 and "没有完整的 mail 一节" in err
    config = config_of(scaffold)
    config.write_text(config.read_text(encoding="utf-8") + "mail:\n  host: smtp.example.cn\n"
                      "  sender: 周报 <z@example.cn>\n  recipients: [r@example.cn]\n", encoding="utf-8")
    code, out, _ = run("schedule", "--project", str(scaffold))
    assert "--send" in next(line for line in out.splitlines() if line and not line.startswith("#"))
    assert "# bulletin：每周五 08:00 生成并发送周报" in out


def test_force_rebuilding_one_edition_keeps_the_others_published(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09")},
                           config={"output": {"editions": ["docx", "html"]}})
    assert run("build", "--project", str(project), "--date", ISSUE)[0] == 0
    (project / "articles" / "a.md").write_text(article_text(date="2025-07-09", body="改过的正文。"), encoding="utf-8")
    for edition in ("docx", "html"):
        code, _, err = run("build", "--project", str(project), "--date", ISSUE, "-e", edition, "--force")
        assert code == 0, err
        manifest = json.loads((project / "dist" / "2025" / f"{ISSUE}.manifest.json").read_text(encoding="utf-8"))
        assert sorted(entry["edition"] for entry in manifest["editions"]) == ["docx", "html"]
        for entry in manifest["editions"]:
            assert (project / "dist" / entry["file"]).is_file()
    assert sorted(Path(entry["file"]).name for entry in manifest["replaced"]) == ["周报-2025-07-11~1.docx",
                                                                                  "周报-2025-07-11~1.html"]
    assert run("archive", "verify", "--project", str(project))[0] == 0
    # the same edition again, unchanged: nothing to do, and the other edition is not called "changed"
    code, out, _ = run("build", "--project", str(project), "--date", ISSUE, "-e", "html")
    assert code == 0 and "内容未变" in out


# 4. Progress and the summary line ----------------------------------------------------------------------

def run_on_a_terminal(args: list[str], cwd: Path) -> str:
    """Run bulletin with its output on a pseudo-terminal, as an editor at a terminal sees it."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TERM": "xterm", "COLUMNS": "100"}
    process = subprocess.Popen([sys.executable, "-m", "bulletin", *args], cwd=cwd, env=env, stdin=secondary,
                               stdout=secondary, stderr=secondary)
    os.close(secondary)
    output = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=120)
    os.close(primary)
    return output.decode("utf-8", errors="replace")


def test_ingest_shows_a_status_line_on_a_terminal_and_ends_with_a_summary(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    paste = tmp_path / "paste.txt"
    paste.write_text("山东聊城智慧医疗让患者告别折返跑\n新华网 2025-07-09\n\n糖尿病患者通过手机即可完成血糖监测，"
                     "医生远程查看数据并给出建议。\n", encoding="utf-8")
    seen = run_on_a_terminal(["ingest", str(paste), "--project", str(project), "--dry-run"], tmp_path)
    assert "正在导入（1/1）" in seen
    code, out, err = run("ingest", str(paste), "--project", str(project), "--dry-run")
    assert "正在导入" not in out + err  # not a terminal: no status line, nothing for a pipe to carry
    assert out.rstrip().splitlines()[-1].startswith("共 1 个输入：将写入 1 篇（--dry-run）")


def test_build_status_line_only_on_a_terminal_and_never_with_quiet(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09")},
                           config={"output": {"editions": ["html"]}})
    seen = run_on_a_terminal(["build", "--project", str(project), "--date", ISSUE, "--force"], tmp_path)
    assert "正在生成 HTML 版（1 条）" in seen
    assert run_on_a_terminal(["build", "--project", str(project), "--date", ISSUE, "--quiet"], tmp_path) == ""
    code, out, _ = run("build", "--project", str(project), "--date", ISSUE, "--json")
    assert json.loads(out)["result"] == "unchanged" and "正在" not in out


# 5. Chinese help, options and messages -----------------------------------------------------------------

ENGLISH_BOILERPLATE = ("Show this message", "Usage:", "Options:", "Arguments:", "Commands:", "[OPTIONS]",
                       "<list[", "<str>", "<int>", "<float>", "<dir>", "<path>", "required]", "default:",
                       "COMMAND [ARGS]")


def every_command_path() -> list[list[str]]:
    paths: list[list[str]] = [[]]

    def walk(group: object, prefix: list[str]) -> None:
        for name, command in getattr(group, "commands", {}).items():
            paths.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


@pytest.mark.parametrize("path", every_command_path(), ids=lambda path: " ".join(path) or "bulletin")
def test_help_has_no_english_boilerplate(path: list[str]) -> None:
    code, out, _ = run(*path, "--help")
    assert code == 0 and "用法：" in out and "显示此帮助并退出。" in out
    for english in ENGLISH_BOILERPLATE:
        assert english not in out, f"{english!r} in the help of {' '.join(path)}"


@pytest.mark.parametrize(("args", "message"), [
    (["build", "--forc"], "错误：没有这个选项：--forc（是不是：--force？）"),
    (["build", "-n", "abc"], "错误：'--number' / '-n' 的值不对：应为整数。"),
    (["build", "--date"], "错误：选项 --date 后面需要写一个值。"),
    (["init"], "错误：缺少参数：目录。"),
    (["nosuch"], "错误：没有这个命令：'nosuch'。"),
])
def test_usage_errors_are_in_chinese(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert message in err and "Error" not in err and "Usage" not in err


def test_a_url_error_prints_the_url_as_given_and_the_reason_in_chinese(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    with socket.socket() as closed:  # a port nobody listens on: refused at once, no network needed
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news/a.html"
    code, out, _ = run("ingest", url, "--project", str(project))
    assert code == 1
    assert f"✗ {url}: 网址无法访问（对方拒绝连接" in out and "Errno" not in out


def test_resolver_and_timeout_reasons_are_in_chinese() -> None:
    import urllib.error

    from bulletin.reasons import reason_in_chinese

    unresolved = urllib.error.URLError(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert reason_in_chinese(unresolved).startswith("域名无法解析")
    assert reason_in_chinese(TimeoutError("timed out")).startswith("连接超时")


def test_the_file_too_large_advice_names_the_key_where_it_lives(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", config={"ingest": {"max_file_mb": 0.001}})
    paste = tmp_path / "big.txt"
    paste.write_text("正文。" * 1000, encoding="utf-8")
    _, out, _ = run("ingest", str(paste), "--project", str(project))
    assert "config/bulletin.yaml 的 ingest.max_file_mb" in out and "clutter.yaml" not in out


# 6. Docs and scaffold in step --------------------------------------------------------------------------

def config_keys() -> list[tuple[str, ...]]:
    import typing

    from pydantic import BaseModel

    from bulletin.config import Config

    def model_in(annotation: object) -> type[BaseModel] | None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return annotation
        return next((found for arg in typing.get_args(annotation) if (found := model_in(arg))), None)

    def walk(model: type[BaseModel], prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        keys = []
        for name, info in model.model_fields.items():
            keys.append((*prefix, name))
            if (inner := model_in(info.annotation)) is not None:
                keys += walk(inner, (*prefix, name))
        return keys

    return walk(Config, ())


@pytest.mark.parametrize("key", config_keys(), ids=".".join)
def test_every_config_key_is_in_the_guide(key: tuple[str, ...]) -> None:
    guide = (REPO / "docs" / "editors-guide.md").read_text(encoding="utf-8")
    as_yaml = re.compile(rf"^\s*{re.escape(key[-1])}:", re.M)  # in a YAML example of the guide
    assert as_yaml.search(guide) or ".".join(key) in guide, f"{'.'.join(key)} is not in docs/editors-guide.md"


def test_the_scaffold_readme_names_real_commands_and_files(scaffold: Path) -> None:
    readme = (scaffold / "README.md").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"bulletin ([a-z][a-z-]+)", readme))
    commands = {path[0] for path in every_command_path() if path}
    assert mentioned <= commands, mentioned - commands
    editors_commands = {"ingest", "check", "preview", "build", "reference-docx", "send", "schedule", "doctor"}
    assert editors_commands <= mentioned, editors_commands - mentioned
    for row in re.findall(r"^\| `([^`]+)` \|", readme, re.M):  # the table of what the folder holds
        assert (scaffold / row).exists(), row
    guide = scaffold / "编辑手册.md"
    assert "`编辑手册.md`" in readme and guide.read_bytes() == (REPO / "docs" / "editors-guide.md").read_bytes()


def test_the_example_article_is_written_one_key_a_line(scaffold: Path) -> None:
    text = (scaffold / "articles" / "示例文章.md").read_text(encoding="utf-8")
    front = text.split("---\n")[1].splitlines()
    assert [line.split(":")[0] for line in front] == ["title", "source", "url", "date", "note"]
    assert not any(line.lstrip().startswith("{") for line in front)


def as_read(html: str) -> str:
    """The text of an HTML edition as a reader sees it: no tags, no invisible break or join marks."""
    return re.sub(r"<[^>]+>", "", html).replace("\u2060", "").replace("\u200b", "").replace("\u00a0", " ")


def test_the_item_number_is_unambiguous_and_configurable(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", config={"output": {"editions": ["html"]}},
                           articles={"a.md": article_text(title="2025公立医院改革与高质量发展示范项目", date="2025-07-09")})
    assert run("build", "--project", str(project), "--date", ISSUE)[0] == 0
    html = as_read((project / "dist" / "2025" / "周报-2025-07-11.html").read_text(encoding="utf-8"))
    assert re.search(r"1\. 2025 ?公立医院改革", html) and "1.2025" not in html
    config = config_of(project)
    replace_line(config, "  item_number:", "  item_number: '{number}、'")
    assert run("build", "--project", str(project), "--date", ISSUE, "--force")[0] == 0
    html = as_read((project / "dist" / "2025" / "周报-2025-07-11.html").read_text(encoding="utf-8"))
    assert re.search(r"1、2025 ?公立医院改革", html)
    number = replace_line(config, "  item_number:", "  item_number: '第几条'")
    code, _, err = run("check", "--project", str(project))
    assert code == 1 and f"{config}:{number}:" in err and "应含有 {number}" in err


@pytest.mark.slow
@pytest.mark.skipif(not have("pdftoppm"), reason="needs poppler-utils")
def test_the_masthead_font_and_colour_come_from_issue_css(tmp_path: Path) -> None:
    from pypdf import PdfReader

    project = make_project(tmp_path / "p", articles={"a.md": article_text(date="2025-07-09")},
                           config={"output": {"editions": ["pdf"]}})
    templates = project / "templates"
    templates.mkdir()
    css = (REPO / "bulletin" / "templates" / "issue.css").read_text(encoding="utf-8")
    (templates / "issue.css").write_text(css + "\n.masthead-title { font-family: \"Noto Serif CJK SC\"; "
                                         "color: #0000ff; font-weight: normal; }\n", encoding="utf-8")
    assert run("build", "--project", str(project), "--date", ISSUE)[0] == 0
    pdf = project / "dist" / "2025" / "周报-2025-07-11.pdf"
    fonts: list[str] = []

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if "周报" in text and font is not None and size > 20:
            fonts.append(str(font.get("/BaseFont")))

    PdfReader(str(pdf)).pages[0].extract_text(visitor_text=visit)
    assert fonts and all("Serif" in name for name in fonts), fonts
    picture = tmp_path / "top"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-y", "0", "-H", "120", "-W", "400",
                    str(pdf), str(picture)], check=True, timeout=60)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("top*.png"))).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 24) or []
    blue = sum(count for count, (r, g, b) in colours if b > 180 and r < 90 and g < 90)
    red = sum(count for count, (r, g, b) in colours if r > 150 and g < 80 and b < 80)
    assert blue > 50 and blue > red, (blue, red)
