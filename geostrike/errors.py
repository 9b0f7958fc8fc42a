"""Exceptions raised by geostrike.

Every exception derives from :class:`GeostrikeError`, so callers (the CLI among
them) can catch one type. Each subclass also inherits the builtin that matches
its meaning, so code that already catches ``ValueError`` or ``LookupError``
keeps working. Messages name the file and row (or feature) and say what to fix.
"""

from __future__ import annotations

__all__ = [
    "GeostrikeError",
    "GazetteerDataError",
    "PlaceNotFound",
    "InputError",
    "SchemaError",
]


class GeostrikeError(Exception):
    """Root of every error geostrike raises on purpose."""


class GazetteerDataError(GeostrikeError, ValueError):
    """Raised when gazetteer data (shipped or a user's extension file) is invalid.

    Raised for coordinates out of range, lat/lon that fall outside the declared
    country (usually swapped), duplicate ids, empty names, unknown kinds, invalid
    polygons and unreadable files. Nothing is loaded when it is raised.
    """


class PlaceNotFound(GeostrikeError, LookupError):
    """Raised when a place id is not in the gazetteer."""


class InputError(GeostrikeError, ValueError):
    """Raised when an input file (article, manifest, claims file) cannot be used."""


class SchemaError(GeostrikeError, ValueError):
    """Raised when a table does not follow the documented claims or mentions schema.

    The validator collects every problem before raising once; ``problems`` holds them.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])
