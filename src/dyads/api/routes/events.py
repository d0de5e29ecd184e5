"""Stored events and articles: GET /v1/events, /v1/events/{id}, /v1/articles/{id}."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from dyads.api.deps import (
    FilterDep,
    PagingDep,
    StoreDep,
    codes,
    event_summary,
    parse_meta,
    summaries,
)
from dyads.api.errors import not_found
from dyads.api.schemas import ArticleOut, EventDetail, EventPage
from dyads.queries import SORTABLE, EventFilter, get_article, get_event
from dyads.store import Store

router = APIRouter(tags=["events"])

Sort = Literal["event_day", "type", "quad", "goldstein", "confidence", "lang", "id"]
Id = Annotated[str, Path(min_length=1, max_length=64, description="A content-hash id.")]


def page_events(store: Store, flt: EventFilter, *, limit: int, offset: int, sort: str = "event_day",
                desc: bool = False) -> tuple[list[dict[str, Any]], int]:
    """A page of events and the total matching ``flt``: the same rows and order as
    ``dyads.queries.list_events``, found faster on large stores. The filter is evaluated once
    for both the count and the page (a text search over a million sentences costs ~60 ms,
    twice that when done twice), the sort runs over ids only, and whole rows are read for the
    page alone (page 2000 of a million events: 0.2 s instead of 0.6 s)."""
    if sort not in SORTABLE:
        sort = "event_day"
    where, params = flt.where()
    # ``sort`` is one of SORTABLE's column names, never client text.
    order = f"k {'DESC' if desc else 'ASC'} NULLS LAST, id"
    if where:
        found = store.con.execute(
            f"WITH m AS MATERIALIZED (SELECT id, {sort} AS k FROM events{where}) "
            f"SELECT id, (SELECT count(*) FROM m) AS total FROM m ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        ids = [r[0] for r in found]
        if found:
            total = int(found[0][1])
        else:
            row = store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
            total = int(row[0]) if row else 0
    else:
        row = store.con.execute("SELECT count(*) FROM events").fetchone()
        total = int(row[0]) if row else 0
        ids = [r[0] for r in store.con.execute(
            f"SELECT id, {sort} AS k FROM events ORDER BY {order} LIMIT ? OFFSET ?", [limit, offset]).fetchall()]
    if not ids:
        return [], total
    rows = {r["id"]: r for r in store.query("SELECT * FROM events WHERE id = ANY(?::VARCHAR[])", [ids])}
    return [rows[i] for i in ids if i in rows], total


@router.get("/events", response_model=EventPage, summary="List events, filtered, sorted and paged")
def events(store: StoreDep, flt: FilterDep, pg: PagingDep,
           sort: Annotated[Sort, Query(description="Sort key (ties are broken by id).")] = "event_day",
           desc: Annotated[bool, Query(description="Sort descending (undated events always come last).")] = False,
           ) -> dict[str, Any]:
    """Events matching every given filter, with the total count for paging.

    Page with `page`/`page_size` or with `limit`/`offset` (not both); at most 500 per page.
    """
    rows, total = page_events(store, flt, limit=pg.limit, offset=pg.offset, sort=sort, desc=desc)
    return {**pg.meta(total), "items": summaries(store, rows)}


def _article(store: Store, article_id: str) -> dict[str, Any] | None:
    art = get_article(store, article_id)
    if art is None:
        return None
    art["meta"] = parse_meta(art.get("meta"))
    art["added"] = art["added"].isoformat() if art.get("added") is not None else None
    art["text"] = art.get("text") or ""
    art["events"] = [
        {"id": e["id"], "type": e["type"], "mode": e["mode"], "modality": e["modality"],
         "trigger": {"start": e["trigger_start"], "end": e["trigger_end"], "text": None},
         "sentence": {"start": e["sentence_start"], "end": e["sentence_end"], "text": None},
         "actor_codes": codes(e["actor_codes"]), "recipient_codes": codes(e["recipient_codes"])}
        for e in art["events"]
    ]
    text = art["text"]
    for e in art["events"]:
        for key in ("trigger", "sentence"):
            s, t = e[key]["start"], e[key]["end"]
            if s is not None and t is not None:
                e[key]["text"] = text[s:t]
    return art


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with its evidence")
def event(store: StoreDep, event_id: Id) -> dict[str, Any]:
    """The event, its actor and recipient spans, and its article with the text and every
    mention span (offsets are character offsets into `article.text`)."""
    ev = get_event(store, event_id)
    if ev is None:
        raise not_found("event", event_id)
    art = _article(store, ev["article_id"])
    out = event_summary(ev, art)
    out["actors"] = ev["actors"]
    out["recipients"] = ev["recipients"]
    out["article"] = art
    return out


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="One article with its mentions and events")
def article(store: StoreDep, article_id: Id) -> dict[str, Any]:
    art = _article(store, article_id)
    if art is None:
        raise not_found("article", article_id)
    return art
