"""Benchmark the claims map: build time, HTML size and (if Chromium is there) page load time.

Synthetic claims (deterministic seed) are spread over Syria's governorates, towns and bases
from the shipped gazetteer, with launch points in the Caspian Sea and the eastern
Mediterranean and some country-level claims, about five claims per article.

    python benchmarks/bench_map.py                 # 1k, 10k, 50k claims
    python benchmarks/bench_map.py --sizes 1000 --no-browser

Prints a table and writes ``benchmarks/results/map.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geostrike import default_gazetteer
from geostrike.maps import render_map

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "map.json"
CHROMIUM = Path("/usr/bin/chromium")

OUTLETS = ("TASS", "RIA Novosti", "Reuters", "AFP", "Al Arabiya", "SANA", "The Moscow Times",
           "Anadolu", "SOHR", "BBC", "Al Jazeera", "Interfax")
CLAIMANTS = ("Russian Defence Ministry", "Sergei Shoigu", "Igor Konashenkov", "SOHR",
             "local activists", "the outlet")
GROUPS = ("Islamic State", "Jabhat al-Nusra", "Free Syrian Army", "opposition", "unspecified")
WEAPONS = ("Su-24M", "Su-34", "Kalibr cruise missiles", "Tu-22M3", "")


def synthetic_claims(n: int, *, seed: int = 20151016, gazetteer=None) -> gpd.GeoDataFrame:
    """``n`` claims in the claims-table schema, the same for the same ``n`` and ``seed``."""
    gaz = gazetteer or default_gazetteer()
    rng = random.Random(seed)
    places = [p for p in gaz if p.country == "SY" and p.kind in ("city", "town", "village")]
    governorates = [p for p in gaz if p.kind == "governorate" and p.polygon is not None]
    bases = [p for p in gaz if p.country == "SY" and p.kind in ("airbase", "naval_base")]
    launch = [gaz.get("gs:caspian-sea"), gaz.get("gs:eastern-mediterranean")]
    syria = gaz.get("country:SY")
    start = pd.Timestamp("2015-09-30")
    rows = []
    article = 0
    while len(rows) < n:
        article += 1
        article_id = f"synthetic_{article:06d}"
        outlet = rng.choice(OUTLETS)
        published = start + pd.Timedelta(days=rng.randrange(0, 180))
        event = (published - pd.Timedelta(days=rng.randrange(0, 3))).date().isoformat()
        claimant = rng.choice(CLAIMANTS)
        sentence = rng.randrange(3)
        for _ in range(min(rng.randint(3, 7), n - len(rows))):
            draw = rng.random()
            if draw < 0.55:
                place, role, prec = rng.choice(places), "strike_target", rng.choice((1, 1, 2))
            elif draw < 0.75:
                place, role, prec = rng.choice(governorates), "strike_target", 4
            elif draw < 0.83:
                place, role, prec = syria, rng.choice(("strike_target", "other")), 6
            elif draw < 0.90:
                place, role, prec = rng.choice(launch), "launch_point", 7
            elif draw < 0.95:
                place, role, prec = rng.choice(bases), "base", 1
            else:
                place, role, prec = rng.choice(places), "other", 1
            quote = (f"Sentence {sentence}: the ministry said its aircraft struck "
                     f"{rng.randint(2, 40)} targets near {place.name} overnight, "
                     f"destroying command posts and ammunition depots of militants.")
            rows.append({
                "claim_id": f"{article_id}|{place.id}|{role}|{len(rows)}",
                "article_id": article_id, "outlet": outlet, "outlet_how": "manifest",
                "published": published.date().isoformat(), "published_how": "manifest",
                "url": f"https://example.org/{article_id}",
                "place_id": place.id, "place_name": place.name, "place_kind": place.kind,
                "country": place.country, "governorate": place.governorate,
                "surface": place.name, "status": "resolved", "match": "exact",
                "resolution_score": 1.0, "role": role, "confidence": 0.8, "role_cue": "struck",
                "event_date": event, "event_date_end": None, "date_precision": "day",
                "date_text": "overnight", "claimant": claimant, "claimant_how": "sentence",
                "target_group": rng.choice(GROUPS) if role == "strike_target" else None,
                "sorties": rng.randint(10, 80) if rng.random() < 0.3 else None,
                "strikes": None, "targets": rng.randint(2, 40), "missiles": None, "killed": None,
                "weapons": rng.choice(WEAPONS) or None, "where_prec": prec,
                "uncertainty_km": {1: 5.0, 2: 15.0, 4: 60.0, 6: 300.0, 7: 300.0}[prec],
                "quote": quote, "quotes": json.dumps([quote]), "mention_count": 1,
                "char_start": 0, "char_end": 0, "spans": "[]",
                "geometry": Point(place.lon, place.lat),  # x is longitude
            })
    frame = pd.DataFrame(rows)
    for column in ("sorties", "strikes", "targets", "missiles", "killed", "where_prec"):
        frame[column] = frame[column].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")


def browser_load(page_path: Path) -> dict[str, float] | None:
    """Seconds to the load event and to the claims being drawn, in headless Chromium."""
    if not CHROMIUM.exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith("file:") else route.abort())
            page.goto(page_path.as_uri(), wait_until="load", timeout=300_000)
            # in-page clocks (ms since navigation start), free of the driver's round trips;
            # two animation frames after load: the canvas has painted what refresh() added
            loaded, painted = page.evaluate("""() => new Promise(resolve => {
                const load = performance.getEntriesByType("navigation")[0].loadEventEnd;
                requestAnimationFrame(() => requestAnimationFrame(
                    () => resolve([load, performance.now()])));
            })""")
            counts = page.evaluate("window.geostrike.visibleCount()")
            toggle = page.evaluate("""() => {
                const g = window.geostrike, o = g.groups().outlet[0].name, t = performance.now();
                g.setVisible("outlet", o, false); g.setVisible("outlet", o, true);
                return (performance.now() - t) / 2;
            }""")
        finally:
            browser.close()
    return {"load_s": round(loaded / 1000, 3), "painted_s": round(painted / 1000, 3),
            "filter_toggle_s": round(toggle / 1000, 3), "drawn": counts}


def run(sizes: list[int], *, repeat: int, browser: bool) -> list[dict[str, object]]:
    gaz = default_gazetteer()
    results = []
    for n in sizes:
        claims = synthetic_claims(n, gazetteer=gaz)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page = render_map(claims, gazetteer=gaz, title=f"{n} synthetic claims")
            times.append(time.perf_counter() - started)
        row: dict[str, object] = {
            "claims": n, "build_s": round(statistics.median(times), 3),
            "html_mb": round(len(page.encode("utf-8")) / 1e6, 2),
        }
        if browser:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "map.html"
                path.write_text(page, encoding="utf-8")
                row["browser"] = browser_load(path)
        results.append(row)
        print(_line(row), flush=True)
    return results


def _line(row: dict[str, object]) -> str:
    text = f"{row['claims']:>7,} claims  build {row['build_s']:>6.2f} s  html {row['html_mb']:>6.2f} MB"
    load = row.get("browser")
    if load:
        text += (f"  load {load['load_s']:.2f} s  painted {load['painted_s']:.2f} s"
                 f"  filter {load['filter_toggle_s']:.2f} s  drawn {load['drawn']}")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3, help="builds per size (median)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium load")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args.sizes, repeat=args.repeat, browser=not args.no_browser)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(),
        "results": results}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
