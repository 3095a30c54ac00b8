"""Duplicate stories in one window: the same URL, or a title or body that is nearly the same.

Portals reprint one another, so the same story arrives from several outlets. Near-identity is measured
as the Jaccard similarity of character 3-grams, which suits Chinese text (no word segmentation needed)
and shrugs off the small edits reprints make.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from bulletin.config import Duplicates
from bulletin.corpus import Article
from bulletin.similarity import jaccard, shingles, sketch


def url_key(url: str) -> str:
    """A URL as two copies of one page share it: no scheme, no ``www.``, no fragment or final slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


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
                    preference: Callable[[Article], Any]) -> tuple[list[Article], list[Duplicate]]:
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
