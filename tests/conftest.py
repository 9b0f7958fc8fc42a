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
