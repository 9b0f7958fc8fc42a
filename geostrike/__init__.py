"""geostrike: map reported military strikes from news reports, offline.

The pipeline: corpus (articles) -> mentions (place names found in the text) -> resolution
(gazetteer places) -> claims (who says what was struck where and when) -> outputs (map,
GeoJSON, control comparison). This module exposes the small public surface.
"""

from geostrike.compare import compare, compare_inputs, write_comparison
from geostrike.control import load_control
from geostrike.corpus import Article, Corpus, Skipped, read_corpus
from geostrike.errors import (
    GazetteerDataError,
    GeostrikeError,
    InputError,
    PlaceNotFound,
    SchemaError,
)
from geostrike.gazetteer import Candidate, Gazetteer, Place, default_gazetteer
from geostrike.geocoder import GazetteerGeocoder
from geostrike.names import fold, parse_qualifiers, skeleton, strip_article
from geostrike.pipeline import Extraction, extract
from geostrike.schema import validate_claims, validate_mentions

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
