"""Read-only queries over a store, shared by the CLI and the HTTP API (parameterised SQL only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dyads.store import Store

SORTABLE = {"event_day", "type", "quad", "goldstein", "confidence", "lang", "id"}


def day_range(date_from: str | None, date_to: str | None, column: str = "event_day") -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for an inclusive range of event days (either end optional)."""
    clauses: list[str] = []
    params: list[Any] = []
    if date_from:
        clauses.append(f"{column} >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        clauses.append(f"{column} <= CAST(? AS DATE)")
        params.append(date_to)
    return clauses, params


@dataclass(slots=True)
class EventFilter:
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    quad: int | None = None
    lang: str | None = None
    modality: str | None = None
    q: str | None = None  # text search in the sentence
    article_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = day_range(self.date_from, self.date_to)
        if self.actor:
            clauses.append("list_contains(string_split(actor_codes, ','), ?)")
            params.append(self.actor.upper())
        if self.recipient:
            clauses.append("list_contains(string_split(recipient_codes, ','), ?)")
            params.append(self.recipient.upper())
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.quad is not None:
            clauses.append("quad = ?")
            params.append(self.quad)
        if self.lang:
            clauses.append("lang = ?")
            params.append(self.lang)
        if self.modality:
            clauses.append("modality = ?")
            params.append(self.modality)
        if self.q:
            clauses.append("sentence_text ILIKE ? ESCAPE '\\'")
            q = self.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{q}%")
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_events(store: Store, flt: EventFilter, *, limit: int = 100, offset: int = 0,
                sort: str = "event_day", desc: bool = False) -> tuple[list[dict[str, Any]], int]:
    """A page of events and the total number matching the filter."""
    if sort not in SORTABLE:
        sort = "event_day"
    where, params = flt.where()
    total_row = store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
    total = int(total_row[0]) if total_row else 0
    order = f"{sort} {'DESC' if desc else 'ASC'} NULLS LAST, id"
    rows = store.query(f"SELECT * FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return rows, total


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        return None
    ev = rows[0]
    ev["actors"] = store.query("SELECT * FROM event_actors WHERE event_id = ? AND role = 'actor' ORDER BY idx", [event_id])
    ev["recipients"] = store.query("SELECT * FROM event_actors WHERE event_id = ? AND role = 'recipient' ORDER BY idx", [event_id])
    return ev


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    art = rows[0]
    art["mentions"] = store.query('SELECT * FROM mentions WHERE article_id = ? ORDER BY "start"', [article_id])
    art["events"] = store.query("SELECT id, type, mode, modality, trigger_start, trigger_end, sentence_start, sentence_end, actor_codes, recipient_codes FROM events WHERE article_id = ? ORDER BY trigger_start", [article_id])
    return art
