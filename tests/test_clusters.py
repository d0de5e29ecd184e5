"""Event clusters: the rule, stable ids, incremental updates and merges, GDELT-style counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st_

from dyads.cli import main
from dyads.clusters import (
    cluster_of,
    compatible,
    get_cluster,
    list_clusters,
    rebuild_clusters,
    unclustered,
    update_clusters,
)
from dyads.eval.clusters import b_cubed, evaluate_clusters
from dyads.model import Article, Doc
from dyads.store import Store
from dyads.synth import Ev, generate, make_doc


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.duckdb")
    yield s  # type: ignore[misc]
    s.close()


def doc(ev: Ev, date: str, source: str, lang: str = "en", salt: str = "") -> Doc:
    return make_doc([ev], date=date, source=source, lang=lang, url=f"https://{source}/{date}/{salt or ev.type}",
                    salt=salt or f"{source}|{date}|{ev!r}")


def mapping(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT event_id, cluster_id FROM cluster_events").fetchall())


def eid(d: Doc) -> str:
    return d.events[0].id


def test_same_event_across_languages_and_distractors(store: Store) -> None:
    same = [
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-10", confidence=0.9), "2023-03-10", "nyt.com", "en"),
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-11", confidence=0.7), "2023-03-11", "corriere.it", "it"),
        doc(Ev("ACCUSE", ["USA"], ["CHN"], confidence=0.6), "2023-03-12", "lemonde.fr", "fr"),  # publication date
        doc(Ev("ACCUSE", ["USA"], [], day="2023-03-10", confidence=0.5), "2023-03-10", "elpais.es", "es"),  # no recipient
    ]
    apart = [
        doc(Ev("ACCUSE", ["USA"], ["RUS"], day="2023-03-10"), "2023-03-10", "nyt.com"),  # another recipient
        doc(Ev("ACCUSE", ["CHN"], ["USA"], day="2023-03-10"), "2023-03-10", "nyt.com"),  # reversed
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-20"), "2023-03-20", "nyt.com"),  # ten days later
        doc(Ev("THREATEN", ["USA"], ["CHN"], day="2023-03-10"), "2023-03-10", "nyt.com"),  # another type
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-10", modality="negated"), "2023-03-10", "faz.de", "de"),
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-10", modality="hypothetical"), "2023-03-10", "faz.de", "de"),
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023", precision="year"), "2023-03-10", "faz.de", "de"),
        doc(Ev("ACCUSE", ["USA"], ["CHN"], day=None, precision="unresolved"), "2023-03-10", "faz.de", "de"),
    ]
    store.add_docs(same + apart)
    assert update_clusters(store) == len(same) + len(apart)
    m = mapping(store)
    assert len({m[eid(d)] for d in same}) == 1
    cid = m[eid(same[0])]
    assert all(m[eid(d)] != cid for d in apart)
    assert len({m[eid(d)] for d in apart}) == len(apart)
    c = get_cluster(store, cid)
    assert c is not None
    assert (c["num_mentions"], c["num_articles"], c["num_sources"], c["num_languages"]) == (4, 4, 4, 4)
    assert c["languages"] == "en,es,fr,it"
    assert (c["first_seen"], c["last_seen"]) == ("2023-03-10", "2023-03-12")
    assert c["rep_event_id"] == eid(same[0])  # highest confidence
    assert (c["type"], c["actor_codes"], c["recipient_codes"], str(c["event_day"])) == ("ACCUSE", "USA", "CHN", "2023-03-10")
    assert c["id"] == "c" + __import__("hashlib").md5(eid(same[0]).encode()).hexdigest()[:20]
    assert unclustered(store) == 0


def test_reciprocal_events_compare_parties_unordered(store: Store) -> None:
    a = doc(Ev("CONSULT", ["USA", "JPN"], [], day="2023-05-02"), "2023-05-02", "a.com")
    b = doc(Ev("CONSULT", ["JPN"], ["USA"], day="2023-05-02"), "2023-05-02", "b.com", "it")
    c = doc(Ev("CONSULT", ["USA"], ["JPN", "KOR"], day="2023-05-03"), "2023-05-03", "c.com", "fr")  # trilateral
    d = doc(Ev("CONSULT", ["USA"], ["KOR"], day="2023-05-02"), "2023-05-02", "d.com")  # shares only USA: apart
    e = doc(Ev("AGREE", ["USA", "JPN"], [], day="2023-05-02"), "2023-05-02", "e.com")
    f = doc(Ev("SUPPORT", ["JPN"], ["USA"], day="2023-05-02"), "2023-05-02", "f.com")  # signed: AGREE~SUPPORT
    store.add_docs([a, b, c, d, e, f])
    update_clusters(store)
    m = mapping(store)
    assert m[eid(a)] == m[eid(b)] == m[eid(c)]
    assert m[eid(d)] != m[eid(a)]
    assert m[eid(e)] == m[eid(f)] != m[eid(a)]


def test_place_country_must_agree_when_both_known(store: Store) -> None:
    a = doc(Ev("ASSAULT", ["RUS"], ["UKR"], day="2023-06-01", place=("Kharkiv", "UKR")), "2023-06-01", "a.com")
    b = doc(Ev("ASSAULT", ["RUS"], ["UKR"], day="2023-06-01", place=("Belgorod", "RUS")), "2023-06-01", "b.com")
    c = doc(Ev("ASSAULT", ["RUS"], ["UKR"], day="2023-06-01"), "2023-06-01", "c.com")
    store.add_docs([a, b, c])
    update_clusters(store)
    m = mapping(store)
    assert m[eid(a)] != m[eid(b)]
    assert m[eid(c)] in (m[eid(a)], m[eid(b)])


def test_daily_reports_do_not_chain_into_one_cluster(store: Store) -> None:
    docs = [doc(Ev("ASSAULT", ["RUS"], ["UKR"], day=f"2023-07-{d:02d}"), f"2023-07-{d:02d}", "a.com")
            for d in range(1, 21)]
    store.add_docs(docs)
    update_clusters(store)
    dist = store.con.execute("""
        SELECT ce.cluster_id, max(abs(e.event_day - a.event_day)), max(e.event_day) - min(e.event_day)
        FROM cluster_events ce JOIN events e ON e.id = ce.event_id
        JOIN clusters c ON c.id = ce.cluster_id JOIN events a ON a.id = c.anchor_event_id
        GROUP BY ce.cluster_id
    """).fetchall()
    assert len(dist) >= 4
    # Day windows are anchor day ±1 and member day ±1: members are at most 2 days from the
    # anchor, so no cluster spans more than 4 days, however long the daily series.
    assert max(d[1] for d in dist) <= 2 and max(d[2] for d in dist) <= 4


def test_rerun_changes_no_ids_and_rebuild_reproduces_them(store: Store, tmp_path: Path) -> None:
    generate(store, 3000, salt="t1")
    update_clusters(store)
    before = mapping(store)
    clusters_before = store.con.execute("SELECT id, num_mentions, rep_event_id FROM clusters ORDER BY id").fetchall()
    assert update_clusters(store) == 0
    assert mapping(store) == before
    assert rebuild_clusters(store) == 3000
    assert mapping(store) == before
    assert store.con.execute("SELECT id, num_mentions, rep_event_id FROM clusters ORDER BY id").fetchall() == clusters_before
    # The same corpus stored in another order clusters to the same ids.
    docs = [doc(Ev("CONSULT", ["FRA"], ["DEU"], day="2024-01-0" + str(d % 3 + 1), confidence=0.5 + d / 100),
                f"2024-01-0{d % 3 + 2}", f"s{d}.com") for d in range(8)]
    with Store(tmp_path / "a.duckdb") as s1, Store(tmp_path / "b.duckdb") as s2:
        s1.add_docs(docs)
        s2.add_docs(docs[::-1])
        update_clusters(s1)
        update_clusters(s2)
        assert mapping(s1) == mapping(s2)


def test_adding_articles_only_adds_or_merges(store: Store) -> None:
    generate(store, 4000, salt="t2", latent=1600)
    update_clusters(store)
    old = mapping(store)
    old_ids = set(old.values())
    generate(store, 1500, start=4000, salt="t2", latent=1600)  # new reports of the same latent events
    n = update_clusters(store)
    assert n == 1500
    new = mapping(store)
    assert set(old) <= set(new)
    # Old co-members stay together (no split), and every old cluster id either survives or
    # was merged into a surviving old cluster.
    by_old: dict[str, set[str]] = {}
    for e, c in old.items():
        by_old.setdefault(c, set()).add(new[e])
    assert all(len(v) == 1 for v in by_old.values())
    for c, (target,) in by_old.items():
        assert target == c or target in old_ids
    joined = sum(1 for e, c in new.items() if e not in old and c in old_ids)
    assert joined > 500  # most new reports found their event
    total = store.con.execute("SELECT sum(num_mentions), count(*) FROM clusters").fetchone()
    assert total == (5500, len(set(new.values())))


def test_bridging_event_merges_into_the_older_cluster(store: Store) -> None:
    x = doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-10"), "2023-03-10", "a.com")
    y = doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-13"), "2023-03-13", "b.com")
    store.add_docs([x])
    update_clusters(store)
    store.add_docs([y])
    update_clusters(store)
    m = mapping(store)
    cx, cy = m[eid(x)], m[eid(y)]
    assert cx != cy
    bridge = doc(Ev("ACCUSE", ["USA"], ["CHN"]), "2023-03-12", "c.com")  # publication date: [09, 12]
    store.add_docs([bridge])
    assert update_clusters(store) == 1
    m = mapping(store)
    assert m[eid(x)] == m[eid(y)] == m[eid(bridge)] == cx  # the older id survives
    assert store.con.execute("SELECT count(*) FROM clusters WHERE id = ?", [cy]).fetchone() == (0,)
    assert store.con.execute("SELECT num_mentions FROM clusters WHERE id = ?", [cx]).fetchone() == (3,)


def test_sources_fall_back_to_the_url_domain(store: Store) -> None:
    a = make_doc([Ev("AID", ["USA"], ["UKR"], day="2023-02-01")], date="2023-02-01", url="https://www.bbc.co.uk/x", salt="1")
    b = make_doc([Ev("AID", ["USA"], ["UKR"], day="2023-02-01")], date="2023-02-01", url="https://www.bbc.co.uk/y", salt="2")
    c = make_doc([Ev("AID", ["USA"], ["UKR"], day="2023-02-01")], date="2023-02-02", source="Reuters", salt="3")
    store.add_docs([a, b, c])
    update_clusters(store)
    rows, total = list_clusters(store, actor="usa")
    assert total == 1 and rows[0]["num_articles"] == 3 and rows[0]["num_sources"] == 2
    assert cluster_of(store, [eid(a)]) == {eid(a): rows[0]["id"]}


def _feats(store: Store) -> dict[str, dict[str, Any]]:
    rows = store.query("SELECT id, type, modality, actor_codes, recipient_codes, event_day, date_precision, place_country FROM events")
    return {r["id"]: r for r in rows}


def test_sql_rule_matches_the_python_reference(store: Store) -> None:
    """Every member is compatible with its cluster's anchor; no two anchors of one batch are."""
    generate(store, 2500, salt="t3")
    update_clusters(store)
    f = _feats(store)
    anchors = dict(store.con.execute("SELECT id, anchor_event_id FROM clusters").fetchall())
    for e, c in mapping(store).items():
        a = anchors[c]
        assert e == a or compatible(f[a], f[e]), (f[a], f[e])
    by_day: dict[Any, list[str]] = {}
    for a in anchors.values():
        by_day.setdefault((f[a]["type"], f[a]["event_day"]), []).append(a)
    for group in by_day.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                assert not compatible(f[a], f[b])


CODES = ["USA", "CHN", "RUS", "UKR", "JPN"]
event_st = st_.builds(
    lambda t, a, r, d, p, m, c: Ev(t, a, [x for x in r if x not in a], day=f"2023-01-{d:02d}", precision=p,
                                   modality=m, place=("X", c) if c else None),
    st_.sampled_from(["CONSULT", "ACCUSE", "AGREE", "SUPPORT"]),
    st_.lists(st_.sampled_from(CODES), min_size=0, max_size=2, unique=True),
    st_.lists(st_.sampled_from(CODES), min_size=0, max_size=2, unique=True),
    st_.integers(1, 28), st_.sampled_from(["day", "day", "publication", "week", "month"]),
    st_.sampled_from(["asserted", "asserted", "negated"]), st_.sampled_from([None, None, "USA", "CHN"]),
)


@settings(max_examples=30, deadline=None)
@given(st_.lists(event_st, min_size=1, max_size=25))
def test_clusters_are_leader_partitions(evs: list[Ev]) -> None:
    with Store(":memory:") as s:
        s.add_docs([doc(ev, "2023-01-15", f"s{i}.com", salt=str(i)) for i, ev in enumerate(evs)])
        assert update_clusters(s) == len(evs)
        f = _feats(s)
        anchors = dict(s.con.execute("SELECT id, anchor_event_id FROM clusters").fetchall())
        m = mapping(s)
        assert set(m) == set(f)
        for e, c in m.items():
            assert e == anchors[c] or compatible(f[anchors[c]], f[e])
        leaders = list(anchors.values())
        for i, a in enumerate(leaders):
            for b in leaders[i + 1:]:
                assert not compatible(f[a], f[b])
        assert s.con.execute("SELECT sum(num_mentions) FROM clusters").fetchone() == (len(evs),)


# ------------------------------------------------------------------------ evaluation
def test_b_cubed_known_values() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert b_cubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, _ = b_cubed(gold, {"a": 0, "b": 0, "c": 0, "d": 0})
    assert (p, r) == (0.5, 1.0)
    p, r, _ = b_cubed(gold, {"a": 1, "b": 2, "c": 3, "d": 4})
    assert (p, r) == (1.0, 0.5)


def _fake_coder(art: Article) -> Doc:
    """Reads 'TYPE ACTOR>RECIPIENT' from the first line; text without it codes no event."""
    first = art.text.split("\n", 1)[0].split()
    if len(first) < 2 or ">" not in first[1]:
        return Doc(article=art, norm=art.text, lang=art.lang)
    a, r = first[1].split(">")
    d = make_doc([Ev(first[0], [a], [r] if r else [])], date=art.date, source=art.source, lang=art.lang or "en",
                 salt=art.text)
    return d


def test_evaluate_clusters_with_a_fixture(tmp_path: Path) -> None:
    rows = [
        {"id": "1", "cluster": "g1", "lang": "en", "date": "2023-04-01", "source": "a", "text": "CONSULT ITA>FRA\nMeloni met Macron."},
        {"id": "2", "cluster": "g1", "lang": "it", "date": "2023-04-02", "source": "b", "text": "CONSULT FRA>ITA\nMacron ha incontrato Meloni."},
        {"id": "3", "cluster": "g2", "lang": "fr", "date": "2023-04-01", "source": "c", "text": "ACCUSE RUS>UKR\nMoscou accuse Kiev."},
        {"id": "4", "cluster": "g2", "lang": "de", "date": "2023-04-01", "source": "d", "text": "ACCUSE RUS>UKR\nMoskau wirft Kiew vor."},
        {"id": "5", "cluster": "g3", "lang": "es", "date": "2023-04-01", "source": "e", "text": "ACCUSE RUS>POL\nMoscú acusa a Varsovia."},
        {"id": "6", "cluster": "g4", "lang": "en", "date": "2023-04-01", "source": "f", "text": "Nothing happened."},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    res = evaluate_clusters(path, coder=_fake_coder)
    assert res == {"b3_precision": 1.0, "b3_recall": 1.0, "b3_f1": 1.0, "reports": 6, "gold_clusters": 4,
                   "predicted_clusters": 4, "reports_without_events": 1}


# ------------------------------------------------------------------------------- CLI
def test_clusters_command(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with Store(db) as s:
        s.add_docs([doc(Ev("ACCUSE", ["USA"], ["CHN"], day="2023-03-10"), "2023-03-10", f"s{i}.com", salt=str(i))
                    for i in range(3)])
    res = CliRunner().invoke(main, ["clusters", "--db", str(db), "--update", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["total"] == 1 and data["clusters"][0]["num_mentions"] == 3
    res = CliRunner().invoke(main, ["clusters", "--db", str(db), "--actor", "CHN"])
    assert res.exit_code == 0 and "1 of 1 clusters" in res.output
    res = CliRunner().invoke(main, ["clusters", "--db", str(db), "--from", "2023-13-01"])
    assert res.exit_code == 2
