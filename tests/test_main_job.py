"""The committed maps/ outputs are exactly what the code makes of seeds/ today."""

import json

import pytest

from geostrike.pipeline import run
from tests.conftest import REPO

COMMITTED = REPO / "maps"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    written = run([REPO / "seeds"], out)
    return out, written


def test_main_job_writes_every_output(fresh):
    out, written = fresh
    assert sorted(p.name for p in written) == sorted(
        ["seeds.html", "seeds.geojson", "seeds.gpkg", "seeds.csv", "seeds-comparison.csv",
         "seeds-comparison.md"])
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files


@pytest.mark.parametrize("name", ["seeds.html", "seeds.csv", "seeds-comparison.csv",
                                  "seeds-comparison.md"])
def test_committed_output_is_byte_identical(fresh, name):
    out, _ = fresh
    assert (out / name).read_bytes() == (COMMITTED / name).read_bytes(), (
        f"maps/{name} is stale: regenerate with `geostrike map`")


def test_committed_geojson_is_equal_when_parsed(fresh):
    # GDAL versions differ in metadata lines, so the GeoJSON is compared parsed
    out, _ = fresh
    fresh_data = json.loads((out / "seeds.geojson").read_text(encoding="utf-8"))
    committed = json.loads((COMMITTED / "seeds.geojson").read_text(encoding="utf-8"))
    assert fresh_data["features"] == committed["features"]


def test_main_job_keeps_unresolved_places(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(
        "Russian jets struck the village of Zzqqx Yyx near Idlib on Monday, activists said.\n",
        encoding="utf-8")
    written = run([reports], tmp_path / "out")
    report = next(p for p in written if p.name == "reports-comparison.md")
    assert "Zzqqx Yyx" in report.read_text(encoding="utf-8")
    html = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    assert "Zzqqx Yyx" in html  # listed as unresolved, in the page's data


def test_every_output_is_written_beside_and_renamed_into_place(tmp_path, monkeypatch):
    import os

    renamed = []
    real_replace = os.replace

    def recording_replace(src, dst):
        renamed.append((os.path.basename(src), os.path.basename(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)
    written = run([REPO / "seeds"], tmp_path)
    assert sorted(dst for _, dst in renamed) == sorted(p.name for p in written)
    assert all(src.startswith(f".{dst}.") for src, dst in renamed)


@pytest.mark.parametrize(("module", "function", "output"), [
    ("geostrike.export", "area_claims", "seeds.gpkg"),  # fails between the two layers
    ("geostrike.compare", "_markdown", "seeds-comparison.md"),  # fails in the write itself
    ("geostrike.maps", "_claims_payload", "seeds.html"),
])
def test_a_failed_run_leaves_the_old_outputs(tmp_path, monkeypatch, module, function, output):
    import importlib

    run([REPO / "seeds"], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(*args, **kwargs):
        if function == "_markdown":
            return 42  # not text: the file is open when writing it fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(importlib.import_module(module), function, broken)
    with pytest.raises((RuntimeError, TypeError)):
        run([REPO / "seeds"], tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after[output] == before[output] and set(after) == set(before)
