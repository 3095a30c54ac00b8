"""One bad article never sinks an issue: each is skipped (or flagged) with a warning naming its file, exit 4.

The corpus here is the sample week plus every kind of hostile file the audit found: a billion-laughs
front matter, 20,000-deep nesting, a file far over the size limit, two symlink loops, and characters no
configured font has. ``check`` names them all beforehand; ``build`` publishes the good articles.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, article_text, have, make_project, pdftotext
from weekly import SAMPLE_DATE, cli

from bulletin.glyphs import MARKER

pytestmark = pytest.mark.slow

FRONT = "---\ntitle: 恶意文章\nsource: 新华网\nurl: ''\ndate: 2025-07-09\n"


def billion_laughs() -> str:
    lines = ['lol0: &l0 ["哈哈哈哈哈哈哈哈"]']
    lines += [f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    return "\n".join(lines).replace("lol", "note", 1) + "\n"


def hostile_corpus(project: Path) -> None:
    articles = project / "articles"
    (articles / "laughs.md").write_text(FRONT + billion_laughs() + "---\n\n正文。\n", encoding="utf-8")
    (articles / "deep.md").write_text(FRONT + "note: " + "[" * 20000 + "]" * 20000 + "\n---\n\n正文。\n",
                                      encoding="utf-8")
    (articles / "huge.md").write_text(article_text(body="很长的正文。" * 3_000_000), encoding="utf-8")  # 54 MB
    (articles / "loop").mkdir()
    (articles / "loop" / "back").symlink_to("..")
    (articles / "ping.md").symlink_to("pong.md")
    (articles / "pong.md").symlink_to("ping.md")
    (articles / "glyphs.md").write_text(article_text(
        title="多语种转载", body="藏文 ཀཁག，阿拉伯文 العربية，扩展 B 区 𠀀，表情 🎉。"), encoding="utf-8")


BAD = ("laughs.md", "deep.md", "huge.md", "loop/back", "ping.md", "pong.md", "glyphs.md")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile") / "p", corpus=SEEDS,
                           config={"output": {"editions": ["pdf"]}})
    hostile_corpus(project)
    return project


def test_check_names_every_bad_file_beforehand(hostile: Path) -> None:
    started = time.monotonic()
    code, out, err = cli("check", "--project", str(hostile))
    assert time.monotonic() - started < 60  # never a hang (the audit's loops hung; laughs took 60 s)
    assert code == 4, err
    assert "Traceback" not in err
    lines = err.splitlines()
    for name in BAD:
        assert any(str(hostile / "articles" / name) in line for line in lines), name
    assert "锚点和别名" in err and "嵌套超过" in err and "max_article_kb" in err
    assert "循环" in err and "符号链接形成循环" in err
    assert "“𠀀”（U+20000）" in err and f"以“{MARKER}”标出" in err


def test_build_publishes_the_good_articles_and_marks_what_no_font_draws(hostile: Path) -> None:
    code, out, err = cli("build", "--project", str(hostile), "--date", SAMPLE_DATE)
    assert code == 4, err
    assert "共 4 条" in out  # the three articles of the week, and the one with unusual characters
    for name in BAD:
        assert str(hostile / "articles" / name) in err, name
    text = pdftotext(hostile / "dist" / "2025" / "周报-2025-07-11.pdf")
    assert "多语种转载" in text and "山东聊城智慧医疗" in text
    assert MARKER in text  # Tibetan, 𠀀 and 🎉 have no font on this machine: visibly marked, not blank
    assert "ཀ" not in text


def test_a_character_another_installed_font_has_is_drawn_with_it(tmp_path: Path) -> None:
    if not have("pdffonts"):
        pytest.skip("poppler-utils missing")
    from bulletin.glyphs import font_for

    if font_for("ا") is None:
        pytest.skip("no installed font draws Arabic")
    project = make_project(tmp_path / "p", corpus=SEEDS, config={"output": {"editions": ["pdf"]}}, articles={
        "arabic.md": article_text(title="阿拉伯文报道", body="标题为 العربية 的报道。")})
    code, _, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 4 and "改用字体" in err and "arabic.md" in err
    pdf = project / "dist" / "2025" / "周报-2025-07-11.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert font_for("ا").family.replace(" ", "-") in fonts
    assert MARKER not in pdftotext(pdf)


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", corpus=SEEDS, config={"max_article_kb": 32,
                                                                 "output": {"editions": ["html"]}})
    (project / "articles" / "long.md").write_text(article_text(body="正文。" * 20000), encoding="utf-8")
    code, out, err = cli("build", "--project", str(project), "--date", SAMPLE_DATE)
    assert code == 4 and "long.md" in err and "超过 32 KB" in err and "共 3 条" in out


def test_an_unreadable_corpus_folder_is_an_error_not_an_empty_week(tmp_path: Path) -> None:
    """As root nothing is unreadable, so strace makes opening the folder fail with EACCES."""
    if not have("strace"):
        pytest.skip("strace is not installed")
    project = make_project(tmp_path / "p", corpus=SEEDS, config={"output": {"editions": ["html"]}})
    corpus = project / "articles"
    strace = ["strace", "-qq", "-o", "/dev/null", "-P", str(corpus), "-e", "trace=openat",
              "-e", "inject=openat:error=EACCES"]
    for command in (["build", "--date", SAMPLE_DATE], ["check"]):
        result = subprocess.run([*strace, sys.executable, "-m", "bulletin", *command, "--project", str(project)],
                                capture_output=True, text=True, timeout=120, check=False,
                                env={"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO)})
        assert result.returncode == 1, result.stderr
        assert "无法读取文章目录" in result.stderr and "没有写入权限" not in result.stderr
        assert "Traceback" not in result.stderr
        assert not (project / "dist" / "2025").exists()
