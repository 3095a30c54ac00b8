"""Text preparation for print: where a line may break, where it must not, and the gap between scripts.

Every edition (PDF, DOCX, HTML) sets the same prepared text, so the rules live here once, as plain Unicode:

- U+200B (zero-width space) after ``/ . - _ ? & =`` inside URLs, e-mail addresses, DOIs and long Latin
  strings: a break opportunity that shows nothing, so a long address wraps instead of running off the page.
- U+2060 (word joiner) where a line must not break: a number and its unit (79.0 岁), a date (7月11日), a
  code (T/CHAS 100-2025), and the last characters of a paragraph, so no line holds a single character.
- The gap between Chinese and Latin letters or digits follows one rule (``LatinSpacing``): none, or a
  quarter em, whatever the source pasted. A plain space between two Chinese characters never stretches:
  it becomes an ideographic space (one grid cell) or disappears next to punctuation.

These are characters every reader handles (WeasyPrint/Pango, Word, LibreOffice and browsers follow
Unicode's line-breaking rules, UAX #14), so no edition needs its own breaking logic.
"""

from __future__ import annotations

import re
from typing import Literal

LatinSpacing = Literal["none", "quarter"]

ZWSP = "\u200b"  # a break opportunity
WJ = "\u2060"  # no break here
NBSP = "\u00a0"  # a space with no break
IDEOGRAPHIC_SPACE = "\u3000"

_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width punctuation (CJK symbols, full-width forms) and the curly quotes Chinese text uses.
_PUNCT = "\u3001-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
CLOSING = "、。，．：；！？）」』】》〉”’〕〗｝"
OPENING = "（「『【《〈“‘〔〖｛"
_CJK = _IDEO + _PUNCT
_LATIN = "A-Za-z0-9"
# A Latin run: letters and digits with the signs that live inside them (3.5%, COVID-19, T/CHAS).
_LATIN_CHARS = _LATIN + r"%‰°℃.,:/\-+_@#&'’"

_IS_IDEO = re.compile(f"[{_IDEO}]")
_IS_CJK = re.compile(f"[{_CJK}]")
_IS_LATIN = re.compile(f"[{_LATIN}%‰°℃]")

# Addresses that must stay whole except at their own separators.
_ADDRESS = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s" + _CJK + r"<>\"]+"  # URLs
    r"|\b(?:doi:\s?)?10\.\d{4,9}/[^\s" + _CJK + r"<>\"]+"  # DOIs
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"  # e-mail addresses
    r"|[A-Za-z0-9][A-Za-z0-9./_\-?&=#%:+]{24,}",  # any other long unbroken Latin string
    re.IGNORECASE)
_ADDRESS_BREAK_AFTER = re.compile(r"([/.\-_?&=])(?=[^/])")
# Codes such as GB/T 9704-2012, T/CHAS 100-2025, ISO 9001: one unbreakable unit.
_CODE = re.compile(r"\b[A-Z]{1,8}(?:/[A-Z]{1,8})*[ \u00a0]?\d+(?:[.\-]\d+)*\b")
# Month and day stay whole (7月11日); the year (2025年) is a number with its unit.
_DATE = re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日")
# A number and the Chinese character after it (its unit: 岁, 年, 万, 个, 元…); 第 before a number.
_NUMBER_UNIT = re.compile(rf"(\d[\d.,]*%?)(\s?)([{_IDEO}])")
_ORDINAL = re.compile(r"(第)(\s?)(\d)")
TAIL_UNITS = 2  # a paragraph's last line holds at least this many characters (a Latin word counts one)


def break_addresses(text: str) -> str:
    """Mark a break opportunity after each separator inside URLs, DOIs, e-mail addresses and long strings."""
    return _ADDRESS.sub(lambda m: _ADDRESS_BREAK_AFTER.sub(lambda s: s.group(1) + ZWSP, m.group()).rstrip(ZWSP),
                        text)


def _spaces_between_chinese(text: str) -> str:
    """A space between two ideographs becomes one grid cell; next to full-width punctuation it goes."""
    def replace(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(3)
        gap = IDEOGRAPHIC_SPACE if _IS_IDEO.match(before) and _IS_IDEO.match(after) else ""
        return before + gap + after
    pattern = re.compile(f"([{_CJK}])([ \t\u00a0]+)([{_CJK}])")
    return pattern.sub(replace, pattern.sub(replace, text))  # twice: matches overlap on one character


def apply_latin_spacing(text: str, spacing: LatinSpacing) -> str:
    """One gap between Chinese and Latin letters or digits: none, or one space set to a quarter em."""
    gap = " " if spacing == "quarter" else ""
    text = re.sub(f"(?<=[{_IDEO}])[ \t\u00a0]+(?=[{_LATIN}])", "", text)
    text = re.sub(f"(?<=[{_LATIN}%‰°℃])[ \t\u00a0]+(?=[{_IDEO}])", "", text)
    if gap:
        text = re.sub(f"(?<=[{_IDEO}])(?=[{_LATIN}])", gap, text)
        text = re.sub(f"(?<=[{_LATIN}%‰°℃])(?=[{_IDEO}])", gap, text)
    return text


def _needs_joiner(char: str, nxt: str) -> bool:
    """Whether a line could break between ``char`` and ``nxt`` (so a joiner is needed to prevent it):
    next to a Chinese character, or after a slash or hyphen. Between two Latin letters or digits it
    cannot, and the text is left as it was."""
    if not nxt or char in NBSP + WJ + ZWSP + " " or nxt in NBSP + WJ + ZWSP + " ":
        return False
    return bool(_IS_CJK.match(char) or _IS_CJK.match(nxt)) or char in "/-"


def _bind(fragment: str) -> str:
    """``fragment`` with no break inside: spaces become no-break spaces, joiners where a break could be."""
    out: list[str] = []
    for index, char in enumerate(fragment):
        if char == " ":
            out.append(NBSP)
            continue
        out.append(char)
        if _needs_joiner(char, fragment[index + 1:index + 2]):
            out.append(WJ)
    return "".join(out)


def keep_units_together(text: str) -> str:
    """Numbers stay with their units, dates and codes stay whole."""
    text = _DATE.sub(lambda m: _bind(m.group()), text)
    text = _CODE.sub(lambda m: _bind(m.group()), text)
    text = _NUMBER_UNIT.sub(lambda m: m.group(1) + (NBSP if m.group(2) else WJ) + m.group(3), text)
    return _ORDINAL.sub(lambda m: m.group(1) + (NBSP if m.group(2) else WJ) + m.group(3), text)


def keep_tail_together(text: str, units: int = TAIL_UNITS) -> str:
    """Join the last ``units`` characters (a Latin word is one) and the punctuation after them, so the
    last line of a paragraph or title never holds a single character."""
    visible = text.rstrip()
    core = visible.rstrip(CLOSING + ".,;:!?)>]\"'")
    if not core or not _IS_IDEO.match(core[-1]):
        return text  # ends in a Latin word or a number: already more than one character, no line to save
    position, counted = len(visible), 0
    while position > 0 and counted < units:
        char = visible[position - 1]
        if _IS_LATIN.match(char):
            while position > 0 and re.match(f"[{_LATIN_CHARS}]", visible[position - 1]):
                position -= 1
            counted += 1
            continue
        if _IS_IDEO.match(char):
            counted += 1
        elif char in " \u00a0" + IDEOGRAPHIC_SPACE and counted:
            pass
        position -= 1
    if position <= 0:
        return text
    head, tail = visible[:position], visible[position:]
    bound = _bind(tail.lstrip(" ").replace(ZWSP, ""))  # the tail is short: no break inside it
    return head + tail[:len(tail) - len(tail.lstrip(" "))] + bound


def prepare_line(text: str, spacing: LatinSpacing) -> str:
    """Text set on one line or wrapped without a paragraph's tail rule (labels, outlets, addresses)."""
    text = re.sub(r"[ \t]{2,}", " ", text.strip())
    text = _spaces_between_chinese(text)
    text = apply_latin_spacing(text, spacing)
    return break_addresses(keep_units_together(text))


def prepare_text(text: str, spacing: LatinSpacing) -> str:
    """Text that wraps (paragraphs, titles, catalog entries): the line rules, and no one-character line."""
    return keep_tail_together(prepare_line(text, spacing))


def plain_text(prepared: str) -> str:
    """Prepared text as a reader copies it: the invisible break marks gone, special spaces plain."""
    text = prepared.translate({ord(ZWSP): None, ord(WJ): None, ord(NBSP): " "})
    return text


# --- balanced centred titles ------------------------------------------------------------------------------


def text_width_em(text: str) -> float:
    """Width in ems, counting Chinese and full-width characters as 1 and everything else as 0.55."""
    plain = plain_text(text)
    return sum(1.0 if _IS_CJK.match(char) or char == IDEOGRAPHIC_SPACE else 0.55 for char in plain)


def balance_lines(prepared: str, capacity_em: float) -> list[str]:
    """Split a centred title that needs two lines where the two halves come closest to equal length.

    A break goes after punctuation or a space, or between two ideographs, never inside a bound unit
    (after a word joiner or no-break space). One line is returned when it fits, or when the title needs
    more than two lines (then the reader's own breaking does better).
    """
    total = text_width_em(prepared)
    if total <= capacity_em or total > 2 * capacity_em:
        return [prepared]
    best: tuple[float, int] | None = None
    for index in range(1, len(prepared)):
        before, after = prepared[index - 1], prepared[index]
        if before in WJ + NBSP or after in WJ + NBSP + CLOSING or before in OPENING:
            continue
        if not (before in CLOSING or before in " " + ZWSP or (_IS_IDEO.match(before) and _IS_IDEO.match(after))):
            continue
        first, second = text_width_em(prepared[:index]), text_width_em(prepared[index:])
        if first > capacity_em or second > capacity_em:
            continue
        score = abs(first - second) - (0.5 if before in CLOSING else 0)  # prefer breaking after punctuation
        if best is None or score < best[0]:
            best = (score, index)
    if best is None:
        return [prepared]
    return [prepared[:best[1]].rstrip(" " + ZWSP), prepared[best[1]:].lstrip(" " + ZWSP)]
