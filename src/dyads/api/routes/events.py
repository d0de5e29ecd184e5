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
from dyads.queries import get_article, get_event, list_events
from dyads.store import Store

router = APIRouter(tags=["events"])

Sort = Literal["event_day", "type", "quad", "goldstein", "confidence", "lang", "id"]
Id = Annotated[str, Path(min_length=1, max_length=64, description="A content-hash id.")]


@router.get("/events", response_model=EventPage, summary="List events, filtered, sorted and paged")
def events(store: StoreDep, flt: FilterDep, pg: PagingDep,
           sort: Annotated[Sort, Query(description="Sort key (ties are broken by id).")] = "event_day",
           desc: Annotated[bool, Query(description="Sort descending (undated events always come last).")] = False,
           ) -> dict[str, Any]:
    """Events matching every given filter, with the total count for paging.

    Page with `page`/`page_size` or with `limit`/`offset` (not both); at most 500 per page.
    """
    rows, total = list_events(store, flt, limit=pg.limit, offset=pg.offset, sort=sort, desc=desc)
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
