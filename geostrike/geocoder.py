"""A geopy geocoder backed by the offline gazetteer.

``GazetteerGeocoder`` follows geopy's ``Geocoder`` template (``geocode`` and ``reverse`` with
geopy's arguments, ``Location`` results carrying the gazetteer record in ``raw``), so code
written for Nominatim or Photon can use the offline gazetteer unchanged::

    from geostrike import GazetteerGeocoder
    geolocator = GazetteerGeocoder()
    geolocator.geocode("Deir ez-Zor province").raw["id"]   # 'adm1:SY-DY'

It never touches the network: its adapter refuses every request.
"""

from __future__ import annotations

from collections.abc import Sequence

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geostrike.gazetteer import Candidate, Gazetteer, Place, default_gazetteer

__all__ = ["GazetteerGeocoder"]


class _OfflineAdapter(BaseSyncAdapter):
    """geopy adapter that refuses to fetch anything: the gazetteer answers locally."""

    def get_json(self, url, *, timeout, headers):  # noqa: ANN001 - geopy's signature
        raise GeocoderServiceError(f"GazetteerGeocoder is offline; refused to fetch {url}")

    def get_text(self, url, *, timeout, headers):  # noqa: ANN001
        raise GeocoderServiceError(f"GazetteerGeocoder is offline; refused to fetch {url}")


class GazetteerGeocoder(Geocoder):
    """geopy geocoder answering from a :class:`~geostrike.gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer
        The gazetteer to answer from (default: the shipped one).
    kinds
        Restrict every answer to these place kinds (e.g. ``("city", "town", "village")``).
    min_score
        Candidates scoring below this (0..1) are not returned.
    user_agent
        Accepted for compatibility with geopy; unused.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        kinds: Sequence[str] | None = None,
        min_score: float = 0.5,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(user_agent=user_agent or "geostrike", adapter_factory=_OfflineAdapter)
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.kinds = tuple(kinds) if kinds else None
        self.min_score = min_score

    def geocode(
        self,
        query: str | dict[str, str],
        *,
        exactly_one: bool = True,
        timeout: object = DEFAULT_SENTINEL,
        limit: int | None = None,
        country_codes: str | Sequence[str] | None = None,
        featuretype: str | Sequence[str] | None = None,
    ) -> Location | list[Location] | None:
        """Return the place(s) a name means, like any geopy geocoder.

        Parameters
        ----------
        query
            The name, qualifiers allowed ("Aleppo province", "the city of Aleppo"); a dict
            query (geopy's structured form) is joined into one name.
        exactly_one
            Return the best ``Location`` (or None) instead of a list.
        timeout
            Accepted for geopy compatibility; lookups are local.
        limit
            Maximum number of results when ``exactly_one`` is False.
        country_codes
            ISO 3166-1 alpha-2 code(s) to restrict results to, as in Nominatim.
        featuretype
            Place kind(s) to restrict results to (``governorate``, ``city``, ``airbase``...).

        Returns
        -------
        Location, list of Location, or None
            ``Location.raw`` is the gazetteer record plus ``score`` and ``match``.
        """
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values())
        kinds = self.kinds
        if featuretype:
            kinds = (featuretype,) if isinstance(featuretype, str) else tuple(featuretype)
        candidates = [
            c for c in self.gazetteer.lookup(query, kinds=kinds, country=country_codes or None,
                                             limit=limit)
            if c.score >= self.min_score
        ]
        if not candidates:
            return None
        if exactly_one:
            return _location(candidates[0])
        return [_location(c) for c in candidates[:limit]]

    def reverse(
        self,
        query: Point | tuple[float, float] | str,
        *,
        exactly_one: bool = True,
        timeout: object = DEFAULT_SENTINEL,
        limit: int | None = None,
        featuretype: str | Sequence[str] | None = None,
    ) -> Location | list[Location] | None:
        """Return the nearest gazetteer place(s) to a point.

        ``query`` is anything geopy accepts as a point: ``Point``, ``(lat, lon)`` or
        ``"lat, lon"``. ``raw`` carries ``distance_km`` and the containing ``governorate``.
        """
        point = Point(query)
        kinds = self.kinds
        if featuretype:
            kinds = (featuretype,) if isinstance(featuretype, str) else tuple(featuretype)
        found = self.gazetteer.nearest(
            point.latitude, point.longitude, kinds=kinds, limit=1 if exactly_one else (limit or 5)
        )
        if not found:
            return None
        governorate = self.gazetteer.governorate_at(point.latitude, point.longitude)
        locations = [
            _place_location(place, {
                "distance_km": round(km, 3),
                "governorate_at_point": governorate.id if governorate else None,
            })
            for place, km in found
        ]
        return locations[0] if exactly_one else locations


def _location(candidate: Candidate) -> Location:
    return _place_location(candidate.place, {"score": candidate.score, "match": candidate.match,
                                             "matched": candidate.matched})


def _place_location(place: Place, extra: dict[str, object]) -> Location:
    raw = place.to_dict() | extra
    address = place.name if place.kind == "country" else ", ".join(
        part for part in (place.name, place.governorate, place.country) if part
    )
    # geopy's Location takes (latitude, longitude)
    return Location(address, (place.lat, place.lon), raw)
