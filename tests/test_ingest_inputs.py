"""Ingest of the many kinds of input: encodings, Traditional Chinese, HTML, URLs, bad files, rules."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin.cli import app
from bulletin.corpus import load_corpus
from tests.conftest import make_project

BODY = ("国家卫生健康委员会今天发布通知，要求各地加快推进紧密型县域医疗卫生共同体建设，提升基层医疗服务能力。",
        "通知指出，到2027年，紧密型县域医共体基本实现全覆盖，县域内就诊率保持在90%左右。")
TRADITIONAL = ("國家衛生健康委員會今天發佈通知，要求各地加快推進緊密型縣域醫療衛生共同體建設，提升基層醫療服務能力。\n"
               "通知指出，到2027年，緊密型縣域醫共體基本實現全覆蓋，縣域內就診率保持在90%左右。\n")
PASTE = ("基层医共体建设提速\n2025-07-08 09:30 来源：人民网\n\n" + "\n\n".join(BODY) +
         "\n\n责任编辑：王五\n分享到：微信 微博\n相关阅读\n其他新闻标题一\n其他新闻标题二\n")
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>基层医共体建设提速_人民网</title>
<meta property="og:site_name" content="人民网"><meta property="article:published_time" content="2025-07-08">
</head><body><nav><a href="/">首页</a> <a href="/a">时政</a></nav>
<article><h1>基层医共体建设提速</h1><p>{BODY[0]}</p><p>{BODY[1]}</p></article>
<aside><ul><li><a href="/x">热点新闻一</a></li><li><a href="/y">热点新闻二</a></li></ul></aside>
<footer>版权所有 人民网</footer></body></html>"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


def ingest(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ingest", *args, "--into", str(project / "incoming"),
                                      "--project", str(project), "--reference-date", "2025-07-11"],
                                catch_exceptions=False)
    return result.exit_code, result.output


def written(project: Path):  # type: ignore[no-untyped-def]
    folder = project / "incoming"
    return list(load_corpus(folder).articles) if folder.is_dir() else []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le"])
def test_encodings(project: Path, tmp_path: Path, encoding: str) -> None:
    paste = tmp_path / "paste.txt"
    paste.write_bytes(PASTE.encode(encoding))
    code, output = ingest(project, str(paste))
    [article] = written(project)
    assert code == 4, output  # no URL in the paste
    assert (article.title, article.source, article.date.isoformat()) == ("基层医共体建设提速", "人民网", "2025-07-08")
    assert article.paragraphs == BODY
    assert article.review == ("url",)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_file_cut_inside_a_character_still_reads(project: Path, tmp_path: Path, encoding: str) -> None:
    # A real paste (tests/fixtures/real-pastes/01.txt) saved, then cut one byte into its last character.
    real = (Path(__file__).parent / "fixtures" / "real-pastes" / "01.txt").read_text(encoding="utf-8")
    data = real.encode(encoding)
    cut = len(data) - 1
    while data[cut - 1] < 0x80:
        cut -= 1
    paste = tmp_path / "cut.txt"
    paste.write_bytes(data[:cut])
    code, output = ingest(project, str(paste))
    assert "损坏的字节已略去" in output, output
    assert len(written(project)) == 1


def test_big5_traditional_is_converted_to_simplified(project: Path, tmp_path: Path) -> None:
    paste = tmp_path / "big5.txt"
    paste.write_bytes(("醫共體建設提速\n來源：聯合報\n" + TRADITIONAL).encode("big5"))
    code, output = ingest(project, str(paste), "--url", "https://example.org/a.html", "--date", "2025-07-09")
    [article] = written(project)
    assert "已转为简体" in output
    assert article.paragraphs == BODY
    assert article.title == "医共体建设提速"
    assert article.source == "联合报"


def test_traditional_conversion_can_be_switched_off(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", config={"ingest": {"simplified": False}})
    paste = tmp_path / "trad.txt"
    paste.write_text(TRADITIONAL, encoding="utf-8")
    ingest(project, str(paste))
    [article] = written(project)
    assert article.paragraphs[0].startswith("國家衛生健康委員會")


def test_clutter_after_the_article_is_dropped(project: Path, tmp_path: Path) -> None:
    paste = tmp_path / "paste.txt"
    paste.write_text(PASTE, encoding="utf-8")
    code, output = ingest(project, str(paste))
    [article] = written(project)
    for clutter in ("责任编辑", "分享到", "相关阅读", "其他新闻标题"):
        assert clutter not in article.body
    assert "删除杂项 5 行" in output


def test_html_file(project: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, output = ingest(project, str(page), "--url", "https://www.people.com.cn/a.html")
    [article] = written(project)
    assert code == 0, output
    assert (article.title, article.source, article.date.isoformat()) == ("基层医共体建设提速", "人民网", "2025-07-08")
    assert article.paragraphs == BODY
    assert "网页元数据" in output


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article.html":
            data, kind = PAGE.encode("utf-8"), "text/html; charset=utf-8"
        elif self.path == "/photo.jpg":
            data, kind = b"\xff\xd8\xff\xe0" + bytes(100), "image/jpeg"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_served_locally(project: Path, server: str) -> None:
    code, output = ingest(project, f"{server}/article.html")
    [article] = written(project)
    assert article.url == f"{server}/article.html"
    assert article.title == "基层医共体建设提速"
    assert article.paragraphs == BODY


def test_url_that_is_not_a_page_or_missing(project: Path, server: str) -> None:
    code, output = ingest(project, f"{server}/photo.jpg", f"{server}/missing.html")
    assert code == 1
    assert "不是网页（内容类型 image/jpeg）" in output
    assert "HTTP 404" in output
    assert written(project) == []


def test_empty_binary_and_missing_files_are_reported_and_others_go_on(project: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    good = tmp_path / "good.txt"
    good.write_text(PASTE, encoding="utf-8")
    code, output = ingest(project, str(tmp_path / "empty.txt"), str(tmp_path / "image.png"),
                          str(tmp_path / "nope.txt"), str(good))
    assert code == 1
    assert f"{tmp_path / 'empty.txt'}: 文件是空的" in output
    assert f"{tmp_path / 'image.png'}: 这不是文本文件" in output
    assert f"{tmp_path / 'nope.txt'}: 找不到这个文件" in output
    assert len(written(project)) == 1


def test_fifty_megabyte_file_is_refused_without_reading_it(project: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1_048_576)  # sparse: 50 MB on paper, nothing on disk
    code, output = ingest(project, str(big))
    assert code == 1
    assert "文件过大（50.0 MB，上限 20.0 MB）" in output


def test_near_duplicate_from_another_outlet(project: Path, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(PASTE, encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("基层医共体建设再提速\n2025-07-09 来源：新华网\n" + "\n".join(BODY) + "记者从会上获悉。\n",
                      encoding="utf-8")
    code, output = ingest(project, str(first), str(second))
    assert len(written(project)) == 1
    assert "与 现有文章 2025-07-08-基层医共体建设提速.md 内容重复（相似度 0.9" in output


def test_existing_file_is_not_overwritten_unless_asked(project: Path, tmp_path: Path) -> None:
    paste = tmp_path / "paste.txt"
    paste.write_text(PASTE, encoding="utf-8")
    ingest(project, str(paste))
    target = project / "incoming" / "2025-07-08-基层医共体建设提速.md"
    target.write_text(target.read_text(encoding="utf-8").replace("人民网", "编辑改过"), encoding="utf-8")
    code, output = ingest(project, str(paste), "--overwrite")
    assert "已写入" in output
    assert "source: 人民网" in target.read_text(encoding="utf-8")


def test_editor_rule_in_project_file(project: Path, tmp_path: Path) -> None:
    paste = tmp_path / "paste.txt"
    # A site's own line between two paragraphs stays (a short line inside an article may be a subhead)
    # until the editor's rule names it.
    paste.write_text(PASTE.replace("\n\n" + BODY[1], "\n\n【本站小编：每日健康资讯】\n\n" + BODY[1]), encoding="utf-8")
    ingest(project, str(paste))
    assert "本站小编" in written(project)[0].body
    (project / "config" / "clutter.yaml").write_text("drop_lines:\n  - '【本站小编[:：].*】'\n", encoding="utf-8")
    (project / "incoming").rename(project / "old")
    ingest(project, str(paste))
    assert "本站小编" not in written(project)[0].body


def test_bad_rule_is_reported_at_its_line(project: Path, tmp_path: Path) -> None:
    (project / "config" / "clutter.yaml").write_text("drop_lines:\n  - '好的'\n  - '(未闭合'\n", encoding="utf-8")
    paste = tmp_path / "paste.txt"
    paste.write_text(PASTE, encoding="utf-8")
    code, output = ingest(project, str(paste))
    assert code == 1
    assert "config/clutter.yaml:3:5: drop_lines 的第 2 条规则不是有效的正则表达式" in output
