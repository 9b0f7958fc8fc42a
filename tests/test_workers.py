"""Worker processes: ranges of a sequence mapped in order, forked or pickled."""

import pytest

from geostrike import workers


def _total(items):
    return sum(items)


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_ranges_come_back_in_order_forked_on_linux_pickled_elsewhere(monkeypatch, platform):
    monkeypatch.setattr(workers.sys, "platform", platform)
    seen = []
    run_range = workers._run_range

    def spy(job):
        seen.append(job[3] is None)  # None: the worker reads the parent's inherited items
        return run_range(job)

    # (the jobs are built in the parent; the spy sees them as they are sent)
    monkeypatch.setattr(workers.ProcessPoolExecutor, "map",
                        lambda self, fn, jobs: map(spy, jobs))
    items = list(range(10))
    assert list(workers.map_ranges(_total, items, 2, chunks=3)) == [6, 22, 17]
    assert set(seen) == {platform == "linux"}
