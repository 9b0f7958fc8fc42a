"""The whole extraction in one call: corpus -> mentions -> roles -> claims.

``extract(inputs)`` is the canonical path; the CLI's ``extract`` and ``map`` commands and a
notebook user all go through it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

from geostrike.claims import build_claims, mentions_table
from geostrike.corpus import Article, Corpus, read_corpus
from geostrike.gazetteer import Gazetteer, default_gazetteer
from geostrike.mentions import Mention, find_mentions
from geostrike.roles import assign_roles
from geostrike.schema import validate_claims, validate_mentions

__all__ = ["Extraction", "extract", "extract_corpus"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extraction:
    """What one run extracted: the corpus read, each article's mentions, and the table."""

    corpus: Corpus
    mentions: dict[str, tuple[Mention, ...]]
    table: gpd.GeoDataFrame


def extract(
    inputs: Sequence[str | Path],
    *,
    manifest: str | Path | None = None,
    gazetteer: Gazetteer | None = None,
    level: str = "claims",
) -> Extraction:
    """Read report files or folders and return their claims (or mentions) table.

    Parameters
    ----------
    inputs
        Files (.txt, .html, .jsonl) or folders (read whole, with their manifest.csv).
    manifest
        A manifest CSV to use instead of the folders' own.
    gazetteer
        Where names are resolved (default: the shipped gazetteer).
    level
        ``"claims"`` (one row per article x place x role) or ``"mentions"`` (one per mention).

    Returns
    -------
    Extraction
        ``table`` is a GeoDataFrame in EPSG:4326 (schema: docs/claims-schema.md); files that
        could not be read are listed in ``corpus.skipped``.
    """
    corpus = read_corpus(inputs, manifest=manifest)
    for skipped in corpus.skipped:
        log.warning("skipped %s%s: %s", skipped.path,
                    f", line {skipped.line}" if skipped.line else "", skipped.reason)
    return extract_corpus(corpus, gazetteer=gazetteer, level=level)


def extract_corpus(
    corpus: Corpus, *, gazetteer: Gazetteer | None = None, level: str = "claims"
) -> Extraction:
    """:func:`extract` for a corpus already read."""
    if level not in ("claims", "mentions"):
        raise ValueError(f"level must be 'claims' or 'mentions', not {level!r}")
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    mentions = {a.id: _article_mentions(a, gaz) for a in corpus.articles}
    if level == "claims":
        table = validate_claims(build_claims(corpus.articles, mentions))
    else:
        table = validate_mentions(mentions_table(corpus.articles, mentions))
    return Extraction(corpus, mentions, table)


def _article_mentions(article: Article, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    return assign_roles(find_mentions(article, gazetteer))
