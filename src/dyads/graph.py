"""The relations graph: who does what to whom over time, as series, rankings and networks.

Everything is aggregated in DuckDB (``GROUP BY date_trunc(...)``, ``unnest`` of the code
lists), never by looping over events in Python, so a dyad series over a million events takes
a fraction of a second.

Definitions (docs/graph.md has the worked examples):

* **dyad events**: for A and B, an event counts when A is an actor and B a recipient, or
  (undirected) B an actor and A a recipient, or when both are actors of an event without
  recipients -- PLOVER puts every party of a reciprocal event (a meeting) in ``actor``. In a
  *directed* series only A -> B and the reciprocal events count.
* **quad1..quad4**: GDELT quad classes of the events' CAMEO codes (verbal cooperation,
  material cooperation, verbal conflict, material conflict).
* **coop_conflict** = (quad1 + quad2 - quad3 - quad4) / (quad1 + quad2 + quad3 + quad4): from
  -1 (only conflict) to +1 (only cooperation); null for a period without events. It counts
  events, so one battle weighs as much as one meeting; ``goldstein_mean`` and ``plover_mean``
  weigh them by intensity.
* **modalities**: only asserted events count by default; negated, hypothetical, future and
  perceived events ("X did not attack Y") are left out of every count and weight, and
  reported as ``excluded`` so nothing disappears silently.
* **graph edges**: every (actor, recipient) pair of an event, and both directions between the
  actors of a reciprocal event without recipients.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from dyads.kb import KB, load_kb
from dyads.store import Store

PERIODS = ("day", "week", "month", "year")
DEFAULT_MODALITIES: tuple[str, ...] = ("asserted",)
GRAPH_FORMATS = ("graphml", "gexf", "json")

_LISTS = """*,
    CASE WHEN coalesce(actor_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(actor_codes, ',') END AS A,
    CASE WHEN coalesce(recipient_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(recipient_codes, ',') END AS R"""


def _check_period(by: str | None, name: str = "by") -> None:
    if by is not None and by not in PERIODS:
        raise ValueError(f"{name} must be one of {', '.join(PERIODS)}, not {by!r}")


def _day(value: str | None, name: str) -> _dt.date | None:
    if value is None or value == "":
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: '{value}' is not a date (YYYY-MM-DD)") from None


def _filters(date_from: str | None, date_to: str | None, include: Sequence[str] | None) -> tuple[list[str], str, dict[str, Any]]:
    """WHERE clauses for the date range, the 'counted' predicate for modalities, and params."""
    params: dict[str, Any] = {}
    clauses = ["event_day IS NOT NULL"]
    d0, d1 = _day(date_from, "date_from"), _day(date_to, "date_to")
    if d0:
        clauses.append("event_day >= $date_from")
        params["date_from"] = d0
    if d1:
        clauses.append("event_day <= $date_to")
        params["date_to"] = d1
    if include is None:
        counted = "true"
    else:
        counted = "list_contains($modalities, modality)"
        params["modalities"] = list(include) or [""]
    return clauses, counted, params


def _measures_sql(counted: str) -> str:
    """Per-group measures over the events for which the boolean SQL ``counted`` holds."""
    f = f"FILTER (WHERE {counted})"
    return f"""
        count(*) {f} AS events,
        count(*) FILTER (WHERE {counted} AND quad = 1) AS quad1,
        count(*) FILTER (WHERE {counted} AND quad = 2) AS quad2,
        count(*) FILTER (WHERE {counted} AND quad = 3) AS quad3,
        count(*) FILTER (WHERE {counted} AND quad = 4) AS quad4,
        coalesce(sum(goldstein) {f}, 0) AS goldstein_sum, avg(goldstein) {f} AS goldstein_mean,
        coalesce(sum(plover_score) {f}, 0) AS plover_sum, avg(plover_score) {f} AS plover_mean,
        count(*) FILTER (WHERE NOT ({counted})) AS excluded
    """


def coop_conflict(q1: int, q2: int, q3: int, q4: int) -> float | None:
    """(cooperation - conflict) / (cooperation + conflict) over event counts; None without events."""
    tot = q1 + q2 + q3 + q4
    return None if tot == 0 else round((q1 + q2 - q3 - q4) / tot, 4)


def _finish(row: dict[str, Any]) -> dict[str, Any]:
    for k in ("goldstein_sum", "goldstein_mean", "plover_sum", "plover_mean"):
        v = row.get(k)
        row[k] = None if v is None else round(float(v), 4)
    for k in ("goldstein_sum", "plover_sum"):
        row[k] = row[k] or 0.0
    for k in ("events", "quad1", "quad2", "quad3", "quad4", "excluded"):
        row[k] = int(row.get(k) or 0)
    row["coop_conflict"] = coop_conflict(row["quad1"], row["quad2"], row["quad3"], row["quad4"])
    return row


def _rows(store: Store, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cur = store.con.execute(sql, params)
    cols = [c[0] for c in cur.description or []]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# ------------------------------------------------------------------------------ dyads
def dyad_series(store: Store, a: str, b: str, by: str = "month", date_from: str | None = None,
                date_to: str | None = None, directed: bool = False,
                include_modalities: Sequence[str] | None = DEFAULT_MODALITIES) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` per period (``by``: day, week, month, year).

    Periods without events between the first and last (or ``date_from``/``date_to``) are
    included with zero counts, so the series plots as it is. Each row: period (its first day,
    ISO), events, quad1..quad4, goldstein_sum/mean, plover_sum/mean, coop_conflict, excluded
    (events of the dyad left out by modality). ``include_modalities=None`` counts every event.
    """
    _check_period(by)
    a, b = a.strip().upper(), b.strip().upper()
    if not a or not b or a == b:
        raise ValueError("a dyad needs two different codes")
    clauses, counted, params = _filters(date_from, date_to, include_modalities)
    params.update(a=a, b=b)
    # A cheap substring test prunes most rows before the code lists are built.
    both = "coalesce(actor_codes, '') || ',' || coalesce(recipient_codes, '')"
    clauses += [f"contains({both}, $a)", f"contains({both}, $b)"]
    dyad = ("(list_contains(A, $a) AND list_contains(R, $b))"
            " OR (list_contains(A, $a) AND list_contains(A, $b) AND len(R) = 0)")
    if not directed:
        dyad += " OR (list_contains(A, $b) AND list_contains(R, $a))"
    sql = f"""
        WITH f AS (
            SELECT CAST(date_trunc('{by}', event_day) AS DATE) AS period, quad, goldstein, plover_score, modality
            FROM (SELECT {_LISTS} FROM events WHERE {" AND ".join(clauses)})
            WHERE {dyad}
        )
        SELECT period, {_measures_sql(counted)} FROM f GROUP BY period ORDER BY period
    """
    data = {r["period"]: _finish(r) for r in _rows(store, sql, params)}
    start = _day(date_from, "date_from") or (min(data) if data else None)
    end = _day(date_to, "date_to") or (max(data) if data else None)
    if start is None or end is None:
        return []
    out = []
    for p in periods(start, end, by):
        r = data.get(p) or _finish({})
        r["period"] = p.isoformat()
        out.append({"period": r.pop("period"), **r})
    return out


def periods(start: _dt.date, end: _dt.date, by: str) -> list[_dt.date]:
    """First days of the periods from the one holding ``start`` to the one holding ``end``."""
    _check_period(by)

    def trunc(d: _dt.date) -> _dt.date:
        if by == "week":
            return d - _dt.timedelta(days=d.weekday())
        if by == "month":
            return d.replace(day=1)
        if by == "year":
            return d.replace(month=1, day=1)
        return d

    out: list[_dt.date] = []
    d, last = trunc(start), trunc(end)
    while d <= last:
        out.append(d)
        if by == "day":
            d += _dt.timedelta(days=1)
        elif by == "week":
            d += _dt.timedelta(days=7)
        elif by == "month":
            d = (d.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
        else:
            d = d.replace(year=d.year + 1)
    return out


# ------------------------------------------------------------------------------ actors
def _kind(kb: KB, code: str) -> str:
    k = kb.code_kind(code)
    if k:
        return k
    # Codes the KB does not know (another KB version, synthetic data): ISO alpha-3 shape = state.
    return "state" if len(code) == 3 and code.isalpha() and code.isupper() else "organisation"


def _name(kb: KB, code: str) -> str:
    st = kb.states.get(code)
    if st is not None:
        return st.display("en")
    org = kb.orgs.get(code)
    if org is not None:
        for lg in ("en", *org.names):
            if org.names.get(lg):
                return org.names[lg][0]
    return code


def top_actors(store: Store, top: int = 20, date_from: str | None = None, date_to: str | None = None,
               include_modalities: Sequence[str] | None = DEFAULT_MODALITIES, kb: KB | None = None) -> list[dict[str, Any]]:
    """The ``top`` codes by number of events they take part in (as actor or recipient).

    Each row: code, name, kind, events, as_actor, as_recipient, partners (distinct codes met
    across the same events), quad1..quad4, goldstein_sum/mean, plover_sum/mean, coop_conflict.
    """
    kb = kb if kb is not None else load_kb()
    clauses, counted, params = _filters(date_from, date_to, include_modalities)
    params["top"] = int(top)
    # One row per (event, code, role); a code that is both actor and recipient of one event
    # is flagged dup on its recipient row so the event counts once.
    f = f"SELECT A, R, quad, goldstein, plover_score FROM (SELECT {_LISTS} FROM events WHERE {' AND '.join(clauses)} AND {counted})"
    sql = f"""
        WITH f AS ({f}), u AS (
            SELECT unnest(A) AS code, 'A' AS role, false AS dup, quad, goldstein, plover_score FROM f
            UNION ALL
            SELECT code, 'R', list_contains(A, code), quad, goldstein, plover_score
            FROM (SELECT unnest(R) AS code, A, quad, goldstein, plover_score FROM f)
        )
        SELECT code, {_measures_sql("NOT dup")},
               count(*) FILTER (WHERE role = 'A') AS as_actor, count(*) FILTER (WHERE role = 'R') AS as_recipient
        FROM u GROUP BY code ORDER BY events DESC, code LIMIT $top
    """
    rows = _rows(store, sql, params)
    codes = [r["code"] for r in rows]
    params.pop("top")
    partners: dict[str, int] = {}
    if codes:
        params["codes"] = codes
        psql = f"""
            WITH f AS (SELECT list_distinct(list_concat(A, R)) AS P FROM ({f}))
            SELECT code, count(DISTINCT other) AS n FROM (
                SELECT code, unnest(P) AS other FROM (SELECT unnest(P) AS code, P FROM f) WHERE list_contains($codes, code)
            ) WHERE other <> code GROUP BY code
        """
        partners = {r["code"]: int(r["n"]) for r in _rows(store, psql, params)}
    out = []
    for r in rows:
        r = _finish(r)
        r.pop("excluded", None)
        code = r.pop("code")
        out.append({"code": code, "name": _name(kb, code), "kind": _kind(kb, code), **r,
                    "partners": partners.get(code, 0)})
    return out


# ------------------------------------------------------------------------------ graph
def _edge_rows(store: Store, date_from: str | None, date_to: str | None, granularity: str | None,
               include: Sequence[str] | None) -> tuple[list[dict[str, Any]], dict[str, int]]:
    clauses, counted, params = _filters(date_from, date_to, include)
    period = f"CAST(date_trunc('{granularity}', event_day) AS DATE)" if granularity else "NULL::DATE"
    sql = f"""
        WITH f AS (
            SELECT A, R, quad, goldstein, plover_score, modality, {period} AS period
            FROM (SELECT {_LISTS} FROM events WHERE {" AND ".join(clauses)})
        ), p AS (
            SELECT s.src, d.dst, f.* FROM f, unnest(f.A) AS s(src), unnest(f.R) AS d(dst) WHERE s.src <> d.dst
            UNION ALL
            SELECT s.src, d.dst, f.* FROM f, unnest(f.A) AS s(src), unnest(f.A) AS d(dst)
            WHERE len(f.R) = 0 AND s.src <> d.dst
        )
        SELECT src, dst, period, {_measures_sql(counted)} FROM p
        GROUP BY src, dst, period HAVING count(*) FILTER (WHERE {counted}) > 0
        ORDER BY src, dst, period
    """
    edges = [_finish(r) for r in _rows(store, sql, params)]
    node_sql = f"""
        SELECT code, count(*) AS events FROM (
            SELECT unnest(list_distinct(list_concat(A, R))) AS code
            FROM (SELECT {_LISTS} FROM events WHERE {" AND ".join(clauses)} AND {counted})
        ) GROUP BY code
    """
    nodes = {r["code"]: int(r["events"]) for r in _rows(store, node_sql, params)}
    return edges, nodes


def build_graph(store: Store, date_from: str | None = None, date_to: str | None = None, alliances: bool = True,
                granularity: str | None = None, include_modalities: Sequence[str] | None = DEFAULT_MODALITIES,
                kb: KB | None = None) -> nx.DiGraph:
    """The relations network between states and organisations over a period.

    Nodes are codes (attributes: code, kind, name, events). Event edges (``layer="events"``)
    aggregate every actor -> recipient pair: weight (= events), events, quad1..quad4,
    goldstein_sum/mean, plover_sum/mean, coop_conflict, excluded. With ``granularity``
    (day/week/month/year) there is one event edge per period (attribute ``period``).
    With ``alliances`` the KB's memberships valid in the period are added as member -> org
    edges (``layer="alliance"``, weight 0, start/end of the membership) for every member that
    is a node, adding the organisation node if needed.

    Returns a ``MultiDiGraph`` when alliances or granularity make parallel edges possible
    (edge keys: ``events``, ``events:<period>``, ``alliance``), else a ``DiGraph``. Attribute
    values are scalars (no None), so the graph writes to GraphML and GEXF as it is.
    """
    _check_period(granularity, "granularity")
    kb = kb if kb is not None else load_kb()
    edges, node_events = _edge_rows(store, date_from, date_to, granularity, include_modalities)
    multi = alliances or granularity is not None
    G: nx.DiGraph = nx.MultiDiGraph() if multi else nx.DiGraph()
    G.graph.update(date_from=date_from or "", date_to=date_to or "", granularity=granularity or "",
                   modalities=",".join(include_modalities) if include_modalities is not None else "all",
                   kb_version=kb.version)

    def add_node(code: str) -> None:
        if code not in G:
            G.add_node(code, code=code, kind=_kind(kb, code), name=_name(kb, code), events=node_events.get(code, 0))

    for e in edges:
        add_node(e["src"])
        add_node(e["dst"])
        attrs = {k: (v if v is not None else 0.0) for k, v in e.items() if k not in ("src", "dst", "period")}
        attrs["weight"] = e["events"]
        attrs["layer"] = "events"
        if granularity:
            attrs["period"] = e["period"].isoformat()
        if multi:
            key = f"events:{attrs['period']}" if granularity else "events"
            G.add_edge(e["src"], e["dst"], key=key, **attrs)
        else:
            G.add_edge(e["src"], e["dst"], **attrs)
    if alliances:
        d0, d1 = _day(date_from, "date_from"), _day(date_to, "date_to")
        for org in kb.orgs.values():
            for m in org.members:
                if m.code not in G or m.code == org.id:
                    continue
                # [start, end) overlaps [date_from, date_to]
                if d1 and m.start and m.start > d1.isoformat():
                    continue
                if d0 and m.end and m.end <= d0.isoformat():
                    continue
                add_node(org.id)
                G.add_edge(m.code, org.id, key="alliance", layer="alliance", weight=0, org_kind=org.kind,
                           start=m.start or "", end=m.end or "")
    return G


def event_layer(G: nx.DiGraph) -> nx.DiGraph:
    """The event edges of ``G`` collapsed to one directed edge per pair (weights summed)."""
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    data = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, _, d in data:
        if d.get("layer", "events") != "events":
            continue
        if D.has_edge(u, v):
            D[u][v]["weight"] += d.get("weight", 0)
        else:
            D.add_edge(u, v, weight=d.get("weight", 0))
    return D


def graph_stats(G: nx.DiGraph, top: int = 20) -> dict[str, Any]:
    """Size, density, per-node degree and strength, centralities and communities.

    * degree: distinct partners on the event layer (in/out: as recipient/actor);
    * strength: weighted degree (events with any partner), in/out likewise;
    * degree_centrality: networkx's, degree / (n - 1) on the undirected event layer;
    * weighted_degree_centrality: strength / (2 x dyad_events), each node's share of all
      event ends (sums to 1);
    * dyad_events: the total edge weight, i.e. events counted once per (actor, recipient)
      pair they connect (a trilateral meeting counts 6);
    Only actors with event edges get a row (alliance-only organisations do not).
    * communities: networkx greedy_modularity_communities on the undirected event layer,
      weighted by events, largest first; modularity of that partition.
    """
    D = event_layer(G)
    # Communities and centralities on the actors that have event edges: organisations that
    # only the alliance layer brought in would each be a community of one.
    U = nx.Graph()
    for u, v, d in D.edges(data=True):
        if U.has_edge(u, v):
            U[u][v]["weight"] += d["weight"]
        else:
            U.add_edge(u, v, weight=d["weight"])
    total = sum(d["weight"] for _, _, d in D.edges(data=True))
    n = U.number_of_nodes()
    communities: list[list[str]] = []
    modularity = None
    if U.number_of_edges():
        from networkx.algorithms import community as nxc

        comms = nxc.greedy_modularity_communities(U, weight="weight")
        communities = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c))
        modularity = round(float(nxc.modularity(U, comms, weight="weight")), 4)
    comm_of = {code: i for i, c in enumerate(communities) for code in c}
    dc = nx.degree_centrality(U) if n > 1 else dict.fromkeys(U.nodes(), 0.0)
    rows = []
    for node in U.nodes():
        s = U.degree(node, weight="weight")
        rows.append({
            "code": node, "name": G.nodes[node].get("name", node), "kind": G.nodes[node].get("kind", ""),
            "degree": U.degree(node), "in_degree": D.in_degree(node), "out_degree": D.out_degree(node),
            "strength": s, "in_strength": D.in_degree(node, weight="weight"),
            "out_strength": D.out_degree(node, weight="weight"),
            "degree_centrality": round(dc.get(node, 0.0), 4),
            "weighted_degree_centrality": round(s / (2 * total), 4) if total else 0.0,
            "community": comm_of.get(node, -1),
        })
    rows.sort(key=lambda r: (-r["strength"], r["code"]))
    n_alliance = sum(1 for *_, d in G.edges(data=True) if d.get("layer") == "alliance")
    return {
        "nodes": G.number_of_nodes(), "event_nodes": n,
        "event_edges": D.number_of_edges(), "alliance_edges": n_alliance, "dyad_events": total,
        "density": round(nx.density(U), 4) if n > 1 else 0.0,
        "modularity": modularity, "communities": communities, "actors": rows[:top] if top else rows,
    }


def annotate(G: nx.DiGraph, stats: dict[str, Any]) -> None:
    """Copy per-node statistics (community, strength, centralities) onto the node attributes."""
    by = {r["code"]: r for r in stats["actors"]}
    comm = {code: i for i, c in enumerate(stats["communities"]) for code in c}
    for node, attrs in G.nodes(data=True):
        r = by.get(node)
        attrs["community"] = comm.get(node, -1)
        if r:
            for k in ("degree", "strength", "degree_centrality", "weighted_degree_centrality"):
                attrs[k] = r[k]


def graph_json(G: nx.DiGraph) -> dict[str, Any]:
    """{"graph": {...}, "nodes": [{"id", ...attributes}], "edges": [{"source", "target", "key", ...}]}."""
    nodes = [{"id": n, **d} for n, d in G.nodes(data=True)]
    if G.is_multigraph():
        edges = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
    return {"graph": dict(G.graph), "directed": True, "multigraph": G.is_multigraph(), "nodes": nodes, "edges": edges}


def write_graph(G: nx.DiGraph, fmt: str, path: str | Path) -> None:
    """Write ``G`` as GraphML, GEXF or JSON (``graph_json``)."""
    if fmt == "graphml":
        nx.write_graphml(G, str(path))
    elif fmt == "gexf":
        nx.write_gexf(G, str(path))
    elif fmt == "json":
        Path(path).write_text(json.dumps(graph_json(G), ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r} (use {', '.join(GRAPH_FORMATS)})")


__all__ = ["dyad_series", "top_actors", "build_graph", "graph_stats", "graph_json", "write_graph", "annotate",
           "event_layer", "coop_conflict", "periods", "PERIODS", "GRAPH_FORMATS"]
