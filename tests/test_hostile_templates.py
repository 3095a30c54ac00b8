"""Nothing outside the project is reachable from text: config strings, templates and WeasyPrint confined.

A config string that reaches the PDF's style sheet stays text; a template can use files of the template
folders and ``data:`` URLs only, never a local file elsewhere (attachments included) nor an http URL; an
``{% include %}`` or a style sheet that is a symlink out of the templates folder is refused.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from conftest import SEEDS, make_project, pdftotext
from pypdf import PdfReader
from weekly import SAMPLE_DATE, cli

from bulletin.editions import BUILTIN_TEMPLATES

pytestmark = pytest.mark.slow


def pdf_project(folder: Path, **config: object) -> Path:
    project = make_project(folder, corpus=SEEDS, config={"output": {"editions": ["pdf"]}, **config})
    (project / "templates").mkdir(exist_ok=True)
    return project


def build(project: Path) -> tuple[int, str, str]:
    return cli("build", "--project", str(project), "--date", SAMPLE_DATE)


def own_template(project: Path, extra_head: str) -> None:
    """The built-in issue.html copied into the project, with ``extra_head`` added to its head."""
    text = (BUILTIN_TEMPLATES / "issue.html").read_text(encoding="utf-8")
    (project / "templates" / "issue.html").write_text(text.replace("</head>", extra_head + "\n</head>"),
                                                      encoding="utf-8")


class Counter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red; }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> object:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    Counter.hits = 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_footer_that_closes_the_style_sheet_stays_text(tmp_path: Path) -> None:
    footer = "第 {page} 页</style><link rel='attachment' href='file:///etc/hostname'><style>\"; }} body {{ x: \"\\"
    project = pdf_project(tmp_path / "p", wording={"page_footer": footer})
    code, _, err = build(project)
    assert code == 0, err
    pdf = project / "dist" / "2025" / "周报-2025-07-11.pdf"
    assert PdfReader(pdf).attachments == {}
    text = pdftotext(pdf)
    assert "第 1 页</style><link rel='attachment'" in text  # shown as the editor wrote it


def test_a_template_cannot_attach_a_local_file_or_fetch_a_url(tmp_path: Path, web) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密", encoding="utf-8")
    project = pdf_project(tmp_path / "p")
    own_template(project, f"<link rel='attachment' href='{secret.as_uri()}'>"
                          f"<link rel='stylesheet' href='http://127.0.0.1:{web.server_address[1]}/x.css'>")
    code, _, err = build(project)
    assert code == 1
    assert "模板目录之外的资源" in err and secret.as_uri() in err and "Traceback" not in err
    assert Counter.hits == 0
    assert not (project / "dist" / "2025").exists() or not list((project / "dist" / "2025").glob("*.pdf"))


def test_files_of_the_templates_folder_and_data_urls_are_served(tmp_path: Path) -> None:
    # A plain PDF: PDF/A-2 (the default) admits no arbitrary attachment, so WeasyPrint leaves it out there.
    project = pdf_project(tmp_path / "p", typesetting={"pdf_standard": "none"})
    (project / "templates" / "extra.css").write_text(".masthead-title { color: #c00; }", encoding="utf-8")
    own_template(project, "<link rel='stylesheet' href='extra.css'>"
                          "<link rel='attachment' title='说明' href='data:text/plain;base64,5pys5pyf'>")
    code, _, err = build(project)
    assert code == 0, err
    attachments = PdfReader(project / "dist" / "2025" / "周报-2025-07-11.pdf").attachments
    assert [data for datas in attachments.values() for data in datas] == ["本期".encode()]


def test_an_include_through_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.html"
    outside.write_text("<p>来自模板目录之外</p>", encoding="utf-8")
    project = pdf_project(tmp_path / "p")
    (project / "templates" / "part.html").symlink_to(outside)
    own_template(project, "")
    page = project / "templates" / "issue.html"
    page.write_text(page.read_text(encoding="utf-8").replace("<body>", "<body>{% include 'part.html' %}"),
                    encoding="utf-8")
    code, _, err = build(project)
    assert code == 1 and "符号链接" in err and "part.html" in err and "Traceback" not in err


def test_a_style_sheet_symlinked_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    project = pdf_project(tmp_path / "p")
    (project / "templates" / "issue.css").symlink_to(tmp_path / "elsewhere.css")
    (tmp_path / "elsewhere.css").write_text("body {}", encoding="utf-8")
    code, _, err = build(project)
    assert code == 1 and "符号链接" in err and "issue.css" in err
