"""Lines of a paste to paragraphs: clutter dropped, hard-wrapped PDF lines and page-break splits joined.

Two shapes of paste reach us. Portal and newspaper pastes hold one paragraph a line (blank lines or not);
a paragraph cut by a page break ends without a sentence end. Text extracted from a PDF is hard-wrapped:
most lines fill the column and a paragraph ends on a shorter line or a sentence end. We tell them apart
by the line widths, so no paste needs a flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.corpus import join_lines
from bulletin.ingest.labels import ISSUER_LABEL, SOURCE_LABEL
from bulletin.ingest.outlets import ORG_ENDING
from bulletin.ingest.rules import Rules

# A sentence (or a clause that may end a paragraph) ends here, closing quotes and brackets allowed after it.
_SENTENCE_END = re.compile(r"[。！？!?；;…:：][”’」』）)】》\"']*$")
# Where a hard-wrapped line that fills the column may still end its paragraph: a full stop, not a comma,
# semicolon or closing quote.
_PARAGRAPH_END = re.compile(r"[。！？!?…][”’」』）)】》\"']*$")
# A paragraph cut by a page break ends mid-clause: a comma, an enumeration comma, or a bare character.
_CUT_END = re.compile(r"[，,、（(“《\w]$")
_URL_ONLY = re.compile(r"^https?://\S+$")
_URL_TAIL = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
# East Asian wide and full-width characters (CJK, kana, Hangul, full-width forms and punctuation).
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
_SPACES = re.compile(r"[\u00a0\u2002-\u200a\u3000\t]+")

HEADING_MAX_CHARS = 40
# A paragraph shorter than this cannot be the first half of a page-break split.
FRAGMENT_MIN_CHARS = 30


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a paste and the line (1-based) where it starts, for the editor's report."""

    text: str
    line: int
    clutter: bool = False  # a line the clutter rules matched: kept only as a signal for locating the article


@dataclass(frozen=True)
class CleanText:
    """A paste as paragraphs, and how many lines of clutter were dropped on the way."""

    paragraphs: tuple[Paragraph, ...]
    dropped: int
    hard_wrapped: bool

    @property
    def content(self) -> tuple[Paragraph, ...]:
        """The paragraphs without the clutter lines."""
        return tuple(p for p in self.paragraphs if not p.clutter)


def display_width(text: str) -> int:
    """Columns a line takes in a monospaced layout: a Chinese character counts two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends like a finished sentence or clause."""
    return bool(_SENTENCE_END.search(text))


def is_heading_like(text: str) -> bool:
    """A short line that is not a sentence: a headline (which may end in ？ or ！), sub-headline,
    column label or caption."""
    return (0 < len(text) <= HEADING_MAX_CHARS and "。" not in text
            and not re.search(r"[。；;：:，,、…][”’」』）)]*$", text) and not _URL_ONLY.match(text))


# A label padded to the width of a longer one: 标      题：, 时  间:, 索  引 号：
_SPACED_LABEL = re.compile(r"^((?:[\u4e00-\u9fff]\s+){1,3}[\u4e00-\u9fff])(\s*[:：])")
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff] ){6,}")
_BULLET = re.compile(r"^\s*[•·▪●◆◇■□►▶]\s+")


def normalise_line(line: str, rules: Rules) -> str:
    """A line with odd spaces made plain, a list bullet, inline clutter removed and the ends trimmed."""
    line = _BULLET.sub("", _SPACES.sub(" ", line))
    if _LETTER_SPACED.search(line):
        line = re.sub(r"(?<=[\u4e00-\u9fff，。]) (?=[\u4e00-\u9fff，。])", "", line)  # 人 民 网 版 权 所 有
    line = _SPACED_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group(1)) + m.group(2), line)
    for pattern in rules.drop_inline:
        line = pattern.sub("", line)
    return line.strip()


def _is_hard_wrapped(lines: list[str]) -> tuple[bool, int]:
    """Whether most lines fill one column width without ending a sentence; and that width."""
    widths = sorted(display_width(line) for line in lines)
    if len(widths) < 6:
        return False, 0
    full = widths[int(len(widths) * 0.8)]
    near_full = [line for line in lines if display_width(line) >= full * 0.85]
    unfinished = sum(1 for line in near_full if not ends_sentence(line))
    return (full >= 20 and len(near_full) >= 0.3 * len(lines) and unfinished >= 0.6 * len(near_full)
            and max(widths) <= full * 1.25), full


def _join(previous: str, line: str) -> str:
    if _URL_ONLY.match(previous) and _URL_TAIL.match(line):
        return previous + line
    return join_lines((previous, line))


def _reflow_hard_wrapped(lines: list[tuple[str, int]], full: int, rules: Rules) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    text, start = "", 0
    # Blank lines after most lines (extracted PDF text) separate lines, not paragraphs; after a few lines only
    # (a forum post wrapped at 80 columns), they end a paragraph.
    filled = [index for index, (line, _) in enumerate(lines) if line]
    blank_after = sum(1 for index in filled if index + 1 < len(lines) and not lines[index + 1][0])
    blanks_end_paragraphs = bool(filled) and blank_after < len(filled) * 0.4
    for line, number in lines:
        if not line:
            if blanks_end_paragraphs and text:
                paragraphs.append(Paragraph(text, start))
                text = ""
            continue
        if rules.is_metadata(line) or rules.matches("stop_lines", line):  # a label, or a stop line (--)
            if text:
                paragraphs.append(Paragraph(text, start))
                text = ""
            paragraphs.append(Paragraph(line, number))
            continue
        text, start = (_join(text, line), start) if text else (line, number)
        if (display_width(line) < full * 0.85 and not _CLAUSE_BREAK.search(line)) or _PARAGRAPH_END.search(line):
            paragraphs.append(Paragraph(text, start))
            text = ""
    if text:
        paragraphs.append(Paragraph(text, start))
    return paragraphs


# A byline line: a date with a label beside it (报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网), never the
# first half of a paragraph cut by a page break.
_DATED_LABEL_LINE = re.compile(r"^(?=.{0,80}$)(?=.*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}).*"
                               r"(发布|时间|日期|来源|作者|点击|浏览|阅读)\s*[:：]")


def _join_page_breaks(paragraphs: list[Paragraph], rules: Rules, *, by_punctuation: bool) -> list[Paragraph]:
    """Join a paragraph cut mid-clause (by a page or column break) with the paragraph that goes on,
    and a URL wrapped over two lines. Re-flowed PDF text was joined by width already."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        if joined and not paragraph.clutter and not joined[-1].clutter:
            previous = joined[-1]
            if (by_punctuation and len(previous.text) >= FRAGMENT_MIN_CHARS and _CUT_END.search(previous.text)
                    and re.search(r"[，,。；;、]", previous.text)  # a headline has no clause in it: it is not cut
                    and (len(previous.text) >= 45 or "。" in previous.text)  # nor a sentence's length
                    and previous.text[:20] != paragraph.text[:20]  # a teaser cut short over the whole paragraph
                    and re.sub(r"\s+", "", previous.text)[:12] not in paragraph.text  # a headline its lead repeats
                    and len(re.findall(r"[\u4e00-\u9fff]{2,6}\s*[:：]", previous.text)) < 2  # a row of labels is not cut
                    and not rules.is_metadata(previous.text) and not _DATED_LABEL_LINE.search(previous.text)
                    and not rules.is_metadata(paragraph.text)
                    and not rules.matches("photo_captions", previous.text)
                    and not re.search(r"[。！]\s*([\u4e00-\u9fff·]{2,4}\s*){1,5}摄(影)?$", previous.text)  # …服务。谢贵明 摄
                    and not is_heading_like(paragraph.text) and not rules.opens_with_dateline(paragraph.text)):
                joined[-1] = Paragraph(_join(previous.text, paragraph.text), previous.line)
                continue
            if _URL_ONLY.match(previous.text) and _URL_TAIL.match(paragraph.text) and "://" not in paragraph.text:
                joined[-1] = Paragraph(previous.text + paragraph.text, previous.line)
                continue
        joined.append(paragraph)
    return joined


# A clause broken off at its comma: 世间的爸爸皆是伟大的, / 模范父亲总是自己承担辛苦, / …
_CLAUSE_BREAK = re.compile(r"[\u4e00-\u9fff”」》）)\d][，,、「]$")
_LIST_ITEM = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳])")


def _join_clause_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a page set one clause a line (a text broken at every comma, as some sites lay out their
    news): a run of three or more short lines, each but the last ending at a comma, is one paragraph."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and not paragraphs[end].clutter and len(paragraphs[end].text) <= 40 \
                and _CLAUSE_BREAK.search(paragraphs[end].text) and not _LIST_ITEM.match(paragraphs[end].text):
            end += 1
        if end - index >= 2 and end < len(paragraphs) and not paragraphs[end].clutter \
                and not _LIST_ITEM.match(paragraphs[end].text):
            text = join_lines(tuple(paragraph.text for paragraph in paragraphs[index:end + 1]))
            joined.append(Paragraph(text, paragraphs[index].line))
            index = end + 1
            continue
        joined.append(paragraphs[index])
        index += 1
    return joined


# A label a page prints in one table cell or element and its value in the next: 发布日期： / 2005-07-05.
_LONE_LABEL = re.compile(
    rf"^({SOURCE_LABEL}|作者|发布|发布时间|发布日期|发表时间|更新|更新时间|时间|日期|成文日期|发文日期|"
    rf"责任编辑|编辑|责编|记者|{ISSUER_LABEL}|索引号|公开方式|文号|主题分类|体裁分类|阅读提要|内容提要)\s*[:：|｜]?$")

# A credit set apart by a run of spaces at the end of a paragraph.
_SPACED_CREDIT = re.compile(rf"(?<=[。！？”])\s{{3,}}(?=((此文|本文|文章)(来自|来源于|转自|转载自)|({SOURCE_LABEL})\s*[:：])\S{{2,24}}$)")
# A label left at the end of a paragraph, its value on the next line.
_TRAILING_LABEL = re.compile(rf"(?<=[。！？”\s])\s*({SOURCE_LABEL}|作者|责任编辑)\s*[:：]\s*$")
# A line that is itself a label and its value (发布时间: 2023-05-16): a lone label above it was left blank.
_LABELLED = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*\S")


def _join_labels(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A lone label joined with the short value on the next line (a lone colon between them dropped), so
    the 来源/日期 reader sees ``发布日期：2005-07-05`` as the page shows it."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        credit = _SPACED_CREDIT.search(paragraph.text)  # …启动了召回措施。<spaces>此文来自腾讯新闻
        if credit and credit.start() > 0 and not paragraph.clutter:
            joined.append(Paragraph(paragraph.text[:credit.start()].rstrip(), paragraph.line))
            joined.append(Paragraph(paragraph.text[credit.start():].strip(), paragraph.line))
            index += 1
            continue
        tail = _TRAILING_LABEL.search(paragraph.text)  # …维护医保基金安全。 来源: / 新华社微博
        if tail and tail.start() > 0 and index + 1 < len(paragraphs) and len(paragraphs[index + 1].text) <= 20 \
                and not paragraphs[index + 1].clutter:
            joined.append(Paragraph(paragraph.text[:tail.start()].rstrip(), paragraph.line))
            joined.append(Paragraph(f"{tail.group(1)}：{paragraphs[index + 1].text.strip()}", paragraphs[index + 1].line))
            index += 2
            continue
        label = _LONE_LABEL.match(paragraph.text)
        following = index + 1
        if label and following < len(paragraphs) and re.fullmatch(r"[:：]", paragraphs[following].text):
            following += 1
        colon = following > index + 1 or paragraph.text.endswith((":", "：", "|", "｜")) or \
            bool(re.match(r"(发布单位|发布机构|发文机关|公开方式|主题分类|体裁分类)$", paragraph.text.strip()))  # a catalogue's cells
        if label and following < len(paragraphs):
            value = paragraphs[following]
            cell = re.sub(r"\s*[|｜]$", "", value.text)  # 发布机构 | / 市人力资源社会保障局 |: a catalogue's cells
            named = re.fullmatch(rf"\s*({SOURCE_LABEL})\s*", paragraph.text) and len(value.text.strip()) <= 16 and \
                bool(ORG_ENDING.search(value.text.strip()))  # 来源 / 南通网: a source label over the outlet's name
            if (colon or named or re.search(r"\d", value.text)) and not value.clutter and len(value.text) <= 40 and not _LONE_LABEL.match(value.text) and \
                    not re.search(r"[=<>\"]", value.text) and not _LABELLED.match(value.text) and cell:
                joined.append(Paragraph(f"{label.group(1)}：{cell}", paragraph.line))
                index = following + 1
                continue
        joined.append(paragraph)
        index += 1
    return joined


_DATE_PART = re.compile(r"\s*(\d{1,4}\s*[年月日号]|\d{1,2}:\d{2}(:\d{2})?)\s*")


def _join_date_parts(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A date a page sets in separate elements (2014年 / 03月 / 21日 / 20:36) as one line."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        year, day = paragraphs[index], paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if day is not None and re.fullmatch(r"\s*(19|20)\d{2}\s*", year.text) and \
                re.fullmatch(r"\s*\d{1,2}\s*[/-]\s*\d{1,2}\s*", day.text):  # 2021 / 06/28: the year over the day
            joined.append(Paragraph(f"{year.text.strip()}-{day.text.strip().replace('/', '-')}", year.line))
            index += 2
            continue
        end = index
        while end < len(paragraphs) and end - index < 5 and _DATE_PART.fullmatch(paragraphs[end].text) \
                and not paragraphs[end].clutter:
            end += 1
        parts = paragraphs[index:end]
        if len(parts) >= 3 and re.search(r"年", parts[0].text):
            joined.append(Paragraph(" ".join(p.text.strip() for p in parts), parts[0].line))
            index = end
        else:
            joined.append(paragraphs[index])
            index += 1
    return joined


# A piece of a flattened page that belongs to the text: Chinese with a clause's punctuation.
_PROSE_PIECE = re.compile(r"[\u4e00-\u9fff].*[，。；！？、,;!?]|[，。；！？、,;!?].*[\u4e00-\u9fff]")
# A number or a code inside a sentence (约为 2.84 亿元, COVID-19), which a space does not end.
_INLINE_PIECE = re.compile(r"[\dA-Za-z.,%％+\-/:]{1,10}")
# A piece that starts a line of its own in a flattened page's header: an address, a date, a label.
_NEW_LINE_PIECE = re.compile(r"https?://|www\.|\d{4}\s*[年\-/.]|[\u4e00-\u9fff]{2,5}\s*[:：]")
_OPENERS, _CLOSERS = "（(【[《「“", "）)】]》」”"


def _pieces(line: str) -> list[str]:
    """The pieces of a flattened line between its spaces, a bracket's content kept whole
    (本报讯(记者 汪辉 实习生 徐丹丹) is one piece)."""
    pieces: list[str] = []
    depth = 0
    for piece in re.sub(r"(?<=\S)(?=https?://)", " ", line).split():  # (…300万人次http://www.healthr.com)
        if depth > 0 and pieces:
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
        depth = max(0, min(depth + sum(piece.count(c) for c in _OPENERS) - sum(piece.count(c) for c in _CLOSERS), 3))
    return pieces


def _latin(piece: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", piece) is None


def unflattened(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered lines of a paste, with a flattened page taken apart again.

    Some pages come as one long line: the headline, its date, a caption, the text, the share bar and the
    links to other articles, each block's end now a space. Chinese prose has no spaces between words, so
    the pieces between spaces are the blocks again: pieces with a clause's punctuation run on to the end of
    a sentence (one paragraph), and the pieces between them (a headline, a date, a menu) make lines of
    their own, a new one at an address, a date, a label or a change between Chinese and Latin letters.
    """
    sizes = [len(line) for _, line in lines]
    longest = max(range(len(lines)), key=sizes.__getitem__, default=None)
    if longest is None or sizes[longest] < _FLAT_MIN_CHARS or sizes[longest] < 0.6 * sum(sizes) \
            or lines[longest][1].count("。") < 3:
        return lines
    pieces = _pieces(lines[longest][1])
    if len(pieces) < _FLAT_MIN_PIECES:
        return lines
    blocks: list[str] = []
    prose: list[str] = []
    chrome: list[str] = []
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        inline = bool(prose) and _INLINE_PIECE.fullmatch(piece) is not None and _PROSE_PIECE.search(following) is not None
        if _PROSE_PIECE.search(piece) or inline:
            if chrome:
                blocks.append(" ".join(chrome))
                chrome = []
            prose.append(piece)
            if _PARAGRAPH_END.search(piece):
                blocks.append(" ".join(prose))
                prose = []
            continue
        if prose:
            blocks.append(" ".join(prose))
            prose = []
        if chrome and (_NEW_LINE_PIECE.match(piece) or _latin(piece) != _latin(chrome[-1])):
            blocks.append(" ".join(chrome))
            chrome = []
        chrome.append(piece)
    blocks += [" ".join(part) for part in (prose, chrome) if part]
    number = lines[longest][0]
    return lines[:longest] + [(number, block) for block in blocks] + lines[longest + 1:]


_FLAT_MIN_CHARS = 300  # a page flattened into one line is at least this long, with three full stops ...
_FLAT_MIN_PIECES = 8  # ... and at least this many pieces between spaces


def clean_paste(text: str, rules: Rules, *, web: bool = False) -> CleanText:
    """Mark clutter lines and re-flow the rest into paragraphs.

    A page's text (``web``: from HTML, or a select-all paste) has one paragraph a line, so nothing is
    joined by punctuation there: a line without a full stop is a heading or a site that drops them.
    Clutter lines stay in the sequence, flagged, as signals for ``locate``; PDF text drops them.
    """
    kept: list[tuple[str, int]] = []
    clutter: list[Paragraph] = []
    raw_lines = text.splitlines()
    normalised = [(number, normalise_line(raw, rules)) for number, raw in enumerate(raw_lines, start=1)]
    dropped = sum(1 for number, line in normalised if not line and raw_lines[number - 1].strip())
    for number, line in unflattened(normalised):
        if not line:  # (a line that was inline clutter only, an image placeholder, is counted above)
            kept.append(("", number))
            continue
        if rules.matches("drop_lines", line):
            dropped += 1
            clutter.append(Paragraph(line, number, clutter=True))
            continue
        kept.append((line, number))
    content = [line for line, _ in kept if line]
    hard_wrapped, full = (False, 0) if web else _is_hard_wrapped(content)
    if hard_wrapped:
        return CleanText(tuple(_join_page_breaks(_reflow_hard_wrapped(kept, full, rules), rules,
                                                 by_punctuation=False)), dropped, True)
    paragraphs = sorted([Paragraph(line, number) for line, number in kept if line] + clutter,
                        key=lambda p: p.line)
    joined = _join_page_breaks(_join_clause_breaks(_join_labels(_join_date_parts(paragraphs))), rules,
                               by_punctuation=not web)
    return CleanText(tuple(joined), dropped, hard_wrapped)
