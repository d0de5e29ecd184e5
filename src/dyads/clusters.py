"""Event clusters: the same real-world event reported by several articles, in several languages.

The rule (see docs/graph.md for the worked version):

* **compatible types**: the same PLOVER type, or two types coders often split one event
  between (AGREE~SUPPORT: "agreed" vs "signed"; CONCEDE~RETREAT: "pledged to release" vs
  "released"), and the same modality class (asserted / negated / irrealis) -- "X met Y" and
  "X did not meet Y" are never one event;
* **overlapping parties**: for CONSULT, AGREE and COOPERATE (reciprocal types, whose parties
  may all sit in the actor list) the unordered sets actor+recipient must share
  min(2, |P1|, |P2|) codes, so USA-JPN and USA-KOR meetings the same day stay apart; for
  directed types the actor sets must meet and the recipient sets must meet (an empty side
  matches anything), with at least one shared code;
* **dates**: each event stands for an interval of days it may have happened on, by precision
  (``WINDOWS``: day d -> d±1, publication date p -> [p-3, p], week -> ±7 days, month -> that
  month); two events are compatible when their intervals overlap. Year-precision and
  unresolved dates are too coarse to identify one event: such events stay singletons;
* **place**: when both events have a place country, it must be the same.

Clusters are built by *leader* clustering, never by single linkage: every member is compatible
with the cluster's founding event (its *anchor*), so daily reports of a war never chain into
one cluster spanning years. Within one update, leaders are chosen in parallel rounds (an event
becomes a leader when no better-ranked unassigned neighbour is left; rank = date precision,
then confidence, then a hash of the id), which is deterministic and needs O(log n) rounds.

Incremental and stable: ``update_clusters`` assigns only events not yet in
``cluster_events``. A new event joins the existing cluster whose anchor it is compatible
with; when it is compatible with several, they merge into the oldest (its id survives).
Cluster ids are ``c`` + a hash of the founding event id, so re-running on the same corpus
changes no id, and adding articles only adds events to clusters, creates clusters, or merges.
Candidates are found by blocking on (type family, code, 8-day bucket) in DuckDB, never by
comparing all pairs, so a full run over a million events takes seconds.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

from dyads.store import Store

# Type families: types a report of the same event is plausibly coded as (see module doc).
TYPE_FAMILY: dict[str, str] = {"SUPPORT": "AGREE", "RETREAT": "CONCEDE"}
# Reciprocal types: parties compared as one unordered set (PLOVER puts all parties of a
# meeting in `actor`; another article may code the same meeting as actor -> recipient).
SYMMETRIC: tuple[str, ...] = ("CONSULT", "AGREE", "COOPERATE")
# Date windows per precision, in days: (days before, days after) the event_day; "month"
# means the calendar month of event_day. Tuned by hand on the gold clusters: reports of one
# event are at most 3 days apart there, and "yesterday" resolved against two publication
# days gives two day-precision dates one day apart.
WINDOWS: dict[str, tuple[int, int] | str] = {
    "day": (1, 1),
    "publication": (3, 0),
    "week": (7, 7),
    "month": "month",
}
PRECISION_RANK: dict[str, int] = {"day": 0, "publication": 1, "week": 2, "month": 3}
BUCKET_DAYS = 8  # blocking bucket width; any two overlapping intervals share a bucket
MAX_ROUNDS = 10_000

_CODES = "CASE WHEN coalesce({col}, '') = '' THEN []::VARCHAR[] ELSE string_split({col}, ',') END"


def _sql_list(values: Iterable[str]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _family_sql(type_col: str, modality_col: str) -> str:
    fam = "CASE " + " ".join(f"WHEN {type_col} = '{k}' THEN '{v}'" for k, v in TYPE_FAMILY.items())
    fam += f" ELSE {type_col} END"
    mod = (f"CASE WHEN {modality_col} = 'negated' THEN 'neg' "
           f"WHEN {modality_col} IN ('future', 'hypothetical') THEN 'irr' ELSE 'real' END")
    return f"(({fam}) || '/' || ({mod}))"


def _interval_sql(day: str, prec: str) -> tuple[str, str]:
    lo = ["CASE"]
    hi = ["CASE"]
    for p, w in WINDOWS.items():
        if w == "month":
            lo.append(f"WHEN {prec} = '{p}' THEN CAST(date_trunc('month', {day}) AS DATE)")
            hi.append(f"WHEN {prec} = '{p}' THEN CAST(last_day({day}) AS DATE)")
        else:
            assert isinstance(w, tuple)
            lo.append(f"WHEN {prec} = '{p}' THEN CAST({day} - INTERVAL {w[0]} DAY AS DATE)")
            hi.append(f"WHEN {prec} = '{p}' THEN CAST({day} + INTERVAL {w[1]} DAY AS DATE)")
    lo.append("END")
    hi.append("END")
    return " ".join(lo), " ".join(hi)


def _rank_sql(prec: str) -> str:
    return "CASE " + " ".join(f"WHEN {prec} = '{p}' THEN {r}" for p, r in PRECISION_RANK.items()) + " ELSE 9 END"


def compatible_sql(x: str, y: str) -> str:
    """SQL predicate: feature rows ``x`` and ``y`` may report the same real-world event."""
    return f"""(
        {x}.fam = {y}.fam AND {x}.lo <= {y}.hi AND {y}.lo <= {x}.hi
        AND ({x}.country IS NULL OR {y}.country IS NULL OR {x}.country = {y}.country)
        AND CASE WHEN {x}.sym OR {y}.sym THEN
                len(list_intersect({x}.P, {y}.P)) >= greatest(1, least(2, len({x}.P), len({y}.P)))
            ELSE
                (len({x}.A) = 0 OR len({y}.A) = 0 OR len(list_intersect({x}.A, {y}.A)) > 0)
                AND (len({x}.R) = 0 OR len({y}.R) = 0 OR len(list_intersect({x}.R, {y}.R)) > 0)
                AND len(list_intersect({x}.A, {y}.A)) + len(list_intersect({x}.R, {y}.R)) > 0
            END
    )"""


def _event_features_sql(where: str, extra: str = "") -> str:
    """Matching features (fam, sym, A, R, P, lo, hi, country) of the events matching ``where``."""
    lo, hi = _interval_sql("e.event_day", "e.date_precision")
    a = _CODES.format(col="e.actor_codes")
    r = _CODES.format(col="e.recipient_codes")
    return f"""
        SELECT e.id AS id, {_family_sql("e.type", "e.modality")} AS fam,
               e.type IN {_sql_list(SYMMETRIC)} AS sym,
               {a} AS A, {r} AS R, list_distinct(list_concat({a}, {r})) AS P,
               {lo} AS lo, {hi} AS hi, nullif(e.place_country, '') AS country{extra}
        FROM events e WHERE {where}
    """


def _anchor_features_sql(where: str) -> str:
    """The same features for cluster anchors (family and interval are stored, not recomputed)."""
    a = _CODES.format(col="anchor_actors")
    r = _CODES.format(col="anchor_recipients")
    return f"""
        SELECT id, anchor_family AS fam, anchor_type IN {_sql_list(SYMMETRIC)} AS sym,
               {a} AS A, {r} AS R, list_distinct(list_concat({a}, {r})) AS P,
               anchor_lo AS lo, anchor_hi AS hi, nullif(anchor_country, '') AS country, seq
        FROM clusters WHERE {where}
    """


def _tokens_sql(table: str) -> str:
    """Blocking keys (fam, code, bucket) of the eligible rows of a feature table."""
    b = BUCKET_DAYS
    return f"""
        SELECT id, fam, code, unnest(range(lo_b, hi_b + 1)) AS b FROM (
            SELECT id, fam, unnest(P) AS code,
                   CAST(floor((lo - DATE '1970-01-01') / {b}) AS BIGINT) AS lo_b,
                   CAST(floor((hi - DATE '1970-01-01') / {b}) AS BIGINT) AS hi_b
            FROM {table} WHERE lo IS NOT NULL AND len(P) > 0
        )
    """


def _cluster_id_sql(event_col: str) -> str:
    return f"('c' || substr(md5({event_col}), 1, 20))"


# The GDELT GlobalEventID of a cluster: the first 13 hex digits of md5(cluster id) as an
# integer (52 bits, so it survives JSON readers that parse numbers as doubles).
GID_SQL = "CAST(('0x' || substr(md5({col}), 1, 13)) AS BIGINT)"


def _scalar(store: Store, sql: str, params: list[Any] | None = None) -> Any:
    row = store.con.execute(sql, params or []).fetchone()
    return row[0] if row else None


def update_clusters(store: Store) -> int:
    """Assign new events to clusters incrementally; returns the number of events assigned."""
    con = store.con
    with store.transaction():
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _cl_n AS
            SELECT f.*, row_number() OVER (ORDER BY f.prank, f.confidence DESC NULLS LAST, md5(f.id)) AS rk
            FROM ({_event_features_sql(
                "NOT EXISTS (SELECT 1 FROM cluster_events ce WHERE ce.event_id = e.id)",
                extra=f", {_rank_sql('e.date_precision')} AS prank, e.confidence AS confidence, e.type AS type",
            )}) f
        """)
        n_new = int(_scalar(store, "SELECT count(*) FROM _cl_n") or 0)
        if n_new:
            seq = int(_scalar(store, "SELECT coalesce(max(seq), 0) + 1 FROM clusters") or 1)
            con.execute("CREATE OR REPLACE TEMP TABLE _cl_tok AS " + _tokens_sql("_cl_n"))
            con.execute("CREATE OR REPLACE TEMP TABLE _cl_assign (event_id VARCHAR, cluster_id VARCHAR, leader BOOLEAN)")
            con.execute("CREATE OR REPLACE TEMP TABLE _cl_merge (old_id VARCHAR, new_id VARCHAR)")
            merged = _attach_to_existing(store)
            _leader_rounds(store)
            _write(store, seq, merged)
        for t in ("_cl_n", "_cl_tok", "_cl_assign", "_cl_merge", "_cl_affected"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    return n_new


def _attach_to_existing(store: Store) -> int:
    """Stage A: a new event compatible with an existing cluster's anchor joins it; clusters
    one event is compatible with merge into the oldest. Fills _cl_assign and _cl_merge."""
    con = store.con
    bounds = con.execute("SELECT min(lo), max(hi) FROM _cl_n WHERE lo IS NOT NULL AND len(P) > 0").fetchone()
    if not bounds or bounds[0] is None or not _scalar(store, "SELECT count(*) > 0 FROM clusters"):
        return 0
    # Candidate anchors: the range filter on (anchor_family, anchor_lo) keeps this to the
    # clusters around the new events' days even in a store of millions of clusters.
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_c AS " + _anchor_features_sql(
        "anchor_lo IS NOT NULL AND anchor_lo <= ? AND anchor_hi >= ? "
        "AND anchor_family IN (SELECT DISTINCT fam FROM _cl_n)"), [bounds[1], bounds[0]])
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_ctok AS " + _tokens_sql("_cl_c"))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cl_match AS
        WITH cand AS (
            SELECT DISTINCT t.id AS eid, c.id AS cid
            FROM _cl_tok t JOIN _cl_ctok c ON t.fam = c.fam AND t.code = c.code AND t.b = c.b
        )
        SELECT x.id AS event_id, y.id AS cluster_id, y.seq AS seq
        FROM cand JOIN _cl_n x ON x.id = cand.eid JOIN _cl_c y ON y.id = cand.cid
        WHERE {compatible_sql("x", "y")}
    """)
    # Clusters bridged by one event merge into the oldest (lowest seq, then id). Bridges are
    # few (one per event compatible with two anchors), so a union-find in Python is enough.
    bridges = con.execute(
        "SELECT list(cluster_id ORDER BY cluster_id) FROM _cl_match GROUP BY event_id HAVING count(*) > 1"
    ).fetchall()
    merged = 0
    if bridges:
        seqs: dict[str, int] = dict(con.execute("SELECT DISTINCT cluster_id, seq FROM _cl_match").fetchall())
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            root = x
            while parent.get(root, root) != root:
                root = parent[root]
            while parent.get(x, x) != root:
                parent[x], x = root, parent[x]
            return root

        for (ids,) in bridges:
            for other in ids[1:]:
                ra, rb = find(ids[0]), find(other)
                if ra != rb:
                    keep, drop = sorted((ra, rb), key=lambda c: (seqs[c], c))
                    parent[drop] = keep
        rows = [(c, find(c)) for c in list(parent) if find(c) != c]
        merged = len(rows)
        if rows:
            con.executemany("INSERT INTO _cl_merge VALUES (?, ?)", rows)
    con.execute("""
        INSERT INTO _cl_assign
        SELECT m.event_id, min(coalesce(g.new_id, m.cluster_id)), false
        FROM _cl_match m LEFT JOIN _cl_merge g ON g.old_id = m.cluster_id
        GROUP BY m.event_id
    """)
    for t in ("_cl_c", "_cl_ctok", "_cl_match"):
        con.execute(f"DROP TABLE {t}")
    return merged


def _leader_rounds(store: Store) -> None:
    """Stage B: the new events no cluster took are clustered among themselves by leaders."""
    con = store.con
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_u AS
        SELECT id, rk FROM _cl_n n WHERE NOT EXISTS (SELECT 1 FROM _cl_assign a WHERE a.event_id = n.id)
    """)
    # Separate statements, each materialised: as one query with CTEs the planner chose a
    # plan 100x slower (the token CTE was re-evaluated under the pair join).
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_btok AS
        SELECT t.* FROM _cl_tok t SEMI JOIN _cl_u u ON u.id = t.id
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_pairs AS
        SELECT DISTINCT t1.id AS a, t2.id AS b
        FROM _cl_btok t1 JOIN _cl_btok t2 ON t1.fam = t2.fam AND t1.code = t2.code AND t1.b = t2.b
        WHERE t1.id < t2.id
    """)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cl_ok AS
        SELECT x.id AS a, x.rk AS ra, y.id AS b, y.rk AS rb
        FROM _cl_pairs p JOIN _cl_n x ON x.id = p.a JOIN _cl_n y ON y.id = p.b
        WHERE {compatible_sql("x", "y")}
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_e AS
        SELECT a, ra, b, rb FROM _cl_ok UNION ALL SELECT b, rb, a, ra FROM _cl_ok
    """)
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_b (event_id VARCHAR, leader VARCHAR)")
    # Events with no compatible neighbour lead their own (singleton) cluster right away.
    con.execute("""
        INSERT INTO _cl_b SELECT id, id FROM _cl_u u WHERE NOT EXISTS (SELECT 1 FROM _cl_e e WHERE e.a = u.id)
    """)
    con.execute("DELETE FROM _cl_u WHERE id IN (SELECT event_id FROM _cl_b)")
    for _ in range(MAX_ROUNDS):
        if not _scalar(store, "SELECT count(*) > 0 FROM _cl_u"):
            break
        # A leader: no better-ranked unassigned neighbour. Its unassigned neighbours follow
        # the best-ranked leader among their neighbours.
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_lead AS
            SELECT id FROM _cl_u u WHERE NOT EXISTS (SELECT 1 FROM _cl_e e WHERE e.a = u.id AND e.rb < e.ra)
        """)
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_round AS
            SELECT id AS event_id, id AS leader FROM _cl_lead
            UNION ALL
            SELECT e.a, arg_min(e.b, e.rb) FROM _cl_e e SEMI JOIN _cl_lead l ON l.id = e.b
            WHERE NOT EXISTS (SELECT 1 FROM _cl_lead l2 WHERE l2.id = e.a)
            GROUP BY e.a
        """)
        con.execute("INSERT INTO _cl_b SELECT * FROM _cl_round")
        con.execute("DELETE FROM _cl_u WHERE id IN (SELECT event_id FROM _cl_round)")
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_e AS SELECT e.* FROM _cl_e e
            ANTI JOIN _cl_round r1 ON r1.event_id = e.a ANTI JOIN _cl_round r2 ON r2.event_id = e.b
        """)
    else:  # pragma: no cover - the best-ranked unassigned event always leads, so rounds end
        raise RuntimeError("cluster leader rounds did not converge")
    con.execute(f"""
        INSERT INTO _cl_assign SELECT event_id, {_cluster_id_sql("leader")}, event_id = leader FROM _cl_b
    """)
    for t in ("_cl_u", "_cl_btok", "_cl_pairs", "_cl_ok", "_cl_e", "_cl_b", "_cl_lead", "_cl_round"):
        con.execute(f"DROP TABLE IF EXISTS {t}")


_STATS_SQL = f"""
    WITH m AS (
        SELECT ce.cluster_id, e.id, e.article_id, e.confidence,
               {_rank_sql("e.date_precision")} AS prank,
               coalesce(nullif(a.source, ''), nullif(regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), '')) AS src,
               coalesce(a.lang, e.lang) AS lang, a.date AS adate
        FROM cluster_events ce JOIN events e ON e.id = ce.event_id
        LEFT JOIN articles a ON a.id = e.article_id
        WHERE ce.cluster_id IN (SELECT id FROM _cl_affected)
    ), agg AS (
        SELECT cluster_id,
               arg_min(id, {{'c': -coalesce(confidence, 0), 'p': prank, 'd': coalesce(adate, '9999'), 'i': id}}) AS rep,
               count(*) AS num_mentions, count(DISTINCT nullif(src, '')) AS num_sources,
               count(DISTINCT article_id) AS num_articles, count(DISTINCT nullif(lang, '')) AS num_languages,
               string_agg(DISTINCT nullif(lang, ''), ',' ORDER BY nullif(lang, '')) AS languages,
               min(adate) AS first_seen, max(adate) AS last_seen
        FROM m GROUP BY cluster_id
    )
    SELECT agg.*, e.type, e.mode, e.cameo, e.quad, e.goldstein, e.plover_score, e.modality,
           e.actor_codes, e.recipient_codes, e.event_day, e.date_precision, e.place_name,
           e.place_country, e.confidence
    FROM agg JOIN events e ON e.id = agg.rep
"""
_STAT_COLS = ("rep_event_id", "num_mentions", "num_sources", "num_articles", "num_languages", "languages",
              "first_seen", "last_seen", "type", "mode", "cameo", "quad", "goldstein", "plover_score",
              "modality", "actor_codes", "recipient_codes", "event_day", "date_precision", "place_name",
              "place_country", "confidence")  # fmt: skip


def _write(store: Store, seq: int, n_merged: int) -> None:
    con = store.con
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    if n_merged:
        con.execute("""
            UPDATE cluster_events SET cluster_id = g.new_id FROM _cl_merge g
            WHERE cluster_events.cluster_id = g.old_id
        """)
        con.execute("DELETE FROM clusters WHERE id IN (SELECT old_id FROM _cl_merge)")
    con.execute("INSERT INTO cluster_events SELECT event_id, cluster_id FROM _cl_assign")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_affected AS
        SELECT DISTINCT cluster_id AS id FROM _cl_assign UNION SELECT new_id FROM _cl_merge
    """)
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_stats AS " + _STATS_SQL)
    stat_sel = ", ".join(f"s.{c if c != 'rep_event_id' else 'rep'}" for c in _STAT_COLS)
    # New clusters: anchored on their leader event.
    con.execute(f"""
        INSERT INTO clusters (id, gid, seq, anchor_event_id, anchor_family, anchor_type, anchor_actors,
                              anchor_recipients, anchor_lo, anchor_hi, anchor_country,
                              {", ".join(_STAT_COLS)}, created, updated)
        SELECT a.cluster_id, {GID_SQL.format(col="a.cluster_id")}, ?, n.id, n.fam, n.type,
               array_to_string(n.A, ','), array_to_string(n.R, ','), n.lo, n.hi, n.country,
               {stat_sel}, ?, ?
        FROM _cl_assign a JOIN _cl_n n ON n.id = a.event_id JOIN _cl_stats s ON s.cluster_id = a.cluster_id
        WHERE a.leader
    """, [seq, now, now])
    # Existing clusters that gained events or absorbed others: refresh what describes them.
    sets = ", ".join(f"{c} = s.{c if c != 'rep_event_id' else 'rep'}" for c in _STAT_COLS)
    con.execute(f"""
        UPDATE clusters SET {sets}, updated = ? FROM _cl_stats s
        WHERE clusters.id = s.cluster_id AND clusters.seq < ?
    """, [now, seq])
    con.execute("DROP TABLE _cl_stats")


def rebuild_clusters(store: Store) -> int:
    """Forget every cluster and cluster all events again (ids are reproduced: same corpus, same ids)."""
    with store.transaction():
        store.con.execute("DELETE FROM cluster_events")
        store.con.execute("DELETE FROM clusters")
    return update_clusters(store)


def unclustered(store: Store) -> int:
    """How many stored events no cluster holds yet (0 after every run)."""
    return int(_scalar(store, """
        SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM cluster_events ce WHERE ce.event_id = e.id)
    """) or 0)


# ------------------------------------------------------------------------------- reading
CLUSTER_LIST_COLS = ("id", "gid", "event_day", "date_precision", "type", "mode", "cameo", "quad", "goldstein",
                     "actor_codes", "recipient_codes", "place_name", "place_country", "modality",
                     "num_mentions", "num_sources", "num_articles", "num_languages", "languages",
                     "first_seen", "last_seen", "rep_event_id")  # fmt: skip


def list_clusters(store: Store, *, date_from: str | None = None, date_to: str | None = None,
                  actor: str | None = None, type: str | None = None, min_mentions: int = 1,
                  limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """A page of clusters (largest first, then most recent) and the number matching."""
    clauses: list[str] = ["num_mentions >= ?"]
    params: list[Any] = [min_mentions]
    if date_from:
        clauses.append("event_day >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        clauses.append("event_day <= CAST(? AS DATE)")
        params.append(date_to)
    if actor:
        clauses.append("(list_contains(string_split(actor_codes, ','), ?) OR list_contains(string_split(recipient_codes, ','), ?))")
        params += [actor.upper(), actor.upper()]
    if type:
        clauses.append("type = ?")
        params.append(type.upper())
    where = " WHERE " + " AND ".join(clauses)
    total = int(_scalar(store, f"SELECT count(*) FROM clusters{where}", params) or 0)
    rows = store.query(
        f"SELECT {', '.join(CLUSTER_LIST_COLS)} FROM clusters{where} "
        "ORDER BY num_mentions DESC, event_day DESC NULLS LAST, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return rows, total


def get_cluster(store: Store, cluster_id: str) -> dict[str, Any] | None:
    """One cluster with its events (each with its article's date, source and language)."""
    rows = store.query("SELECT * FROM clusters WHERE id = ?", [cluster_id])
    if not rows:
        return None
    c = rows[0]
    c["events"] = store.query("""
        SELECT e.id, e.article_id, e.type, e.modality, e.event_day, e.date_precision, e.actor_codes,
               e.recipient_codes, e.confidence, e.lang, e.trigger_text, e.sentence_text,
               a.date AS article_date, a.source, a.url, a.title
        FROM cluster_events ce JOIN events e ON e.id = ce.event_id LEFT JOIN articles a ON a.id = e.article_id
        WHERE ce.cluster_id = ? ORDER BY a.date NULLS LAST, e.id
    """, [cluster_id])
    return c


def cluster_of(store: Store, event_ids: Iterable[str]) -> dict[str, str]:
    """Event id -> cluster id for the given events."""
    ids = list(event_ids)
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT event_id, cluster_id FROM cluster_events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()
    return {r[0]: r[1] for r in rows}


__all__ = ["update_clusters", "rebuild_clusters", "unclustered", "list_clusters", "get_cluster", "cluster_of",
           "compatible_sql", "WINDOWS", "TYPE_FAMILY", "SYMMETRIC"]
