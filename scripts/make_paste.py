#!/usr/bin/env python3
"""Make the select-all paste of a saved HTML page: what Ctrl+A, Ctrl+C in a browser puts on the clipboard.

Usage: make_paste.py PAGE.html [OUT.txt]      (lxml and charset-normalizer needed: run it with the project's venv)

Editors paste whole pages as often as article bodies, so `bulletin ingest` must be tried on the plain text a
browser gives for a page, not only on the page's HTML. A browser copies the rendered text in document order:
each block element starts a new line, table cells are separated by a tab, runs of whitespace inside a line
collapse to one space, and nothing invisible is copied (scripts, styles, <head>, hidden elements). This script
approximates that from the saved HTML alone, without running the page's scripts; text that a page writes in
with JavaScript is therefore missing here too, as it is missing from the saved file.

The page is decoded with the charset it declares (BOM, <meta charset>, http-equiv content-type); when there is
none, or the bytes do not decode with it (a saved copy often keeps the original meta but was stored as UTF-8),
charset-normalizer picks the encoding, restricted to the encodings Chinese pages use.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from lxml import etree, html

# Elements whose content a browser never shows.
SKIP = {
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "title",
    "meta",
    "link",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "audio",
    "video",
    "map",
    "select",
    "option",
    "datalist",
    "input",
    "textarea",
    "button",
}
# Elements rendered as blocks (or line boxes): their text starts and ends a line.
BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "xmp",
    "frameset",
    "noframes",
}
CELL = {"td", "th"}
HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)", re.I
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# HTML's collapsible whitespace; a run of it renders as one space and vanishes at the start and end of a line.
SPACES = re.compile(r"[ \t\r\n\f]+")
# Spaces that do not collapse (NBSP, ideographic space...): a browser keeps each, and the copy gives plain spaces.
HARD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16"]


def declared_charset(raw: bytes) -> str | None:
    """The charset the page declares in its first bytes, normalised to a Python codec name."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf_8"
    m = META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    if name in {"gb2312", "gbk", "x-gbk", "gb_2312-80"}:
        name = "gb18030"  # browsers decode every GB label as GB18030, its superset
    if name == "big5":
        name = "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(raw: bytes) -> tuple[str, str]:
    """Decode the page's bytes; return (text, encoding used)."""
    enc = declared_charset(raw)
    if enc:
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=CHINESE_ENCODINGS).best()
    if best is not None:
        return str(best), best.encoding
    return raw.decode("gb18030", "replace"), "gb18030"


def is_hidden(el: etree._Element) -> bool:
    """Hidden by the page's own markup (the `hidden` attribute or an inline display:none)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


class Clipboard:
    """Collects text into lines the way a browser's copy of the rendered page does."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, s: str | None, pre: bool = False) -> None:
        if not s:
            return
        s = ZERO_WIDTH.sub("", s)
        if pre:
            parts = s.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline(force=True)
                self.current.append(part)
            return
        self.current.append(SPACES.sub(" ", s))

    def tab(self) -> None:
        if self.current and "".join(self.current).strip():
            self.current.append("\t")

    def newline(self, force: bool = False) -> None:
        line = "".join(self.current)
        self.current = []
        if "\t" in line:
            line = "\t".join(SPACES.sub(" ", cell).strip(" ") for cell in line.split("\t"))
            line = line.strip("\t")
        else:
            line = SPACES.sub(" ", line).strip(" ")
        line = HARD_SPACES.sub(" ", line)
        if line.strip() or force:
            self.lines.append(line)

    def result(self) -> str:
        self.newline()
        out: list[str] = []
        for line in self.lines:
            if not line.strip():
                line = ""
            if not line and (not out or not out[-1]):
                continue
            out.append(line)
        return "\n".join(out).strip("\n") + "\n"


def walk(el: etree._Element, clip: Clipboard, pre: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if not tag:  # comment or processing instruction: only its tail is text
        clip.text(el.tail, pre)
        return
    if tag in SKIP or is_hidden(el):
        clip.text(el.tail, pre)
        return
    block = tag in BLOCK
    in_pre = pre or tag in {"pre", "textarea", "listing", "xmp", "plaintext"}
    if block:
        clip.newline()
    if tag in CELL:
        clip.tab()
    if tag == "br":
        clip.newline(force=True)
    elif tag == "img":
        pass  # a browser copies no text for an image (its alt text is not copied either)
    else:
        clip.text(el.text, in_pre)
        for child in el:
            walk(child, clip, in_pre)
    if block:
        clip.newline()
    clip.text(el.tail, pre)


def page_to_paste(raw: bytes) -> str:
    """The select-all paste of a saved page's bytes."""
    text, _ = decode_page(raw)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses an encoding declaration in a str
    doc = html.document_fromstring(text)
    body = doc.find("body")
    clip = Clipboard()
    walk(body if body is not None else doc, clip)
    return clip.result()


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    paste = page_to_paste(Path(argv[1]).read_bytes())
    if len(argv) == 3:
        Path(argv[2]).write_text(paste, encoding="utf-8")
    else:
        sys.stdout.write(paste)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
