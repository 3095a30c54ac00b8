"""Bytes to text: whatever encoding an editor's paste was saved in, and Traditional to Simplified.

Editors save pastes from Windows Notepad (GBK, UTF-16 with BOM), from Taiwanese and Hong Kong sites
(Big5), and from everything else (UTF-8, with or without BOM). We try the cheap, certain answers first
(BOMs, strict UTF-8) and only then ask charset-normalizer, so a plain UTF-8 paste costs one decode.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from pathlib import Path

from bulletin.errors import IngestError
from bulletin.reasons import reason_in_chinese

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Encodings a Chinese paste is plausibly in, tried strictly in this order when detection is unsure.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CHINESE_ENCODINGS = ("gb18030", "big5")


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused (before reading them) when larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"文件过大（{size / 1_048_576:.1f} MB，上限 {max_bytes / 1_048_576:.1f} MB），未导入。"
                "请只保存文章正文，或在 config/bulletin.yaml 的 ingest.max_file_mb 中调高上限。", path=path)
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"无法读取文件：{reason_in_chinese(exc)}。", path=path) from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return b"\x00" in sample or controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: the zero bytes (high bytes of ASCII, newlines) all fall on one parity.

    Chinese text in UTF-16 has few zero bytes, but every line break has one; binary files scatter theirs.
    """
    sample = data[:20_000]
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 or even_zeros + odd_zeros < 2:
        return None
    if odd_zeros >= 0.95 * (even_zeros + odd_zeros):
        encoding = "utf-16-le"
    elif even_zeros >= 0.95 * (even_zeros + odd_zeros):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for char in text[:5000] if char.isprintable() or char in "\r\n\t")
    return text if printable >= 0.95 * min(len(text), 5000) else None


def decode_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode a paste; return ``(text, encoding name)`` or raise ``IngestError`` naming the file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"文件以 {encoding} 标记开头，但第 {exc.start} 字节无法解码。"
                                  "请用 UTF-8 另存后再导入。", path=path) from None
    from bulletin.ingest.html import declared_charset

    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, "utf-16"
    if _looks_binary(data):
        raise IngestError("这不是文本文件（像是图片、PDF 或 Word 文档等二进制文件）。"
                          "请把文章内容复制后另存为 .txt 再导入。", path=path)
    decoded = _best_chinese_decoding(data)
    if decoded is not None:
        return decoded
    damaged = _nearly_decodable(data)
    if damaged is not None:
        return damaged
    raise IngestError("无法识别文件的文字编码（不是 UTF-8、GBK/GB18030、Big5 或 UTF-16）。"
                      "请用记事本等工具以 UTF-8 编码另存后再导入。", path=path)


def _nearly_decodable(data: bytes) -> tuple[str, str] | None:
    """A text with a few damaged bytes (a file cut in the middle of a character, a stray byte from a
    copy): decoded in the encoding that needs the fewest replacements, if that is at most one in a thousand
    bytes (at least two); the encoding name says how many were replaced, and the report shows it."""
    best: tuple[int, str, str] | None = None
    for encoding in ("utf-8", "gb18030", "big5"):
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, encoding)
    if best is None or best[0] > max(2, len(data) // 1000):
        return None
    bad, text, encoding = best
    return text.replace("\ufffd", ""), f"{encoding}（{bad} 处损坏的字节已略去）"


def _best_chinese_decoding(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever decodes strictly and reads more like Chinese text.

    A short GBK line is ambiguous to a general detector (charset-normalizer may say cp949 or a Cyrillic
    code page), so only the encodings a Chinese paste is really saved in are candidates; among those that
    decode, the one whose text has the larger share of common Han characters wins.
    """
    best: tuple[float, str, str] | None = None
    for encoding in _CHINESE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        common = sum(1 for c in wide if c in _common_han())
        share = common / len(wide) if wide else 0.0
        if best is None or share > best[0]:
            best = (share, text, encoding)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """The 3,500 characters of level 1 of GB 2312 (B0A1–D7F9) plus full-width punctuation: what news text
    is mostly made of, in Simplified and (the same code points) much of Traditional."""
    chars = set("，。、；：？！“”‘’（）《》【】…—·「」『』")
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    big5_common = bytes(byte for high in range(0xA4, 0xC6) for low in range(0x40, 0x7F) for byte in (high, low))
    chars.update(big5_common.decode("big5", errors="ignore"))
    return frozenset(chars)


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("hk2s")  # t2s leaves Hong Kong forms such as 衞; hk2s also covers Taiwan text


def to_simplified(text: str, *, threshold: float = 0.05) -> tuple[str, bool]:
    """Convert Traditional Chinese to Simplified when the text is Traditional; return (text, converted).

    OpenCC's t2s also rewrites a few characters that Simplified text legitimately uses, so a text is
    converted only when a real share of its Han characters change (Traditional text changes 20–40%).
    """
    han = len(_HAN.findall(text))
    if not han:
        return text, False
    converted = _converter().convert(text)
    if converted == text:
        return text, False
    if len(converted) != len(text):
        changed = han
    else:
        changed = sum(1 for before, after in zip(text, converted, strict=True) if before != after)
    if changed / han >= threshold:
        return converted, True
    # A Simplified page may still print a line in Traditional (the <title> of a zh-hant page over its zh-hans
    # text): such a line, a fifth or more of its characters Traditional, is converted on its own.
    lines = text.split("\n")
    both = converted.split("\n") if len(converted) == len(text) else []  # (one conversion serves every line)
    for index, line in enumerate(lines):
        simplified = both[index] if len(both) == len(lines) else _converter().convert(line)
        if simplified != line and len(simplified) == len(line) and \
                sum(a != b for a, b in zip(line, simplified, strict=True)) >= 0.2 * max(6, len(_HAN.findall(line))):
            lines[index] = simplified
    joined = "\n".join(lines)
    return (joined, True) if joined != text else (text, False)
