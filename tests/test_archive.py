"""The archive: issues published all or nothing, never overwritten by accident, checked against manifests."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import article_text, make_project, pdftotext
from weekly import EDITIONS, SAMPLE_DATE, archive_files, cli, manifest, weekly_project

import bulletin.files

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return weekly_project(tmp_path / "project")


def build(project: Path, *args: str) -> tuple[int, str, str]:
    return cli("build", "--project", str(project), "--date", SAMPLE_DATE, *args)


def test_editions_go_into_the_year_folder_with_a_manifest(project: Path) -> None:
    code, out, _ = build(project)
    assert code == 0
    folder = project / "dist" / "2025"
    for edition in EDITIONS:
        assert (folder / f"周报-2025-07-11.{edition}").is_file()
        assert str(folder / f"周报-2025-07-11.{edition}") in out
    record = manifest(project)
    assert record["date"] == SAMPLE_DATE and record["number"] is None
    assert [entry["edition"] for entry in record["editions"]] == EDITIONS
    for entry in record["editions"]:
        data = (project / "dist" / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["size"] == len(data)
    files = {entry["file"] for entry in record["articles"]}
    assert files == {"articles/2025-07-07-rmzxw-digital-economy-medical-ai.md",
                     "articles/2025-07-07-xinhua-cross-strait-medical-innovation.md",
                     "articles/2025-07-09-xinhuanet-liaocheng-smart-healthcare.md"}
    for entry in record["articles"]:
        assert entry["sha256"] == hashlib.sha256((project / entry["file"]).read_bytes()).hexdigest()
    assert record["config_sha256"] == hashlib.sha256(
        (project / "config" / "bulletin.yaml").read_bytes()).hexdigest()
    assert [item["number"] for item in record["catalog"]] == [1, 2, 3]
    assert record["sent"] == []


def test_an_issue_number_names_the_files(tmp_path: Path) -> None:
    project = weekly_project(tmp_path / "p", masthead={"issue_number": 27})
    assert build(project)[0] == 0
    assert (project / "dist" / "2025" / "第27期-2025-07-11.pdf").is_file()
    assert manifest(project)["number"] == 27
    code, out, _ = cli("archive", "--project", str(project))
    assert code == 0 and "第27期（2025-07-11）" in out and "3 条" in out and "未发送" in out


def test_a_changed_published_issue_is_refused_without_force(project: Path) -> None:
    assert build(project)[0] == 0
    before = archive_files(project)
    article = project / "articles" / "2025-07-09-xinhuanet-liaocheng-smart-healthcare.md"
    article.write_text(article.read_text(encoding="utf-8").replace("折返跑", "来回跑"), encoding="utf-8")
    code, _, err = build(project)
    assert code == 1
    assert "已于" in err and "内容与已归档的不同" in err and "--force" in err and "2025-07-11.manifest.json" in err
    assert archive_files(project) == before


def test_building_a_published_issue_again_from_the_same_input_changes_nothing(project: Path) -> None:
    """Cron re-running on issue day, or an editor building twice: nothing to do is not an error."""
    assert build(project)[0] == 0
    before = archive_files(project)
    code, out, _ = build(project)
    assert code == 0
    assert "内容未变，无需重新生成" in out and "2025/周报-2025-07-11.pdf" in out
    assert archive_files(project) == before
    assert [p.name for p in (project / "dist" / "2025").iterdir() if "~" in p.name] == []


def test_same_input_gives_byte_identical_editions(project: Path, tmp_path: Path) -> None:
    """Reproducible bytes (PDF, and DOCX whenever the edition exists): a rebuild can be checked by hash."""
    assert build(project)[0] == 0
    first = archive_files(project)
    other = weekly_project(tmp_path / "other")
    assert build(other)[0] == 0
    second = archive_files(other)
    for edition in EDITIONS:
        name = f"2025/周报-2025-07-11.{edition}"
        assert first[name] == second[name], f"{edition} differs between two builds of the same input"


def test_force_keeps_the_old_editions_as_numbered_backups(project: Path) -> None:
    assert build(project)[0] == 0
    old_pdf = (project / "dist" / "2025" / "周报-2025-07-11.pdf").read_bytes()
    article = project / "articles" / "2025-07-09-xinhuanet-liaocheng-smart-healthcare.md"
    article.write_text(article.read_text(encoding="utf-8").replace("折返跑", "来回跑"), encoding="utf-8")
    code, out, _ = build(project, "--force")
    assert code == 0
    backup = project / "dist" / "2025" / "周报-2025-07-11~1.pdf"
    assert backup.read_bytes() == old_pdf
    assert "周报-2025-07-11~1.pdf" in out
    record = manifest(project)
    assert "2025/周报-2025-07-11~1.pdf" in [entry["file"] for entry in record["replaced"]]
    assert "来回跑" in pdftotext(project / "dist" / "2025" / "周报-2025-07-11.pdf")
    code, out, _ = cli("archive", "verify", "--project", str(project))
    assert code == 0 and "归档完好" in out


def test_verify_finds_a_changed_a_missing_and_a_stray_file(project: Path) -> None:
    assert build(project)[0] == 0
    folder = project / "dist" / "2025"
    pdf = folder / "周报-2025-07-11.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n%tampered")
    (folder / "周报-2025-07-04.pdf").write_bytes(b"%PDF-1.7 stray")
    code, _, err = cli("archive", "verify", "--project", str(project))
    assert code == 1
    assert f"{pdf}: 内容与归档清单不符" in err
    assert "周报-2025-07-04.pdf: 不在任何归档清单中" in err
    pdf.unlink()
    code, _, err = cli("archive", "verify", "--project", str(project))
    assert code == 1 and f"{pdf}: 文件缺失" in err


def test_a_damaged_manifest_is_reported_and_blocks_a_rebuild(project: Path) -> None:
    assert build(project)[0] == 0
    path = project / "dist" / "2025" / f"{SAMPLE_DATE}.manifest.json"
    path.write_text('{"date": "2025-07-11", "tit', encoding="utf-8")
    code, _, err = cli("archive", "verify", "--project", str(project))
    assert code == 1 and "归档清单已损坏" in err and str(path) in err
    code, _, err = build(project, "--force")
    assert code == 1 and "归档清单已损坏" in err


# ---- faults: each leaves the archive whole and says what to do ----

def published(project: Path) -> dict[str, bytes]:
    """Publish the week before the sample issue, and return the archive as it is."""
    article = project / "articles" / "earlier.md"
    article.write_text(article_text(title="上周的文章", date="2025-07-02"), encoding="utf-8")
    code, _, _ = cli("build", "--project", str(project), "--date", "2025-07-04")
    assert code == 0
    return archive_files(project)


def test_disk_full_while_writing_leaves_no_partial_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = published(project)
    real_write_all = bulletin.files.write_all

    def disk_fills_up(handle: int, data: bytes) -> None:
        real_write_all(handle, data[: len(data) // 2])  # half the file reaches the disk, then ENOSPC
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bulletin.files, "write_all", disk_fills_up)
    code, _, err = build(project)
    assert code == 1
    assert "磁盘空间已满" in err and "清理磁盘空间" in err and "周报-2025-07-11" in err
    assert archive_files(project) == before  # no temporary file, no half edition, no manifest


def can_mount_tmpfs(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                            capture_output=True, check=False)
    return result.returncode == 0


def test_a_really_full_disk_is_reported_and_the_archive_kept(tmp_path: Path) -> None:
    """The same fault on a real 4 MiB tmpfs (only where this test may mount one, e.g. as root)."""
    project = weekly_project(tmp_path / "p")
    dist = project / "dist"
    if not can_mount_tmpfs(dist):
        pytest.skip("cannot mount a tmpfs here (needs root); the monkeypatched ENOSPC test covers the code")
    try:
        (dist / "filler").write_bytes(b"\0" * (4 * 1024 * 1024 - 300_000))  # less room than one PDF
        code, _, err = build(project)
        assert code == 1 and "磁盘空间已满" in err
        leftovers = sorted(path.name for path in dist.rglob("*") if path.is_file())
        assert leftovers == ["bulletin.log", "filler"] or leftovers == [".bulletin.lock", "bulletin.log", "filler"]
        (dist / "filler").unlink()
        assert build(project)[0] == 0
    finally:
        subprocess.run(["umount", str(dist)], check=False)


def test_a_read_only_output_folder_is_reported(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, where chmod does not stop writes: the refusal is raised where the OS would raise it."""
    before = published(project)

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(bulletin.files.tempfile, "mkstemp", read_only)
    code, _, err = build(project)
    assert code == 1
    assert "只读" in err and "paths.output" in err and str(project / "dist" / "2025") in err
    assert archive_files(project) == before


def test_a_missing_font_names_the_fonts_and_the_fix(project: Path) -> None:
    before = published(project)
    config = project / "config" / "bulletin.yaml"
    data = config.read_text(encoding="utf-8").replace("Noto Serif CJK SC", "不存在的字体甲")
    data = data.replace("Source Han Serif SC", "不存在的字体乙").replace("SimSun", "不存在的字体丙")
    config.write_text(data, encoding="utf-8")
    code, _, err = build(project)
    assert code == 1 and "没有找到任何已配置的正文字体" in err and "不存在的字体甲" in err and "fonts-noto-cjk" in err
    assert archive_files(project) == before


def test_a_broken_template_names_the_file_and_line(project: Path) -> None:
    before = published(project)
    (project / "templates").mkdir()
    (project / "templates" / "issue.html").write_text("<html>\n{% for item in issue.items %}\n</html>\n",
                                                      encoding="utf-8")
    code, _, err = build(project)
    assert code == 1 and "模板语法错误" in err and "issue.html:" in err
    assert archive_files(project) == before


def test_a_corrupt_article_is_skipped_with_a_warning(project: Path) -> None:
    (project / "articles" / "broken.md").write_bytes("---\ntitle: 坏文件\n".encode() + b"\xff\xfe\x00garbage")
    code, out, err = build(project, "--quiet")
    assert code == 4
    assert "broken.md" in err and "UTF-8" in err and "已跳过" in err
    assert "周报-2025-07-11.pdf" in out  # --quiet prints everything when something needs a person
    assert manifest(project)["editions"]


def test_a_leftover_temporary_file_is_cleared_by_the_next_run(project: Path) -> None:
    published(project)
    stale = project / "dist" / "2025" / ".周报-2025-07-11.pdf.abc123.tmp"
    stale.write_bytes(b"%PDF half")
    assert build(project)[0] == 0
    assert not stale.exists()
    code, _, _ = cli("archive", "verify", "--project", str(project))
    assert code == 0


def test_archive_lists_nothing_in_a_new_project(tmp_path: Path) -> None:
    project = make_project(tmp_path / "empty")
    code, out, _ = cli("archive", "--project", str(project))
    assert code == 0 and "归档为空" in out


def test_json_summary(project: Path) -> None:
    code, out, err = build(project, "--json")
    assert code == 0 and err == ""
    summary = json.loads(out)
    assert summary["result"] == "built" and summary["exit_code"] == 0
    assert summary["items"] == 3 and summary["issue"]["date"] == SAMPLE_DATE
    assert [Path(path).suffix for path in summary["editions"]] == [f".{edition}" for edition in EDITIONS]
    assert summary["warnings"] == [] and summary["errors"] == []


def test_issue_numbers_count_on_from_the_archive_and_a_rebuild_keeps_its_number(tmp_path: Path) -> None:
    project = weekly_project(tmp_path / "p", masthead={"issue_number": 27})
    articles = project / "articles"
    text = (articles / "2025-07-09-xinhuanet-liaocheng-smart-healthcare.md").read_text(encoding="utf-8")
    for day in ("2025-07-16", "2025-07-30"):  # the week of 25 July has no issue: a holiday
        (articles / f"{day}-next.md").write_text(
            text.replace("date: 2025-07-09", f"date: {day}").replace("url: http://", f"url: http://{day}."),
            encoding="utf-8")

    def build_on(day: str, *args: str) -> tuple[int, str, str]:
        return cli("build", "--project", str(project), "--date", day, *args)

    assert build_on("2025-07-11")[0] == 0          # the first issue of the archive: 第27期
    assert build_on("2025-07-18")[0] == 0          # 第28期
    assert build_on("2025-07-25")[0] == 3          # nothing to publish
    assert build_on("2025-08-01")[0] == 0          # 第29期: the holiday skipped no number
    year = project / "dist" / "2025"
    assert {p.name for p in year.glob("第*期-*.pdf")} == {
        "第27期-2025-07-11.pdf", "第28期-2025-07-18.pdf", "第29期-2025-08-01.pdf"}
    code, out, _ = build_on("2025-07-18")           # built again: keeps 第28期 (and nothing changed)
    assert code == 0 and "第28期-2025-07-18.pdf" in out
    code, out, _ = build_on("2025-08-01", "--number", "40", "--force")
    assert code == 0 and "第40期-2025-08-01.pdf" in out
    assert manifest(project, "2025-08-01")["number"] == 40
