"""Evaluation against hand-made gold annotations.

Gold files are JSON, one per report (``tests/gold/*.json``)::

    {"file": "seeds/000_....txt",
     "mentions": [{"start": 115, "end": 120, "surface": "Syria", "place_id": "country:SY",
                   "lat": 35.0, "lon": 38.5, "role": "strike_target"}]}

``evaluate(gold_files)`` runs the extractor on each file and scores it: mention precision
and recall (a predicted mention matches a gold one when their spans overlap), the share of
matched, resolved mentions placed within 161 km of the gold location (acc@161) and the mean
error, and per-role precision, recall and F1 over mentions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geostrike.corpus import read_corpus
from geostrike.errors import InputError
from geostrike.gazetteer import Gazetteer, default_gazetteer, distance_km
from geostrike.mentions import Mention
from geostrike.pipeline import extract_corpus
from geostrike.roles import ROLES

__all__ = ["Scores", "evaluate"]


@dataclass
class Scores:
    """Evaluation figures; ``format()`` prints them as a table."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    within_161: int = 0
    located: int = 0
    error_km: float = 0.0
    role_counts: dict[str, list[int]] = field(
        default_factory=lambda: {r: [0, 0, 0] for r in ROLES})  # tp, fp, fn
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def acc161(self) -> float:
        return self.within_161 / self.located if self.located else 0.0

    @property
    def mean_error_km(self) -> float:
        return self.error_km / self.located if self.located else 0.0

    def role_prf(self, role: str) -> tuple[float, float, float]:
        tp, fp, fn = self.role_counts[role]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def format(self) -> str:
        lines = [
            f"mentions: gold {self.gold}, predicted {self.predicted}, matched {self.matched}",
            f"mention precision {self.precision:.3f}  recall {self.recall:.3f}",
            f"acc@161 {self.acc161:.3f} over {self.located} located  mean error "
            f"{self.mean_error_km:.1f} km",
            "role            precision  recall  F1     (tp/fp/fn)",
        ]
        for role in ROLES:
            p, r, f = self.role_prf(role)
            tp, fp, fn = self.role_counts[role]
            lines.append(f"{role:15} {p:9.3f}  {r:6.3f}  {f:.3f}  ({tp}/{fp}/{fn})")
        return "\n".join(lines)


def evaluate(gold_files: Sequence[str | Path], *, root: str | Path | None = None,
             gazetteer: Gazetteer | None = None) -> Scores:
    """Score the extractor on gold files; ``root`` is where their ``file`` paths start."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    scores = Scores()
    for gold_path in sorted(Path(p) for p in gold_files):
        gold = _read_gold(gold_path)
        report = Path(root or Path.cwd()) / gold["file"]
        try:
            corpus = read_corpus([report])
        except InputError as exc:
            raise InputError(f"{gold_path}: its report could not be read: {exc}") from exc
        if not corpus.articles:
            why = corpus.skipped[0].reason if corpus.skipped else "no article in it"
            raise InputError(f"{gold_path}: its report {report} could not be read: {why}")
        extraction = extract_corpus(corpus, gazetteer=gaz)
        predicted = extraction.mentions[corpus.articles[0].id]
        _score(scores, gold["mentions"], predicted, gold_path.stem)
    return scores


_GOLD_KEYS = ("start", "end", "surface", "role")


def _read_gold(path: Path) -> dict:
    """A gold file, checked: a ``file`` and ``mentions`` whose spans and roles are usable."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("file"), str) \
            or not isinstance(gold.get("mentions"), list):
        raise InputError(f"{path}: a gold file needs 'file' (a path) and 'mentions' (a list)")
    for i, mention in enumerate(gold["mentions"], start=1):
        missing = [k for k in _GOLD_KEYS if not isinstance(mention, dict) or k not in mention]
        if missing:
            raise InputError(f"{path}: mention {i}: missing {', '.join(missing)}")
        if mention["role"] not in ROLES:
            raise InputError(f"{path}: mention {i}: unknown role {mention['role']!r}; "
                             f"use one of {', '.join(ROLES)}")
    return gold


def _score(scores: Scores, gold: list[dict], predicted: Sequence[Mention], name: str) -> None:
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    used: set[int] = set()
    pairs: list[tuple[dict, Mention]] = []
    for g in gold:
        match = next((i for i, p in enumerate(predicted)
                      if i not in used and p.start < g["end"] and g["start"] < p.end), None)
        if match is None:
            scores.misses.append(f"{name}: missed {g['surface']!r} at {g['start']}")
            scores.role_counts[g["role"]][2] += 1
            continue
        used.add(match)
        pairs.append((g, predicted[match]))
    for i, p in enumerate(predicted):
        if i not in used:
            scores.misses.append(f"{name}: spurious {p.surface!r} at {p.start}")
            scores.role_counts[p.role][1] += 1
    scores.matched += len(pairs)
    for g, p in pairs:
        if g.get("lat") is not None and p.place is not None:
            km = float(distance_km(g["lat"], g["lon"], p.place.lat, p.place.lon))
            scores.located += 1
            scores.error_km += km
            scores.within_161 += km <= 161
        if g["role"] == p.role:
            scores.role_counts[p.role][0] += 1
        else:
            scores.role_counts[p.role][1] += 1
            scores.role_counts[g["role"]][2] += 1
            scores.misses.append(f"{name}: {g['surface']!r} at {g['start']} is {g['role']}, "
                                 f"predicted {p.role} ({p.role_cue!r})")
