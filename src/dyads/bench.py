"""``dyads bench``: the whole pipeline without the store, timed per stage."""

from __future__ import annotations

import itertools
import time
from typing import Any

from dyads.config import Config
from dyads.readers import ReadFailure, ReadOptions, read_paths
from dyads.runner import code_articles, peak_rss_mb, resolve_jobs


def run_bench(source: str, config: Config, *, limit: int = 0, jobs: int = 0, lang: str | None = None) -> dict[str, Any]:
    opts = ReadOptions.from_config(config, lang=lang)
    arts = read_paths([source], opts)
    if limit:
        arts = itertools.islice(arts, limit)
    n_jobs = resolve_jobs(jobs)
    t0 = time.perf_counter()
    n = tokens = events = skipped = failed = 0
    stages: dict[str, float] = {}
    stats: dict[str, float] = {}
    for res in code_articles(arts, config, n_jobs, stats):
        if isinstance(res, ReadFailure | tuple):
            failed += 1
            continue
        n += 1
        if res.skipped:
            skipped += 1
        tokens += res.n_tokens or len(res.tokens)
        events += len(res.events)
        for k, v in res.timings.items():
            stages[k] = stages.get(k, 0.0) + v
    wall = time.perf_counter() - t0
    cpu_total = sum(stages.values())
    return {
        "articles": n,
        "skipped": skipped,
        "failed": failed,
        "events": events,
        "tokens": tokens,
        "jobs": n_jobs,
        "wall_s": round(wall, 3),
        "articles_per_s": round(n / wall, 1) if wall else None,
        # after the one-time load of models and dictionaries (warm_s), shared by the workers
        "warm_s": round(stats.get("warm_s", 0.0), 3),
        "articles_per_s_after_warmup": round(n / (wall - stats.get("warm_s", 0.0)), 1) if wall else None,
        "tokens_per_s": round(tokens / wall, 1) if wall else None,
        "peak_rss_mb": peak_rss_mb(),
        # Per-stage seconds are summed over workers (CPU time spent in each stage).
        "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
        "stage_tokens_per_s": {k: round(tokens / v, 1) for k, v in stages.items() if v > 0},
        "pipeline_cpu_s": round(cpu_total, 3),
    }
