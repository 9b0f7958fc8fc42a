"""What the stages that use several processes share.

Reading (:mod:`geostrike.corpus`) and extraction (:mod:`geostrike.pipeline`) fork workers
that read the gazetteer and the decoded texts from the parent's memory. While they run, that
memory is kept out of the garbage collector's sight, so that neither the parent nor the
workers walk it or copy its pages.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["PARALLEL_MIN_CHARS", "frozen_heap", "map_ranges", "pool_size"]

#: Inputs of at least this many characters are read and extracted by several processes.
PARALLEL_MIN_CHARS = 2_000_000


def pool_size(chars: int, items: int, workers: int | None) -> int:
    """How many processes to use: ``workers`` if given, else every core for inputs of
    :data:`PARALLEL_MIN_CHARS` characters or more and one below; never more than items."""
    if workers is None:
        workers = (os.cpu_count() or 1) if chars >= PARALLEL_MIN_CHARS else 1
    return max(1, min(workers, items))


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Move every object so far out of the garbage collector's sight (gc.freeze) for the
    block: its collections then skip the gazetteer and the texts already loaded, and forked
    workers neither walk nor copy the memory pages they inherit. Undone afterwards (left
    alone if something else froze objects first). The setting is process-wide while the
    block runs."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_T = TypeVar("_T")
_R = TypeVar("_R")

# the items of each running map_ranges call, inherited by forked workers: a job is then a
# range of them, not their data (keyed per call, so that threads do not mix them up)
_INHERITED: dict[int, Sequence[Any]] = {}
_CALLS = itertools.count()


def map_ranges(
    function: Callable[[Sequence[_T]], _R], items: Sequence[_T], workers: int, *,
    chunks: int, initializer: Callable[..., None] | None = None, initargs: tuple = (),
) -> Iterator[_R]:
    """``function(items[a:b])`` for ``chunks`` contiguous ranges, in worker processes, results
    in order. ``function`` must be a module-level function (it is pickled by name).

    On Linux, workers slice the parent's ``items`` from the memory they
    inherit (frozen out of the garbage collector's sight, see :func:`frozen_heap`) instead of
    receiving them pickled; elsewhere each range is sent to its worker.
    """
    step = max(1, -(-len(items) // chunks))
    ranges = [(i, min(i + step, len(items))) for i in range(0, len(items), step)]
    # fork only on Linux: macOS offers it but its system libraries are not fork-safe
    # (CPython's default there is spawn)
    fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    call = next(_CALLS)
    jobs = [(function, call, r, None if fork else items[r[0]:r[1]]) for r in ranges]
    if fork:
        _INHERITED[call] = items
    try:
        with (frozen_heap() if fork else contextlib.nullcontext()), ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork" if fork else None),
                initializer=initializer, initargs=initargs) as pool:
            yield from pool.map(_run_range, jobs)
    finally:
        _INHERITED.pop(call, None)


def _run_range(job: tuple[Callable[[Sequence[Any]], Any], int, tuple[int, int],
                          Sequence[Any] | None]) -> Any:
    function, call, (start, stop), items = job
    if items is None:  # forked: the parent's items are here already
        items = _INHERITED[call][start:stop]
    return function(items)
