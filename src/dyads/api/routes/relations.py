"""Relations between actors: GET /v1/dyads/{a}/{b}, /v1/graph and /v1/places (the map)."""

from __future__ import annotations

import importlib
import math
from types import ModuleType
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from dyads.api.deps import CODE_RE, FilterDep, PeriodDep, StoreDep
from dyads.api.errors import ApiError
from dyads.api.routes.actors import display_name, kb_of
from dyads.api.schemas import DyadSeries, GraphOut, PlacesOut

router = APIRouter(tags=["relations"])


def _graph() -> ModuleType:
    try:
        return importlib.import_module("dyads.graph")
    except ImportError:  # pragma: no cover - only while dyads.graph is not installed
        raise ApiError(501, "this dyads has no graph module", "not_implemented") from None


def _clean(value: Any) -> Any:
    """JSON-safe numbers: NaN and infinities (empty means, divisions by zero) become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


Code = Annotated[str, Path(pattern=CODE_RE, description="Actor code (USA, NATO, ...).")]


@router.get("/dyads/{a}/{b}", response_model=DyadSeries, summary="Time series of one dyad")
def dyad(
    request: Request, store: StoreDep, when: PeriodDep, a: Code, b: Code,
    by: Annotated[Literal["day", "week", "month", "year"], Query(description="Period length.")] = "month",
) -> dict[str, Any]:
    """Events between A and B per period (both directions, as `dyads.graph.dyad_series`
    counts them): counts by quad class, Goldstein and PLOVER scores, and a cooperation-
    conflict index."""
    f, t = when.iso
    try:
        series = _graph().dyad_series(store, a.upper(), b.upper(), by=by, date_from=f, date_to=t)
    except ValueError as exc:
        raise ApiError(422, str(exc), "validation_error") from None
    points = [{k: _clean(v) for k, v in p.items()} for p in series]
    for p in points:
        p["period"] = str(p["period"])
    kb = kb_of(request)
    return {
        "a": a.upper(), "b": b.upper(), "a_name": display_name(kb, a.upper()), "b_name": display_name(kb, b.upper()),
        "by": by, "total": sum(int(p.get("events") or 0) for p in points), "series": points,
    }


@router.get("/graph", response_model=GraphOut, summary="Actor network for a period")
def graph(
    store: StoreDep, when: PeriodDep,
    alliances: Annotated[bool, Query(description="Add the alliance layer (KB memberships valid in the period).")] = True,
    max_nodes: Annotated[int, Query(ge=1, le=2000, description="Keep the most active actors only.")] = 150,
    min_weight: Annotated[float, Query(ge=0, le=1e9, description="Drop event edges lighter than this.")] = 0,
) -> dict[str, Any]:
    """Nodes are actors (code, kind, name, events); edges have a layer (`events` or
    `alliance`), a weight, a cooperation-conflict index from -1 (conflict) to 1 and the
    mean Goldstein score."""
    g = _graph()
    f, t = when.iso
    data = g.graph_json(g.build_graph(store, f, t, alliances=alliances))
    nodes = [{k: _clean(v) for k, v in n.items()} for n in data.get("nodes", [])]
    edges = [{k: _clean(v) for k, v in e.items()} for e in data.get("edges", [])]
    for n in nodes:
        n["code"] = str(n.get("code", n.get("id", "")))
    nodes.sort(key=lambda n: (-(n.get("events") or 0), n["code"]))
    truncated = len(nodes) > max_nodes
    keep = {n["code"] for n in nodes[:max_nodes]}
    edges = [
        e for e in edges
        if str(e.get("source")) in keep and str(e.get("target")) in keep
        and (e.get("layer") != "events" or (e.get("weight") or 0) >= min_weight)
    ]
    for e in edges:
        e["source"], e["target"] = str(e["source"]), str(e["target"])
    return {"date_from": when.date_from, "date_to": when.date_to, "nodes": nodes[:max_nodes], "edges": edges,
            "truncated": truncated}


@router.get("/places", response_model=PlacesOut, summary="Event places for the map")
def places(
    store: StoreDep, flt: FilterDep,
    limit: Annotated[int, Query(ge=1, le=5000, description="The busiest places only.")] = 1000,
) -> dict[str, Any]:
    """Events grouped by resolved place (name, country, coordinates), busiest first; takes the
    same filters as GET /v1/events."""
    where, params = flt.where()
    placed = "place_lat IS NOT NULL AND place_lon IS NOT NULL"
    where_placed = f"{where} AND {placed}" if where else f" WHERE {placed}"
    rows = store.query(
        "SELECT place_name AS name, place_country AS country, place_lat AS lat, place_lon AS lon,"
        " any_value(place_resolution) AS resolution, count(*) AS events,"
        " count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2,"
        " count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4,"
        " round(avg(goldstein), 3) AS goldstein_mean"
        f" FROM events{where_placed} GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?",
        [*params, limit],
    )
    tot = store.query(
        f"SELECT count(*) FILTER (WHERE {placed}) AS placed, count(*) FILTER (WHERE NOT ({placed})) AS unplaced"
        f" FROM events{where}",
        params,
    )[0]
    return {"items": rows, "total_events": int(tot["placed"] or 0), "unplaced_events": int(tot["unplaced"] or 0)}
