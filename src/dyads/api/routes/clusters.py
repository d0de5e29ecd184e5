"""Event clusters (one real-world event reported many times): GET /v1/clusters[/{id}]."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from dyads.api.db import ReadStore
from dyads.api.deps import CODE_RE, PagingDep, PeriodDep, StoreDep, codes, summaries
from dyads.api.errors import not_found
from dyads.api.schemas import ClusterDetail, ClusterPage

router = APIRouter(tags=["clusters"])

ClusterSort = Literal["event_day", "num_mentions", "num_sources", "num_articles", "num_languages"]
_FIELDS = ("type", "mode", "cameo", "quad", "goldstein", "modality", "event_day", "date_precision", "place_name",
           "place_country", "num_mentions", "num_sources", "num_articles", "num_languages", "first_seen", "last_seen")


def _cluster(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in _FIELDS}
    out["id"] = str(row["id"])
    out["actor_codes"] = codes(row.get("actor_codes"))
    out["recipient_codes"] = codes(row.get("recipient_codes"))
    out["languages"] = codes(row.get("languages"))
    for k in ("first_seen", "last_seen"):
        out[k] = None if row.get(k) is None else str(row[k])
    out["representative_event_id"] = row.get("_rep")
    out["representative_sentence"] = row.get("_rep_sentence")
    out["representative_trigger"] = row.get("_rep_trigger")
    return out


def _select(store: ReadStore) -> str:
    # The representative event's column was named rep_event_id by migration 0003; accept the
    # longer spelling too.
    cols = store.columns("clusters")
    rep = "rep_event_id" if "rep_event_id" in cols else "representative_event_id"
    rep_sql = f"c.{rep}" if rep in cols else "NULL"
    return (f"SELECT c.*, {rep_sql} AS _rep, e.sentence_text AS _rep_sentence, e.trigger_text AS _rep_trigger "
            f"FROM clusters c LEFT JOIN events e ON e.id = {rep_sql}")


@router.get("/clusters", response_model=ClusterPage, summary="List event clusters")
def clusters(
    store: StoreDep, when: PeriodDep, pg: PagingDep,
    actor: Annotated[str | None, Query(pattern=CODE_RE, description="Code among the cluster's actors or recipients.")] = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$")] = None,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000, description="Only clusters reported by at least this many articles.")] = 1,
    sort: Annotated[ClusterSort, Query()] = "num_articles",
    desc: bool = True,
) -> dict[str, Any]:
    """Clusters group the events that several articles (in several languages) report about
    the same real-world event. An empty list when the store has no clusters yet."""
    if not store.has_table("clusters"):
        return {**pg.meta(0), "items": []}
    clauses: list[str] = ["coalesce(c.num_articles, 0) >= ?"]
    params: list[Any] = [min_articles]
    if when.date_from:
        clauses.append("c.event_day >= ?")
        params.append(when.date_from)
    if when.date_to:
        clauses.append("c.event_day <= ?")
        params.append(when.date_to)
    if actor:
        clauses.append("(list_contains(string_split(c.actor_codes, ','), ?) OR list_contains(string_split(c.recipient_codes, ','), ?))")
        params += [actor.upper(), actor.upper()]
    if type:
        clauses.append("c.type = ?")
        params.append(type.upper())
    where = " WHERE " + " AND ".join(clauses)
    total_row = store.con.execute(f"SELECT count(*) FROM clusters c{where}", params).fetchone()
    # ``sort`` is one of a fixed set of column names (validated above), never user text.
    order = f"c.{sort} {'DESC' if desc else 'ASC'} NULLS LAST, c.id"
    rows = store.query(f"{_select(store)}{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, pg.limit, pg.offset])
    return {**pg.meta(int(total_row[0]) if total_row else 0), "items": [_cluster(r) for r in rows]}


@router.get("/clusters/{cluster_id}", response_model=ClusterDetail, summary="One cluster with its events")
def cluster(store: StoreDep, cluster_id: Annotated[str, Path(min_length=1, max_length=64)]) -> dict[str, Any]:
    if not store.has_table("clusters"):
        raise not_found("cluster", cluster_id)
    rows = store.query(f"{_select(store)} WHERE CAST(c.id AS VARCHAR) = ?", [cluster_id])
    if not rows:
        raise not_found("cluster", cluster_id)
    out = _cluster(rows[0])
    evs = store.query(
        "SELECT e.* FROM cluster_events ce JOIN events e ON e.id = ce.event_id "
        "WHERE CAST(ce.cluster_id AS VARCHAR) = ? ORDER BY e.event_day NULLS LAST, e.id LIMIT 1000",
        [cluster_id],
    )
    out["events"] = summaries(store, evs)
    return out
