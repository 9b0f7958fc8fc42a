"""Benchmark the shipped gazetteer: cold load, lookup throughput, memory.

Run from the repository root::

    python benchmarks/bench_gazetteer.py [--repeat N] [--out benchmarks/results/gazetteer.json]

Reports

- cold load: ``Gazetteer.load()`` in a fresh interpreter (median of ``--repeat`` runs), and
  separately the time to ``import geostrike.gazetteer`` (numpy, shapely, rapidfuzz...);
- lookup throughput (lookups/s) for (a) the spellings of ``tests/data/spellings.csv`` with
  the lookup cache cleared before every query, (b) the same queries repeated (cached), and
  (c) misspellings that reach the fuzzy fallback, uncached;
- peak memory of loading: tracemalloc peak of Python allocations and the process's
  ru_maxrss (both in a fresh interpreter).

Prints a table and writes the same figures as JSON (sorted keys, machine info included).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPELLINGS = REPO / "tests" / "data" / "spellings.csv"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "gazetteer.json"

# Run in a fresh interpreter: import time, then load time, tracemalloc peak and maxrss.
_COLD = r"""
import json, resource, sys, time, tracemalloc
trace = sys.argv[1] == "1"
t0 = time.perf_counter()
from geostrike.gazetteer import Gazetteer
t1 = time.perf_counter()
if trace:
    tracemalloc.start()
t2 = time.perf_counter()
gaz = Gazetteer.load()
t3 = time.perf_counter()
peak = tracemalloc.get_traced_memory()[1] if trace else 0
# ru_maxrss is KiB on Linux, bytes on macOS
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"import_s": t1 - t0, "load_s": t3 - t2, "places": len(gaz),
                  "tracemalloc_peak_bytes": peak,
                  "maxrss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale}))
"""


def _fresh(trace: bool) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    out = subprocess.run(
        [sys.executable, "-c", _COLD, "1" if trace else "0"],
        cwd=REPO, env=env, check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _misspell(word: str) -> str:
    """A deterministic typo: swap two letters in the middle of the longest word."""
    words = word.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) >= 6:
        j = len(w) // 2
        w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1:]
    words[i] = w
    return " ".join(words)


def _throughput(gaz: object, queries: list[str], *, clear: bool, min_seconds: float) -> float:
    """Lookups per second over the queries, repeated until ``min_seconds`` have passed."""
    lookup = gaz.lookup  # type: ignore[attr-defined]
    def clear_cache() -> None:
        # both lookup caches: the ranked candidates and the raw matches
        gaz._lookup_cached.cache_clear()  # type: ignore[attr-defined]
        gaz._match_cached.cache_clear()  # type: ignore[attr-defined]
    done = 0
    elapsed = 0.0
    while elapsed < min_seconds:
        if clear:
            t0 = time.perf_counter()
            for q in queries:
                clear_cache()
                lookup(q)
            elapsed += time.perf_counter() - t0
        else:
            t0 = time.perf_counter()
            for q in queries:
                lookup(q)
            elapsed += time.perf_counter() - t0
        done += len(queries)
    return done / elapsed


def run(repeat: int, min_seconds: float) -> dict[str, object]:
    """Every figure of the benchmark as plain data."""
    cold = [_fresh(trace=False) for _ in range(repeat)]
    traced = _fresh(trace=True)

    sys.path.insert(0, str(REPO))
    from geostrike.gazetteer import Gazetteer
    from geostrike.names import fold, skeleton, strip_article

    gaz = Gazetteer.load()
    with SPELLINGS.open(encoding="utf-8", newline="") as fh:
        queries = [row["spelling"] for row in csv.DictReader(fh)]
    # misspellings that neither fold, article nor skeleton keys catch: the fuzzy fallback
    fuzzy = []
    for q in queries:
        m = _misspell(q)
        gaz._lookup_cached.cache_clear()
        gaz._match_cached.cache_clear()
        found = gaz.lookup(m)
        if m != q and found and found[0].match == "fuzzy":
            fuzzy.append(m)
    # warm the name-normalisation caches' code paths the same way for every measurement
    for q in queries + fuzzy:
        fold(q), strip_article(q), skeleton(q)

    mix = _throughput(gaz, queries, clear=True, min_seconds=min_seconds)
    _throughput(gaz, queries, clear=False, min_seconds=0.05)  # fill the cache
    cached = _throughput(gaz, queries, clear=False, min_seconds=min_seconds)
    fuzzy_rate = _throughput(gaz, fuzzy, clear=True, min_seconds=min_seconds) if fuzzy else 0.0

    return {
        "machine": {
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
        },
        "gazetteer": {
            "places": cold[0]["places"],
            "indexed_spellings": sum(len(set(map(fold, p.names))) for p in gaz),
        },
        "load": {
            "repeat": repeat,
            "import_s_median": statistics.median(c["import_s"] for c in cold),
            "load_s_median": statistics.median(c["load_s"] for c in cold),
            "load_s_min": min(c["load_s"] for c in cold),
            "load_s_max": max(c["load_s"] for c in cold),
            "tracemalloc_peak_mib": traced["tracemalloc_peak_bytes"] / 2**20,
            "maxrss_mib": traced["maxrss_bytes"] / 2**20,
        },
        "lookup_per_s": {
            "spellings_uncached": mix,
            "spellings_cached": cached,
            "misspellings_fuzzy_uncached": fuzzy_rate,
        },
        "queries": {"spellings": len(queries), "misspellings_fuzzy": len(fuzzy)},
    }


def _table(r: dict[str, object]) -> str:
    load = r["load"]  # type: ignore[index]
    rate = r["lookup_per_s"]  # type: ignore[index]
    q = r["queries"]  # type: ignore[index]
    m = r["machine"]  # type: ignore[index]
    g = r["gazetteer"]  # type: ignore[index]
    rows = [
        ("places / indexed spellings", f"{g['places']} / {g['indexed_spellings']}"),
        (f"import geostrike.gazetteer (median of {load['repeat']})",
         f"{load['import_s_median'] * 1000:.0f} ms"),
        (f"Gazetteer.load() cold (median of {load['repeat']})",
         f"{load['load_s_median'] * 1000:.0f} ms "
         f"(min {load['load_s_min'] * 1000:.0f}, max {load['load_s_max'] * 1000:.0f})"),
        ("load peak, tracemalloc", f"{load['tracemalloc_peak_mib']:.1f} MiB"),
        ("process ru_maxrss after load", f"{load['maxrss_mib']:.1f} MiB"),
        (f"lookups/s, {q['spellings']} spellings, uncached", f"{rate['spellings_uncached']:,.0f}"),
        ("lookups/s, same, cached", f"{rate['spellings_cached']:,.0f}"),
        (f"lookups/s, {q['misspellings_fuzzy']} fuzzy misspellings, uncached",
         f"{rate['misspellings_fuzzy_uncached']:,.0f}"),
    ]
    width = max(len(k) for k, _ in rows)
    head = f"Python {m['python']} on {m['platform']}, {m['cpu_count']} CPUs"
    return "\n".join([head, *(f"{k:<{width}}  {v}" for k, v in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="fresh-interpreter load runs (median reported; default 5)")
    parser.add_argument("--seconds", type=float, default=1.0,
                        help="minimum time per throughput measurement (default 1)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"JSON output (default {DEFAULT_OUT.relative_to(REPO)})")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    result = run(args.repeat, args.seconds)
    print(_table(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
