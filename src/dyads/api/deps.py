"""Request dependencies shared by the routers: the store, dates, paging and event filters."""

from __future__ import annotations

import calendar
import datetime as _dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request

from dyads.api.db import ReadStore
from dyads.api.errors import ApiError
from dyads.queries import EventFilter

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_OFFSET = 1_000_000_000  # keeps LIMIT/OFFSET inside DuckDB's BIGINT whatever a client sends
CODE_RE = r"^[A-Za-z0-9_.\-]{1,32}$"  # actor codes: ISO alpha-3, org ids (NATO, EU), sector suffixes
_DAY_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def get_store(request: Request) -> Iterator[ReadStore]:
    """A read-only view of the store for this request (503 if missing or locked by a writer)."""
    with request.app.state.pool.store() as st:
        yield st


StoreDep = Annotated[ReadStore, Depends(get_store)]


def parse_day(value: str | None, name: str, *, end: bool = False) -> _dt.date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY as a day: the first day of the period, or its last with ``end``."""
    if value is None or value == "":
        return None
    m = _DAY_RE.match(value.strip())
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if y < 1:
            raise ValueError
        if d is not None:
            return _dt.date(y, int(mo), int(d))
        if mo is not None:
            month = int(mo)
            return _dt.date(y, month, calendar.monthrange(y, month)[1] if end else 1)
        return _dt.date(y, 12, 31) if end else _dt.date(y, 1, 1)
    except ValueError:
        raise ApiError(422, f"{name}: '{value}' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY",
                       "validation_error") from None


DateFrom = Annotated[str | None, Query(alias="from", max_length=10, description="First day: YYYY-MM-DD, YYYY-MM or YYYY (inclusive).", examples=["2023-01-01"])]
DateTo = Annotated[str | None, Query(alias="to", max_length=10, description="Last day: YYYY-MM-DD, YYYY-MM or YYYY (inclusive; a month or year means its last day).", examples=["2023-12-31"])]


@dataclass(frozen=True, slots=True)
class Period:
    date_from: _dt.date | None
    date_to: _dt.date | None

    @property
    def iso(self) -> tuple[str | None, str | None]:
        return (self.date_from.isoformat() if self.date_from else None,
                self.date_to.isoformat() if self.date_to else None)


def period(date_from: DateFrom = None, date_to: DateTo = None) -> Period:
    f = parse_day(date_from, "from")
    t = parse_day(date_to, "to", end=True)
    if f and t and f > t:
        raise ApiError(422, f"from ({f}) is after to ({t})", "validation_error")
    return Period(f, t)


PeriodDep = Annotated[Period, Depends(period)]


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int

    @property
    def page(self) -> int:
        return self.offset // self.limit + 1

    def meta(self, total: int) -> dict[str, int]:
        return {"total": total, "limit": self.limit, "offset": self.offset, "page": self.page, "page_size": self.limit}


def paging(
    page: Annotated[int | None, Query(ge=1, le=MAX_OFFSET, description="1-based page number (with page_size).")] = None,
    page_size: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}).")] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Alternative to page_size: items to return (at most {MAX_PAGE_SIZE}).")] = None,
    offset: Annotated[int | None, Query(ge=0, le=MAX_OFFSET, description="Alternative to page: items to skip.")] = None,
) -> Paging:
    if (page is not None or page_size is not None) and (limit is not None or offset is not None):
        raise ApiError(422, "use page/page_size or limit/offset, not both", "validation_error")
    if limit is not None or offset is not None:
        return Paging(limit or DEFAULT_PAGE_SIZE, offset or 0)
    size = page_size or DEFAULT_PAGE_SIZE
    off = ((page or 1) - 1) * size
    if off > MAX_OFFSET:
        raise ApiError(422, f"page is too far: offset {off} is above {MAX_OFFSET}", "validation_error")
    return Paging(size, off)


PagingDep = Annotated[Paging, Depends(paging)]


# ---- event filters --------------------------------------------------------------------------
@dataclass(slots=True)
class ApiEventFilter(EventFilter):
    """``EventFilter`` plus the API's extra filters; still parameterised SQL only."""

    party: str | None = None  # this code on either side
    between: tuple[str, str] | None = None  # one code acts on the other, either direction
    country: str | None = None  # place country (ISO alpha-3)
    place: str | None = None  # place name, exact
    has_place: bool = False

    def where(self) -> tuple[str, list[Any]]:
        # Explicit base call: zero-argument super() breaks in slotted dataclasses before 3.14.
        base, params = EventFilter.where(self)
        clauses = [base.removeprefix(" WHERE ")] if base else []
        params = list(params)
        if self.party:
            clauses.append("(list_contains(string_split(actor_codes, ','), ?) OR list_contains(string_split(recipient_codes, ','), ?))")
            params += [self.party.upper(), self.party.upper()]
        if self.between:
            a, b = (c.upper() for c in self.between)
            clauses.append(
                "((list_contains(string_split(actor_codes, ','), ?) AND list_contains(string_split(recipient_codes, ','), ?))"
                " OR (list_contains(string_split(actor_codes, ','), ?) AND list_contains(string_split(recipient_codes, ','), ?)))"
            )
            params += [a, b, b, a]
        if self.country:
            clauses.append("place_country = ?")
            params.append(self.country.upper())
        if self.place:
            clauses.append("place_name = ?")
            params.append(self.place)
        if self.has_place:
            clauses.append("place_lat IS NOT NULL AND place_lon IS NOT NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


Code = Annotated[str | None, Query(pattern=CODE_RE, description="Actor code (USA, NATO, ...).")]
Modality = Literal["asserted", "negated", "future", "hypothetical", "perceived", "historical"]
Lang = Literal["it", "en", "fr", "es", "de"]


def event_filter(
    when: PeriodDep,
    actor: Code = None,
    recipient: Code = None,
    party: Annotated[str | None, Query(pattern=CODE_RE, description="Code on either side (actor or recipient).")] = None,
    between: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.\-]{1,32},[A-Za-z0-9_.\-]{1,32}$", description="Two codes, 'A,B': events of A on B or B on A.", examples=["USA,RUS"])] = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER type (CONSULT, ASSAULT, ...).")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")] = None,
    lang: Annotated[Lang | None, Query(description="Article language.")] = None,
    modality: Annotated[Modality | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search in the evidence sentence (case-insensitive).")] = None,
    article: Annotated[str | None, Query(max_length=64, description="Only events of this article id.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$", description="Place country (ISO alpha-3).")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Place name, exact.")] = None,
) -> ApiEventFilter:
    f, t = when.iso
    pair = tuple(between.split(",")) if between else None
    return ApiEventFilter(
        date_from=f, date_to=t, actor=actor, recipient=recipient, type=type, quad=quad, lang=lang,
        modality=modality, q=q or None, article_id=article, party=party,
        between=(pair[0], pair[1]) if pair else None, country=country, place=place,
    )


FilterDep = Annotated[ApiEventFilter, Depends(event_filter)]


# ---- row shaping ----------------------------------------------------------------------------
def codes(value: str | None) -> list[str]:
    return [c for c in (value or "").split(",") if c]


def event_summary(row: dict[str, Any], article: dict[str, Any] | None = None) -> dict[str, Any]:
    """A stored event row as the API's nested event object."""
    place = None
    if row.get("place_name") is not None or row.get("place_lat") is not None:
        place = {
            "text": row.get("place_text"), "name": row.get("place_name"), "country": row.get("place_country"),
            "lat": row.get("place_lat"), "lon": row.get("place_lon"), "geonameid": row.get("place_geonameid"),
            "resolution": row.get("place_resolution"),
        }
    return {
        "id": row["id"], "article_id": row["article_id"], "type": row["type"], "mode": row.get("mode"),
        "cameo": row.get("cameo"), "goldstein": row.get("goldstein"), "quad": row.get("quad"),
        "plover_score": row.get("plover_score"), "modality": row.get("modality"),
        "date": {"value": row.get("date_value"), "precision": row.get("date_precision"), "text": row.get("date_text"),
                 "start": row.get("date_start"), "end": row.get("date_end"), "day": row.get("event_day")},
        "trigger": {"start": row.get("trigger_start"), "end": row.get("trigger_end"), "text": row.get("trigger_text")},
        "sentence": {"start": row.get("sentence_start"), "end": row.get("sentence_end"), "text": row.get("sentence_text")},
        "place": place,
        "actor_codes": codes(row.get("actor_codes")), "recipient_codes": codes(row.get("recipient_codes")),
        "contexts": codes(row.get("contexts")), "confidence": row.get("confidence"), "backend": row.get("backend"),
        "codebook": row.get("codebook"), "kb_version": row.get("kb_version"), "lang": row.get("lang"),
        "article_title": (article or {}).get("title"), "article_source": (article or {}).get("source"),
        "article_date": (article or {}).get("date"),
    }


def article_heads(store: ReadStore, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, source and date of each article id (one query for a page of events)."""
    if not ids:
        return {}
    rows = store.query("SELECT id, title, source, date FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                       [sorted(set(ids))])
    return {r["id"]: r for r in rows}


def summaries(store: ReadStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    heads = article_heads(store, [r["article_id"] for r in rows])
    return [event_summary(r, heads.get(r["article_id"])) for r in rows]


def parse_meta(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    try:
        out = json.loads(value) if value else {}
    except (TypeError, ValueError):
        return {"raw": str(value)}
    return out if isinstance(out, dict) else {"value": out}
