"""The claims map: one self-contained, offline HTML page drawn from the claims table.

``build_map(claims)`` is the canonical builder (it returns a ``folium.Map``, as geopandas'
``explore`` does); :func:`render_map` turns it into the complete HTML, byte-identical for the
same input, and :func:`save_map` writes that HTML atomically.

What the page holds
-------------------
- **Offline.** Leaflet's JavaScript and CSS come inlined from the installed ``XStatic-Leaflet``
  (the Leaflet folium 0.20 uses), its images as ``data:`` URIs; the map's CDN links are
  dropped, and no jQuery, Bootstrap or Font Awesome is loaded. The default background is a
  vector basemap (``gazetteer/basemap.geojson``) with Syria's governorate outlines; the online
  tile layers (OpenStreetMap, CartoDB Positron) are optional base layers that are requested
  only when selected.
- **Truthful geometry.** A claim is drawn as precisely as its place is known (``where_prec``):
  1/2 (a place, near a place) a dot with a dashed ring of ``uncertainty_km``; 4 (governorate),
  and 3/5 when the gazetteer has an outline, the outline; 6 (country) is *listed* in the
  legend, never drawn as a point; 7 (sea or airspace) a dot and its ring. Unresolved rows are
  counted in the legend.
- **Launch lines.** A launch point is joined by a great-circle line (intermediate points from
  ``pyproj.Geod.npts``) to each strike target of the same article that shares a sentence with
  it (solid). If a launch point shares no sentence with any drawn strike target, it is joined
  to the article's strike targets credited to the same claimant (dashed). Nothing else is
  joined: two places of one article are not a launch-target pair just by being in one report.
- **Independent filters.** A small control (checkboxes) switches each outlet, each event date
  (or month, or year when there are many), each role and each verdict on and off; a claim is
  drawn only while *all* of its groups are on, and a drawn feature (one per place x role x
  precision, so claims at the same place pile into one marker) shows the claims that pass.
  Role ``other`` starts switched off. Where many places crowd together at a low zoom they are
  aggregated into grid cells labelled with their claim count.
- **Popups** list the claims of a feature: outlet, published date, event date and precision,
  claimant, target group, numbers, weapons, verdict and the quoted sentence with the place
  highlighted (``<mark>``). A legend explains colours and shapes.

Escaping
--------
Article text is untrusted. No input string is ever written into HTML or JavaScript source:
every value travels as JSON inside ``<script type="application/json">`` blocks (with ``<``,
``>``, ``&``, ``'``, backtick and ``$`` written as ``\\uXXXX`` escapes, so neither
``</script>`` nor markup can appear) and the page builds popups, labels, checkboxes and the
legend with ``textContent``. The only input that reaches folium itself, the page title, goes
through :func:`escape_html` (HTML escape plus ``\\``, backtick and ``$`` as character
references, C0 controls stripped).

Test hook
---------
The page defines ``window.geostrike`` with ``visibleCount()`` (``{claims, markers, rings,
areas, arcs, cells, listed, unresolved}`` as drawn now), ``groups()`` (the filter groups and
their state), ``setVisible(group, name, on)`` (as if the checkbox were clicked) and
``openPopup(placeName)`` (opens the first drawn feature of that place); ``map`` is the Leaflet
map.
"""

from __future__ import annotations

import base64
import html
import itertools
import json
import logging
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from jinja2 import Environment, Template

from geostrike import settings
from geostrike.control import CONTESTED, day_text, normalise_controller, snapshot_label
from geostrike.control import snapshots as control_snapshots
from geostrike.errors import InputError
from geostrike.export import atomic_path
from geostrike.gazetteer import Gazetteer, default_gazetteer
from geostrike.schema import cell_text, is_missing, to_wgs84

log = logging.getLogger(__name__)

__all__ = ["build_map", "render_map", "save_map", "escape_html"]

# --- what the map shows (candidates for geostrike.settings) ------------------------------------
#: Roles in the order the filter and legend list them, with their fill colours.
ROLE_COLOURS = {
    "strike_target": "#d7301f", "launch_point": "#2166ac", "base": "#1b7837", "other": "#7f7f7f",
}
ROLE_LABELS = {
    "strike_target": "strike targets", "launch_point": "launch points", "base": "bases",
    "other": "other places",
}
#: Roles whose checkbox starts switched off.
ROLES_OFF_AT_START = ("other",)
#: Outline colours of claims that carry a ``verdict`` (from the control-area comparison).
VERDICT_COLOURS = {
    "consistent": "#1a9850", "partly consistent": "#e08214", "inconsistent": "#7b3294",
    "indeterminate": "#8c8c8c",
}
#: Outline of a feature whose visible claims have different verdicts.
MIXED_VERDICT_COLOUR = "#111111"
#: Fill colours of control areas, one per normalised controller
#: (:data:`geostrike.control.CONTROLLERS`), whatever else the data holds. A name written
#: otherwise (a control table not made by ``load_control``) is normalised first.
CONTROLLER_COLOURS = {
    "Islamic State": "#4d4d4d", "government": "#e7298a", "YPG": "#e6ab02",
    "Jabhat al-Nusra": "#66a61e", "Jaish al-Fatah": "#d95f02", "Ahrar al-Sham": "#a6761d",
    "opposition": "#1b9e77", CONTESTED: "#7570b3",
}
#: Controllers that are none of those (unknown names the loader kept as written) take these
#: colours in turn, in the order of their names.
CONTROLLER_PALETTE = ("#a6cee3", "#b2df8a", "#fb9a99", "#cab2d6", "#fdbf6f")
#: More distinct event dates than this are grouped by month (and more months by year).
MAX_DATE_GROUPS = 24
#: Point features are aggregated into grid cells when more than this many are visible...
AGGREGATE_MIN_POINTS = 300
#: ...at zoom levels below this one, in cells of this many screen pixels.
AGGREGATE_MAX_ZOOM = 10
AGGREGATE_CELL_PX = 44
#: A popup lists at most this many claims (and says how many more there are).
POPUP_MAX_CLAIMS = 12
#: The legend lists at most this many country-level claims by name.
LEGEND_MAX_LISTED = 40
#: Great-circle lines get one intermediate point per this many km (at least 8 in all).
ARC_STEP_KM = 40.0
#: Coordinates in the page are rounded to this many decimals (1e-5 degrees ~ 1 m).
COORD_DECIMALS = 5
#: Online base layers offered besides the offline outlines: (folium tiles name, label).
ONLINE_TILES = (("OpenStreetMap", "OpenStreetMap (online)"),
                ("Esri.WorldImagery", "Esri satellite imagery (online)"))
#: Initial view when nothing else is known: Syria.
SYRIA_BOUNDS = ((32.3, 35.2), (37.4, 42.4))  # (south, west), (north, east)
#: The region the basemap covers (Levant, Iraq, Turkey, the Caspian, the eastern
#: Mediterranean): drawn places inside it widen the Syrian view; places outside it (Paris, the
#: generic "Mediterranean Sea" point at 18 E) do not, unless nothing is drawn inside it.
THEATRE_REGION = ((25.0, 26.0), (50.0, 60.0))

_UNKNOWN_OUTLET = "(outlet unknown)"
_NO_DATE = "(no event date)"
_NO_VERDICT = "(no verdict)"
_VERDICT_ORDER = ("consistent", "partly consistent", "inconsistent", "indeterminate")
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- escaping -----------------------------------------------------------------------------------
def escape_html(text: object) -> str:
    """Escape untrusted text for any place folium puts it (HTML, or a JS template literal).

    HTML-escapes ``& < > " '``, writes ``\\``, backtick and ``$`` as character references
    (``&#92;``, ``&#96;``, ``&#36;``) so that a JavaScript template literal can neither end nor
    interpolate, and strips C0 control characters (which break scripts and are invisible).
    """
    text = _C0.sub("", "" if text is None else str(text))
    text = html.escape(text, quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


_JSON_ESCAPES = {
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027", "`": "\\u0060",
    "$": "\\u0024", "\u2028": "\\u2028", "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&'`$\u2028\u2029]")


def _json_for_html(value: object) -> str:
    """JSON that is inert inside any HTML element, script block or JS template literal."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


# Templates in this module see only this one JSON filter: values enter them via |tojson.
_ENV = Environment(autoescape=False)
_ENV.filters["tojson"] = _json_for_html


def _clean(value: object) -> str | None:
    """Plain text from a table cell: None for missing values, C0 control characters removed."""
    text = _C0.sub("", cell_text(value, strip=False))
    return text if text.strip() else None


def _number(value: object) -> float | int | None:
    if is_missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):  # "nan" and "inf" written as text
        return None
    return int(number) if number.is_integer() else round(number, 3)


# --- offline assets -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS (images as data: URIs) and JS, read from the installed XStatic-Leaflet."""
    try:
        import xstatic.pkg.leaflet as xleaflet
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InputError(
            "the map needs the PyPI package XStatic-Leaflet (pip install XStatic-Leaflet) "
            "for an offline copy of Leaflet") from exc
    base = Path(xleaflet.BASE_DIR)
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        image = base / match.group(1)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    # the source map is not shipped in the page; a browser's devtools would try to fetch it
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    for text in (css, js):
        if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):  # pragma: no cover
            raise InputError("the installed Leaflet contains text that cannot be inlined")
    return css, js


class _InlineAssets(Element):
    """Leaflet and the page's own script and style, inlined into the page's <head>."""

    def __init__(self) -> None:
        super().__init__()
        self._name = "GeostrikeAssets"

    def render(self, **kwargs: Any) -> str:
        css, js = _leaflet_assets()
        return (f"<style>{css}</style>\n<style>{_PAGE_CSS}</style>\n"
                f"<script>{js}</script>\n<script>{_PAGE_JS}</script>\n")


def _make_offline(m: folium.Map) -> None:
    """Put the inlined assets in the page head and drop the map's CDN links: all of them, or,
    when a passed-in map holds folium popups or icons (they need jQuery, Bootstrap and
    awesome-markers), all but those libraries, which then load after the inlined Leaflet."""
    if _needs_folium_libraries(m):
        log.warning("the map passed in has folium popups or icons: jQuery, Bootstrap and "
                    "awesome-markers still load from their CDN, so the page is not fully offline")
        m.default_js = [(name, url) for name, url in m.default_js if name != "leaflet"]
        m.default_css = [(name, url) for name, url in m.default_css if name != "leaflet_css"]
    else:
        m.default_js = []
        m.default_css = []
    figure = m.get_root()
    figure.header.add_child(_InlineAssets(), name="geostrike_assets")


def _needs_folium_libraries(m: folium.Map) -> bool:
    return any(isinstance(element, (folium.Popup, folium.Icon)) for element in _walk(m))


# --- deterministic element ids ------------------------------------------------------------------
@contextmanager
def _stable_ids(m: folium.Map | None) -> Iterator[None]:
    """Give every branca element a counter id while a map is built and rendered.

    branca draws ids from ``os.urandom``; here they come from a counter that starts at 0 for
    each render (elements of a map passed in are renumbered in tree order first), so the same
    input gives the same page. The generator and the ids of a passed-in map are restored
    afterwards, so nothing leaks into other maps. Not thread-safe: the patch is global.
    """
    counter = itertools.count()
    original = Element.__dict__["_generate_id"]
    saved: list[tuple[Element, str]] = []
    if m is not None:
        for element in _walk(m.get_root()):
            saved.append((element, element._id))
            element._id = f"{next(counter):08d}"
    Element._generate_id = classmethod(lambda cls: f"{next(counter):08d}")
    try:
        yield
    finally:
        Element._generate_id = original
        for element, old in saved:
            element._id = old


def _walk(element: Element) -> Iterator[Element]:
    yield element
    if isinstance(element, Figure):
        for part in (element.header, element.html, element.script):
            yield from _walk(part)
    for child in list(element._children.values()):
        yield from _walk(child)


# --- map elements -------------------------------------------------------------------------------
def _data_template(function: str) -> Template:
    """An element whose data sits in an inert JSON block and is drawn by
    ``geostrike.<function>(map, data block id, options)`` from assets/map.js."""
    return _ENV.from_string("""
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.data|tojson }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = geostrike.""" + function + """({{ this._parent.get_name() }},
    {{ (this.get_name() ~ '_data')|tojson }}, {{ this.options|tojson }});
{% endmacro %}
""")


class _Outlines(Layer):
    """A GeoJSON layer (basemap, governorates, control areas) drawn from an inert JSON block."""

    _template = _data_template("outlines")

    def __init__(self, data: Mapping[str, Any], *, name: str, options: Mapping[str, Any],
                 overlay: bool = True, show: bool = True) -> None:
        super().__init__(name=name, overlay=overlay, control=True, show=show)
        self._name = "Outlines"
        self.data = data
        self.options = dict(options)


class _ClaimsLayer(MacroElement):
    """The claims: features, launch lines, filter control and the ``window.geostrike`` hook."""

    _template = _data_template("claims")

    def __init__(self, data: Mapping[str, Any], options: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "Claims"
        self.data = data
        self.options = dict(options)


class _Legend(MacroElement):
    """The legend: colours and shapes, counts, and the claims listed but not drawn."""

    _template = _ENV.from_string("""
{% macro script(this, kwargs) %}
geostrike.legend({{ this._parent.get_name() }}, {{ this.content|tojson }});
{% endmacro %}
""")

    def __init__(self, content: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "Legend"
        self.content = dict(content)


# --- public API ---------------------------------------------------------------------------------
def build_map(
    claims: gpd.GeoDataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    control: gpd.GeoDataFrame | None = None,
    m: folium.Map | None = None,
    title: str | None = None,
) -> folium.Map:
    """Draw a claims table on an offline Leaflet map.

    Parameters
    ----------
    claims
        The claims table (docs/claims-schema.md), EPSG:4326 (a table in another CRS is
        reprojected). An optional ``verdict`` column (``consistent``, ``inconsistent``,
        ``partly consistent``, ``indeterminate``) colours each claim's outline and adds a
        verdict filter.
    gazetteer
        Where governorate and region outlines come from (default: the shipped gazetteer).
    control
        Optional control areas: a GeoDataFrame with ``controller``, ``valid_from``,
        ``valid_to``, ``source``, ``schematic`` and polygon geometry, drawn as a switchable
        layer coloured by controller.
    m
        An existing map to draw on. Its CDN links are replaced by inlined assets; the offline
        basemap and online base layers are added only to a map built here.
    title
        Shown in the legend and as the page title (default "Reported strikes").

    Returns
    -------
    folium.Map
        Render it with :func:`render_map` for deterministic HTML (``m.save`` works too, but
        with folium's random element ids and without an atomic write).
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    claims = _in_wgs84(claims, "claims")
    title = title or "Reported strikes"
    payload = _claims_payload(claims, gaz)
    own_map = m is None
    if m is None:
        (south, west), (north, east) = payload["bounds"]
        m = folium.Map(location=[(south + north) / 2, (west + east) / 2], zoom_start=6,
                       tiles=None, prefer_canvas=True, control_scale=True,
                       zoomSnap=0.25, zoomDelta=0.5)
    _make_offline(m)
    m.get_root().title = escape_html(title)

    if own_map:
        m.add_child(_Outlines(_basemap_data(), name="Offline outlines", overlay=False,
                              options=_BASEMAP_OPTIONS))
        for tiles, label in ONLINE_TILES:
            # show=False: a base layer that is not shown is never requested
            m.add_child(folium.TileLayer(tiles, name=label, overlay=False, show=False,
                                         control=True))
    m.add_child(_Outlines(_governorate_data(gaz), name="Governorate outlines",
                          options=_GOVERNORATE_OPTIONS))
    controllers: list[list[str]] = []
    if control is not None and len(control):
        control = _in_wgs84(control, "control areas")
        colours = _controller_colours(_controller_names(control))
        controllers = [[name, colour] for name, colour in colours.items()]
        # one layer per snapshot, so that two dates are never drawn over each other; off at
        # start: the claims stay readable and the verdict outlines carry the comparison
        for snapshot in control_snapshots(control):
            data = _control_data(snapshot.areas, colours)
            m.add_child(_Outlines(data, name=escape_html(f"Control areas, {snapshot.label}"),
                                  options=_CONTROL_OPTIONS, show=False))
    m.add_child(_ClaimsLayer(payload, _claims_options()))
    m.add_child(_Legend(_legend_content(title, payload, controllers)))
    if not any(isinstance(child, folium.LayerControl) for child in m._children.values()):
        m.add_child(folium.LayerControl(position="topright", collapsed=True))
    return m


def render_map(
    claims: gpd.GeoDataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    control: gpd.GeoDataFrame | None = None,
    m: folium.Map | None = None,
    title: str | None = None,
) -> str:
    """Build the map and return the complete, self-contained HTML page.

    The same input gives byte-identical output (element ids come from a counter; see
    :func:`build_map` for the parameters).
    """
    with _stable_ids(m):
        built = build_map(claims, gazetteer=gazetteer, control=control, m=m, title=title)
        return built.get_root().render()


def save_map(
    claims: gpd.GeoDataFrame,
    path: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    control: gpd.GeoDataFrame | None = None,
    m: folium.Map | None = None,
    title: str | None = None,
) -> Path:
    """Render the map and write it to ``path`` atomically; return the path.

    The page is rendered to a string first and written to a temporary file beside ``path``
    that replaces it only when complete: a failure leaves any earlier file untouched.
    """
    page = render_map(claims, gazetteer=gazetteer, control=control, m=m, title=title)
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path


# --- building the page's data -------------------------------------------------------------------
def _in_wgs84(frame: gpd.GeoDataFrame, what: str) -> gpd.GeoDataFrame:
    if not isinstance(frame, gpd.GeoDataFrame):
        raise InputError(f"{what}: expected a GeoDataFrame, got {type(frame).__name__}")
    return to_wgs84(frame)


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, COORD_DECIMALS)
    if isinstance(value, (list, tuple)):
        return [_round(v) for v in value]
    return value


def _geometry(geom: Any) -> dict[str, Any]:
    mapping = geom.__geo_interface__
    return {"type": mapping["type"], "coordinates": _round(mapping["coordinates"])}


@lru_cache(maxsize=4)
def _basemap_file(path: str) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _basemap_data() -> dict[str, Any]:
    path = settings.default_gazetteer_dir() / "basemap.geojson"
    features = []
    if path.exists():
        for feature in _basemap_file(str(path)).get("features", []):
            props = feature.get("properties") or {}
            features.append({"type": "Feature", "geometry": feature["geometry"], "properties": {
                "name": _clean(props.get("name")), "iso": _clean(props.get("iso_a2"))}})
    return {"type": "FeatureCollection", "features": features}


def _governorate_data(gaz: Gazetteer) -> dict[str, Any]:
    features = [
        {"type": "Feature", "geometry": _geometry(place.polygon),
         "properties": {"name": place.name, "id": place.id}}
        for place in gaz
        if place.kind == "governorate" and place.polygon is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def _controller_colours(names: Sequence[str]) -> dict[str, str]:
    """Controller -> fill colour: CONTROLLER_COLOURS, else the next CONTROLLER_PALETTE colour."""
    colours: dict[str, str] = {}
    spare = itertools.cycle(CONTROLLER_PALETTE)
    # ties of case broken by the name itself: the order never depends on set order
    for name in sorted(set(names), key=lambda s: (s.casefold(), s)):
        colour = CONTROLLER_COLOURS.get(normalise_controller(name)[0])
        colours[name] = colour or next(spare)
    return colours


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    return list(frame[name]) if name in frame.columns else [None] * len(frame)


def _controller_name(value: Any) -> str:
    return _clean(value) or "(controller unknown)"


def _controller_names(control: gpd.GeoDataFrame) -> list[str]:
    """The controllers of the areas that will be drawn (those with a geometry)."""
    return [_controller_name(c) for g, c in zip(control.geometry, _column(control, "controller"))
            if g is not None and not g.is_empty]


def _control_data(control: gpd.GeoDataFrame, colours: Mapping[str, str]) -> dict[str, Any]:
    rows = []
    for geom, controller, start, end, source, schematic in zip(
            control.geometry, *(_column(control, name) for name in (
                "controller", "valid_from", "valid_to", "source", "schematic"))):
        if geom is None or geom.is_empty:
            continue
        name = _controller_name(controller)
        start_text = day_text(start)
        end_text = day_text(end)
        valid = (snapshot_label(start_text or "?", end_text or "?") if start_text or end_text
                 else None)
        sketch = None if is_missing(schematic) else bool(schematic)
        rows.append({"type": "Feature", "geometry": _geometry(geom), "properties": {
            "controller": name, "valid": valid, "source": _clean(source),
            "schematic": None if sketch is None else (
                "yes: a schematic outline, not a surveyed front line" if sketch else "no"),
        }})
    for row in rows:
        row["properties"]["colour"] = colours[row["properties"]["controller"]]
    return {"type": "FeatureCollection", "features": rows}


def _date_keys(dates: Sequence[str | None]) -> tuple[list[str], list[int]]:
    """Group event dates by day, or month, or year, so the filter stays short."""
    for width in (10, 7, 4):
        keys = [d[:width] if d else None for d in dates]
        distinct = sorted({k for k in keys if k})
        if len(distinct) <= MAX_DATE_GROUPS or width == 4:
            break
    names = distinct + ([_NO_DATE] if any(k is None for k in keys) else [])
    index = {name: i for i, name in enumerate(names)}
    return names, [index[k if k else _NO_DATE] for k in keys]


def _mark(quote: str | None, *needles: str | None) -> list[int] | None:
    """The span of the place's name in the quote, in UTF-16 units as JavaScript counts."""
    if not quote:
        return None
    folded = quote.casefold()
    for needle in needles:
        if not needle:
            continue
        start = folded.find(needle.casefold())
        # casefold can change lengths (German sharp s); only trust spans it keeps in place
        if start >= 0 and len(folded) == len(quote):
            end = start + len(needle)

            def units(i: int) -> int:
                return len(quote[:i].encode("utf-16-le")) // 2

            return [units(start), units(end)]
    return None


def _sentences(quotes: Any, quote: str | None) -> frozenset[str]:
    try:
        values = json.loads(quotes) if isinstance(quotes, str) else []
    except ValueError:
        values = []
    found = {v for v in values if isinstance(v, str)}
    if quote:
        found.add(quote)
    return frozenset(found)


def _claims_payload(claims: gpd.GeoDataFrame, gaz: Gazetteer) -> dict[str, Any]:
    frame = pd.DataFrame(claims.drop(columns=claims.geometry.name))
    n = len(frame)

    def col(name: str) -> list[Any]:
        return list(frame[name]) if name in frame.columns else [None] * n

    outlets = [_clean(v) or _UNKNOWN_OUTLET for v in col("outlet")]
    outlet_names = sorted(set(outlets), key=lambda s: (s == _UNKNOWN_OUTLET, s.casefold(), s))
    outlet_index = {name: i for i, name in enumerate(outlet_names)}

    event_dates = [_clean(v) for v in col("event_date")]
    date_names, date_idx = _date_keys(event_dates)

    roles = [_clean(v) or "other" for v in col("role")]
    role_names = [r for r in ROLE_COLOURS if r in roles] + sorted(set(roles) - set(ROLE_COLOURS))
    role_index = {name: i for i, name in enumerate(role_names)}

    has_verdict = "verdict" in frame.columns
    verdicts = [(_clean(v) or _NO_VERDICT) for v in col("verdict")] if has_verdict else []
    verdict_names = ([v for v in _VERDICT_ORDER if v in verdicts]
                     + sorted(set(verdicts) - set(_VERDICT_ORDER) - {_NO_VERDICT})
                     + ([_NO_VERDICT] if _NO_VERDICT in verdicts else []))
    verdict_index = {name: i for i, name in enumerate(verdict_names)}

    quote_table: dict[str, int] = {}
    columns: dict[str, list[Any]] = {k: [] for k in (
        "outlet", "date", "role", "pub", "ev", "claimant", "tg", "nums", "weapons", "q",
        "mark", "place", "surface", "prec", "unc", "article", "url")}
    if has_verdict:
        columns["verdict"] = []

    features: dict[tuple[Any, ...], dict[str, Any]] = {}
    shapes: dict[str, int] = {}
    shape_list: list[dict[str, Any]] = []
    listed: list[int] = []
    unresolved: list[int] = []
    drawn_point: dict[int, tuple[float, float]] = {}  # claim -> (lat, lon)
    fit_points: list[tuple[float, float]] = []

    geoms = list(claims.geometry)
    numbers = {k: col(k) for k in ("sorties", "strikes", "targets", "missiles", "killed")}
    rows = zip(range(n), col("place_id"), col("place_name"), col("surface"), col("where_prec"),
               col("uncertainty_km"), col("quote"), col("published"), col("event_date_end"),
               col("date_precision"), col("claimant"), col("target_group"), col("weapons"),
               col("article_id"), col("url"), col("status"))
    for (i, place_id, place_name, surface, prec, unc, quote, published, ev_end, ev_prec,
         claimant, target_group, weapons, article, url, status) in rows:
        quote = _clean(quote)
        place = _clean(place_name) or _clean(surface) or "(unnamed place)"
        precision = _number(prec)
        columns["outlet"].append(outlet_index[outlets[i]])
        columns["date"].append(date_idx[i])
        columns["role"].append(role_index[roles[i]])
        if has_verdict:
            columns["verdict"].append(verdict_index[verdicts[i]])
        columns["pub"].append(_clean(published))
        columns["ev"].append(_event_text(event_dates[i], _clean(ev_end), _clean(ev_prec)))
        columns["claimant"].append(_clean(claimant))
        columns["tg"].append(_clean(target_group))
        stated = [f"{key} {value}" for key in numbers
                  if (value := _number(numbers[key][i])) is not None]
        columns["nums"].append(", ".join(stated) or None)
        columns["weapons"].append(_clean(weapons))
        if quote is None:
            columns["q"].append(None)
        else:
            columns["q"].append(quote_table.setdefault(quote, len(quote_table)))
        columns["mark"].append(_mark(quote, _clean(surface), _clean(place_name)))
        columns["place"].append(place)
        columns["surface"].append(_clean(surface))
        columns["prec"].append(precision)
        columns["unc"].append(_number(unc))
        columns["article"].append(_clean(article))
        columns["url"].append(_clean(url))

        geom = geoms[i]
        if geom is None or geom.is_empty or _clean(status) == "unresolved":
            unresolved.append(i)
            continue
        if precision == settings.WHERE_PREC_COUNTRY:
            listed.append(i)
            continue
        point = geom if geom.geom_type == "Point" else geom.representative_point()
        lat, lon = round(point.y, COORD_DECIMALS), round(point.x, COORD_DECIMALS)  # y is lat
        polygon = None
        key_place = _clean(place_id) or f"{lat},{lon}"
        if precision in settings.WHERE_PREC_MAP_OUTLINES:
            polygon = gaz.outline(place_id)
        if polygon is not None:
            if key_place not in shapes:
                shapes[key_place] = len(shape_list)
                shape_list.append(_geometry(polygon))
            key = ("area", key_place, roles[i], precision)
        else:
            key = ("point", key_place, roles[i], precision)
        feature = features.get(key)
        if feature is None:
            feature = features[key] = {
                "kind": key[0], "name": place, "role": role_index[roles[i]], "prec": precision,
                "ll": [lat, lon], "r": 0.0, "claims": [],
            }
            if polygon is not None:
                feature["shape"] = shapes[key_place]
        feature["claims"].append(i)
        if polygon is None:
            feature["r"] = max(feature["r"], _number(unc) or 0.0)
        drawn_point[i] = (lat, lon)
        if roles[i] not in ROLES_OFF_AT_START:  # fit what is shown at first
            fit_points.append((lat, lon))

    arcs = _arcs(roles, drawn_point, col)
    return {
        "groups": {"outlet": outlet_names, "date": date_names,
                   "role": role_names, **({"verdict": verdict_names} if has_verdict else {})},
        "claims": columns,
        "quotes": list(quote_table),
        "features": list(features.values()),
        "shapes": shape_list,
        "arcs": arcs,
        "listed": listed,
        "unresolved": unresolved,
        "bounds": _bounds(fit_points),
    }


def _event_text(start: str | None, end: str | None, precision: str | None) -> str | None:
    if not start:
        return None
    text = start if not end or end == start else f"{start} to {end}"
    return f"{text} ({precision})" if precision and precision != "unknown" else text


def _arcs(roles: list[str], drawn: dict[int, tuple[float, float]],
          col: Any) -> list[dict[str, Any]]:
    """Launch point -> strike target lines of the same claim context (see the module doc)."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    articles = col("article_id")
    claimants = [_clean(v) for v in col("claimant")]
    sentences = [_sentences(q, _clean(s)) for q, s in zip(col("quotes"), col("quote"))]
    by_article: dict[Any, list[int]] = {}
    for i, article in enumerate(articles):
        if i in drawn:
            by_article.setdefault(_clean(article), []).append(i)
    lines: dict[tuple[Any, ...], dict[str, Any]] = {}
    for article in sorted(by_article, key=lambda a: (a is None, a or "")):
        members = by_article[article]
        launches = [i for i in members if roles[i] == "launch_point"]
        targets = [i for i in members if roles[i] == "strike_target"]
        for launch in launches:
            pairs = [(t, True) for t in targets if sentences[launch] & sentences[t]]
            if not pairs and claimants[launch]:
                pairs = [(t, False) for t in targets if claimants[t] == claimants[launch]]
            for target, same_sentence in pairs:
                start, end = drawn[launch], drawn[target]
                if start == end:
                    continue
                key = (start, end, same_sentence)
                line = lines.get(key)
                if line is None:
                    line = lines[key] = {"coords": _great_circle(geod, start, end),
                                         "same": same_sentence, "pairs": []}
                line["pairs"].append([launch, target])
    return list(lines.values())


def _great_circle(geod: Any, start: tuple[float, float], end: tuple[float, float]) -> list[Any]:
    (lat1, lon1), (lat2, lon2) = start, end
    _, _, metres = geod.inv(lon1, lat1, lon2, lat2)  # pyproj takes lon, lat
    steps = max(8, min(128, int(metres / 1000 / ARC_STEP_KM)))
    middle = geod.npts(lon1, lat1, lon2, lat2, steps)
    # Leaflet wants [lat, lon]: flip pyproj's (lon, lat) pairs
    return [[lat1, lon1], *([round(y, COORD_DECIMALS), round(x, COORD_DECIMALS)]
                            for x, y in middle), [lat2, lon2]]


def _bounds(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """The initial view: Syria widened to the drawn places in the theatre region (Mosul, the
    Caspian Sea, Hamadan); a report whose places all lie elsewhere is fitted to them."""
    (r_south, r_west), (r_north, r_east) = THEATRE_REGION
    inside = [(lat, lon) for lat, lon in points
              if r_south <= lat <= r_north and r_west <= lon <= r_east]
    if points and not inside:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        return [[min(lats), min(lons)], [max(lats), max(lons)]]
    (south, west), (north, east) = SYRIA_BOUNDS
    for lat, lon in inside:
        south, north = min(south, lat), max(north, lat)
        west, east = min(west, lon), max(east, lon)
    return [[south, west], [north, east]]


def _claims_options() -> dict[str, Any]:
    return {
        "roleColours": ROLE_COLOURS, "roleLabels": ROLE_LABELS,
        "rolesOff": list(ROLES_OFF_AT_START), "verdictColours": VERDICT_COLOURS,
        "mixedVerdict": MIXED_VERDICT_COLOUR,
        "precision": {str(k): v for k, v in settings.WHERE_PREC_NAMES.items()},
        "aggregateMin": AGGREGATE_MIN_POINTS, "aggregateMaxZoom": AGGREGATE_MAX_ZOOM,
        "cellPx": AGGREGATE_CELL_PX, "popupMax": POPUP_MAX_CLAIMS,
        "noVerdict": _NO_VERDICT,
    }


def _legend_content(title: str, payload: Mapping[str, Any],
                    controllers: list[list[str]]) -> dict[str, Any]:
    verdicts = payload["groups"].get("verdict", [])
    return {
        "title": _C0.sub("", title),
        "roles": [[ROLE_LABELS.get(r, r), ROLE_COLOURS.get(r, "#7f7f7f")]
                  for r in payload["groups"]["role"]],
        "verdicts": [[v, VERDICT_COLOURS.get(v, "#8c8c8c")] for v in verdicts],
        "mixedVerdict": MIXED_VERDICT_COLOUR if verdicts else None,
        "controllers": controllers,
        "launchColour": ROLE_COLOURS["launch_point"],
        "maxListed": LEGEND_MAX_LISTED,
    }


_BASEMAP_OPTIONS = {
    "pane": "gsBasemap", "z": 250, "interactive": False, "label": "name",
    "labelClass": "gs-label gs-country", "skipLabel": ["SY"],
    "style": {"color": "#9a9a9a", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1},
    "highlight": {"iso": "SY", "style": {"fillColor": "#fbfaf6", "color": "#555", "weight": 1.4}},
    "background": "#cddfe8",
}
_GOVERNORATE_OPTIONS = {
    "pane": "gsGovernorates", "z": 260, "interactive": False, "label": "name",
    "style": {"color": "#8a8a8a", "weight": 0.8, "dashArray": "3 3", "fill": False},
}
_CONTROL_OPTIONS = {
    "pane": None, "interactive": True, "label": None, "colourKey": "colour", "back": True,
    "style": {"weight": 1, "fillOpacity": 0.22, "opacity": 0.7},
    "popupTitle": "Control area",
    "popup": [["Controller", "controller"], ["Valid", "valid"], ["Source", "source"],
              ["Schematic", "schematic"]],
}

# --- the page's own style and script (no input is ever part of these strings) ------------------
# The page's own script and style live beside this module (geostrike/assets/), read once.
_ASSETS = resources.files("geostrike") / "assets"
_PAGE_CSS = (_ASSETS / "map.css").read_text(encoding="utf-8")
_PAGE_JS = (_ASSETS / "map.js").read_text(encoding="utf-8")

