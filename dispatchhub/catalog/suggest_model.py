"""The service-type suggestion model: naive Bayes over words and Chinese character n-grams.

Chinese has no spaces, so a run of Han characters becomes its 1-, 2- and 3-grams ("不制冷" →
不, 制, 冷, 不制, 制冷, 不制冷); Latin text becomes lower-cased, lightly stemmed words and word
pairs, without stop words. Each service type is a bag of these features from its names,
keywords, description, item names and booking-form labels (keywords and names count more),
plus the descriptions of confirmed bookings of that type (corrections by agents count three
times).

A description is scored per type by the mean log-likelihood of its known features (add-2
smoothing), each weighted by how specific it is (its inverse type frequency, so 的 or
"please" hardly count), and a softmax with a temperature turns the scores into confidences
that sum to 1 over the active types. The temperature is fitted by cross-validation once
there are bookings to learn from. A description with no known feature gets the same low
confidence for every type.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Example", "SuggestModel", "TypeDocument", "features", "form_labels"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z][a-z0-9]*")
_STOP = frozenset(
    """a an the and or but of to in on at for from by with is are was were be been it its this
    that these those my our your we i you he she they them me us please can could would
    will just some any very so not no do does did have has had there here when then than as
    up out into about after before again also still need needs want wants help get got""".split()
)
# "not" is a stop word in general but carries the meaning of "not cooling" / "not working".
_KEEP = frozenset({"not", "no"})
MAX_TEXT = 2000


def features(text: str) -> Counter[str]:
    """The features of a text: ``h:`` Han 1–3-grams, ``w:`` words, ``b:`` word pairs."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT]).lower()
    found: Counter[str] = Counter()
    for run in _HAN.findall(text):
        for size in (1, 2, 3):
            for start in range(len(run) - size + 1):
                found["h:" + run[start : start + size]] += 1
    words = [_stem(w) for w in _WORD.findall(_HAN.sub(" ", text))]
    kept = [w for w in words if w in _KEEP or (w not in _STOP and len(w) > 1)]
    found.update("w:" + w for w in kept if w not in _KEEP)
    found.update(f"b:{a}_{b}" for a, b in zip(kept, kept[1:], strict=False))
    return found


def form_labels(form_schema: Mapping[str, Any]) -> list[str]:
    """The words a booking form shows: field titles and choice labels, in zh and en."""
    labels: list[str] = []
    for spec in (form_schema.get("properties") or {}).values():
        if not isinstance(spec, Mapping):
            continue
        labels.extend(str(spec[key]) for key in ("title", "x-title-en") if key in spec)
        for choice in (spec.get("x-enum-labels") or {}).values():
            if isinstance(choice, Mapping):
                labels.extend(str(text) for text in choice.values())
    return labels


def _stem(word: str) -> str:
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


@dataclass(frozen=True, slots=True)
class TypeDocument:
    """What the catalog says about one service type."""

    type_id: str
    names: Sequence[str]
    keywords: Sequence[str]
    description: str = ""
    items: Sequence[str] = ()
    form_labels: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class Example:
    """A confirmed booking's description and its (possibly corrected) service type."""

    description: str
    type_id: str
    corrected: bool = False


NAME_WEIGHT = 3.0
KEYWORD_WEIGHT = 4.0
ITEM_WEIGHT = 2.0
FORM_WEIGHT = 1.0
EXAMPLE_WEIGHT = 1.0
CORRECTION_WEIGHT = 3.0
SMOOTHING = 2.0
# Before any booking: the least log loss of the catalog-only model on the training half of
# tests/catalog/data/suggestions.tsv. With bookings, SuggestModel.train fits its own.
TEMPERATURE = 5.0
TEMPERATURES = (2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0)
MIN_CALIBRATION_EXAMPLES = 40
MAX_CALIBRATION_EXAMPLES = 500


@dataclass
class SuggestModel:
    """Feature counts per type; :meth:`rank` scores a description against them."""

    type_ids: list[str]
    counts: dict[str, dict[str, float]] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)
    examples: int = 0
    vocabulary_size: int = 1
    temperature: float = TEMPERATURE

    @classmethod
    def train(
        cls,
        documents: Iterable[TypeDocument],
        examples: Iterable[Example] = (),
        *,
        calibrate: bool = True,
    ) -> SuggestModel:
        """A model of the given types, taught by the catalog and then by the examples.

        With enough examples the temperature is fitted too, by five-fold cross-validation
        over (up to 500 of) them: each is scored by the model without its fold, and the
        temperature with the least log loss is kept. More bookings make the scores sharper,
        so a fixed temperature would turn over-confident as they accumulate.
        """
        docs, taught = list(documents), list(examples)
        found = [features(e.description) for e in taught]
        model = cls(type_ids=[d.type_id for d in docs])
        for doc in docs:
            model.counts[doc.type_id] = _document_counts(doc)
        for example, example_features in zip(taught, found, strict=True):
            model._count(example, example_features, +1)
        if calibrate and len(taught) >= MIN_CALIBRATION_EXAMPLES:
            step = max(1, len(taught) // MAX_CALIBRATION_EXAMPLES)
            sample = list(range(0, len(taught), step))[:MAX_CALIBRATION_EXAMPLES]
            scored: list[tuple[dict[str, float], str]] = []
            for fold in range(5):
                held = sample[fold::5]
                probe = model._without([(taught[i], found[i]) for i in held])
                scored.extend(
                    (probe.scores(taught[i].description), taught[i].type_id) for i in held
                )
            model.temperature = min(TEMPERATURES, key=lambda t: _log_loss(scored, t))
        return model

    def _without(self, examples: list[tuple[Example, Counter[str]]]) -> SuggestModel:
        """A copy that has not seen ``examples`` (for cross-validation)."""
        copy = SuggestModel(self.type_ids, {t: dict(c) for t, c in self.counts.items()})
        for example, example_features in examples:
            copy._count(example, example_features, -1)
        return copy

    def _count(self, example: Example, found: Mapping[str, int], sign: int) -> None:
        counts = self.counts.get(example.type_id)
        if counts is None:
            return
        weight = CORRECTION_WEIGHT if example.corrected else EXAMPLE_WEIGHT
        _add(counts, found, sign * weight)
        self.totals.clear()
        self.examples += sign

    def learn(self, example: Example) -> None:
        """Count one confirmed booking (ignored when its type is not in the model)."""
        self._count(example, features(example.description), +1)

    def rank(self, description: str) -> list[tuple[str, float]]:
        """Every type with its confidence (0..1, summing to 1), most likely first."""
        if not self.type_ids:
            return []
        return _softmax(self.scores(description), self.temperature)

    def scores(self, description: str) -> dict[str, float]:
        """Per type, the specificity-weighted mean log-likelihood of the known features
        (all 0 when the description has none)."""
        if not self.totals:
            self._prepare()
        vocabulary = self.vocabulary_size
        logits = dict.fromkeys(self.type_ids, 0.0)
        weight_sum = 0.0
        for feature, repeat in features(description).items():
            present = [t for t in self.type_ids if self.counts[t].get(feature)]
            if not present:
                continue
            weight = math.log(1 + len(self.type_ids) / len(present)) * min(repeat, 3)
            weight_sum += weight
            for type_id in self.type_ids:
                count = self.counts[type_id].get(feature, 0.0)
                likelihood = (count + SMOOTHING) / (self.totals[type_id] + SMOOTHING * vocabulary)
                logits[type_id] += weight * math.log(likelihood)
        if weight_sum:
            logits = {t: v / weight_sum for t, v in logits.items()}
        return logits

    def _prepare(self) -> None:
        vocabulary: set[str] = set()
        for type_id in self.type_ids:
            self.totals[type_id] = float(sum(self.counts[type_id].values()))
            vocabulary.update(self.counts[type_id])
        self.vocabulary_size = max(len(vocabulary), 1)


def _document_counts(doc: TypeDocument) -> dict[str, float]:
    counts: dict[str, float] = {}
    for text, weight in (
        *((n, NAME_WEIGHT) for n in doc.names),
        *((k, KEYWORD_WEIGHT) for k in doc.keywords),
        *((i, ITEM_WEIGHT) for i in doc.items),
        *((label, FORM_WEIGHT) for label in doc.form_labels),
        (doc.description, 1.0),
    ):
        _add(counts, features(text), weight)
    return counts


def _log_loss(scored: list[tuple[dict[str, float], str]], temperature: float) -> float:
    loss = 0.0
    for scores, truth in scored:
        confidences = dict(_softmax(scores, temperature))
        loss -= math.log(max(confidences.get(truth, 0.0), 1e-12))
    return loss


def _add(counts: dict[str, float], found: Mapping[str, int], weight: float) -> None:
    for feature, repeat in found.items():
        total = counts.get(feature, 0.0) + weight * repeat
        if total > 1e-9:
            counts[feature] = total
        else:  # an example taken back out: the type no longer has the feature at all
            counts.pop(feature, None)


def _softmax(logits: Mapping[str, float], temperature: float) -> list[tuple[str, float]]:
    top = max(logits.values())
    exps = {t: math.exp(temperature * (v - top)) for t, v in logits.items()}
    total = sum(exps.values())
    return sorted(((t, e / total) for t, e in exps.items()), key=lambda pair: -pair[1])
