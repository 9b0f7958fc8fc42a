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
