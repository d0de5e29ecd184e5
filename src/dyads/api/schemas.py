"""Response and request models of the HTTP API (they are also its OpenAPI document)."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Lang = Literal["it", "en", "fr", "es", "de"]


class _Open(BaseModel):
    # Documented fields are guaranteed; a newer store or model may add more, which pass through.
    model_config = ConfigDict(extra="allow")


# ---- errors ---------------------------------------------------------------------------------
class ErrorDetail(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(BaseModel):
    code: str = Field(description="Machine-readable: not_found, validation_error, unauthorized, payload_too_large, store_busy, ...")
    message: str = Field(description="One readable sentence.")
    status: int = Field(description="The HTTP status, repeated.")
    details: list[ErrorDetail] | None = Field(None, description="Validation errors only: one entry per problem.")


class ErrorResponse(BaseModel):
    error: ErrorBody


# ---- analyze --------------------------------------------------------------------------------
class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text; at most the request size limit).")
    lang: Lang | None = Field(None, description="Force the language; detected when absent.")
    date: str | None = Field(None, description="Article date, YYYY-MM-DD or YYYY-MM; anchors relative dates.",
                             examples=["2023-02-01"])
    title: str | None = Field(None, max_length=1000)

    @field_validator("text", "title")
    @classmethod
    def _utf8(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("text must be valid Unicode (no lone surrogates)") from None
        return v

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        from dyads.readers import normalise_date

        if v is None or v == "":
            return None
        try:
            norm = normalise_date(v)
        except Exception:  # noqa: BLE001 - any parser failure means "not a date" here
            norm = None
        if norm is None:
            raise ValueError("not a date; use YYYY-MM-DD or YYYY-MM")
        return norm


class DocSpan(_Open):
    start: int
    end: int
    text: str


class DocActor(_Open):
    text: str
    start: int
    end: int
    code: str | None
    sector: str | None = None
    kb_id: str | None = None
    name: str | None = None
    inferred: bool = False


class DocDate(_Open):
    value: str | None
    precision: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


class DocPlace(_Open):
    text: str
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: str = "city"


class DocEvent(_Open):
    id: str
    article_id: str
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad: int
    plover_score: float
    actors: list[DocActor]
    recipients: list[DocActor]
    trigger: DocSpan
    sentence: DocSpan
    date: DocDate
    place: DocPlace | None
    modality: str
    contexts: list[str]
    confidence: float
    backend: str
    codebook: str
    kb_version: str
    lang: str


class DocMention(_Open):
    start: int
    end: int
    text: str
    kind: str
    code: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    name: str | None = None
    confidence: float = 1.0
    inferred: bool = False
    source: str = "kb"
    value: str | None = None
    role: str | None = None
    sent: int = -1


class DocArticle(_Open):
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    lang: str | None = None
    path: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    detected_lang: str | None = None


class AnalyzeResult(_Open):
    """Exactly what ``dyads analyze`` prints for one article."""

    article: DocArticle
    mentions: list[DocMention]
    events: list[DocEvent]
    warnings: list[str]
    skipped: str | None


# ---- stored events and articles -------------------------------------------------------------
class Span(BaseModel):
    start: int | None
    end: int | None
    text: str | None


class EventDate(BaseModel):
    value: str | None = Field(description="As coded: YYYY-MM-DD, YYYY-MM or YYYY.")
    precision: str | None
    text: str | None = Field(description="The date expression in the text, if any.")
    start: int | None
    end: int | None
    day: _dt.date | None = Field(description="The first day the date covers (what range filters use).")


class EventPlace(BaseModel):
    text: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    resolution: str | None


class EventSummary(BaseModel):
    id: str
    article_id: str
    type: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad: int | None
    plover_score: float | None
    modality: str | None
    date: EventDate
    trigger: Span
    sentence: Span
    place: EventPlace | None
    actor_codes: list[str]
    recipient_codes: list[str]
    contexts: list[str]
    confidence: float | None
    backend: str | None
    codebook: str | None
    kb_version: str | None
    lang: str | None
    article_title: str | None = None
    article_source: str | None = None
    article_date: str | None = None


class Page(BaseModel):
    total: int = Field(description="How many items match the filters (all pages).")
    limit: int
    offset: int
    page: int = Field(description="1-based page number (offset // limit + 1).")
    page_size: int


class EventPage(Page):
    items: list[EventSummary]


class StoredActor(BaseModel):
    role: str
    idx: int
    text: str | None
    start: int | None
    end: int | None
    code: str | None
    sector: str | None
    kb_id: str | None
    name: str | None
    inferred: bool | None


class StoredMention(BaseModel):
    idx: int
    kind: str
    text: str | None
    start: int | None
    end: int | None
    code: str | None
    sector: str | None
    kb_id: str | None
    name: str | None
    confidence: float | None
    inferred: bool | None
    source: str | None
    value: str | None
    role: str | None
    sent: int | None


class ArticleEvent(BaseModel):
    id: str
    type: str
    mode: str | None
    modality: str | None
    trigger: Span
    sentence: Span
    actor_codes: list[str]
    recipient_codes: list[str]


class ArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    date: str | None
    lang: str | None
    lang_confidence: float | None
    text: str
    path: str | None
    meta: dict[str, Any]
    n_tokens: int | None
    run_id: int | None
    added: str | None = Field(description="When it was stored (UTC), ISO 8601 without offset.")
    mentions: list[StoredMention]
    events: list[ArticleEvent]


class EventDetail(EventSummary):
    actors: list[StoredActor]
    recipients: list[StoredActor]
    article: ArticleOut | None = Field(description="The article with its text and every mention span.")


# ---- clusters -------------------------------------------------------------------------------
class ClusterOut(BaseModel):
    id: str
    type: str | None
    mode: str | None = None
    cameo: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    modality: str | None = None
    event_day: _dt.date | None
    date_precision: str | None = None
    actor_codes: list[str]
    recipient_codes: list[str]
    place_name: str | None = None
    place_country: str | None = None
    num_mentions: int | None = Field(description="Events (reports) in the cluster.")
    num_sources: int | None
    num_articles: int | None
    num_languages: int | None
    languages: list[str] = Field(default_factory=list)
    first_seen: str | None
    last_seen: str | None
    representative_event_id: str | None
    representative_sentence: str | None = None
    representative_trigger: str | None = None


class ClusterPage(Page):
    items: list[ClusterOut]


class ClusterDetail(ClusterOut):
    events: list[EventSummary]


# ---- actors ---------------------------------------------------------------------------------
ActorKind = Literal["state", "organisation", "other"]


class ActorOut(BaseModel):
    code: str
    kind: ActorKind
    name: str
    names: dict[str, list[str]] = Field(default_factory=dict, description="KB names by language.")
    wikidata: str | None = None
    events: int = Field(description="Stored events with this code on either side.")
    as_actor: int
    as_recipient: int


class ActorPage(Page):
    items: list[ActorOut]


class Counterpart(BaseModel):
    code: str
    name: str
    events: int
    cooperation: int = Field(description="Events of quad 1 or 2 (verbal or material cooperation), either direction.")
    conflict: int = Field(description="Events of quad 3 or 4 (verbal or material conflict), either direction.")
    goldstein_mean: float | None
    coop_conflict: float = Field(description="(cooperation - conflict) / events, from -1 (all conflict) to 1.")


class MembershipOut(BaseModel):
    code: str
    name: str
    start: str | None
    end: str | None


class OfficeOut(BaseModel):
    person: str
    wikidata: str | None
    office: str
    title: str
    start: str | None
    end: str | None


class PeriodCount(BaseModel):
    period: str
    as_actor: int
    as_recipient: int


class ActorDetail(ActorOut):
    first_day: _dt.date | None
    last_day: _dt.date | None
    partners: list[Counterpart]
    adversaries: list[Counterpart]
    memberships: list[MembershipOut] = Field(description="For a state: organisations it belonged to, with dates.")
    members: list[MembershipOut] = Field(description="For an organisation: its member states, with dates.")
    offices: list[OfficeOut] = Field(description="Office holders for this actor in the KB, with dates.")
    activity: list[PeriodCount]
    types: dict[str, int]


# ---- dyads, graph, places -------------------------------------------------------------------
class DyadPoint(_Open):
    period: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_sum: float | None
    goldstein_mean: float | None
    plover_sum: float | None
    plover_mean: float | None
    coop_conflict: float | None


class DyadSeries(BaseModel):
    a: str
    b: str
    a_name: str
    b_name: str
    by: str
    total: int
    series: list[DyadPoint]


class GraphNode(_Open):
    code: str
    kind: str | None = None
    name: str | None = None
    events: int = 0


class GraphEdge(_Open):
    source: str
    target: str
    layer: str
    weight: float = 0
    coop_conflict: float | None = None
    goldstein_mean: float | None = None


class GraphOut(BaseModel):
    date_from: _dt.date | None
    date_to: _dt.date | None
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(description="True when nodes beyond max_nodes were left out.")


class PlaceOut(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    resolution: str | None
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_mean: float | None


class PlacesOut(BaseModel):
    items: list[PlaceOut]
    total_events: int = Field(description="Matching events that have coordinates.")
    unplaced_events: int = Field(description="Matching events without coordinates (not drawn).")


# ---- stats ----------------------------------------------------------------------------------
class MonthQuad(BaseModel):
    month: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class DyadCount(BaseModel):
    actor: str
    recipient: str
    events: int
    cooperation: int
    conflict: int


class LangCount(BaseModel):
    lang: str
    articles: int
    events: int


class RunOut(BaseModel):
    run_id: int
    started: str | None = Field(description="Timestamp as stored, ISO 8601 without offset (the writer's clock).")
    finished: str | None
    version: str | None
    config_hash: str | None
    kb_version: str | None
    paths: list[str]
    articles_read: int | None
    articles_new: int | None
    events_new: int | None
    skipped: int | None


class StatsOut(BaseModel):
    articles: int
    events: int
    undated_events: int
    actors: int
    first_day: _dt.date | None
    last_day: _dt.date | None
    by_month: list[MonthQuad]
    by_type: dict[str, int]
    by_modality: dict[str, int]
    top_dyads: list[DyadCount]
    languages: list[LangCount]
    runs: int
    last_run: RunOut | None


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str
    store: str
    events: int
    migrations: list[str]
