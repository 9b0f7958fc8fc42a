"""The claims table: one row per article x place x role, with its evidence."""

import json
from datetime import date

import geopandas as gpd
import pytest

from geostrike import settings
from geostrike.dates import event_period
from geostrike.pipeline import extract


@pytest.fixture
def report(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Russia's Defence Ministry said on Tuesday its Su-34 jets carried out 25 sorties and hit "
        "40 Islamic State targets in Raqqa province.\n"
        "It said warplanes struck Raqqa province again, killing 30 militants.\n"
        "Kalibr cruise missiles were fired from ships in the Caspian Sea.\n"
        "Rebels said the village of Zzqqx Yyx was hit.\n",
        encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published\na.txt,Test Wire,2015-11-20\n", encoding="utf-8")
    return tmp_path


def test_one_row_per_article_place_role(report):
    table = extract([report]).table
    assert isinstance(table, gpd.GeoDataFrame) and table.crs.to_epsg() == 4326
    assert list(table.columns) == [*settings.CLAIM_COLUMNS, "geometry"]
    raqqa = table[(table.place_id == "adm1:SY-RA") & (table.role == "strike_target")]
    assert len(raqqa) == 1
    row = raqqa.iloc[0]
    assert row.mention_count == 2 and len(json.loads(row.quotes)) == 2
    assert row.outlet == "Test Wire" and row.published == "2015-11-20"
    assert row.event_date == "2015-11-17" and row.date_precision == "day"  # "on Tuesday"
    assert row.claimant == "Russian Defence Ministry"
    assert row.target_group == "Islamic State"
    assert (row.sorties, row.targets, row.killed) == (25, 40, 30)
    assert "Su-34" in row.weapons
    assert row.where_prec == 4 and row.uncertainty_km > 30
    # the point is the governorate's representative point: (x, y) = (lon, lat)
    assert 35 < row.geometry.y < 37 and 38 < row.geometry.x < 40


def test_launch_point_and_unresolved_rows(report):
    table = extract([report]).table
    caspian = table[table.place_id == "gs:caspian-sea"].iloc[0]
    assert caspian.role == "launch_point" and caspian.where_prec == 7
    unresolved = table[table.status == "unresolved"]
    assert list(unresolved.surface) == ["Zzqqx Yyx"]
    assert unresolved.geometry.isna().all() or unresolved.geometry.is_empty.all()


def test_mentions_level(report):
    table = extract([report], level="mentions").table
    assert list(table.columns) == [*settings.MENTION_COLUMNS, "geometry"]
    text = (report / "a.txt").read_text(encoding="utf-8")
    assert {"Caspian Sea", "Zzqqx Yyx"} <= set(table.surface)
    # one row per mention: the report's two Raqqa strike mentions stay two rows
    raqqa = table[(table.place_id == "adm1:SY-RA") & (table.role == "strike_target")]
    assert len(raqqa) == 2
    for row in table.itertuples():
        assert text[row.char_start:row.char_end] == row.surface


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end", "precision"),
    [
        ("the raids over the past four days", date(2015, 11, 20), "2015-11-16", "2015-11-20",
         "range"),
        ("the plane crash of Oct. 31", date(2015, 11, 17), "2015-10-31", "2015-10-31", "day"),
        ("two strikes on 2015-10-29 near Raqqa", date(2015, 11, 2), "2015-10-29", "2015-10-29",
         "day"),
        ("strikes since September 30", date(2015, 10, 16), "2015-09-30", "2015-10-16", "range"),
        ("On Tuesday, Russia used 12 bombers", date(2015, 11, 17), "2015-11-17", "2015-11-17",
         "day"),
        ("80 strikes in Aleppo since Friday", date(2015, 10, 16), "2015-10-09", "2015-10-16",
         "range"),
        ("an offensive in early October", date(2015, 10, 16), "2015-10-01", "2015-10-10",
         "month"),
        ("overnight raids", date(2015, 10, 16), "2015-10-16", "2015-10-16", "day"),
        ("no time words here", date(2015, 10, 16), None, None, "unknown"),
        ("on October 31", None, None, None, "unknown"),  # never invent a year
        ("on Tuesday", None, None, None, "unknown"),
        # published on Friday 16 October 2015: weeks, weekends, days, parts of months
        ("strikes last week", date(2015, 10, 16), "2015-10-05", "2015-10-11", "week"),
        ("raids last weekend", date(2015, 10, 16), "2015-10-10", "2015-10-11", "range"),
        ("raids over the weekend", date(2015, 10, 16), "2015-10-10", "2015-10-11", "range"),
        ("strikes yesterday", date(2015, 10, 16), "2015-10-15", "2015-10-15", "day"),
        ("shelling last night", date(2015, 10, 16), "2015-10-15", "2015-10-15", "day"),
        ("strikes in mid-October", date(2015, 10, 16), "2015-10-11", "2015-10-20", "month"),
        ("strikes in late September", date(2015, 10, 16), "2015-09-21", "2015-09-30",
         "month"),
        ("the campaign in October", date(2015, 10, 16), "2015-10-01", "2015-10-31", "month"),
        ("in October 2014", date(2015, 10, 16), "2014-10-01", "2014-10-31", "month"),
        ("over the past two weeks", date(2015, 10, 16), "2015-10-02", "2015-10-16", "range"),
        # a model number and the verb "may" are no date
        ("A Russian Su-24 may have bombed targets", date(2015, 11, 25), None, None, "unknown"),
        ("jets struck on 24 May", date(2015, 11, 25), "2015-05-24", "2015-05-24", "day"),
    ],
)
def test_event_periods(sentence, published, start, end, precision):
    period = event_period(sentence, published)
    iso = (lambda d: d.isoformat() if d else None)
    assert (iso(period.start), iso(period.end), period.precision) == (start, end, precision)


def test_validator_accepts_pipeline_output_and_lists_every_problem(report):
    from geostrike.errors import SchemaError
    from geostrike.schema import validate_claims, validate_mentions

    table = extract([report]).table
    assert validate_claims(table) is table
    validate_mentions(extract([report], level="mentions").table)
    broken = table.drop(columns=["quote"]).copy()
    broken.loc[broken.index[0], "role"] = "victory"
    broken = broken.set_crs("EPSG:3857", allow_override=True)
    with pytest.raises(SchemaError) as err:
        validate_claims(broken)
    assert len(err.value.problems) == 3
    assert "missing columns: quote" in str(err.value)


def test_parallel_extraction_gives_the_same_table(report, gazetteer):
    from geostrike.corpus import read_corpus
    from geostrike.pipeline import extract_corpus

    for i in range(6):
        (report / f"b{i}.txt").write_text(f"Jets struck Idlib and Hama on Monday. Item {i}.",
                                          encoding="utf-8")
    corpus = read_corpus([report])
    one = extract_corpus(corpus, gazetteer=gazetteer, workers=1)
    two = extract_corpus(corpus, gazetteer=gazetteer, workers=2)
    assert one.table.to_json() == two.table.to_json()
    assert one.mentions == two.mentions
    # places come back from the workers as the parent's own objects, not copies
    idlib = [m.place for found in two.mentions.values() for m in found
             if m.place is not None and m.place.id == "gn:169389"]
    assert idlib and all(p is gazetteer.get("gn:169389") for p in idlib)


def test_progress_is_reported_up_to_the_total(report):
    seen = []
    extract([report], progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == 1


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Friday 16 October 2015", None, "2015-10-16"),
        ("Oct. 31", date(2015, 11, 17), "2015-10-31"),
        ("December 30", date(2016, 1, 5), "2015-12-30"),  # the latest such day before
        ("2015-09-30", None, "2015-09-30"),
        ("November 20", None, None),  # no year written, none known: unknown
        ("February 30, 2016", None, None),
    ],
)
def test_parse_day(text, published, day):
    from geostrike.dates import parse_day

    found = parse_day(text, published)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(("sentence", "column", "expected"), [
    # the claimant is whoever the sentence names
    ("Turkey\u2019s Defense Ministry said its jets hit targets near Afrin.", "claimant",
     "Turkish military"),
    ("The Israeli military said it struck Iranian targets near Damascus.", "claimant",
     "Israeli military"),
    ("U.S. Central Command said two strikes hit near Raqqa.", "claimant", "U.S. military"),
    ("The Syrian army said its jets bombed positions in Idlib.", "claimant", "Syrian army"),
    ("The defence ministry said 20 targets were hit in Hama.", "claimant",
     "Russian Defence Ministry"),
    ("The White Helmets said barrel bombs fell on Aleppo.", "claimant", "Syria Civil Defence"),
    # the target group is the group named
    ("Turkish jets hit PKK targets in Sinjar on Sunday.", "target_group", "PKK"),
    ("Israeli jets struck Iranian targets and Hezbollah depots near Damascus.", "target_group",
     "Iranian forces"),
    ("US jets struck Kataib Hezbollah sites in Albu Kamal.", "target_group", "Kataib Hezbollah"),
    ("Russian jets bombed Hayat Tahrir al-Sham positions in Idlib.", "target_group",
     "Hayat Tahrir al-Sham"),
    ("Jets struck Daesh positions near Raqqa.", "target_group", "Islamic State"),
    # (groups of the wars beyond Syria)
    ("US and UK jets struck Ansar Allah sites near Hodeidah.", "target_group", "Houthis"),
    ("Israeli jets struck Hamas tunnels in Rafah.", "target_group", "Hamas"),
    ("A US drone strike hit al-Shabaab fighters near Jilib in Somalia.", "target_group",
     "al-Shabaab"),
    ("Pakistani jets struck Taliban hideouts in Khost, Afghanistan.", "target_group", "Taliban"),
    ("Sudanese jets bombed RSF positions in Nyala, Sudan.", "target_group",
     "Rapid Support Forces"),
    ("Jets struck terrorist positions near Hama.", "target_group", "unspecified"),
])
def test_claimant_and_target_group_as_the_sentence_names_them(tmp_path, sentence, column,
                                                               expected):
    targets = _strike_rows(tmp_path, sentence)
    assert len(targets) > 0
    assert set(targets[column]) == {expected}


def _strike_rows(folder, sentence):
    """The strike-target claims of a one-sentence report."""
    (folder / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    table = extract([folder / "a.txt"]).table
    return table[table.role == "strike_target"]


def test_an_absurd_number_is_no_count(tmp_path):
    targets = _strike_rows(tmp_path, "Jets flew 12345678901234567891 sorties and 40 strikes "
                                     "hit Raqqa.")
    assert targets.sorties.isna().all() and list(targets.strikes) == [40]


def test_model_numbers_are_no_counts(tmp_path):
    targets = _strike_rows(tmp_path, "Su-24 strikes hit Idlib and Tu-160 bombers fired Kh-101 "
                                     "missiles at 7 targets near Raqqa.")
    assert targets.strikes.isna().all() and targets.missiles.isna().all()
    assert set(targets.targets.dropna()) == {7}


def test_weapons_of_every_air_force_are_named(tmp_path):
    targets = _strike_rows(tmp_path, "US F-16s and MQ-9 Reapers dropped GBU-12 bombs on Raqqa, "
                                     "and Su-24M jets fired Kh-29 missiles at Idlib.")
    named = {w for cell in targets.weapons.dropna() for w in cell.split("; ")}
    assert {"F-16s", "MQ-9", "Reapers", "GBU-12", "Su-24M", "Kh-29"} <= named


def test_no_claimant_and_no_outlet_leave_the_claimant_unknown(tmp_path):
    targets = _strike_rows(tmp_path, "Jets struck targets near Idlib on Monday.")
    assert len(targets) and targets.claimant.isna().all()
    assert set(targets.claimant_how) == {"unknown"}
