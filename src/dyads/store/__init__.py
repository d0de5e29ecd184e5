"""The DuckDB store: articles, mentions, events, event actors, runs; named migrations.

One process writes (the runner's parent); readers open the file read-only. Article ids are
content hashes and event ids are hashes of their evidence, so storing the same article twice
is a no-op and a re-run changes no counts.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from dyads.errors import StoreError
from dyads.model import Doc
from dyads.store.migrations import MIGRATIONS

ARTICLE_COLS = ("id", "url", "source", "title", "date", "lang", "lang_confidence", "text", "path", "meta", "n_tokens", "run_id", "added")
MENTION_COLS = ("article_id", "idx", "kind", "text", "start", "end", "code", "sector", "kb_id", "name", "confidence", "inferred", "source", "value", "role", "sent")
EVENT_COLS = (
    "id", "article_id", "type", "mode", "cameo", "goldstein", "quad", "plover_score", "modality",
    "date_value", "date_precision", "date_text", "date_start", "date_end", "event_day",
    "trigger_start", "trigger_end", "trigger_text", "sentence_start", "sentence_end", "sentence_text",
    "place_text", "place_name", "place_country", "place_lat", "place_lon", "place_geonameid", "place_resolution",
    "contexts", "confidence", "backend", "codebook", "kb_version", "lang", "actor_codes", "recipient_codes",
)  # fmt: skip
ACTOR_COLS = ("event_id", "role", "idx", "text", "start", "end", "code", "sector", "kb_id", "name", "inferred")
TABLES = {"articles": ARTICLE_COLS, "mentions": MENTION_COLS, "events": EVENT_COLS, "event_actors": ACTOR_COLS}


def event_day(value: str | None) -> _dt.date | None:
    """The first day an event date covers, for range queries (2023-01 -> 2023-01-01)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return _dt.date.fromisoformat(value)
        if len(value) == 7:
            return _dt.date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4:
            return _dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


class Store:
    """A dyads DuckDB file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with 'dyads run PATH --db {self.path}'")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store ({exc})") from None
        # Never let a missing table silently resolve to a Python variable of the same name.
        self.con.execute("SET python_enable_replacements = false")
        self.read_only = read_only
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ---- schema --------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the named migrations this file has not seen yet; returns their names."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                for stmt in [s for s in sql.split(";") if s.strip()]:
                    self.con.execute(stmt)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # ---- writing -------------------------------------------------------------------------
    def start_run(self, version: str, config_hash: str, kb_version: str, paths: Sequence[str]) -> int:
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO runs (run_id, started, version, config_hash, kb_version, paths) VALUES (?, now(), ?, ?, ?, ?)",
            [run_id, version, config_hash, kb_version, json.dumps(list(paths))],
        )
        return run_id

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        self.con.execute(
            "UPDATE runs SET finished = now(), articles_read = ?, articles_new = ?, events_new = ?, skipped = ? WHERE run_id = ?",
            [counts.get("read", 0), counts.get("new", 0), counts.get("events", 0), counts.get("skipped", 0), run_id],
        )

    def record_skip(self, run_id: int, path: str, reason: str) -> None:
        self.con.execute("INSERT INTO skipped VALUES (?, ?, ?)", [run_id, path, reason])

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add_docs(self, docs: Sequence[Doc], run_id: int = 0) -> tuple[int, int]:
        """Store coded documents; returns (new articles, new events). Known articles are skipped."""
        known = self.known_ids(d.article.id for d in docs)
        rows = doc_rows([d for d in docs if d.article.id not in known], run_id)
        with self.transaction():
            self._insert("articles", ARTICLE_COLS, rows["articles"])
            self._insert("mentions", MENTION_COLS, rows["mentions"])
            self._insert("events", EVENT_COLS, rows["events"], ignore=True)
            self._insert("event_actors", ACTOR_COLS, rows["event_actors"], ignore=True)
        return len(rows["articles"]), len(rows["events"])

    def ingest_parquet(self, folder: str | Path) -> tuple[int, int]:
        """Load Parquet shards written by ``dyads.distributed`` (idempotent, like ``add_docs``)."""
        root = Path(folder)
        before = self.counts()
        with self.transaction():
            for table, cols in TABLES.items():
                files = sorted(root.glob(f"{table}/*.parquet"))
                if not files:
                    continue
                collist = ", ".join(f'"{c}"' for c in cols)
                self.con.execute(
                    f"INSERT OR IGNORE INTO {table} ({collist}) SELECT {collist} FROM read_parquet(?)",
                    [[str(f) for f in files]],
                )
        after = self.counts()
        return after["articles"] - before["articles"], after["events"] - before["events"]

    def _insert(self, table: str, cols: Sequence[str], rows: list[tuple[Any, ...]], ignore: bool = False) -> None:
        if not rows:
            return
        collist = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        if len(rows) < 200:
            self.con.executemany(f"INSERT {'OR IGNORE ' if ignore else ''}INTO {table} ({collist}) VALUES ({marks})", rows)
            return
        # Bulk path: columnar insert through Arrow is orders of magnitude faster than executemany.
        import pyarrow as pa

        columns = list(zip(*rows, strict=True))
        tbl = pa.table({c: pa.array(list(v)) for c, v in zip(cols, columns, strict=True)})
        self.con.register("_bulk", tbl)
        try:
            self.con.execute(f"{verb} INTO {table} ({collist}) SELECT {collist} FROM _bulk")
        finally:
            self.con.unregister("_bulk")

    # ---- reading -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "mentions", "events", "event_actors", "runs", "skipped"):
            row = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()
            out[t] = int(row[0]) if row else 0
        return out

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params or []))
        cols = [c[0] for c in cur.description or []]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def doc_rows(docs: Sequence[Doc], run_id: int = 0) -> dict[str, list[tuple[Any, ...]]]:
    """Table rows for coded documents (one article id once), in the store's column order."""
    out: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    seen: set[str] = set()
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    for d in docs:
        a = d.article
        if a.id in seen:
            continue
        seen.add(a.id)
        out["articles"].append((a.id, a.url, a.source, a.title, a.date, d.lang, d.lang_confidence, a.text, a.path,
                                json.dumps(a.meta, default=str), d.n_tokens or len(d.tokens), run_id, now))
        for i, m in enumerate(d.mentions):
            out["mentions"].append((a.id, i, m.kind, m.text, m.start, m.end, m.code, m.sector, m.kb_id, m.name,
                                    m.confidence, m.inferred, m.source, m.value, m.role, m.sent))
        for e in d.events:
            out["events"].append(_event_row(e))
            for role, refs in (("actor", e.actors), ("recipient", e.recipients)):
                for i, r in enumerate(refs):
                    out["event_actors"].append((e.id, role, i, r.text, r.start, r.end, r.code, r.sector, r.kb_id, r.name, r.inferred))
    return out


def _event_row(e: Any) -> tuple[Any, ...]:
    p = e.place
    return (
        e.id, e.article_id, e.type, e.mode, e.cameo, e.goldstein, e.quad, e.plover_score, e.modality,
        e.date.value, e.date.precision, e.date.text, e.date.start, e.date.end, event_day(e.date.value),
        e.trigger.start, e.trigger.end, e.trigger.text, e.sentence.start, e.sentence.end, e.sentence.text,
        p.text if p else None, p.name if p else None, p.country if p else None, p.lat if p else None,
        p.lon if p else None, p.geonameid if p else None, p.resolution if p else None,
        ",".join(e.contexts), e.confidence, e.backend, e.codebook, e.kb_version, e.lang,
        ",".join(sorted({a.code for a in e.actors if a.code})),
        ",".join(sorted({r.code for r in e.recipients if r.code})),
    )
