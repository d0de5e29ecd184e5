"""Corpus runs on a Dask cluster: the same pipeline as tasks, Parquet shards out.

Each task reads a slice of the input (one file, or a range of lines of a big JSONL file),
codes it with the same ``Pipeline`` as ``dyads run`` and writes one Parquet shard per table
(articles, mentions, events, event_actors) plus a JSON report of what it skipped. Nothing
talks to the DuckDB file from the workers: ``dyads ingest SHARDS --db FILE`` (or
``Store.ingest_parquet``) loads the shards afterwards, idempotently, and DuckDB or Spark can
also query the shards directly.

Dask is an optional extra: ``pip install 'dyads[dask]'``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyads.config import Config, load_config
from dyads.errors import DyadsError, MissingExtraError
from dyads.readers import ReadFailure, ReadOptions, iter_files, read_paths
from dyads.store import TABLES, doc_rows


@dataclass(slots=True)
class ShardReport:
    task: str
    articles: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Task:
    """A slice of the input: a file, optionally lines [start, stop) of a JSONL file."""

    path: str
    start: int = 0
    stop: int | None = None

    @property
    def name(self) -> str:
        key = f"{self.path}:{self.start}:{self.stop}"
        return hashlib.sha1(key.encode()).hexdigest()[:16]


def plan_tasks(paths: list[str], lines_per_task: int = 2000) -> list[Task]:
    """Split the input into tasks: big JSONL files by line ranges, other files one each."""
    tasks: list[Task] = []
    for f in iter_files(paths):
        if isinstance(f, ReadFailure):
            tasks.append(Task(f.path))
            continue
        if f.suffix.lower() in (".jsonl", ".ndjson"):
            with f.open("rb") as fh:
                n = sum(1 for _ in fh)
            for start in range(0, max(n, 1), lines_per_task):
                tasks.append(Task(str(f), start, min(n, start + lines_per_task)))
        else:
            tasks.append(Task(str(f)))
    return tasks


def run_task(task: Task, out_dir: str, config: Config, opts: ReadOptions) -> ShardReport:
    """Code one slice and write its shards. Safe to re-run: shard names derive from the slice."""
    import itertools

    import pyarrow as pa
    import pyarrow.parquet as pq

    from dyads.pipeline import Pipeline

    pipe = Pipeline(config)
    report = ShardReport(task.name)
    items = read_paths([task.path], opts)
    if task.stop is not None:
        items = itertools.islice(items, task.start, task.stop)
    docs = []
    for item in items:
        if isinstance(item, ReadFailure):
            report.skipped.append((item.path, item.reason))
            continue
        try:
            doc = pipe(item)
        except DyadsError as exc:
            report.skipped.append((item.path or item.id, str(exc)))
            continue
        if doc.skipped:
            report.skipped.append((item.path or item.id, doc.skipped))
            continue
        docs.append(doc.compact())
    rows = doc_rows(docs)
    root = Path(out_dir)
    for table, cols in TABLES.items():
        (root / table).mkdir(parents=True, exist_ok=True)
        data = rows[table]
        if data:
            # An explicit schema: a column that is empty in one shard must not become type null.
            schema = _arrow_schema(table)
            arrays = [pa.array(list(v), type=schema.field(c).type) for c, v in zip(cols, zip(*data, strict=True), strict=True)]
            pq.write_table(pa.table(arrays, schema=schema), root / table / f"{task.name}.parquet")
    report.articles = len(rows["articles"])
    report.events = len(rows["events"])
    (root / "reports").mkdir(parents=True, exist_ok=True)
    (root / "reports" / f"{task.name}.json").write_text(
        json.dumps({"task": task.path, "start": task.start, "stop": task.stop, "articles": report.articles,
                    "events": report.events, "skipped": report.skipped}, ensure_ascii=False), encoding="utf-8")
    return report


_ARROW = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64", "BOOLEAN": "bool_",
          "DATE": "date32", "TIMESTAMP": "timestamp"}


@lru_cache(maxsize=8)
def _arrow_schema(table: str) -> Any:
    """The Arrow schema of a store table, read from the migrations applied to an in-memory DB."""
    import duckdb
    import pyarrow as pa

    from dyads.store.migrations import MIGRATIONS

    con = duckdb.connect()
    for _, sql in MIGRATIONS:
        for stmt in [x for x in sql.split(";") if x.strip() and "INDEX" not in x.upper()]:
            con.execute(stmt)
    fields = []
    for name, dtype, *_ in con.execute(f"DESCRIBE {table}").fetchall():
        kind = _ARROW.get(str(dtype), "string")
        typ = pa.timestamp("us") if kind == "timestamp" else getattr(pa, kind)()
        fields.append(pa.field(name, typ))
    con.close()
    return pa.schema(fields)


def run_dask(paths: list[str], out_dir: str, *, scheduler: str | None = None, config: Config | None = None,
             read_options: ReadOptions | None = None, lines_per_task: int = 2000) -> dict[str, Any]:
    """Code ``paths`` as Dask tasks writing shards to ``out_dir``.

    ``scheduler``: a distributed scheduler address (``tcp://host:8786``), or ``None`` for
    Dask's local process pool, or ``"synchronous"`` (debugging, tests).
    """
    try:
        from dask.base import compute
        from dask.delayed import delayed as make_delayed
    except ImportError:
        raise MissingExtraError("dask", "dask") from None
    config = config or load_config()
    opts = read_options or ReadOptions.from_config(config)
    tasks = plan_tasks(paths, lines_per_task)
    delayed = [make_delayed(run_task)(t, out_dir, config, opts) for t in tasks]
    if scheduler and scheduler not in ("synchronous", "threads", "processes"):
        try:
            from distributed import Client
        except ImportError:
            raise MissingExtraError("distributed", "dask") from None
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            reports: list[ShardReport] = list(client.compute(delayed, sync=True))
    else:
        reports = list(compute(*delayed, scheduler=scheduler or "processes"))  # type: ignore[no-untyped-call]
    skipped = [{"path": p, "reason": why} for r in reports for p, why in r.skipped]
    return {"tasks": len(tasks), "articles": sum(r.articles for r in reports), "events": sum(r.events for r in reports),
            "skipped": skipped, "shards": out_dir}
