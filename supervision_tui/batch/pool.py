"""Tasks run on worker processes, results back in the order the tasks were given."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity), not merely the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    # What the worker inherited (the checker's tables, the parent's objects) stays put: the
    # collector would otherwise walk it, touching and so copying every inherited page.
    gc.freeze()
    # Ctrl-C and kill are the main process's to handle: it stops handing out work and keeps
    # what it committed. A worker must not outlive it, even after a kill -9.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def ordered_map(fn: Callable, tasks: Iterable, jobs: int) -> Iterator:
    """fn(task) for each task, in order: in this process when jobs is 1, else on `jobs` worker
    processes with a few tasks each in flight, so memory stays bounded whatever the input."""
    if jobs <= 1:
        for task in tasks:
            yield fn(task)
        return
    # fork: workers start at once, sharing the checker's compiled tables, compiled here first
    import_module("supervision_tui.quality.checker")
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(fn, task))
            if len(pending) >= 4 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
