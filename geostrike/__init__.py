"""geostrike: map reported military strikes from news reports, offline.

The pipeline: corpus (articles) -> mentions (place names found in the text) -> resolution
(gazetteer places) -> claims (who says what was struck where and when) -> outputs (map,
GeoJSON, control comparison). This module exposes the small public surface.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from geostrike.errors import (
    GazetteerDataError,
    GeostrikeError,
    InputError,
    PlaceNotFound,
    SchemaError,
)

# Heavy modules (pandas, geopandas, geopy, folium) load on first use, so that a gazetteer
# lookup or the CLI's --help does not pay for them: name -> module that defines it.
_LAZY = {
    "compare": "compare", "compare_inputs": "compare", "write_comparison": "compare",
    "load_control": "control",
    "Article": "corpus", "Corpus": "corpus", "Skipped": "corpus", "read_corpus": "corpus",
    "Candidate": "gazetteer", "Gazetteer": "gazetteer", "Place": "gazetteer",
    "default_gazetteer": "gazetteer",
    "GazetteerGeocoder": "geocoder",
    "fold": "names", "parse_qualifiers": "names", "skeleton": "names",
    "strip_article": "names",
    "Extraction": "pipeline", "extract": "pipeline",
    "validate_claims": "schema", "validate_mentions": "schema",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from geostrike.compare import compare, compare_inputs, write_comparison
    from geostrike.control import load_control
    from geostrike.corpus import Article, Corpus, Skipped, read_corpus
    from geostrike.gazetteer import Candidate, Gazetteer, Place, default_gazetteer
    from geostrike.geocoder import GazetteerGeocoder
    from geostrike.names import fold, parse_qualifiers, skeleton, strip_article
    from geostrike.pipeline import Extraction, extract
    from geostrike.schema import validate_claims, validate_mentions


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geostrike' has no attribute {name!r}")
    value = getattr(import_module(f"geostrike.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"

__all__ = [
    "Article",
    "Candidate",
    "Corpus",
    "Extraction",
    "GazetteerDataError",
    "GazetteerGeocoder",
    "Gazetteer",
    "GeostrikeError",
    "InputError",
    "Place",
    "PlaceNotFound",
    "SchemaError",
    "Skipped",
    "compare",
    "compare_inputs",
    "default_gazetteer",
    "extract",
    "fold",
    "load_control",
    "parse_qualifiers",
    "read_corpus",
    "skeleton",
    "strip_article",
    "validate_claims",
    "validate_mentions",
    "write_comparison",
]
