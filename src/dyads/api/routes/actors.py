"""Actors: GET /v1/actors (search with KB names and event counts), GET /v1/actors/{code}."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from dyads.api.deps import CODE_RE, PagingDep, PeriodDep, StoreDep
from dyads.api.errors import not_found
from dyads.api.schemas import ActorDetail, ActorPage
from dyads.kb import KB, load_kb
from dyads.queries import day_range
from dyads.store import Store

router = APIRouter(tags=["actors"])


def fold(s: str) -> str:
    """Lower case without accents, so 'Türkiye' matches 'turkiye' and 'Élysée' 'elysee'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def kb_of(request: Request) -> KB:
    return load_kb(request.app.state.kb_extra)


def kb_entry(kb: KB, code: str, lang: str = "en") -> dict[str, Any]:
    """KB facts about a code: kind, display name, names by language, Wikidata id."""
    if code in kb.states:
        st = kb.states[code]
        return {"kind": "state", "name": st.display(lang), "names": st.names, "wikidata": st.wikidata}
    if code in kb.orgs:
        org = kb.orgs[code]
        name = next((org.names[lg][0] for lg in (lang, "en") if org.names.get(lg)), code)
        return {"kind": "organisation", "name": name, "names": org.names, "wikidata": org.wikidata}
    return {"kind": "other", "name": code, "names": {}, "wikidata": None}


def display_name(kb: KB, code: str, lang: str = "en") -> str:
    return str(kb_entry(kb, code, lang)["name"])


def _counts(store: Store, date_from: Any, date_to: Any) -> dict[str, dict[str, Any]]:
    """Events per code as actor, as recipient and in all, from the per-event code lists (which
    hold each code once per side): 60 ms on a million events, where counting distinct event
    ids in event_actors takes a second."""
    conds, params = day_range(date_from, date_to)
    when = "".join(f" AND {c}" for c in conds)
    rows = store.query(
        "SELECT code, count(*) FILTER (WHERE side = 'a') AS as_actor, count(*) FILTER (WHERE side = 'r') AS as_recipient,"
        " count(*) FILTER (WHERE side = 'b') AS both_sides FROM ("
        f" SELECT unnest(string_split(actor_codes, ',')) AS code, 'a' AS side FROM events WHERE actor_codes <> ''{when}"
        f" UNION ALL SELECT unnest(string_split(recipient_codes, ',')), 'r' FROM events WHERE recipient_codes <> ''{when}"
        " UNION ALL SELECT unnest(list_intersect(string_split(actor_codes, ','), string_split(recipient_codes, ','))), 'b'"
        f" FROM events WHERE actor_codes <> '' AND recipient_codes <> ''{when}"
        ") WHERE code <> '' GROUP BY code",
        params * 3,
    )
    for r in rows:
        r["events"] = int(r["as_actor"]) + int(r["as_recipient"]) - int(r["both_sides"])
    return {r["code"]: r for r in rows}


ActorSort = Literal["events", "code", "name"]


@router.get("/actors", response_model=ActorPage, summary="Search actors by code or name")
def actors(
    request: Request, store: StoreDep, when: PeriodDep, pg: PagingDep,
    q: Annotated[str | None, Query(max_length=100, description="Code prefix or part of a name in any language (accents ignored).")] = None,
    kind: Annotated[Literal["state", "organisation", "other"] | None, Query()] = None,
    with_events: Annotated[bool, Query(description="Only actors with stored events (default); false adds KB entries without events.")] = True,
    lang: Annotated[Literal["it", "en", "fr", "es", "de"], Query(description="Language of the display names.")] = "en",
    sort: ActorSort = "events",
) -> dict[str, Any]:
    """Actors that appear in stored events (codes on either side), with their knowledge-base
    names and event counts; `q` also finds KB entries that have no events yet."""
    kb = kb_of(request)
    counts = _counts(store, when.date_from, when.date_to)
    candidates = set(counts)
    if q or not with_events:
        candidates |= set(kb.states) | set(kb.orgs)
    needle = fold(q.strip()) if q else ""
    items = []
    for code in candidates:
        c = counts.get(code)
        if with_events and not q and c is None:
            continue
        entry = kb_entry(kb, code, lang)
        if kind and entry["kind"] != kind:
            continue
        rank = 0
        if needle:
            names = [fold(n) for ns in entry["names"].values() for n in ns]
            fc = fold(code)
            # Best match first: the code itself, a code prefix, a name prefix, a word in a name.
            if fc == needle:
                rank = 0
            elif fc.startswith(needle):
                rank = 1
            elif any(n.startswith(needle) for n in names):
                rank = 2
            elif any(needle in n for n in names):
                rank = 3
            else:
                continue
        items.append({"_rank": rank,
            "code": code, **entry,
            "events": int(c["events"]) if c else 0,
            "as_actor": int(c["as_actor"]) if c else 0,
            "as_recipient": int(c["as_recipient"]) if c else 0,
        })
    if sort == "events":
        items.sort(key=lambda a: (a["_rank"], -a["events"], a["code"]))
    elif sort == "name":
        items.sort(key=lambda a: (a["_rank"], fold(a["name"]), a["code"]))
    else:
        items.sort(key=lambda a: (a["_rank"], a["code"]))
    page = items[pg.offset:pg.offset + pg.limit]
    for a in page:
        del a["_rank"]
    return {**pg.meta(len(items)), "items": page}


def _counterparts(store: Store, kb: KB, code: str, lang: str, date_from: Any, date_to: Any) -> list[dict[str, Any]]:
    params: list[Any] = [code, code]
    extra = ""
    if date_from:
        extra += " AND e.event_day >= ?"
        params.append(date_from)
    if date_to:
        extra += " AND e.event_day <= ?"
        params.append(date_to)
    rows = store.query(
        "WITH pairs AS ("
        "  SELECT DISTINCT a.event_id, b.code FROM event_actors a"
        "  JOIN event_actors b ON a.event_id = b.event_id AND a.role <> b.role"
        "  WHERE a.code = ? AND b.code IS NOT NULL AND b.code <> '' AND b.code <> ?)"
        " SELECT p.code AS code, count(*) AS events,"
        " count(*) FILTER (WHERE e.quad IN (1, 2)) AS cooperation,"
        " count(*) FILTER (WHERE e.quad IN (3, 4)) AS conflict,"
        " avg(e.goldstein) AS goldstein_mean"
        f" FROM pairs p JOIN events e ON e.id = p.event_id{extra} GROUP BY p.code",
        params,
    )
    for r in rows:
        r["name"] = display_name(kb, r["code"], lang)
        r["coop_conflict"] = round((r["cooperation"] - r["conflict"]) / r["events"], 4) if r["events"] else 0.0
        if r["goldstein_mean"] is not None:
            r["goldstein_mean"] = round(float(r["goldstein_mean"]), 3)
    return rows


@router.get("/actors/{code}", response_model=ActorDetail, summary="One actor: counts, partners, adversaries, memberships")
def actor(
    request: Request, store: StoreDep, when: PeriodDep,
    code: Annotated[str, Path(pattern=CODE_RE)],
    top: Annotated[int, Query(ge=1, le=100, description="How many partners and adversaries.")] = 10,
    lang: Annotated[Literal["it", "en", "fr", "es", "de"], Query()] = "en",
) -> dict[str, Any]:
    """Everything the dashboard's actor page shows. Partners are the counterparts with the
    most cooperative events (quads 1-2), adversaries those with the most conflictual ones
    (quads 3-4), in either direction; a counterpart can be both."""
    kb = kb_of(request)
    code = code.upper()
    entry = kb_entry(kb, code, lang)
    f, t = when.iso
    date_sql, date_params = "", []
    if f:
        date_sql += " AND event_day >= CAST(? AS DATE)"
        date_params.append(f)
    if t:
        date_sql += " AND event_day <= CAST(? AS DATE)"
        date_params.append(t)
    side = ("list_contains(string_split(actor_codes, ','), ?)", "list_contains(string_split(recipient_codes, ','), ?)")
    row = store.query(
        f"SELECT count(*) FILTER (WHERE {side[0]}) AS as_actor, count(*) FILTER (WHERE {side[1]}) AS as_recipient,"
        f" count(*) AS events, min(event_day) AS first_day, max(event_day) AS last_day"
        f" FROM events WHERE ({side[0]} OR {side[1]}){date_sql}",
        [code, code, code, code, *date_params],
    )[0]
    if not row["events"] and entry["kind"] == "other":
        raise not_found("actor", code)
    activity = store.query(
        f"SELECT strftime(event_day, '%Y-%m') AS period, count(*) FILTER (WHERE {side[0]}) AS as_actor,"
        f" count(*) FILTER (WHERE {side[1]}) AS as_recipient"
        f" FROM events WHERE event_day IS NOT NULL AND ({side[0]} OR {side[1]}){date_sql} GROUP BY 1 ORDER BY 1",
        [code, code, code, code, *date_params],
    )
    types = store.query(
        f"SELECT type, count(*) AS n FROM events WHERE ({side[0]} OR {side[1]}){date_sql} GROUP BY 1 ORDER BY 2 DESC, 1",
        [code, code, *date_params],
    )
    cps = _counterparts(store, kb, code, lang, f, t)
    partners = sorted((c for c in cps if c["cooperation"]), key=lambda c: (-c["cooperation"], -c["events"], c["code"]))[:top]
    adversaries = sorted((c for c in cps if c["conflict"]), key=lambda c: (-c["conflict"], -c["events"], c["code"]))[:top]
    memberships = sorted(
        ({"code": o.id, "name": display_name(kb, o.id, lang), "start": m.start, "end": m.end}
         for o in kb.orgs.values() for m in o.members if m.code == code),
        key=lambda m: (m["start"] or "", m["code"]),
    )
    members = []
    if code in kb.orgs:
        members = sorted(
            ({"code": m.code, "name": display_name(kb, m.code, lang), "start": m.start, "end": m.end}
             for m in kb.orgs[code].members),
            key=lambda m: (m["start"] or "", m["code"]),
        )
    offices = sorted(
        ({"person": p.name, "wikidata": p.wikidata, "office": o.office, "title": o.title, "start": o.start, "end": o.end}
         for p in kb.people for o in p.offices if o.code == code),
        key=lambda o: (o["office"], o["start"] or ""),
    )
    return {
        "code": code, **entry, "events": int(row["events"]), "as_actor": int(row["as_actor"]),
        "as_recipient": int(row["as_recipient"]), "first_day": row["first_day"], "last_day": row["last_day"],
        "partners": partners, "adversaries": adversaries, "memberships": memberships, "members": members,
        "offices": offices, "activity": activity, "types": {r["type"]: int(r["n"]) for r in types},
    }

