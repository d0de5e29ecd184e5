"""The relations graph: dyad series numbers on a handmade store, actors, networks, GraphML."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from dyads.cli import main
from dyads.graph import (
    build_graph,
    dyad_series,
    graph_json,
    graph_stats,
    periods,
    top_actors,
    write_graph,
)
from dyads.kb import KB, Membership, Organisation, State
from dyads.store import Store
from dyads.synth import Ev, make_doc

EVENTS = [  # (event, date): quads and scores come from dyads.synth.TYPES
    (Ev("CONSULT", ["USA"], ["JPN"], day="2023-01-05"), "2023-01-05"),  # q1, g 1.0, p 2.5
    (Ev("AGREE", ["USA", "JPN"], [], day="2023-01-20"), "2023-01-20"),  # reciprocal: q1, g 4.0, p 2.5
    (Ev("ACCUSE", ["JPN"], ["USA"], day="2023-03-03"), "2023-03-03"),  # q3, g -2.0, p -2.0
    (Ev("AID", ["USA"], ["JPN"], day="2023-03-04"), "2023-03-04"),  # q2, g 7.0, p 10.0
    (Ev("ASSAULT", ["USA"], ["JPN"], day="2023-03-05", modality="negated"), "2023-03-05"),  # excluded
    (Ev("THREATEN", ["CHN"], ["USA"], day="2023-03-10"), "2023-03-10"),
    (Ev("SANCTION", ["USA", "JPN"], ["CHN"], day="2023-03-12"), "2023-03-12"),  # co-actors: not a USA-JPN event
    (Ev("ACCUSE", ["NATO"], ["RUS"], day="2023-04-01"), "2023-04-01"),
    (Ev("SUPPORT", ["ITA"], ["NATO"], day="2023-04-02"), "2023-04-02"),
    (Ev("CONSULT", ["USA"], ["JPN"], day="2021-06-01"), "2021-06-01"),  # outside the graph period
]


def _state(code: str, name: str) -> State:
    return State(code=code, iso2=code[:2], wikidata=None, names={"en": [name]}, demonyms={}, capital={}, seats=[])


@pytest.fixture(scope="module")
def kb() -> KB:
    states = {c: _state(c, n) for c, n in [("USA", "United States"), ("JPN", "Japan"), ("CHN", "China"),
                                           ("ITA", "Italy"), ("RUS", "Russia"), ("FRA", "France")]}
    nato = Organisation(id="NATO", wikidata="Q7184", kind="alliance", parent=None, names={"en": ["NATO"]}, anaphora={},
                        members=(Membership("USA", "1949-08-24", None), Membership("ITA", "1949-08-24", None),
                                 Membership("FRA", "1949-08-24", None)))
    old = Organisation(id="OLDPACT", wikidata=None, kind="alliance", parent=None, names={"en": ["Old Pact"]}, anaphora={},
                       members=(Membership("USA", "1950-01-01", "2000-01-01"), Membership("JPN", "1950-01-01", "2000-01-01")))
    g7 = Organisation(id="G7", wikidata=None, kind="forum", parent=None, names={"en": ["G7"]}, anaphora={},
                      members=(Membership("USA", "1975-11-15", None), Membership("JPN", "1975-11-15", None),
                               Membership("ITA", "1975-11-15", None), Membership("FRA", "1975-11-15", None)))
    return KB(version="kb-test", states=states, orgs={"NATO": nato, "OLDPACT": old, "G7": g7})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "g.duckdb"
    with Store(path) as st:
        st.add_docs([make_doc([ev], date=date, source=f"s{i}.com", salt=str(i)) for i, (ev, date) in enumerate(EVENTS)])
    return path


@pytest.fixture()
def store(db: Path) -> Store:
    s = Store(db, read_only=True)
    yield s  # type: ignore[misc]
    s.close()


def test_dyad_series_by_month(store: Store) -> None:
    rows = dyad_series(store, "USA", "JPN", by="month", date_from="2023-01-01", date_to="2023-03-31")
    assert [r["period"] for r in rows] == ["2023-01-01", "2023-02-01", "2023-03-01"]
    jan, feb, mar = rows
    assert jan == {"period": "2023-01-01", "events": 2, "quad1": 2, "quad2": 0, "quad3": 0, "quad4": 0,
                   "goldstein_sum": 5.0, "goldstein_mean": 2.5, "plover_sum": 5.0, "plover_mean": 2.5,
                   "excluded": 0, "coop_conflict": 1.0}
    assert feb["events"] == 0 and feb["coop_conflict"] is None and feb["goldstein_mean"] is None
    assert (mar["events"], mar["quad2"], mar["quad3"], mar["quad4"], mar["excluded"]) == (2, 1, 1, 0, 1)
    assert (mar["goldstein_sum"], mar["goldstein_mean"], mar["plover_sum"], mar["plover_mean"]) == (5.0, 2.5, 8.0, 4.0)
    assert mar["coop_conflict"] == 0.0


def test_dyad_series_directed_modalities_and_periods(store: Store) -> None:
    usa_jpn = dyad_series(store, "usa", "jpn", by="year", date_from="2023-01-01", directed=True)
    assert [(r["period"], r["events"], r["excluded"]) for r in usa_jpn] == [("2023-01-01", 3, 1)]
    jpn_usa = dyad_series(store, "JPN", "USA", by="year", date_from="2023-01-01", directed=True)
    assert jpn_usa[0]["events"] == 2  # the reciprocal AGREE and the ACCUSE
    every = dyad_series(store, "USA", "JPN", by="month", date_from="2023-03-01", date_to="2023-03-31",
                        include_modalities=None)
    assert (every[0]["events"], every[0]["quad4"], every[0]["excluded"]) == (3, 1, 0)
    # Without a range the series runs from the first to the last event, zero periods included.
    years = dyad_series(store, "USA", "JPN", by="year")
    assert [(r["period"], r["events"]) for r in years] == [("2021-01-01", 1), ("2022-01-01", 0), ("2023-01-01", 4)]
    weeks = dyad_series(store, "USA", "JPN", by="week", date_from="2023-01-01", date_to="2023-01-10")
    assert [r["period"] for r in weeks] == ["2022-12-26", "2023-01-02", "2023-01-09"]
    assert [r["events"] for r in weeks] == [0, 1, 0]
    assert dyad_series(store, "USA", "KOR") == []
    with pytest.raises(ValueError):
        dyad_series(store, "USA", "USA")
    with pytest.raises(ValueError):
        dyad_series(store, "USA", "JPN", by="quarter")


def test_periods() -> None:
    import datetime as dt

    assert periods(dt.date(2023, 11, 15), dt.date(2024, 2, 1), "month") == [
        dt.date(2023, 11, 1), dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 1)]


def test_top_actors(store: Store, kb: KB) -> None:
    rows = top_actors(store, top=3, date_from="2023-01-01", kb=kb)
    assert [r["code"] for r in rows] == ["USA", "JPN", "CHN"]
    usa = rows[0]
    assert (usa["events"], usa["as_actor"], usa["as_recipient"], usa["partners"]) == (6, 4, 2, 2)
    assert (usa["name"], usa["kind"]) == ("United States", "state")
    assert (usa["quad1"], usa["quad2"], usa["quad3"], usa["quad4"]) == (2, 1, 2, 1)
    assert usa["coop_conflict"] == 0.0


def test_build_graph_layers_and_attributes(store: Store, kb: KB) -> None:
    G = build_graph(store, "2023-01-01", "2023-12-31", kb=kb)
    assert isinstance(G, nx.MultiDiGraph)
    usa_jpn = G.get_edge_data("USA", "JPN", key="events")
    assert (usa_jpn["weight"], usa_jpn["quad1"], usa_jpn["quad2"], usa_jpn["excluded"]) == (3, 2, 1, 1)
    assert usa_jpn["layer"] == "events" and usa_jpn["goldstein_sum"] == 12.0 and usa_jpn["coop_conflict"] == 1.0
    assert G.get_edge_data("JPN", "USA", key="events")["weight"] == 2
    assert G.get_edge_data("USA", "CHN", key="events")["weight"] == 1
    assert G.nodes["USA"] == {"code": "USA", "kind": "state", "name": "United States", "events": 6}
    assert G.nodes["NATO"]["kind"] == "organisation"
    # Alliance layer: memberships valid in 2023 of member nodes; an event edge and a
    # membership edge between ITA and NATO coexist under their keys.
    assert G.get_edge_data("ITA", "NATO", key="alliance")["layer"] == "alliance"
    assert G.get_edge_data("ITA", "NATO", key="events")["weight"] == 1
    assert G.has_edge("USA", "NATO") and G.has_edge("JPN", "G7")
    assert not G.has_node("OLDPACT")  # the membership ended in 2000
    assert not G.has_node("FRA")  # alliances never add states without events
    flat = build_graph(store, "2023-01-01", "2023-12-31", alliances=False, kb=kb)
    assert type(flat) is nx.DiGraph and flat["USA"]["JPN"]["weight"] == 3 and not flat.has_node("G7")
    monthly = build_graph(store, "2023-01-01", "2023-12-31", alliances=False, granularity="month", kb=kb)
    keys = sorted(k for u, v, k in monthly.edges(keys=True) if (u, v) == ("USA", "JPN"))
    assert keys == ["events:2023-01-01", "events:2023-03-01"]
    everything = build_graph(store, "2023-01-01", "2023-12-31", alliances=False, include_modalities=None, kb=kb)
    assert everything["USA"]["JPN"]["weight"] == 4 and everything["USA"]["JPN"]["quad4"] == 1


def test_graph_stats(store: Store, kb: KB) -> None:
    G = build_graph(store, "2023-01-01", "2023-12-31", kb=kb)
    s = graph_stats(G, top=0)
    assert s["dyad_events"] == 10 and s["event_edges"] == 7 and s["alliance_edges"] == 5
    assert s["event_nodes"] == 6 and {r["code"] for r in s["actors"]} == {"USA", "JPN", "CHN", "ITA", "NATO", "RUS"}
    assert abs(sum(r["weighted_degree_centrality"] for r in s["actors"]) - 1.0) < 0.01
    top = s["actors"][0]
    assert top["code"] == "USA" and top["strength"] == 7 and top["degree"] == 2
    assert s["communities"] and {"USA", "JPN"} <= set().union(*map(set, s["communities"]))
    members = [c for c in s["communities"] if "USA" in c][0]
    assert "JPN" in members
    assert s["modularity"] is not None


def test_graphml_gexf_and_json_round_trip(store: Store, kb: KB, tmp_path: Path) -> None:
    G = build_graph(store, "2023-01-01", "2023-12-31", kb=kb)
    write_graph(G, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert set(H.nodes) == set(G.nodes)
    assert all(d["code"] == n for n, d in H.nodes(data=True))
    weights = {(u, v, d["layer"]): d["weight"] for u, v, d in H.edges(data=True)}
    assert weights[("USA", "JPN", "events")] == 3 and weights[("ITA", "NATO", "alliance")] == 0
    write_graph(G, "gexf", tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == G.number_of_nodes()
    write_graph(G, "json", tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text())
    assert data == json.loads(json.dumps(graph_json(G)))
    assert {"id", "code", "kind", "name", "events"} <= set(data["nodes"][0])
    assert {"source", "target", "key", "weight", "layer"} <= set(data["edges"][0])


def test_graph_commands(db: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["dyad", "USA", "JPN", "--db", str(db), "--by", "year", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [x["events"] for x in json.loads(r.stdout)] == [1, 0, 4]
    r = CliRunner().invoke(main, ["dyad", "USA", "JPN", "--db", str(db), "--from", "2023-01-01"])
    assert r.exit_code == 0 and "USA <-> JPN" in r.output
    r = CliRunner().invoke(main, ["dyad", "USA", "JPN", "--db", str(db), "--from", "yesterday"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["dyad", "USA", "USA", "--db", str(db)])
    assert r.exit_code == 2 and "two different codes" in " ".join(r.output.split())
    r = CliRunner().invoke(main, ["actors", "--db", str(db), "--top", "2", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [x["code"] for x in json.loads(r.stdout)] == ["USA", "JPN"]
    out = tmp_path / "g.graphml"
    r = CliRunner().invoke(main, ["graph", "--db", str(db), "--from", "2023-01-01", "--to", "2023-12-31",
                                  "--format", "graphml", "--out", str(out), "--stats"])
    assert r.exit_code == 0, r.output
    H = nx.read_graphml(out)
    assert H.nodes["USA"]["code"] == "USA" and "community" in H.nodes["USA"]
    r = CliRunner().invoke(main, ["graph", "--db", str(tmp_path / "missing.duckdb"), "--format", "json", "--out", str(out)])
    assert r.exit_code == 2 and "no such store" in " ".join(r.output.split())


def test_bench_store_small(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["bench-store", "--events", "2000", "--json", "--db", str(tmp_path / "b.duckdb")])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["events"] == 2000 and res["articles"] == 1000 and res["clusters"] > 0
    for k in ("load_s", "update_clusters_full_s", "dyad_series_usa_jpn_month_s", "build_graph_2023_s", "events_page_s"):
        assert isinstance(res[k], float)
    assert set(res["exports"]) == {"plover-jsonl", "gdelt-events", "gdelt-mentions", "parquet", "csv"}
    assert res["exports"]["gdelt-mentions"]["rows"] == 3000  # 2000 events + the appended 1000
    assert res["cluster_quality_vs_latent"]["b3_f1"] > 0.9
    with Store(tmp_path / "b.duckdb", read_only=True) as st:
        assert st.counts()["events"] == 3000
