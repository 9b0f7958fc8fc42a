"""The command line: thin commands, clear errors, non-zero exits."""

import json

from click.testing import CliRunner

from geostrike.cli import main


def test_lookup_json():
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "--json", "Deir Ezzor"])
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload[0]["candidates"][0]["id"] == "gn:170794"


def test_lookup_table_says_when_nothing_is_found():
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "Islamic State"])
    assert result.exit_code == 0 and "(no place found)" in result.output


def test_extract_writes_geojson(tmp_path):
    (tmp_path / "r.txt").write_text("Warplanes struck Idlib on Monday.", encoding="utf-8")
    out = tmp_path / "out" / "claims.geojson"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "r.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in data
    assert data["features"][0]["properties"]["place_id"] == "gn:169389"
    assert [f for f in out.parent.iterdir()] == [out]  # no temporary file left behind


def test_bad_output_format_is_one_line_and_exit_1(tmp_path):
    (tmp_path / "r.txt").write_text("Warplanes struck Idlib.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "r.txt"), "-o",
                                       str(tmp_path / "x.xyz")])
    assert result.exit_code == 1
    assert "unknown output format '.xyz'" in result.output
    assert not (tmp_path / "x.xyz").exists()


def test_bad_gazetteer_extension_names_the_file(tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("id,name,kind,country,lat,lon\nx:1,Nowhere,town,SY,95,36\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "--extra", str(bad), "Idlib"])
    assert result.exit_code == 1
    assert str(bad) in result.output and "line 2" in result.output


def test_extract_without_output_prints_geojson(tmp_path):
    (tmp_path / "r.txt").write_text("Warplanes struck Idlib on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "-q", str(tmp_path / "r.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert (feature["properties"]["place_id"], feature["properties"]["role"]) == (
        "gn:169389", "strike_target")


def test_gazetteer_build_failure_exits_1_and_names_the_row(tmp_path, monkeypatch):
    from geostrike import gazetteer_build
    from geostrike.errors import GazetteerDataError

    def failing_build(out, datamaps=None, curated=None):
        raise GazetteerDataError(f"{curated}: row 7: latitude 95 out of range")

    monkeypatch.setattr(gazetteer_build, "build", failing_build)
    curated = tmp_path / "curated.csv"
    curated.write_text("id\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "build", "--out", str(tmp_path / "g"),
                                       "--curated", str(curated)])
    assert result.exit_code == 1
    assert f"{curated}: row 7" in result.output


def test_extract_reports_skipped_lines_with_file_and_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Warplanes struck Idlib."}\nnot json\n',
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert f"{corpus}:2:" in result.stderr
    assert "1 skipped" in result.stderr


def test_map_uses_the_control_file_and_name_it_is_given(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "r.txt").write_text("Russian jets struck Islamic State targets in Raqqa on "
                                   "October 5, 2015.", encoding="utf-8")
    control = tmp_path / "mine.csv"
    control.write_text("as_of,place_id,controller,source\n2015-10-01,gn:172955,YPG,mine\n"
                       "2015-10-01,gn:170654,government,mine\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["map", str(reports), "--control", str(control),
                                       "-o", str(out), "--name", "oct", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["oct.html", "oct.geojson", "oct.gpkg", "oct.csv", "oct-comparison.csv",
         "oct-comparison.md"])
    import pandas as pd

    rows = pd.read_csv(out / "oct-comparison.csv")
    assert set(rows["controller"].dropna()) == {"YPG"}
