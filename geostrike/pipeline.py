"""The whole extraction in one call: corpus -> mentions -> roles -> claims.

``extract(inputs)`` is the canonical path; the CLI's ``extract`` and ``map`` commands and a
notebook user all go through it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geostrike.claims import build_claims, mentions_table
from geostrike.corpus import Article, Corpus, read_corpus
from geostrike.gazetteer import Gazetteer, default_gazetteer, shared_places
from geostrike.mentions import Mention, find_mentions
from geostrike.roles import assign_roles
from geostrike.schema import validate_claims, validate_mentions
from geostrike.workers import frozen_heap, map_ranges, pool_size

__all__ = ["Extraction", "default_name", "extract", "extract_corpus", "run"]

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
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
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
    workers
        Processes to use (default: every core for large inputs, see
        :data:`geostrike.workers.PARALLEL_MIN_CHARS`; else one). The result does not depend on it.
    progress
        Called with (articles done, articles in all) as the work goes on.

    Returns
    -------
    Extraction
        ``table`` is a GeoDataFrame in EPSG:4326 (schema: docs/claims-schema.md); files that
        could not be read are listed in ``corpus.skipped``.
    """
    corpus = read_corpus(inputs, manifest=manifest, workers=workers)
    for skipped in corpus.skipped:
        log.warning("skipped %s", skipped.reason)  # the reason names the file and line
    return extract_corpus(corpus, gazetteer=gazetteer, level=level, workers=workers,
                          progress=progress)




def extract_corpus(
    corpus: Corpus, *, gazetteer: Gazetteer | None = None, level: str = "claims",
    workers: int | None = None, progress: Callable[[int, int], None] | None = None,
) -> Extraction:
    """:func:`extract` for a corpus already read.

    ``workers``: processes to use (default: every core for corpora of
    :data:`geostrike.workers.PARALLEL_MIN_CHARS` characters or more, else one). The result
    does not depend on it.
    """
    if level not in ("claims", "mentions"):
        raise ValueError(f"level must be 'claims' or 'mentions', not {level!r}")
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    articles = corpus.articles
    workers = pool_size(sum(len(a.text) for a in articles), len(articles), workers)
    report = progress or (lambda done, total: None)
    if workers == 1:
        # the collector need not walk the gazetteer and the corpus over and over meanwhile
        with frozen_heap():
            mentions, table = _extract_chunk(articles, gaz, level, report)
    else:
        mentions, table = _extract_parallel(articles, gaz, level, workers, report)
    validate = validate_claims if level == "claims" else validate_mentions
    return Extraction(corpus, mentions, validate(table))


def _extract_chunk(articles: Sequence[Article], gazetteer: Gazetteer, level: str,
                   progress: Callable[[int, int], None] | None = None,
                   ) -> tuple[dict[str, tuple[Mention, ...]], gpd.GeoDataFrame]:
    mentions = {}
    for done, article in enumerate(articles, start=1):
        mentions[article.id] = assign_roles(find_mentions(article, gazetteer), article.text)
        if progress is not None and (done % 50 == 0 or done == len(articles)):
            progress(done, len(articles))
    builder = build_claims if level == "claims" else mentions_table
    return mentions, builder(articles, mentions)


_WORKER_GAZETTEER: Gazetteer | None = None
_WORKER_LEVEL = "claims"


def _init_worker(gazetteer: Gazetteer, level: str) -> None:
    global _WORKER_GAZETTEER, _WORKER_LEVEL
    _WORKER_GAZETTEER, _WORKER_LEVEL = gazetteer, level


# a mention travels back as a tuple of its fields after article_id (pickling a frozen
# dataclass field by field costs several times more); its place pickles as its id, because
# the workers run inside gazetteer.shared_places
_Packed = tuple[str, list[tuple[object, ...]]]
_FIELDS = tuple(f.name for f in dataclasses.fields(Mention))[1:]


def _pack(mentions: dict[str, tuple[Mention, ...]]) -> list[_Packed]:
    return [(article_id, [tuple(getattr(m, name) for name in _FIELDS) for m in found])
            for article_id, found in mentions.items()]


def _unpack(packed: list[_Packed], into: dict[str, tuple[Mention, ...]]) -> None:
    for article_id, rows in packed:
        into[article_id] = tuple(Mention(article_id, *row) for row in rows)


def _worker_chunk(articles: Sequence[Article]) -> tuple[list[_Packed], gpd.GeoDataFrame]:
    assert _WORKER_GAZETTEER is not None
    mentions, table = _extract_chunk(articles, _WORKER_GAZETTEER, _WORKER_LEVEL)
    return _pack(mentions), table


def _extract_parallel(articles: Sequence[Article], gazetteer: Gazetteer, level: str,
                      workers: int, progress: Callable[[int, int], None],
                      ) -> tuple[dict[str, tuple[Mention, ...]], gpd.GeoDataFrame]:
    # contiguous chunks in article order, several per worker so one long article does not
    # hold up the rest; each worker builds its part of the table too. Forked workers share
    # the loaded gazetteer and the articles; places travel back by id.
    mentions: dict[str, tuple[Mention, ...]] = {}
    frames = []
    with shared_places(gazetteer):
        for packed, frame in map_ranges(_worker_chunk, articles, workers, chunks=workers * 4,
                                        initializer=_init_worker, initargs=(gazetteer, level)):
            _unpack(packed, mentions)
            frames.append(frame)
            progress(len(mentions), len(articles))
    # chunks are in article order and each frame is sorted within itself
    table = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry",
                             crs="EPSG:4326")
    return mentions, table


def default_name(inputs: Sequence[str | Path]) -> str:
    """The stem output files are named after: the first input's name without extensions
    ("seeds" for seeds/, "claims" for claims.geojson)."""
    return Path(inputs[0]).resolve().name.split(".")[0]


def run(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    name: str | None = None,
    manifest: str | Path | None = None,
    control_files: Sequence[str | Path] | None = None,
    title: str | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """The main job: reports in, map and exports out.

    Extracts the claims of ``inputs``, compares the strike targets with territorial control
    (``control_files``, default: the shipped 2015 sample) and writes into ``out_dir``:
    ``<name>.html`` (the map), ``<name>.geojson``, ``<name>.gpkg``, ``<name>.csv`` (the
    claims table) and ``<name>-comparison.csv`` / ``.md``. ``name`` defaults to the first
    input's name ("seeds" for ``seeds/``). Every file is written atomically.

    Returns
    -------
    list of Path
        The files written.
    """
    from geostrike.compare import compare, write_comparison
    from geostrike.control import load_control, sample_control_files
    from geostrike.export import write_exports
    from geostrike.maps import save_map

    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    name = name or default_name(inputs)
    claims = extract(inputs, manifest=manifest, gazetteer=gaz, progress=progress).table
    control = load_control(list(control_files) if control_files else sample_control_files(),
                           gazetteer=gaz)
    compared = compare(claims, control, gazetteer=gaz)
    out_dir = Path(out_dir)
    written = write_exports(claims, out_dir, name, gazetteer=gaz)
    written += list(write_comparison(compared, out_dir, name=name))
    written.append(save_map(compared, out_dir / f"{name}.html", gazetteer=gaz, control=control,
                            title=title or f"geostrike: {name}"))
    return written
