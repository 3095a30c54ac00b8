"""Near-duplicates: the same story pasted twice, or carried by two outlets with small edits.

Character 3-grams of the body (punctuation and spaces removed) compared by Jaccard similarity. Comparing
every pair is quadratic, so candidates are found first through an index of a fixed sample of each text's
3-grams (those whose checksum falls in one bucket of eight), and only candidates are compared in full.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bulletin.similarity import jaccard, shingles, sketch

_SAMPLE_ONE_IN = 8


def _sample(grams: frozenset[str]) -> frozenset[str]:
    return sketch(grams, keep_one_in=_SAMPLE_ONE_IN, above=0)


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

    def find(self, text: str, grams: frozenset[str] | None = None,
             ignore: frozenset[str] = frozenset()) -> tuple[str, float] | None:
        """``(name, similarity)`` of the closest known article at or above the threshold (other than those
        named in ``ignore``), or None."""
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
            if count < needed or self._names[number] in ignore:
                continue
            score = jaccard(grams, self._grams[number])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (self._names[number], score)
        return best
