"""The editor's desk as editors use it: check, preview and init through the CLI, messages asserted."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, article_text, have, make_project, pdftotext
from typer.testing import CliRunner

from bulletin.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write_config(project: Path, text: str) -> Path:
    path = project / "config" / "bulletin.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", articles={"a.md": article_text(title="聊城智慧医疗", date="2025-07-09")})


CONFIG_MISTAKES = [
    pytest.param("topic: x\nwindow:\n\tdays: 7\n", 3, "这里有制表符（Tab），YAML 只能用空格缩进。请把 Tab 换成空格。",
                 id="tab"),
    pytest.param("topic: x\nwindow:\n  days 7\n  week_ending: 周四\n", 3, "这一行缺少冒号“:”。", id="missing-colon"),
    pytest.param("masthead:\n  title：周报\n  publisher: 中心\n", 2, "第 2 行用了中文冒号“：”，请改为英文冒号加空格“: ”",
                 id="full-width-colon"),
    pytest.param("topic: x\nselcet:\n  include: [医保]\n", 2, "selcet: 未知的键“selcet”。是不是“select”？",
                 id="misspelt-key"),
    pytest.param("sections:\n  - title: 政策\n    rules:\n      incldue: [政策]\n", 4,
                 "sections.0.rules.incldue: 未知的键“incldue”。是不是“include”？", id="misspelt-key-in-list"),
    pytest.param("masthead:\n  issue_number: 3\n  first_issue_date: 下周五\n", 3,
                 "masthead.first_issue_date: 日期应写成 YYYY-MM-DD，例如 2025-07-11，得到“下周五”", id="date-as-text"),
    pytest.param("masthead:\n  first_issue_date: 2025-02-30\n", 2,
                 "masthead.first_issue_date: “2025-02-30”不是一个存在的日期", id="impossible-date"),
    pytest.param("topic: x\nwindow:\n  - days: 7\n", 3, "window: 应为一组“键: 值”（下一行缩进书写），得到“一个列表”",
                 id="list-for-mapping"),
    pytest.param("select:\n  max_items: 十\n", 2, "select.max_items: 应为整数，得到“十”", id="wrong-type"),
    pytest.param("order: random\n", 1, "order: 可选值为 'date', 'date_desc', 'outlet' or 'manual'，得到“random”",
                 id="unknown-choice"),
    pytest.param("window:\n  week_ending: 礼拜八\n", 2, "window.week_ending: 应为星期几", id="bad-weekday"),
]


@pytest.mark.parametrize(("text", "line", "message"), CONFIG_MISTAKES)
def test_check_reports_config_mistakes_at_their_line(project: Path, text: str, line: int, message: str) -> None:
    path = write_config(project, text)
    code, out, err = run("check", "--project", str(project))
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith(f"错误：{path}:{line}:"), err
    assert message in first
    assert "配置：1 处错误" in out


def test_check_lists_every_config_problem(project: Path) -> None:
    write_config(project, "selcet: {}\nwindow:\n  days: 七\n")
    code, _, err = run("check", "--project", str(project))
    assert code == 1
    assert [line.split(": ")[0].rsplit(":", 2)[1] for line in err.splitlines()] == ["1", "3"]


def test_check_passes_on_the_sample_project(sample_project: Path) -> None:
    code, out, err = run("check", "--project", str(sample_project))
    assert (code, err) == (0, "")
    assert "文章：12 篇，均正确" in out
    assert out.rstrip().endswith("全部正确。")


def test_check_warns_about_a_broken_article_and_a_pin_to_a_missing_file(project: Path) -> None:
    (project / "articles" / "bad.md").write_text("---\ntitle: 无日期\nsource: 网\nurl: \"\"\n---\n\n正文\n",
                                                 encoding="utf-8")
    config = project / "config" / "bulletin.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "select:\n  pin_in: [no-such-file.md]\n",
                      encoding="utf-8")
    code, out, err = run("check", "--project", str(project))
    assert code == 4
    assert "bad.md" in err and "缺少日期（date）" in err
    assert "select.pin_in: 文章目录中没有文件“no-such-file.md”" in err
    assert "文章：2 篇，1 篇有问题" in out


def test_check_reports_a_template_syntax_error_with_file_and_line(project: Path) -> None:
    templates = project / "templates"
    templates.mkdir()
    (templates / "issue.html").write_text("<html>\n<body>\n{% for item in issue.items %}\n{{ item.title }\n"
                                          "{% endfor %}\n</body>\n", encoding="utf-8")
    (templates / "extra.html").write_text("{% if issue.number %}\n第{{ issue.number }}期\n", encoding="utf-8")
    code, _, err = run("check", "--project", str(project))
    assert code == 1
    assert f"错误：{templates / 'issue.html'}:4: 模板语法错误：unexpected '}}'" in err
    assert f"错误：{templates / 'extra.html'}:" in err and "The innermost block that needs to be closed is 'if'" in err


def test_check_reports_an_unknown_template_field_with_file_and_line(project: Path) -> None:
    templates = project / "templates"
    templates.mkdir()
    (templates / "issue.html").write_text("<html>\n<body>\n<h1>{{ issue.title }}</h1>\n<p>{{ issue.editor }}</p>\n"
                                          "</body>\n</html>\n", encoding="utf-8")
    code, out, err = run("check", "--project", str(project))
    assert code == 1
    assert f"错误：{templates / 'issue.html'}:4: 模板使用了不存在的字段“editor”" in err
    assert "项目自有：issue.html" in out


def test_check_opens_the_reference_docx(project: Path) -> None:
    import docx

    templates = project / "templates"
    templates.mkdir()
    docx.Document().save(str(templates / "reference.docx"))
    code, out, _ = run("check", "--project", str(project))
    assert code == 0
    assert "项目自有：reference.docx" in out
    (templates / "reference.docx").write_bytes(b"this is a .doc, not a .docx")
    code, _, err = run("check", "--project", str(project))
    assert code == 1
    assert f"错误：{templates / 'reference.docx'}: 无法打开 DOCX 样式参考文档" in err


def test_preview_lists_the_issue_and_says_why_the_rest_is_left_out(sample_project: Path) -> None:
    config = sample_project / "config" / "bulletin.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "\nselect:\n  block_outlets: [新华网]\n",
                      encoding="utf-8")
    for command in ("preview", "list"):
        code, out, _ = run(command, "--date", "2025-07-11", "--project", str(sample_project))
        assert code == 0
        lines = out.splitlines()
        assert lines[0] == "2025年7月11日的周报（时间范围 2025-07-05 至 2025-07-11）将收录 2 篇："
        assert lines[1].startswith("  1. 2025-07-07 人民政协网《聚焦生成式医疗 AI 应用")
        assert lines[3] == "未收录 10 篇："
        assert ("  2025-07-09-xinhuanet-liaocheng-smart-healthcare.md《山东聊城智慧医疗让患者告别“折返跑”》："
                "来源“新华网”已被屏蔽（select.block_outlets）") in lines
        assert any(line.startswith("  2025-10-31-netease") and "晚于本期时间范围" in line for line in lines)


def test_preview_shows_sections(sample_project: Path) -> None:
    config = sample_project / "config" / "bulletin.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "\nsections:\n  - title: 会议论坛\n    rules:\n"
                      "      include: [大会, 论坛]\n      keywords_in: title\n  - title: 地方实践\n",
                      encoding="utf-8")
    _, out, _ = run("preview", "--date", "2025-07-11", "--project", str(sample_project))
    lines = out.splitlines()
    assert lines[1] == "【会议论坛】"
    assert lines[4] == "【地方实践】"
    assert lines[5].startswith("  3. 2025-07-09 新华网《山东聊城智慧医疗")


def test_every_command_has_help() -> None:
    for command in ("build", "check", "preview", "list", "init", "doctor"):
        code, out, _ = run(command, "--help")
        assert code == 0
        assert any("\u4e00" <= char <= "\u9fff" for char in out), command


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    assert run("init", str(tmp_path / "new"))[0] == 0
    code, _, err = run("init", str(tmp_path / "new"))
    assert code == 1
    assert "init 不会覆盖已有文件" in err and "bulletin.yaml" in err


def test_init_scaffolds_a_project_that_checks_and_previews(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    code, out, _ = run("init", str(folder))
    assert code == 0 and "已在" in out
    assert (folder / "templates" / "issue.html").read_bytes() == (REPO / "bulletin" / "templates" / "issue.html").read_bytes()
    assert "#" in (folder / "config" / "bulletin.yaml").read_text(encoding="utf-8")
    assert "每周的工作" in (folder / "README.md").read_text(encoding="utf-8")
    code, out, err = run("check", "--project", str(folder))
    assert (code, err) == (0, ""), err
    assert "文章：1 篇，均正确" in out
    _, out, _ = run("preview", "--project", str(folder))
    assert "将收录 1 篇" in out and "示例文章：新项目已就绪" in out


def bulletin(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "bulletin", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.skipif(not have("pdftotext"), reason="needs poppler-utils")
def test_init_then_build_in_the_new_folder(tmp_path: Path) -> None:
    folder = tmp_path / "周报项目"
    assert bulletin("init", str(folder), cwd=tmp_path).returncode == 0
    today = dt.date.today()
    (folder / "articles" / "new.md").write_text(
        article_text(title="本周新增的一篇文章", date=today.isoformat(), body="新文章的正文。"), encoding="utf-8")
    built = bulletin("build", "--date", today.isoformat(), cwd=folder)
    assert built.returncode == 0, built.stderr
    pdf = folder / "dist" / str(today.year) / f"周报-{today.isoformat()}.pdf"
    text = pdftotext(pdf)
    assert "本周新增的一篇文章" in text and "新文章的正文。" in text


HOSTILE_BODY = ("<script>alert(1)</script> & 数据 {{ 7*7 }} {% for x in range(3) %}循环{% endfor %}\n\n"
                "{{ issue.__class__ }} <b>不应加粗</b> &amp;")


def test_hostile_article_is_text_in_the_html(tmp_path: Path) -> None:
    from bulletin.config import Config
    from bulletin.corpus import parse_article
    from bulletin.curate import Selection, window_ending
    from bulletin.editions import RenderContext
    from bulletin.editions.pdf import render_html
    from bulletin.issue import build_issue

    article = parse_article(article_text(title="<i>标题</i> {{ 1+1 }}", body=HOSTILE_BODY), tmp_path / "h.md")
    day = dt.date(2025, 7, 11)
    issue = build_issue(Selection(day, window_ending(day, 7), ((None, (article,)),)), Config())
    # The invisible break marks of bulletin.typeset and its no-break spaces are layout, not text.
    html = render_html(issue, RenderContext(), [], []).replace("\u2060", "").replace("\u200b", "").replace("\xa0", " ")
    assert "<script>" not in html and "<b>" not in html
    html = re.sub(r"</?span[^>]*>", "", html)  # the typesetting spans (.cjk, .lat, .pc) around the text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 数据 {{ 7*7 }} {% for x in range(3) %}循环{% endfor %}" in html
    assert "{{ issue.__class__ }} &lt;b&gt;不应加粗&lt;/b&gt; &amp;amp;" in html
    assert "&lt;i&gt;标题&lt;/i&gt; {{ 1+1 }}" in html
    assert "<script>" not in html and "49" not in html


@pytest.mark.slow
@pytest.mark.skipif(not have("pdftotext"), reason="needs poppler-utils")
def test_hostile_article_comes_out_as_text_in_the_pdf(tmp_path: Path) -> None:
    folder = make_project(tmp_path / "p", config={"output": {"editions": ["pdf"]}},
                          articles={"h.md": article_text(title="敌意文章", body=HOSTILE_BODY)})
    built = bulletin("build", "--date", "2025-07-11", cwd=folder)
    assert built.returncode == 0, built.stderr
    text = "".join(pdftotext(folder / "dist" / "2025" / "周报-2025-07-11.pdf").split())  # lines wrap anywhere
    text = text.replace("\u2060", "").replace("\u200b", "")
    assert "<script>alert(1)</script>&数据{{7*7}}{%forxinrange(3)%}循环{%endfor%}" in text
    assert "{{issue.__class__}}<b>不应加粗</b>&amp;" in text


def test_the_scaffold_is_the_sample_project_but_for_the_corpus_folder() -> None:
    """bulletin init writes bulletin/defaults/*; the repository's own config must not drift from it."""
    from conftest import REPO

    defaults = REPO / "bulletin" / "defaults"
    sample = (REPO / "config" / "bulletin.yaml").read_text(encoding="utf-8")
    scaffold = (defaults / "bulletin.yaml").read_text(encoding="utf-8")
    assert scaffold == sample.replace("  corpus: seeds        #", "  corpus: articles     #")
    assert (defaults / "project-clutter.yaml").read_bytes() == (REPO / "config" / "clutter.yaml").read_bytes()


def test_init_writes_the_clutter_rules_file(tmp_path: Path) -> None:
    assert bulletin("init", str(tmp_path / "p"), cwd=tmp_path).returncode == 0
    assert "drop_lines" in (tmp_path / "p" / "config" / "clutter.yaml").read_text(encoding="utf-8")
