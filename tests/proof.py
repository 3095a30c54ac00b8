"""Real readers for the editions: LibreOffice, poppler and Pillow, shared by the print-quality tests and by
scripts/update_reference_images.py (which puts this folder on sys.path).

Every helper here runs a program a reader of the bulletin would use, so a test built on them proves what
the reader sees, not what our own code believes it wrote.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FONTCONFIG_FILE = TESTS / "fontconfig" / "fonts.conf"
REFERENCE_DIR = TESTS / "reference"
REFERENCE_DPI = 50  # small files, still enough to see a masthead, a rule, a missing block

FOOTER = re.compile(r"第\d+页/共\d+页")
CATALOG_LEADER = re.compile(r"\s*·{3,}\s*\d+[ \t]*$", re.M)  # a line's dot leader and page number


def soffice() -> str | None:
    """The LibreOffice executable, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(document: Path, outdir: Path, target: str = "pdf") -> Path:
    """Convert ``document`` with LibreOffice headless to ``target`` (pdf, fodt…), the Word fonts mapped to
    Noto CJK SC by tests/fontconfig/fonts.conf.

    Each conversion gets its own LibreOffice profile, so parallel or leftover instances never interfere.
    """
    office = soffice()
    if office is None:
        raise RuntimeError("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / f"lo-profile-{uuid.uuid4().hex}"
    env = {**os.environ, "HOME": str(outdir), "FONTCONFIG_FILE": str(FONTCONFIG_FILE)}
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), str(document)], check=True, capture_output=True, timeout=180, env=env)
    shutil.rmtree(profile, ignore_errors=True)
    converted = outdir / f"{document.stem}.{target}"
    if not converted.is_file():
        raise RuntimeError(f"LibreOffice wrote no {target} for {document}")
    return converted


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    """The DOCX as LibreOffice prints it."""
    return libreoffice_convert(docx, outdir, "pdf")


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, as pdftotext reads it (reading order, one line per printed line)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def page_lines(page: str) -> list[str]:
    """The non-blank lines of one page's text, stripped."""
    return [line.strip() for line in page.splitlines() if line.strip()]


def squeeze(text: str) -> str:
    """Whitespace removed: editions wrap lines, and set Latin words apart, each in their own way; the
    invisible break marks of bulletin.typeset (U+200B, U+2060) are layout, not text."""
    return re.sub(r"[\s\u200b\u2060]+", "", text)


def reading_text(pages: list[str]) -> str:
    """All pages as one squeezed string, without page footers and the catalog's leaders and page numbers."""
    return FOOTER.sub("", squeeze(CATALOG_LEADER.sub("", "".join(pages))))


def page_of(pages: list[str], text: str, after: str = "") -> int:
    """The 1-based page where ``text`` first occurs after the first occurrence of ``after`` (whitespace
    ignored): ``page_of(pages, "1.标题", after="二、具体内容")`` is where item 1 starts, not its catalog entry."""
    squeezed = [squeeze(page) for page in pages]
    stream = "".join(squeezed)
    start = stream.find(squeeze(after)) if after else 0
    found = stream.find(squeeze(text), max(start, 0)) if start >= 0 else -1
    if found < 0:
        raise AssertionError(f"not in the text after “{after}”: {text[:40]}")
    end = 0
    for number, page in enumerate(squeezed, start=1):
        end += len(page)
        if found < end:
            return number
    raise AssertionError("unreachable")


def render_page(pdf: Path, page: int, target: Path, dpi: int = REFERENCE_DPI) -> Path:
    """Page ``page`` of ``pdf`` as a PNG at ``target`` (pdftoppm, anti-aliased as a screen shows it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(target.with_suffix(""))], check=True, timeout=60)
    return target


@dataclass(frozen=True)
class ImageDifference:
    """How far a rendered page is from its reference: mean absolute difference over every channel (0–255),
    and the share of pixels where some channel differs by more than a quarter of its range."""

    mean: float
    changed_fraction: float
    same_size: bool

    def within(self, mean: float, changed_fraction: float) -> bool:
        return self.same_size and self.mean <= mean and self.changed_fraction <= changed_fraction


def compare_images(actual: Path, reference: Path) -> ImageDifference:
    """Compare two PNGs pixel by pixel (Pillow, installed with WeasyPrint)."""
    from PIL import Image, ImageChops

    with Image.open(actual) as first, Image.open(reference) as second:
        a, b = first.convert("RGB"), second.convert("RGB")
    if a.size != b.size:
        return ImageDifference(mean=255.0, changed_fraction=1.0, same_size=False)
    difference = ImageChops.difference(a, b)
    pixels = a.size[0] * a.size[1]
    histogram = difference.histogram()  # 3 × 256 counts, one block per channel
    mean = sum(value * count for channel in range(3)
               for value, count in enumerate(histogram[channel * 256:(channel + 1) * 256])) / (3 * pixels)
    changed = sum(_max_channel(difference).histogram()[64:]) / pixels
    return ImageDifference(mean=mean, changed_fraction=changed, same_size=True)


def _max_channel(image):
    """A greyscale image holding, per pixel, the largest of the three channel values."""
    from PIL import ImageChops

    red, green, blue = image.split()
    return ImageChops.lighter(ImageChops.lighter(red, green), blue)


# --- the sample issue's reference pages -------------------------------------------------------------------

SAMPLE_DATE = "2025-07-11"
REFERENCE_ITEM = 2  # the item whose first page is pictured (the sample issue's item 2 starts a page region)


@dataclass(frozen=True)
class SampleEditions:
    """The sample issue, its model and its two printable editions on disk."""

    issue: Any
    pdf: Path
    docx: Path

    def item_heading(self, number: int) -> str:
        item = self.issue.items[number - 1]
        return f"{item.marker}{item.title}"


def build_sample(outdir: Path) -> SampleEditions:
    """The repository's sample issue (seeds/, config/bulletin.yaml) rendered to ``outdir`` as PDF and DOCX."""
    import datetime as dt

    from bulletin.build import BuildOptions, plan_issue
    from bulletin.config import load_project
    from bulletin.editions import RenderContext
    from bulletin.editions.docx import render_docx
    from bulletin.editions.pdf import render_pdf

    issue = plan_issue(load_project(REPO), BuildOptions(issue_date=dt.date.fromisoformat(SAMPLE_DATE))).issue
    outdir.mkdir(parents=True, exist_ok=True)
    pdf, docx = outdir / "sample.pdf", outdir / "sample.docx"
    pdf.write_bytes(render_pdf(issue, RenderContext()))
    docx.write_bytes(render_docx(issue, RenderContext()))
    return SampleEditions(issue=issue, pdf=pdf, docx=docx)


def reference_pages(outdir: Path) -> dict[str, Path]:
    """Page 1 and the reference item's first page of each edition (the DOCX through LibreOffice), as PNGs
    named as in tests/reference/."""
    sample = build_sample(outdir)
    pdfs = {"pdf": sample.pdf, "docx": docx_to_pdf(sample.docx, outdir / "libreoffice")}
    pictures = {}
    for edition, pdf in pdfs.items():
        item_page = page_of(page_texts(pdf), sample.item_heading(REFERENCE_ITEM),
                            after=sample.issue.labels.items_title)
        pictures[f"{edition}-page1.png"] = render_page(pdf, 1, outdir / "png" / f"{edition}-page1.png")
        pictures[f"{edition}-item{REFERENCE_ITEM}.png"] = render_page(
            pdf, item_page, outdir / "png" / f"{edition}-item{REFERENCE_ITEM}.png")
    return pictures


# --- the hard week's reference pages ----------------------------------------------------------------------

HARD_WEEK = TESTS / "fixtures" / "hard-week"
HARD_WEEK_DATE = "2025-07-11"
# Pages pictured, each by a text it holds (whitespace ignored), after 二、具体内容 except the first:
# the front page, the catalog's second page, an item with list lines (①…), an item with subheads and
# captions, and the English-only item.
HARD_WEEK_PAGES = {
    "front": ("", "本期导语："),
    "catalog": ("", "（光明日报）"),
    "list": ("二、具体内容", "①政绩观偏差方面"),
    "subheads": ("二、具体内容", "破解就医难题"),
    "english": ("二、具体内容", "Notice: The content above"),
}


def build_hard_week(outdir: Path) -> SampleEditions:
    """The hard week (tests/fixtures/hard-week) rendered to ``outdir`` as PDF, DOCX and HTML."""
    import datetime as dt

    from conftest import make_project

    from bulletin.build import BuildOptions, plan_issue
    from bulletin.config import load_project
    from bulletin.editions import RenderContext
    from bulletin.editions.docx import render_docx
    from bulletin.editions.html import render_html_edition
    from bulletin.editions.pdf import render_pdf

    folder = make_project(outdir / "project", corpus=HARD_WEEK)
    issue = plan_issue(load_project(folder), BuildOptions(issue_date=dt.date.fromisoformat(HARD_WEEK_DATE))).issue
    pdf, docx, html = outdir / "week.pdf", outdir / "week.docx", outdir / "week.html"
    pdf.write_bytes(render_pdf(issue, RenderContext()))
    docx.write_bytes(render_docx(issue, RenderContext()))
    html.write_bytes(render_html_edition(issue, RenderContext()))
    return SampleEditions(issue=issue, pdf=pdf, docx=docx)


def hard_week_pages(outdir: Path) -> dict[str, Path]:
    """The hard week's pages of each kind, in the PDF and in the DOCX through LibreOffice, as PNGs named
    ``hard-{edition}-{kind}.png``; and, where Chromium is installed, the HTML edition at 375 px."""
    week = build_hard_week(outdir)
    pdfs = {"pdf": week.pdf, "docx": docx_to_pdf(week.docx, outdir / "libreoffice")}
    pictures = {}
    for edition, pdf in pdfs.items():
        pages = page_texts(pdf)
        for kind, (after, text) in HARD_WEEK_PAGES.items():
            number = 1 if kind == "front" else page_of(pages, text, after=after)
            name = f"hard-{edition}-{kind}.png"
            pictures[name] = render_page(pdf, number, outdir / "png" / name)
    chromium = shutil.which("chromium")
    if chromium:
        name = "hard-html-phone.png"
        target = outdir / "png" / name
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={outdir / 'chromium'}", "--window-size=375,1400",
                        f"--screenshot={target}", (outdir / "week.html").as_uri()],
                       check=True, capture_output=True, timeout=120)
        pictures[name] = target
    return pictures
