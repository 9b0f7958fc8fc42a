"""What the stages that use several processes share.

Reading (:mod:`geostrike.corpus`) and extraction (:mod:`geostrike.pipeline`) fork workers
that read the gazetteer and the decoded texts from the parent's memory. While they run, that
memory is kept out of the garbage collector's sight, so that neither the parent nor the
workers walk it or copy its pages.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["frozen_heap"]


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
