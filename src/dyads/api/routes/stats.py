"""Overview numbers: GET /v1/stats and GET /v1/health."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query

from dyads import __version__
from dyads.api.deps import PeriodDep, StoreDep
from dyads.api.schemas import HealthOut, StatsOut
from dyads.queries import day_range

router = APIRouter(tags=["overview"])


def _one(store: Any, sql: str, params: list[Any]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = store.query(sql, params)
    return rows[0] if rows else {}


@router.get("/stats", response_model=StatsOut, summary="Store overview")
def stats(
    store: StoreDep, when: PeriodDep,
    top: Annotated[int, Query(ge=1, le=100, description="How many top dyads.")] = 10,
) -> dict[str, Any]:
    """Counts, events by month and quad class, types, modalities, top dyads, languages and
    the last run. `from`/`to` restrict the event figures (not the article and run counts)."""
    f, t = when.iso
    clauses, params = day_range(f, t)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    and_where = (" AND " + " AND ".join(clauses)) if clauses else ""
    head = _one(store, f"SELECT count(*) AS events, count(*) FILTER (WHERE event_day IS NULL) AS undated,"
                       f" min(event_day) AS first_day, max(event_day) AS last_day FROM events{where}", params)
    by_month = store.query(
        "SELECT strftime(event_day, '%Y-%m') AS month, count(*) AS events,"
        " count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2,"
        " count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4"
        f" FROM events WHERE event_day IS NOT NULL{and_where} GROUP BY 1 ORDER BY 1",
        params,
    )
    by_type = store.query(f"SELECT type, count(*) AS n FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1", params)
    by_mod = store.query(f"SELECT modality, count(*) AS n FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1", params)
    dyads = store.query(
        "SELECT a AS actor, r AS recipient, count(*) AS events,"
        " count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation, count(*) FILTER (WHERE quad IN (3, 4)) AS conflict"
        " FROM (SELECT quad, unnest(string_split(actor_codes, ',')) AS a, recipient_codes FROM events"
        f"       WHERE actor_codes <> '' AND recipient_codes <> ''{and_where}) s,"
        " unnest(string_split(s.recipient_codes, ',')) AS u(r)"
        " WHERE a <> r GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
        [*params, top],
    )
    langs = store.query(
        "WITH a AS (SELECT coalesce(lang, '?') AS lang, count(*) AS articles FROM articles GROUP BY 1),"
        f" e AS (SELECT coalesce(lang, '?') AS lang, count(*) AS events FROM events{where} GROUP BY 1)"
        " SELECT coalesce(a.lang, e.lang) AS lang, coalesce(a.articles, 0) AS articles, coalesce(e.events, 0) AS events"
        " FROM a FULL OUTER JOIN e ON a.lang = e.lang ORDER BY 2 DESC, 3 DESC, 1",
        params,
    )
    articles = _one(store, "SELECT count(*) AS n FROM articles", [])
    actors = _one(store, "SELECT count(DISTINCT code) AS n FROM event_actors WHERE code IS NOT NULL AND code <> ''", [])
    runs = _one(store, "SELECT count(*) AS n FROM runs", [])
    last = store.query("SELECT * FROM runs ORDER BY run_id DESC LIMIT 1")
    last_run = None
    if last:
        last_run = dict(last[0])
        for k in ("started", "finished"):
            last_run[k] = last_run[k].isoformat() if last_run.get(k) is not None else None
        try:
            paths = json.loads(last_run.get("paths") or "[]")
        except ValueError:
            paths = [str(last_run.get("paths"))]
        last_run["paths"] = [str(p) for p in paths] if isinstance(paths, list) else [str(paths)]
    return {
        "articles": int(articles.get("n") or 0), "events": int(head.get("events") or 0),
        "undated_events": int(head.get("undated") or 0), "actors": int(actors.get("n") or 0),
        "first_day": head.get("first_day"), "last_day": head.get("last_day"),
        "by_month": by_month, "by_type": {r["type"]: int(r["n"]) for r in by_type},
        "by_modality": {str(r["modality"]): int(r["n"]) for r in by_mod},
        "top_dyads": dyads, "languages": langs, "runs": int(runs.get("n") or 0), "last_run": last_run,
    }


@router.get("/health", response_model=HealthOut, summary="Is the store readable?")
def health(store: StoreDep) -> dict[str, Any]:
    """200 when the store can be opened and read; 503 `store_busy` while a writer holds it."""
    n = _one(store, "SELECT count(*) AS n FROM events", [])
    migs = store.query("SELECT name FROM schema_migrations ORDER BY name") if store.has_table("schema_migrations") else []
    return {"status": "ok", "version": __version__, "store": store.path.rsplit("/", 1)[-1],
            "events": int(n.get("n") or 0), "migrations": [m["name"] for m in migs]}
