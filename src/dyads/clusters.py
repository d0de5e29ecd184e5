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

from dyads.queries import day_range
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
# Most buckets one interval can touch: a 31-day month spans at most 5 buckets of 8 days.
SPAN_BUCKETS = 31 // BUCKET_DAYS + 2
MAX_ROUNDS = 10_000

_CODES = "CASE WHEN coalesce({col}, '') = '' THEN []::VARCHAR[] ELSE string_split({col}, ',') END"
_EPOCH = "DATE '1970-01-01'"


def _sql_list(values: Iterable[str]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _family_sql(type_col: str, modality_col: str) -> str:
    fam = "CASE " + " ".join(f"WHEN {type_col} = '{k}' THEN '{v}'" for k, v in TYPE_FAMILY.items())
    fam += f" ELSE {type_col} END"
    return f"(({fam}) || '/' || ({_modality_class_sql(modality_col)}))"


def _modality_class_sql(col: str) -> str:
    return f"CASE WHEN {col} = 'negated' THEN 'neg' WHEN {col} IN ('future', 'hypothetical') THEN 'irr' ELSE 'real' END"


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


def _event_features_sql(where: str) -> str:
    """Matching features of the events matching ``where``: type family, symmetric or not, code
    lists A (actors) and R (recipients), their sizes, the day interval (lo, hi) and country."""
    lo, hi = _interval_sql("e.event_day", "e.date_precision")
    a = _CODES.format(col="e.actor_codes")
    r = _CODES.format(col="e.recipient_codes")
    return f"""
        SELECT *, len(A) AS nA, len(R) AS nR, len(list_distinct(list_concat(A, R))) AS nP FROM (
            SELECT e.id AS id, {_family_sql("e.type", "e.modality")} AS fam, e.type AS type,
                   e.type IN {_sql_list(SYMMETRIC)} AS sym, list_distinct({a}) AS A, list_distinct({r}) AS R,
                   {lo} AS lo, {hi} AS hi, nullif(e.place_country, '') AS country,
                   {_rank_sql("e.date_precision")} AS prank, e.confidence AS confidence
            FROM events e WHERE {where}
        )
    """


def _anchor_features_sql(where: str) -> str:
    """The same features for cluster anchors (family and interval are stored, not recomputed)."""
    a = _CODES.format(col="anchor_actors")
    r = _CODES.format(col="anchor_recipients")
    return f"""
        SELECT *, row_number() OVER () AS k, len(A) AS nA, len(R) AS nR,
               len(list_distinct(list_concat(A, R))) AS nP FROM (
            SELECT id, seq, anchor_family AS fam, anchor_type IN {_sql_list(SYMMETRIC)} AS sym,
                   {a} AS A, {r} AS R, anchor_lo AS lo, anchor_hi AS hi, nullif(anchor_country, '') AS country
            FROM clusters WHERE {where}
        )
    """


def _tokens_sql(table: str, key: str) -> str:
    """Blocking rows of a feature table: one per (code, role, 8-day bucket its interval
    touches), carrying the scalar features the compatibility test needs. Two rows that share
    (fam, code, bucket) are a candidate pair; any two overlapping intervals share a bucket.

    Reciprocal types give one row per party (role P); directed types one per actor (A) and
    one per recipient (R), an R row being flagged ``dup`` when the code is an actor too, so a
    party is counted once when the parties of a pair are counted.
    """
    b = BUCKET_DAYS
    cols = f"lo - {_EPOCH} AS lo_d, hi - {_EPOCH} AS hi_d, country, sym, nA, nR, nP"
    return f"""
        SELECT k, fam, code, role, dup, unnest(range(lo_d // {b}, hi_d // {b} + 1)) AS b,
               lo_d, hi_d, country, sym, nA, nR, nP
        FROM (
            SELECT {key} AS k, fam, unnest(list_distinct(list_concat(A, R))) AS code, 'P' AS role, false AS dup, {cols}
            FROM {table} WHERE lo IS NOT NULL AND sym
            UNION ALL
            SELECT {key}, fam, unnest(A), 'A', false, {cols} FROM {table} WHERE lo IS NOT NULL AND NOT sym
            UNION ALL
            SELECT k, fam, code, 'R', list_contains(A, code), lo_d, hi_d, country, sym, nA, nR, nP FROM (
                SELECT {key} AS k, fam, A, unnest(R) AS code, {cols} FROM {table} WHERE lo IS NOT NULL AND NOT sym
            )
        )
    """


def _pairs_sql(left: str, right: str, self_join: bool) -> str:
    """Compatible pairs (a, b) of keys between two token tables (see the module doc).

    Shared codes are counted per pair from the token rows, so no list is compared: for a
    reciprocal type |P1 ∩ P2| >= min(2, |P1|, |P2|); for a directed one the actor sets meet
    and the recipient sets meet (an empty side matches anything), sharing at least one code.
    A pair is counted in one bucket only (the bucket of the later interval start, which both
    intervals touch when they overlap), so each (code, role, role) hit is one row and plain
    counts replace DISTINCT aggregates (30% faster at a million events).
    """
    b = BUCKET_DAYS
    aa = "count(*) FILTER (WHERE t1.role = 'A' AND t2.role = 'A')"
    rr = "count(*) FILTER (WHERE t1.role = 'R' AND t2.role = 'R')"
    shared = "count(*) FILTER (WHERE NOT t1.dup AND NOT t2.dup)"
    return f"""
        SELECT t1.k AS a, t2.k AS b
        FROM {left} t1 JOIN {right} t2 ON t1.fam = t2.fam AND t1.code = t2.code AND t1.b = t2.b
        WHERE {"t1.k < t2.k AND " if self_join else ""}t1.lo_d <= t2.hi_d AND t2.lo_d <= t1.hi_d
          AND t1.b = greatest(t1.lo_d // {b}, t2.lo_d // {b})
          AND (t1.country IS NULL OR t2.country IS NULL OR t1.country = t2.country)
        GROUP BY t1.k, t2.k
        HAVING CASE WHEN any_value(t1.sym) OR any_value(t2.sym) THEN
                    {shared} >= greatest(1, least(2, any_value(t1.nP), any_value(t2.nP)))
               ELSE (any_value(t1.nA) = 0 OR any_value(t2.nA) = 0 OR {aa} > 0)
                    AND (any_value(t1.nR) = 0 OR any_value(t2.nR) = 0 OR {rr} > 0)
                    AND {aa} + {rr} > 0
               END
    """


def compatible(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """The clustering rule in Python, over two feature dicts (type, modality, actor_codes,
    recipient_codes, event_day, date_precision, place_country) -- the reference the SQL
    implementation is tested against."""

    def feats(e: dict[str, Any]) -> tuple[str, bool, set[str], set[str], Any, Any]:
        t = str(e["type"])
        mod = e.get("modality") or "asserted"
        mc = "neg" if mod == "negated" else ("irr" if mod in ("future", "hypothetical") else "real")
        a = {c for c in (e.get("actor_codes") or "").split(",") if c}
        r = {c for c in (e.get("recipient_codes") or "").split(",") if c}
        day, prec = e.get("event_day"), e.get("date_precision")
        if isinstance(day, str):
            day = _dt.date.fromisoformat(day)
        w = WINDOWS.get(prec or "")
        if day is None or w is None:
            return "", False, a, r, None, None
        if w == "month":
            lo = day.replace(day=1)
            hi = (lo + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
        else:
            assert isinstance(w, tuple)
            lo, hi = day - _dt.timedelta(days=w[0]), day + _dt.timedelta(days=w[1])
        return f"{TYPE_FAMILY.get(t, t)}/{mc}", t in SYMMETRIC, a, r, lo, hi

    fx, sx, ax, rx, lox, hix = feats(x)
    fy, sy, ay, ry, loy, hiy = feats(y)
    if not fx or fx != fy or lox is None or loy is None or lox > hiy or loy > hix:
        return False
    cx, cy = x.get("place_country") or None, y.get("place_country") or None
    if cx and cy and cx != cy:
        return False
    if sx or sy:
        px, py = ax | rx, ay | ry
        return len(px & py) >= max(1, min(2, len(px), len(py)))
    aa, rr = len(ax & ay), len(rx & ry)
    return (not ax or not ay or aa > 0) and (not rx or not ry or rr > 0) and aa + rr > 0


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
        # rk: the event's rank as a leader (finer date, then a known place, then higher confidence, then a hash of
        # its id); unique, so it is also the integer key the pair joins run on.
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _cl_n AS
            SELECT f.*, row_number() OVER (ORDER BY f.prank, f.country IS NULL, f.confidence DESC NULLS LAST, md5(f.id)) AS rk
            FROM ({_event_features_sql("NOT EXISTS (SELECT 1 FROM cluster_events ce WHERE ce.event_id = e.id)")}) f
        """)
        n_new = int(_scalar(store, "SELECT count(*) FROM _cl_n") or 0)
        if n_new:
            seq = int(_scalar(store, "SELECT coalesce(max(seq), 0) + 1 FROM clusters") or 1)
            con.execute("CREATE OR REPLACE TEMP TABLE _cl_tok AS " + _tokens_sql("_cl_n", "rk"))
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
    bounds = con.execute("SELECT min(lo), max(hi) FROM _cl_n WHERE lo IS NOT NULL").fetchone()
    if not bounds or bounds[0] is None or not _scalar(store, "SELECT count(*) > 0 FROM clusters"):
        return 0
    # Candidate anchors: only clusters of a new event's type family whose interval starts in
    # a bucket a new token could share (an anchor interval spans at most SPAN buckets), found
    # by an equality semi-join, so a handful of new events never scans a million anchors'
    # code lists. The range filter lets DuckDB skip row groups by their min/max anchor_lo.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cl_keys AS
        SELECT DISTINCT t.fam, t.b - r.shift AS lo_b FROM _cl_tok t, range(0, {SPAN_BUCKETS}) r(shift)
    """)
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_c AS " + _anchor_features_sql(
        "anchor_lo IS NOT NULL AND anchor_lo <= ? AND anchor_hi >= ? "
        "AND EXISTS (SELECT 1 FROM _cl_keys k WHERE k.fam = clusters.anchor_family "
        f"AND k.lo_b = (clusters.anchor_lo - {_EPOCH}) // {BUCKET_DAYS})"), [bounds[1], bounds[0]])
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_ctok AS " + _tokens_sql("_cl_c", "k"))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cl_match AS
        SELECT n.id AS event_id, c.id AS cluster_id, c.seq AS seq
        FROM ({_pairs_sql("_cl_tok", "_cl_ctok", self_join=False)}) p
        JOIN _cl_n n ON n.rk = p.a JOIN _cl_c c ON c.k = p.b
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
    for t in ("_cl_keys", "_cl_c", "_cl_ctok", "_cl_match"):
        con.execute(f"DROP TABLE {t}")
    return merged


def _leader_rounds(store: Store) -> None:
    """Stage B: the new events no cluster took are clustered among themselves by leaders."""
    con = store.con
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cl_u AS
        SELECT rk FROM _cl_n n WHERE NOT EXISTS (SELECT 1 FROM _cl_assign a WHERE a.event_id = n.id)
    """)
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_btok AS SELECT t.* FROM _cl_tok t SEMI JOIN _cl_u u ON u.rk = t.k")
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_ok AS " + _pairs_sql("_cl_btok", "_cl_btok", self_join=True))
    # Edges both ways; the rank is the key, so "a better neighbour" is simply b < a.
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_e AS SELECT a, b FROM _cl_ok UNION ALL SELECT b, a FROM _cl_ok")
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_b (rk BIGINT, leader BIGINT)")
    # Events with no compatible neighbour lead their own (singleton) cluster right away.
    con.execute("INSERT INTO _cl_b SELECT rk, rk FROM _cl_u u ANTI JOIN (SELECT DISTINCT a FROM _cl_e) e ON e.a = u.rk")
    con.execute("CREATE OR REPLACE TEMP TABLE _cl_u AS SELECT DISTINCT a AS rk FROM _cl_e")
    for _ in range(MAX_ROUNDS):
        if not _scalar(store, "SELECT count(*) > 0 FROM _cl_u"):
            break
        # A leader: no better-ranked unassigned neighbour. Its unassigned neighbours follow
        # the best-ranked leader among their neighbours.
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_lead AS
            SELECT rk FROM _cl_u u ANTI JOIN (SELECT DISTINCT a FROM _cl_e WHERE b < a) e ON e.a = u.rk
        """)
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_round AS
            SELECT rk, rk AS leader FROM _cl_lead
            UNION ALL
            SELECT e.a, min(e.b) FROM _cl_e e SEMI JOIN _cl_lead l ON l.rk = e.b
            ANTI JOIN _cl_lead l2 ON l2.rk = e.a
            GROUP BY e.a
        """)
        con.execute("INSERT INTO _cl_b SELECT * FROM _cl_round")
        con.execute("CREATE OR REPLACE TEMP TABLE _cl_u AS SELECT u.rk FROM _cl_u u ANTI JOIN _cl_round r ON r.rk = u.rk")
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _cl_e AS SELECT e.* FROM _cl_e e
            ANTI JOIN _cl_round r1 ON r1.rk = e.a ANTI JOIN _cl_round r2 ON r2.rk = e.b
        """)
    else:  # pragma: no cover - the best-ranked unassigned event always leads, so rounds end
        raise RuntimeError("cluster leader rounds did not converge")
    con.execute(f"""
        INSERT INTO _cl_assign
        SELECT n.id, {_cluster_id_sql("l.id")}, b.rk = b.leader
        FROM _cl_b b JOIN _cl_n n ON n.rk = b.rk JOIN _cl_n l ON l.rk = b.leader
    """)
    for t in ("_cl_u", "_cl_btok", "_cl_ok", "_cl_e", "_cl_b", "_cl_lead", "_cl_round"):
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
               array_to_string(list_sort(n.A), ','), array_to_string(list_sort(n.R), ','), n.lo, n.hi, n.country,
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
    days, day_params = day_range(date_from, date_to)
    clauses: list[str] = ["num_mentions >= ?", *days]
    params: list[Any] = [min_mentions, *day_params]
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
           "compatible", "WINDOWS", "TYPE_FAMILY", "SYMMETRIC"]
