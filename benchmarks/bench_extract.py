"""Extraction speed on a large corpus, and geotext on the same texts, in one run.

Builds a corpus of at least ``--mb`` megabytes (default 20) by shuffling the paragraphs of the
seed reports and the gold test reports into articles of a few paragraphs each (a fixed random
seed, so every run reads the same text), writes it as one JSON Lines file, then times:

- geostrike: reading the file, finding and resolving mentions, roles and the claims table
  (``extract(..., level="claims")``), with one worker and with every core;
- geostrike with one worker on a quarter-size corpus of whole seed pages (boilerplate and
  all), which is less dense in place names than the paragraph corpus;
- geotext (``pip install geotext``), the popular offline peer that finds city and country
  names only (no roles, no resolution beyond its own list), on the same texts.

Prints a table and writes ``benchmarks/results/extract.json``. Run from the repository:

    python benchmarks/bench_extract.py [--mb 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_corpus(target_mb: float, seed: int = 2015) -> list[str]:
    sources = sorted((REPO / "seeds").glob("*.txt")) + sorted(
        (REPO / "tests" / "data" / "reports").glob("*.txt"))
    paragraphs = [p.strip() for path in sources
                  for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(seed)
    articles, size = [], 0
    while size < target_mb * 1_000_000:
        text = "\n\n".join(rng.sample(paragraphs, k=rng.randint(3, 8)))
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def build_page_corpus(target_mb: float, seed: int = 2015) -> list[str]:
    """Whole seed pages, boilerplate and all, in random order: the density of real scrapes
    (the paragraph corpus above keeps only paragraphs, so it is denser in place names)."""
    pages = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    rng = random.Random(seed)
    articles, size = [], 0
    while size < target_mb * 1_000_000:
        articles.append(rng.choice(pages))
        size += len(articles[-1].encode("utf-8"))
    return articles


def time_geostrike(path: Path, workers: int) -> tuple[float, int, int]:
    from geostrike.corpus import read_corpus
    from geostrike.gazetteer import default_gazetteer
    from geostrike.pipeline import extract_corpus

    gaz = default_gazetteer()  # load time is measured by bench_gazetteer.py, not here
    start = time.perf_counter()
    corpus = read_corpus([path], workers=workers)
    table = extract_corpus(corpus, gazetteer=gaz, workers=workers).table
    return time.perf_counter() - start, len(corpus.articles), len(table)


def time_geotext(texts: list[str]) -> tuple[float, int]:
    from geotext import GeoText

    start = time.perf_counter()
    found = 0
    for text in texts:
        places = GeoText(text)
        found += len(places.cities) + len(places.countries)
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    args = parser.parse_args(argv)
    texts = build_corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    results: dict[str, object] = {
        "corpus_mb": round(megabytes, 2), "articles": len(texts),
        "python": platform.python_version(), "cpus": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"a{i:06d}", "text": text}) + "\n")
        for workers in (1, os.cpu_count() or 1):
            seconds, n_articles, n_claims = time_geostrike(path, workers)
            results[f"geostrike_{workers}_workers"] = {
                "seconds": round(seconds, 2), "mb_per_s": round(megabytes / seconds, 2),
                "articles_per_s": round(n_articles / seconds, 1), "claims": n_claims,
            }
        # the same on whole scraped pages (one worker, a quarter of the size)
        pages = build_page_corpus(args.mb / 4)
        pages_mb = sum(len(t.encode("utf-8")) for t in pages) / 1_000_000
        pages_path = Path(tmp) / "pages.jsonl"
        with pages_path.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(pages):
                fh.write(json.dumps({"id": f"p{i:06d}", "text": text}) + "\n")
        seconds, n_articles, n_claims = time_geostrike(pages_path, 1)
        results["geostrike_1_workers_seed_pages"] = {
            "seconds": round(seconds, 2), "mb_per_s": round(pages_mb / seconds, 2),
            "articles_per_s": round(n_articles / seconds, 1), "claims": n_claims,
            "corpus_mb": round(pages_mb, 2),
        }
    try:
        seconds, found = time_geotext(texts)
        results["geotext"] = {"seconds": round(seconds, 2),
                              "mb_per_s": round(megabytes / seconds, 2), "places": found}
    except ImportError:
        results["geotext"] = None
        print("geotext is not installed (pip install geotext); skipped", file=sys.stderr)

    print(f"corpus: {megabytes:.1f} MB, {len(texts)} articles")
    print(f"{'run':26} {'seconds':>8} {'MB/s':>7} {'articles/s':>11}")
    for key, value in results.items():
        if isinstance(value, dict):
            print(f"{key:26} {value['seconds']:8.2f} {value['mb_per_s']:7.2f} "
                  f"{value.get('articles_per_s', ''):>11}")
    if results.get("geotext"):
        best = max(v["mb_per_s"] for k, v in results.items()
                   if k.startswith("geostrike") and isinstance(v, dict))
        results["speed_ratio_vs_geotext"] = round(best / results["geotext"]["mb_per_s"], 2)
        print(f"geostrike (best) / geotext speed: {results['speed_ratio_vs_geotext']}")
    out = REPO / "benchmarks" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
