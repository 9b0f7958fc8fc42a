"""Shared fixtures: the shipped gazetteer and a one-call extractor for short texts."""

from pathlib import Path

import pytest

from geostrike import default_gazetteer
from geostrike.corpus import read_corpus
from geostrike.pipeline import extract_corpus


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()


@pytest.fixture
def mentions_of(tmp_path, gazetteer):
    """Return the mentions (roles assigned) that the pipeline finds in a text."""

    def run(text: str, name: str = "report.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        corpus = read_corpus([path])
        extraction = extract_corpus(corpus, gazetteer=gazetteer)
        return extraction.mentions[corpus.articles[0].id]

    return run


REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def gold_corpus():
    """The gold reports (seeds, the written reports and the held-out ones) as one corpus: the
    texts the equivalence tests re-run with every shortcut open."""
    folders = [REPO / "seeds", *sorted((REPO / "tests" / "data").glob("heldout*")),
               REPO / "tests" / "data" / "reports"]
    corpus = read_corpus(folders)
    assert len(corpus.articles) > 50
    return corpus


@pytest.fixture(scope="session")
def seeds_claims(gazetteer):
    """The claims table of the bundled seed reports."""
    from geostrike.pipeline import extract

    return extract([REPO / "seeds"], gazetteer=gazetteer).table


def with_hostile_text(table, *, quote: str, place: str, outlet: str, claimant: str):
    """A copy of a claims table with hostile text in every field a map shows: the Raqqa
    governorate claims get the quote, place name and claimant; rows without an outlet
    get the outlet."""
    table = table.copy()
    raqqa = table.index[table["place_id"] == "adm1:SY-RA"]
    table.loc[raqqa, "quote"] = quote
    table.loc[raqqa, "place_name"] = place
    table.loc[raqqa, "claimant"] = claimant
    table["outlet"] = table["outlet"].astype("string")
    table.loc[table["outlet"].isna(), "outlet"] = outlet
    return table
