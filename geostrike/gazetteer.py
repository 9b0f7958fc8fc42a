"""The offline gazetteer: load places, index their spellings, look names up.

The data lives in ``gazetteer/`` (format: ``docs/gazetteer-format.md``); this module reads it,
validates it, and answers four questions:

- :meth:`Gazetteer.lookup`: which places could this name mean, ranked with scores?
- :meth:`Gazetteer.get`: the place with this id.
- :meth:`Gazetteer.governorate_at` / :meth:`Gazetteer.nearest`: reverse lookups.
- :meth:`Gazetteer.places_of_kind`: every place of some kinds.

Lookup works on rule-derived keys (:mod:`geostrike.names`) first, alias lists second and a
rapidfuzz misspelling fallback last; see :meth:`Gazetteer.lookup`.
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
import shapely
from rapidfuzz import fuzz, process
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geostrike import settings
from geostrike.errors import GazetteerDataError, PlaceNotFound
from geostrike.names import (
    Qualified,
    consonants,
    fold,
    is_acronym,
    has_marks,
    parse_qualifiers,
    skeleton,
    strip_article,
)

__all__ = ["Place", "Candidate", "Gazetteer", "country_outlines", "default_gazetteer", "km_outside"]

_REQUIRED_COLUMNS = ("id", "name", "kind", "country", "lat", "lon")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Attributes
    ----------
    id
        Stable id (``gn:172955``, ``adm1:SY-RA``, ``country:RU``, ``gs:hmeymim-air-base``).
    name
        Preferred English name.
    kind
        One of :data:`geostrike.settings.KINDS`.
    country
        ISO 3166-1 alpha-2 code ("" for seas).
    governorate
        ISO 3166-2 code of the Syrian governorate the place lies in ("" elsewhere).
    lat, lon
        WGS84 degrees of the place's point (a representative point for areas).
    population
        Inhabitants where known.
    aliases
        Other spellings, as the sources give them.
    source
        Where the row came from (``geonames``, ``naturalearth``, ``ourairports``, ``curated: ...``).
    polygon
        Outline for areas (governorates, regions, seas), else None. lon/lat order (shapely x/y).
    """

    id: str
    name: str
    kind: str
    country: str
    governorate: str
    lat: float
    lon: float
    population: int | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""
    polygon: BaseGeometry | None = field(default=None, compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The preferred name followed by every alias."""
        return (self.name, *self.aliases)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # inside shared_places() a place travels between processes by id (the gazetteer,
        # polygons and all, is already there after fork); otherwise with all its fields
        if _SHARED is not None and _SHARED.get(self.id) is self:
            return _shared_place, (self.id,)
        return Place, tuple(getattr(self, f) for f in Place.__dataclass_fields__)

    def to_dict(self) -> dict[str, object]:
        """Return the record as plain data (no polygon), as geopy's ``Location.raw`` carries it."""
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "governorate": self.governorate, "lat": self.lat, "lon": self.lon,
            "population": self.population, "aliases": list(self.aliases), "source": self.source,
            "has_polygon": self.polygon is not None,
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked answer of :meth:`Gazetteer.lookup`.

    Attributes
    ----------
    place
        The gazetteer place.
    score
        0..1; 1 is the exact spelling of a place of the expected kind.
    match
        How the name matched: ``exact``, ``no_article``, ``skeleton`` or ``fuzzy``.
    matched
        The place's spelling that matched.
    qualified
        The query split into name and qualifier ("Aleppo" + "province").
    """

    place: Place
    score: float
    match: str
    matched: str
    qualified: Qualified


class Gazetteer:
    """Places with an index of their spellings; see the module docstring.

    Build one with :meth:`load` (or :func:`default_gazetteer` for the shipped data); the
    constructor takes already validated places.
    """

    def __init__(self, places: Iterable[Place], *, common_words: Iterable[str] = ()) -> None:
        self._places: dict[str, Place] = {}
        for place in places:
            self._places[place.id] = place
        self._ids = sorted(self._places)
        self._common_words = frozenset(common_words)
        self._build_index()

    # --- loading ---------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        directory: str | Path | None = None,
        *,
        extra: Sequence[str | Path] = (),
    ) -> Gazetteer:
        """Load a gazetteer directory and any number of user extension files.

        Parameters
        ----------
        directory
            A directory holding ``places.csv`` and optionally ``polygons.geojson`` and
            ``common_words.txt``. Default: :func:`geostrike.settings.default_gazetteer_dir`.
        extra
            User CSV files (``places.csv`` columns) or GeoJSON FeatureCollections whose
            features carry those properties. Their ids must not repeat any loaded id.

        Raises
        ------
        GazetteerDataError
            For any invalid row or feature (naming the file and row); nothing is loaded.
        """
        directory = Path(directory) if directory is not None else settings.default_gazetteer_dir()
        places_csv = directory / "places.csv"
        if not places_csv.exists():
            raise GazetteerDataError(
                f"{places_csv}: no such file; the gazetteer directory must hold places.csv "
                "(build it with `python -m geostrike.gazetteer_build`)"
            )
        polygons = _read_polygons(directory / "polygons.geojson")
        places = [place for _, place in _read_csv(places_csv, polygons=polygons)]
        words_file = directory / "common_words.txt"
        common_words = (
            words_file.read_text(encoding="utf-8").split() if words_file.exists() else ()
        )
        outlines = country_outlines(directory / "basemap.geojson")
        seen = {p.id: f"{places_csv}" for p in places}
        for path in extra:
            path = Path(path)
            if path.suffix.lower() in (".geojson", ".json"):
                more = _read_geojson_places(path)
            elif path.suffix.lower() in (".csv", ".tsv"):
                more = _read_csv(path, polygons={})
            else:
                raise GazetteerDataError(
                    f"{path}: unknown gazetteer file type {path.suffix!r}; use .csv or .geojson"
                )
            for where, place in more:
                if place.id in seen:
                    raise GazetteerDataError(
                        f"{path}, {where}: duplicate id {place.id!r} (already in {seen[place.id]})"
                    )
                _check_in_country(place, outlines, path, where)
                seen[place.id] = f"{path}, {where}"
            places.extend(p for _, p in more)
        return cls(places, common_words=common_words)

    # --- access ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return (self._places[i] for i in self._ids)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def get(self, place_id: str) -> Place:
        """Return the place with this id.

        Raises
        ------
        PlaceNotFound
            If no place has the id.
        """
        try:
            return self._places[place_id]
        except KeyError:
            raise PlaceNotFound(f"no place with id {place_id!r} in the gazetteer") from None

    def outline(self, place_id: object) -> BaseGeometry | None:
        """The outline of the place with this id; None for a place without one, an unknown
        id or a missing value (None, NaN, pd.NA), as table cells give them."""
        # (an id with stray spaces, as a hand-edited table gives it, is the same id)
        place = self._places.get(place_id.strip()) if isinstance(place_id, str) else None
        return place.polygon if place is not None else None

    def places_of_kind(self, *kinds: str) -> list[Place]:
        """Every place of the given kinds, in id order."""
        unknown = set(kinds) - set(settings.KINDS)
        if unknown:
            raise ValueError(f"unknown kind(s) {sorted(unknown)}; known: {settings.KINDS}")
        return [p for p in self if p.kind in kinds]

    def conjoined_tails(self, head: str) -> tuple[str, ...]:
        """What follows "and" in the names that start ``head`` "and" (both folded): for
        "sistan", ("baluchestan",) from "Sistan and Baluchestan"; () for most words."""
        return self._conjoined.get(head, ())

    def is_common_word(self, text: str) -> bool:
        """True if ``text`` is an ordinary English word that is no place's preferred name."""
        return fold(text) in self._common_words

    # --- lookup ----------------------------------------------------------------------------

    def lookup(
        self,
        name: str,
        *,
        kinds: Sequence[str] | None = None,
        country: str | Iterable[str] | None = None,
        limit: int | None = None,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Rank the places a name may mean.

        Matching, from strongest to weakest: the folded spelling of a name or alias, the same
        without the Arabic article, the transliteration skeleton (scaled by how close the
        spellings still are), and a rapidfuzz fallback for misspellings. Qualifiers in the
        name steer the ranking ("Aleppo province" prefers the governorate, "the city of
        Aleppo" the city); without one, :data:`settings.KIND_PRIOR` decides, a province ranks
        below a city or town of its country spelt as well ("Kharkiv" is the city, "Kharkiv
        oblast" the province), and places in :data:`settings.THEATRE_COUNTRIES` win ties.

        Parameters
        ----------
        name
            The name as written, qualifiers included.
        kinds
            Only return places of these kinds.
        country
            Only return places in this ISO 3166-1 alpha-2 country, or in these countries
            (any case); the filter applies before ``limit``.
        limit
            At most this many candidates (default :data:`settings.MAX_CANDIDATES`).
        fuzzy
            Allow skeleton and fuzzy matches (mention detection in running text turns the
            fuzzy fallback off for short capitalised words).

        Returns
        -------
        list of Candidate
            Best first; ties broken by id so the order is deterministic. Empty if nothing
            plausible matched.
        """
        limit = settings.MAX_CANDIDATES if limit is None else limit
        # one cached ranking per name, whatever the limit ("is it a place at all?" probes with
        # limit=1 and the mention then asks for all candidates)
        countries = None if country is None else tuple(sorted(
            {country.upper()} if isinstance(country, str) else {c.upper() for c in country}))
        return list(self._lookup_cached(name, tuple(kinds) if kinds else None, countries,
                                        fuzzy)[:limit])

    @lru_cache(maxsize=100_000)  # noqa: B019 - the gazetteer is immutable and long-lived
    def _lookup_cached(self, name: str, kinds: tuple[str, ...] | None,
                       countries: tuple[str, ...] | None,
                       fuzzy: bool) -> tuple[Candidate, ...]:
        qualified = parse_qualifiers(name)
        found = self._match(qualified.name, fuzzy)
        if not found and fuzzy and qualified.hint in _HINTED_KINDS:
            found = self._match_hinted(qualified.name, qualified.hint)
        kinds_set = set(kinds) if kinds else None
        out: list[Candidate] = []
        # a qualifier word can be part of a name ("Rural Damascus" is Rif Dimashq, not the
        # countryside of Damascus governorate): the whole text, spelt as a name, wins
        whole: dict[str, tuple[float, str, str]] = {}
        if qualified.name != " ".join(name.split()):
            whole = {pid: hit for pid, hit in self._match(name, False).items()
                     if hit[1] in ("exact", "no_article")}
        for place_id, (score, how, matched) in (found | whole).items():
            place = self._places[place_id]
            if kinds_set is not None and place.kind not in kinds_set:
                continue
            if countries is not None and place.country not in countries:
                continue
            final = score * _prior(place, Qualified(name) if place_id in whole else qualified)
            if whole and place_id not in whole:
                final *= 0.98
            # (a name that only the whole text spells, "United States", has no qualifier)
            out.append(Candidate(place, round(final, 4), how, matched,
                                 Qualified(name) if place_id in whole and place_id not in found
                                 else qualified))
        if not qualified.hint:
            # a bare name that a province shares with a town of its country is the town
            # ("Saada", "Kharkiv"); the province needs its word ("Saada province", "the
            # Kharkiv region")
            out = [_below_its_town(c, out) if c.place.kind == "governorate" else c for c in out]
        # places in the theatre win against same-named places elsewhere; without such a
        # competitor a place abroad keeps its full score (Sharm el-Sheikh, Paris), and so
        # does a place spelt better than the theatre's ("Qayyarah" is Iraq's Al Qayyarah,
        # not a Syrian Qarah that only shares its consonants)
        theatre = [_MATCH_RANK[c.match] for c in out
                   if c.place.country in settings.THEATRE_COUNTRIES]
        if theatre:
            strongest = min(theatre)
            out = [c if c.place.country in settings.THEATRE_COUNTRIES
                   or _MATCH_RANK[c.match] < strongest else
                   replace(c, score=round(c.score * (1 - settings.THEATRE_BONUS), 4))
                   for c in out]
        out.sort(key=lambda c: (-c.score, c.place.id))
        return tuple(out)

    def best(self, name: str, **kwargs: object) -> Candidate | None:
        """The top candidate of :meth:`lookup`, or None."""
        found = self.lookup(name, limit=1, **kwargs)  # type: ignore[arg-type]
        return found[0] if found else None

    # (cached: mention detection asks about the same capitalised words again and again)
    @lru_cache(maxsize=100_000)  # noqa: B019 - the gazetteer is immutable and long-lived
    def could_begin_name(self, word: str) -> bool:
        """Could a name that starts with this word be in the gazetteer?

        A cheap test for scanning text: True if the word, folded, without its article or as a
        skeleton, begins some indexed spelling, or is long enough for the fuzzy fallback.
        """
        key = fold(word)
        first = key.split(" ", 1)[0] if key else ""
        if not first:
            return False
        if first in self._first_words:
            return True
        bare = strip_article(word).split(" ", 1)[0]
        if bare in self._first_words or skeleton(word).split(" ", 1)[0] in self._first_skeletons:
            return True
        return len(key) >= settings.FUZZY_MIN_LENGTH and key not in self._common_words

    def _match_hinted(self, name: str, hint: str) -> dict[str, tuple[float, str, str]]:
        """A looser fuzzy match among the few places a qualifier asks for: "the Hmeimin air
        base" is a misspelt base even though "Hmeimin" alone is too far from any name."""
        key = strip_article(name)
        if len(key.replace(" ", "")) < settings.FUZZY_MIN_LENGTH:
            return {}
        hits = process.extract(key, self._hinted_keys[hint], scorer=fuzz.ratio,
                               score_cutoff=settings.FUZZY_HINTED_MIN_SCORE,
                               limit=settings.MAX_CANDIDATES)
        # the qualifier is the evidence: every hit above the cutoff scores as a fuzzy match,
        # closer spellings first
        found: dict[str, tuple[float, str, str]] = {}
        for spelling_key, similarity, _ in sorted(hits, key=lambda h: (-h[1], h[0])):
            for place_id, spelling, _ in self._by_bare[spelling_key]:
                if self._places[place_id].kind in _HINTED_KINDS[hint] and place_id not in found:
                    score = settings.SCORE_FUZZY * (0.9 + similarity / 1000)
                    found[place_id] = (score, "fuzzy", spelling)
        return found

    def _match(self, name: str, fuzzy: bool) -> dict[str, tuple[float, str, str]]:
        return dict(self._match_cached(name, fuzzy))

    @lru_cache(maxsize=100_000)  # noqa: B019 - the gazetteer is immutable and long-lived
    def _match_cached(self, name: str, fuzzy: bool) -> tuple[tuple[str, tuple[float, str, str]], ...]:
        key_fold = fold(name)
        if not key_fold:
            return ()
        key_bare = strip_article(name)
        # "Assad" and "al-Assad" are both the common word (a person's name, here)
        common = (key_fold in self._common_words or key_bare in self._common_words) \
            and not has_marks(name)
        found: dict[str, tuple[float, str, str]] = {}

        def offer(place_id: str, score: float, how: str, matched: str) -> None:
            if place_id not in found or found[place_id][0] < score:
                found[place_id] = (score, how, matched)

        for place_id, spelling, preferred in self._by_fold.get(key_fold, ()):
            # an ordinary English word matches a place only by a trusted spelling
            if common and not preferred:
                continue
            offer(place_id, settings.SCORE_EXACT, "exact", spelling)
        if not common:
            for place_id, spelling, _ in self._by_bare.get(key_bare, ()):
                offer(place_id, settings.SCORE_NO_ARTICLE, "no_article", spelling)
        # an acronym ("SOHR", "TASS") is spelt, not transliterated: no variant matching
        if fuzzy and not common and not is_acronym(name):
            for place_id, spelling, _ in self._by_skeleton.get(skeleton(name), ()):
                similarity = fuzz.ratio(key_bare, strip_article(spelling))
                # short words have many skeleton neighbours ("Amal"/"Amol", "Salami"/"Salamiyah")
                needed = settings.SKELETON_MIN_SIMILARITY if len(key_bare) > 5 else \
                    settings.SKELETON_MIN_SIMILARITY_SHORT
                if similarity >= needed:
                    offer(place_id, settings.SCORE_SKELETON * (0.5 + similarity / 200), "skeleton",
                          spelling)
            consonant_key = consonants(name)
            if not found and len(consonant_key.replace(" ", "")) >= 3:
                for place_id, spelling, _ in self._by_consonants.get(consonant_key, ()):
                    similarity = fuzz.ratio(key_bare, strip_article(spelling))
                    if similarity >= settings.SKELETON_MIN_SIMILARITY_SHORT:
                        offer(place_id, 0.95 * settings.SCORE_SKELETON * (0.5 + similarity / 200),
                              "skeleton", spelling)
            if not found and len(key_bare.replace(" ", "")) >= settings.FUZZY_MIN_LENGTH:
                # a ratio of at least FUZZY_MIN_SCORE needs lengths within this factor
                slack = 1 - settings.FUZZY_MIN_SCORE / 100
                low, high = len(key_bare) * (1 - 2 * slack), len(key_bare) * (1 + 2 * slack)
                keys = [k for n, bucket in self._fuzzy_by_length.items() if low <= n <= high
                        for k in bucket]
                hits = process.extract(
                    key_bare, keys, scorer=fuzz.ratio,
                    score_cutoff=settings.FUZZY_MIN_SCORE, limit=settings.MAX_CANDIDATES,
                )
                for key, similarity, _ in sorted(hits, key=lambda h: (-h[1], h[0])):
                    for place_id, spelling, _ in self._by_bare[key]:
                        offer(place_id, settings.SCORE_FUZZY * similarity / 100, "fuzzy", spelling)
        return tuple(sorted(found.items()))

    def _build_index(self) -> None:
        by_fold: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        by_bare: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        by_skeleton: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        by_consonants: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        for place_id in self._ids:
            place = self._places[place_id]
            seen: set[str] = set()
            # an ordinary English word may name a place only through a spelling someone
            # checked: the preferred name, the curated table's aliases, or the aliases of
            # countries, governorates and seas ("Mediterranean", "Britain")
            trusted_aliases = place.source.startswith("curated") or place.kind in (
                "country", "governorate", "sea")
            for i, spelling in enumerate(place.names):
                key = fold(spelling)
                if not key or key in seen:
                    continue
                seen.add(key)
                entry = (place_id, spelling, i == 0 or trusted_aliases)
                by_fold[key].append(entry)
                by_bare[strip_article(spelling)].append(entry)
                by_skeleton[skeleton(spelling)].append(entry)
                by_consonants[consonants(spelling)].append(entry)
        self._by_fold = dict(by_fold)
        self._by_bare = dict(by_bare)
        self._by_skeleton = dict(by_skeleton)
        self._by_consonants = dict(by_consonants)
        self._first_words = frozenset(k.split(" ", 1)[0] for k in (*by_fold, *by_bare))
        self._first_skeletons = frozenset(k.split(" ", 1)[0] for k in by_skeleton)
        # names that join two names with "and" ("Sistan and Baluchestan", "Jammu & Kashmir"):
        # the part before "and" (folded) -> the parts after it
        conjoined: dict[str, set[str]] = defaultdict(set)
        apart = {fold(name) for name in settings.CONJOINED_NAMES_READ_APART}
        for key in by_fold.keys() - apart:
            head, joined, tail = key.partition(" and ")
            if joined and head and tail:
                conjoined[head].add(tail)
        for place in self._places.values():
            for spelling in place.names:
                head, joined, tail = spelling.partition(" & ")
                if joined and fold(head) and fold(tail):
                    conjoined[fold(head)].add(fold(tail))
        self._conjoined = {head: tuple(sorted(tails)) for head, tails in conjoined.items()}
        self._fuzzy_by_length: dict[int, list[str]] = defaultdict(list)
        for key in sorted(by_bare):
            self._fuzzy_by_length[len(key)].append(key)
        self._hinted_keys = {
            hint: sorted({key for key, entries in by_bare.items()
                          if any(self._places[e[0]].kind in kinds for e in entries)})
            for hint, kinds in _HINTED_KINDS.items()}
        self._lats = np.array([self._places[i].lat for i in self._ids])
        self._lons = np.array([self._places[i].lon for i in self._ids])
        governorates = [p for p in self if p.kind == "governorate" and p.polygon is not None]
        self._governorates = governorates
        for p in governorates:
            shapely.prepare(p.polygon)

    # --- reverse ---------------------------------------------------------------------------

    def governorate_at(self, lat: float, lon: float) -> Place | None:
        """The governorate whose outline contains the point, or None outside them all."""
        for place in self._governorates:
            # shapely is x/y = lon/lat
            if shapely.intersects_xy(place.polygon, lon, lat):
                return place
        return None

    def nearest(
        self, lat: float, lon: float, *, kinds: Sequence[str] | None = None, limit: int = 1
    ) -> list[tuple[Place, float]]:
        """The places nearest a point, with great-circle distances in km, nearest first."""
        distances = distance_km(lat, lon, self._lats, self._lons)
        order = np.lexsort((np.arange(len(self._ids)), distances))
        out: list[tuple[Place, float]] = []
        for index in order:
            place = self._places[self._ids[index]]
            if kinds is None or place.kind in kinds:
                out.append((place, float(distances[index])))
                if len(out) == limit:
                    break
        return out


def distance_km(lat1: float, lon1: float, lat2: object, lon2: object) -> np.ndarray:
    """Geodesic distance on the WGS84 ellipsoid, in km, between a point and one or many
    points (arrays allowed), by pyproj."""
    from pyproj import Geod  # only reverse lookups and evaluation need it

    lat2, lon2 = np.asarray(lat2, dtype=float), np.asarray(lon2, dtype=float)
    # pyproj takes longitudes first
    _, _, metres = _geod(Geod).inv(np.full_like(lon2, lon1), np.full_like(lat2, lat1),
                                   lon2, lat2)
    return np.asarray(metres) / 1000


@lru_cache(maxsize=1)
def _geod(geod_class: type) -> object:
    return geod_class(ellps="WGS84")


#: Qualifier hints that allow the looser fuzzy match, and the kinds they ask for.
_HINTED_KINDS = {"base": frozenset(settings.BASE_KINDS), "governorate": frozenset({"governorate"})}

#: Match levels, strongest first (a lower rank is a better spelling).
_MATCH_RANK = {"exact": 0, "no_article": 1, "skeleton": 2, "fuzzy": 3}


def _below_its_town(province: Candidate, found: list[Candidate]) -> Candidate:
    """``province`` scored just below the best city or town of its country matched as well
    (itself when there is none or it already ranks below)."""
    rank = _MATCH_RANK[province.match]
    town = max((c.score for c in found if c.place.country == province.place.country
                and c.place.kind in ("city", "town") and _MATCH_RANK[c.match] <= rank),
               default=0.0)
    return replace(province, score=round(town * 0.99, 4)) if 0 < town <= province.score \
        else province


def _prior(place: Place, qualified: Qualified) -> float:
    """Weight in (0, 1] from the place's kind, country and size, steered by the qualifier."""
    weight = settings.KIND_PRIOR.get(place.kind, 0.9)
    # a nudge, not a vote: a city of a million beats a village of the same name
    size = min(math.log10(place.population), 7) / 7 if place.population else 0.0
    weight *= 0.99 + 0.01 * size
    hint = qualified.hint
    if hint == "governorate":
        weight *= 1.0 if place.kind == "governorate" else 0.8
    elif hint == "settlement":
        weight *= 1.0 if place.kind in settings.SETTLEMENT_KINDS else 0.8
    elif hint == "base":
        weight *= 1.0 if place.kind in settings.BASE_KINDS else 0.85
    return weight


_SHARED: dict[str, Place] | None = None


def _shared_place(place_id: str) -> Place:
    assert _SHARED is not None, "a place pickled by id is unpickled outside shared_places()"
    return _SHARED[place_id]


@contextmanager
def shared_places(gazetteer: Gazetteer) -> Iterator[None]:
    """Within the block, places of ``gazetteer`` pickle as their ids.

    For worker processes forked inside the block (they inherit the gazetteer): mentions
    come back to the parent without copying polygons, as the parent's own Place objects.
    """
    global _SHARED
    previous = _SHARED
    _SHARED = gazetteer._places
    try:
        yield
    finally:
        _SHARED = previous


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer.load()


# --- reading and validating files ----------------------------------------------------------


def _read_polygons(path: Path) -> dict[str, BaseGeometry]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GazetteerDataError(f"{path}: not readable GeoJSON ({exc})") from exc
    out: dict[str, BaseGeometry] = {}
    for index, feature in enumerate(data.get("features", [])):
        place_id = (feature.get("properties") or {}).get("id")
        geometry = _polygon_from(feature.get("geometry"), path, f"feature {index}")
        if place_id and geometry is not None:
            out[place_id] = geometry
    return out


def _polygon_from(geometry: object, path: Path, where: str) -> BaseGeometry | None:
    if not geometry:
        return None
    try:
        geom = shape(geometry)
    except Exception as exc:  # shapely raises several types for malformed input
        raise GazetteerDataError(f"{path}, {where}: malformed geometry ({exc})") from exc
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    if not geom.is_valid:
        reason = shapely.is_valid_reason(geom)
        raise GazetteerDataError(
            f"{path}, {where}: invalid polygon ({reason}); repair it (e.g. shapely.make_valid)"
        )
    return geom


def _read_csv(path: Path, *, polygons: dict[str, BaseGeometry]) -> list[tuple[str, Place]]:
    """Read a places CSV into (where, place) pairs, "where" naming the line for messages."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            columns = reader.fieldnames or []
            missing = [c for c in _REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise GazetteerDataError(
                    f"{path}: missing column(s) {', '.join(missing)}; "
                    f"required: {', '.join(_REQUIRED_COLUMNS)}"
                )
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise GazetteerDataError(f"{path}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise GazetteerDataError(f"{path}: cannot read ({exc})") from exc
    return _collect(path, [
        (f"line {line}", partial(_place_from_row, row,
                                 polygons.get((row.get("id") or "").strip())))
        for line, row in enumerate(rows, start=2)  # line 1 is the header
    ])


def _collect(path: Path, rows: Iterable[tuple[str, Callable[[], Place]]]
             ) -> list[tuple[str, Place]]:
    """Build each row's place, collecting every bad row and duplicate id before raising
    once, so that nothing is half-loaded. Returns (where, place) pairs."""
    out: list[tuple[str, Place]] = []
    seen: set[str] = set()
    problems: list[str] = []
    for where, build in rows:
        try:
            place = build()
        except GazetteerDataError as exc:
            message = str(exc)
            problems.append(message if message.startswith(str(path))
                            else f"{path}, {where}: {message}")
            continue
        if place.id in seen:
            problems.append(f"{path}, {where}: duplicate id {place.id!r}")
            continue
        seen.add(place.id)
        out.append((where, place))
    if problems:
        raise GazetteerDataError("; ".join(problems[:20]) + (
            f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""))
    return out


def _place_from_row(row: dict[str, str | None], polygon: BaseGeometry | None) -> Place:
    def text(key: str) -> str:
        return (row.get(key) or "").strip()

    place_id, name, kind = text("id"), text("name"), text("kind")
    if not place_id:
        raise GazetteerDataError("empty id")
    if not name:
        raise GazetteerDataError(f"place {place_id!r} has an empty name")
    if kind not in settings.KINDS:
        raise GazetteerDataError(
            f"place {place_id!r} has unknown kind {kind!r}; use one of {', '.join(settings.KINDS)}"
        )
    try:
        lat, lon = float(text("lat")), float(text("lon"))
    except ValueError:
        raise GazetteerDataError(
            f"place {place_id!r}: lat/lon {text('lat')!r}, {text('lon')!r} are not numbers"
        ) from None
    _check_range(place_id, lat, lon)
    population = text("population")
    try:
        pop = int(float(population)) if population else None
    except ValueError:
        raise GazetteerDataError(
            f"place {place_id!r}: population {population!r} is not a number") from None
    aliases = tuple(a.strip() for a in text("aliases").split("|") if a.strip())
    return Place(
        id=place_id, name=name, kind=kind, country=text("country").upper(),
        governorate=text("governorate"), lat=lat, lon=lon, population=pop, aliases=aliases,
        source=text("source"), polygon=polygon,
    )


def _check_range(place_id: str, lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise GazetteerDataError(f"place {place_id!r}: lat/lon must be finite numbers")
    if not -90 <= lat <= 90:
        hint = " (lat and lon look swapped)" if -90 <= lon <= 90 and -180 <= lat <= 180 else ""
        raise GazetteerDataError(f"place {place_id!r}: latitude {lat} is out of range -90..90{hint}")
    if not -180 <= lon <= 180:
        raise GazetteerDataError(f"place {place_id!r}: longitude {lon} is out of range -180..180")


def _read_geojson_places(path: Path) -> list[tuple[str, Place]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GazetteerDataError(f"{path}: not readable GeoJSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise GazetteerDataError(f"{path}: expected a GeoJSON FeatureCollection")
    return _collect(path, [
        (f"feature {index}", partial(_feature_place, feature, path, f"feature {index}"))
        for index, feature in enumerate(data.get("features") or [])
    ])


def _feature_place(feature: dict, path: Path, where: str) -> Place:
    props = dict(feature.get("properties") or {})
    geometry = feature.get("geometry")
    polygon = _polygon_from(geometry, path, where)
    if geometry and geometry.get("type") == "Point":
        # GeoJSON positions are [lon, lat]
        lon, lat = geometry["coordinates"][:2]
        props.setdefault("lat", lat)
        props.setdefault("lon", lon)
    elif polygon is not None and (props.get("lat") in (None, "")):
        point = polygon.representative_point()
        props["lat"], props["lon"] = point.y, point.x  # shapely y = lat, x = lon
    row = {k: (None if v is None else str(v)) for k, v in props.items()}
    if isinstance(props.get("aliases"), list):
        row["aliases"] = "|".join(props["aliases"])
    return _place_from_row(row, polygon)


def country_outlines(path: Path) -> dict[str, BaseGeometry]:
    """Country outlines (lon/lat) by ISO code from a ``basemap.geojson``; {} if there is none.

    Read once per file version (path, modification time, size): the control stage asks for
    Syria's outline on every load.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return {}
    return dict(_read_outlines(path.resolve(), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=4)
def _read_outlines(path: Path, mtime_ns: int, size: int) -> tuple[tuple[str, BaseGeometry], ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # unreadable, undecodable, not JSON
        raise GazetteerDataError(f"{path}: cannot read the basemap ({exc})") from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise GazetteerDataError(f"{path}: not a GeoJSON FeatureCollection")
    parts: dict[str, list[BaseGeometry]] = defaultdict(list)
    for n, feature in enumerate(features, 1):
        if not isinstance(feature, dict):
            raise GazetteerDataError(f"{path}, feature {n}: not a GeoJSON feature")
        code = (feature.get("properties") or {}).get("iso_a2")
        if code and feature.get("geometry"):
            try:
                parts[code].append(shape(feature["geometry"]))
            except (shapely.errors.ShapelyError, ValueError, TypeError, KeyError) as exc:
                raise GazetteerDataError(
                    f"{path}, feature {n} ({code}): bad geometry ({exc})") from exc
    # a country drawn as several features is their union
    return tuple((code, shapely.make_valid(shapely.union_all(geoms)))
                 for code, geoms in parts.items())


def km_outside(outline: BaseGeometry, lon: float, lat: float) -> tuple[float, bool]:
    """How far (km, roughly) a lon/lat point lies outside ``outline``, and whether it would lie
    within :data:`settings.COUNTRY_TOLERANCE_KM` of it with lat and lon swapped."""
    # shapely x/y = lon/lat
    km = outline.distance(shapely.Point(lon, lat)) * 111.0
    swapped = outline.distance(shapely.Point(lat, lon)) * 111.0 <= settings.COUNTRY_TOLERANCE_KM
    return km, swapped


def _check_in_country(
    place: Place, outlines: dict[str, BaseGeometry], path: Path, where: str
) -> None:
    """Refuse a point far outside its declared country: nearly always swapped lat/lon."""
    outline = outlines.get(place.country)
    if outline is None:
        return  # the basemap covers the region only; farther countries cannot be checked
    km, swapped = km_outside(outline, place.lon, place.lat)
    if km <= settings.COUNTRY_TOLERANCE_KM:
        return
    hint = " — lat and lon look swapped" if swapped else ""
    raise GazetteerDataError(
        f"{path}, {where}: place {place.id!r} at lat {place.lat}, lon {place.lon} lies outside "
        f"its declared country {place.country}{hint}"
    )
