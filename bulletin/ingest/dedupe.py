"""Near-duplicates: the same story pasted twice, or carried by two outlets with small edits.

Character 3-grams of the body (punctuation and spaces removed) compared by Jaccard similarity. Comparing
every pair is quadratic, so candidates are found first through an index of a fixed sample of each text's
3-grams (those whose hash falls in one bucket of eight), and only candidates are compared in full.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

_NOT_TEXT = re.compile(r"[\W_]+")
_SAMPLE_BUCKETS = 8


def shingles(text: str) -> frozenset[str]:
    """The set of character 3-grams of a text, ignoring punctuation and spacing."""
    plain = _NOT_TEXT.sub("", text)
    return frozenset(plain[i:i + 3] for i in range(max(len(plain) - 2, 0)))


def jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    common = len(left & right)
    return common / (len(left) + len(right) - common)


def _sample(grams: frozenset[str]) -> set[str]:
    # ``hash`` of a str differs between runs but not within one, which is all an in-memory index needs.
    return {gram for gram in grams if hash(gram) % _SAMPLE_BUCKETS == 0}


@dataclass
class DuplicateIndex:
    """Articles seen so far; ``find`` names the most similar one above the threshold."""

    threshold: float = 0.6
    _names: list[str] = field(default_factory=list)
    _grams: list[frozenset[str]] = field(default_factory=list)
    _postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, name: str, text: str, grams: frozenset[str] | None = None) -> None:
        grams = shingles(text) if grams is None else grams
        number = len(self._names)
        self._names.append(name)
        self._grams.append(grams)
        for gram in _sample(grams):
            self._postings[gram].append(number)

    def find(self, text: str, grams: frozenset[str] | None = None) -> tuple[str, float] | None:
        """``(name, similarity)`` of the closest known article at or above the threshold, or None."""
        grams = shingles(text) if grams is None else grams
        sample = _sample(grams)
        if not sample:
            return None
        shared: Counter[int] = Counter()
        for gram in sample:
            shared.update(self._postings.get(gram, ()))
        # Two texts at similarity s share about s of their joint sample: skip those far below it.
        needed = max(1, int(len(sample) * self.threshold * 0.5))
        best: tuple[str, float] | None = None
        for number, count in shared.items():
            if count < needed:
                continue
            score = jaccard(grams, self._grams[number])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (self._names[number], score)
        return best
