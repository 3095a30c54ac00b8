"""Duplicate stories in one window: the same URL, or a title or body that is nearly the same.

Portals reprint one another, so the same story arrives from several outlets. Near-identity is measured
as the Jaccard similarity of character 3-grams, which suits Chinese text (no word segmentation needed)
and shrugs off the small edits reprints make.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from bulletin.config import Duplicates
from bulletin.corpus import Article

_NOT_TEXT = re.compile(r"[\W_]+")


def url_key(url: str) -> str:
    """A URL as two copies of one page share it: no scheme, no ``www.``, no fragment or final slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Character n-grams of the letters and digits of ``text`` (punctuation and spaces dropped)."""
    letters = _NOT_TEXT.sub("", text.lower())
    if len(letters) <= size:
        return frozenset([letters]) if letters else frozenset()
    return frozenset(letters[i:i + size] for i in range(len(letters) - size + 1))


SKETCH_ABOVE = 256
SKETCH_KEEP_ONE_IN = 4


def sketch(grams: frozenset[str]) -> frozenset[str]:
    """A large n-gram set cut to the grams whose checksum is divisible by 4.

    Both sides of a comparison keep the same grams, so the Jaccard score of two sketches estimates the
    score of the full sets closely (bodies have hundreds of grams) at a quarter of the cost. A checksum
    rather than ``hash()``: Python salts string hashes per run, and a verdict must not change between runs.
    """
    if len(grams) <= SKETCH_ABOVE:
        return grams
    return frozenset(gram for gram in grams if zlib.crc32(gram.encode("utf-8")) % SKETCH_KEEP_ONE_IN == 0)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    """Shared n-grams over all n-grams: 1.0 for the same text, 0.0 for nothing in common."""
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


@dataclass(frozen=True)
class Duplicate:
    """An article left out because another one (``kept``) tells the same story; ``why`` says how."""

    dropped: Article
    kept: Article
    why: str


@dataclass
class _Fingerprint:
    """The comparable parts of one article, computed once and only when needed."""

    article: Article
    url: str = field(init=False)

    def __post_init__(self) -> None:
        self.url = url_key(self.article.url)

    @cached_property
    def title(self) -> frozenset[str]:
        return shingles(self.article.title)

    @cached_property
    def body(self) -> frozenset[str]:
        return sketch(shingles(self.article.body))


def _could_reach(first: frozenset[str], second: frozenset[str], threshold: float) -> bool:
    """Jaccard can reach ``threshold`` only if the smaller set is at least that share of the larger."""
    small, large = sorted((len(first), len(second)))
    return large > 0 and small / large >= threshold


def _same_story(candidate: _Fingerprint, kept: _Fingerprint, rule: Duplicates) -> str:
    if candidate.url and candidate.url == kept.url:
        return "链接相同"
    score = jaccard(candidate.title, kept.title)
    if score >= rule.title_similarity:
        return f"标题相近（相似度 {score:.2f}）"
    if _could_reach(candidate.body, kept.body, rule.body_similarity):
        score = jaccard(candidate.body, kept.body)
        if score >= rule.body_similarity:
            return f"正文相近（相似度 {score:.2f}）"
    return ""


def find_duplicates(articles: Iterable[Article], rule: Duplicates,
                    preference: Callable[[Article], object]) -> tuple[list[Article], list[Duplicate]]:
    """Split ``articles`` into the ones kept and the duplicates dropped.

    Articles are visited best first (lowest ``preference``), so of two copies the preferred one (the
    higher-priority outlet) is always the one kept.
    """
    ranked = sorted(articles, key=preference)
    if not rule.enabled:
        return ranked, []
    kept: list[_Fingerprint] = []
    dropped: list[Duplicate] = []
    for article in ranked:
        candidate = _Fingerprint(article)
        for earlier in kept:
            why = _same_story(candidate, earlier, rule)
            if why:
                dropped.append(Duplicate(dropped=article, kept=earlier.article, why=why))
                break
        else:
            kept.append(candidate)
    return [fingerprint.article for fingerprint in kept], dropped
