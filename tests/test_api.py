"""The HTTP API (dyads.api) against a small store built here from handmade documents.

Every endpoint, the one error shape, the limits (body size, page size), bearer auth, the
read-only access that lets a writer in between requests, and a schema-driven property test
over /openapi.json that must find no server error.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the API needs the server extra: pip install 'dyads[server]'")

import duckdb  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from dyads.api import create_app  # noqa: E402
from dyads.model import ActorRef, Article, Doc, Event, EventDate, Mention, Place, Span, content_id  # noqa: E402
from dyads.store import Store  # noqa: E402

TOKEN = "s3cret-token-for-tests"


# ---- a handmade store -----------------------------------------------------------------------
def _span(text: str, needle: str, within: tuple[int, int] | None = None) -> Span:
    lo, hi = within or (0, len(text))
    i = text.index(needle, lo, hi)
    return Span(i, i + len(needle), needle)


def _ref(text: str, needle: str, code: str, sent: Span, name: str | None = None) -> ActorRef:
    s = _span(text, needle, (sent.start, sent.end))
    return ActorRef(needle, s.start, s.end, code, "GOV", None, name)


def _event(art: Article, sentence: str, trigger: str, etype: str, actors: list[tuple[str, str]],
           recipients: list[tuple[str, str]], *, quad: int, goldstein: float, day: str | None,
           place: Place | None = None, modality: Any = "asserted", lang: str = "en") -> Event:
    sent = _span(art.text, sentence)
    trig = _span(art.text, trigger, (sent.start, sent.end))
    return Event(
        id=content_id(f"{art.id}|{trigger}|{etype}", "e"), article_id=art.id, type=etype, mode=None,
        cameo="040", goldstein=goldstein, quad=quad, plover_score=goldstein / 2,
        actors=[_ref(art.text, n, c, sent) for n, c in actors],
        recipients=[_ref(art.text, n, c, sent) for n, c in recipients],
        trigger=trig, sentence=sent,
        date=EventDate(day, "day" if day else "unresolved"), place=place, modality=modality,
        confidence=0.8, codebook="plover-test", kb_version="kb-test", lang=lang,
    )


def _mentions(text: str, items: list[tuple[str, Any, str | None]]) -> list[Mention]:
    out = []
    for needle, kind, code in items:
        s = _span(text, needle)
        out.append(Mention(s.start, s.end, needle, kind, code=code))
    return out


def build_docs() -> list[Doc]:
    t1 = ("Joe Biden visited Kyiv on Monday and met Volodymyr Zelensky. "
          "Russia attacked Ukraine again with drones overnight.\n\nThe  talks went on.")
    a1 = Article(text=t1, title="Biden in Kyiv", source="example-news", date="2023-02-20", lang="en", url="https://example.org/a1")
    kyiv = Place("Kyiv", t1.index("Kyiv"), t1.index("Kyiv") + 4, "Kyiv", "UKR", 50.45, 30.52, 703448, "city")
    e1 = _event(a1, "Joe Biden visited Kyiv on Monday and met Volodymyr Zelensky.", "visited", "CONSULT",
                [("Joe Biden", "USA")], [("Volodymyr Zelensky", "UKR")], quad=1, goldstein=1.0, day="2023-02-20", place=kyiv)
    e2 = _event(a1, "Russia attacked Ukraine again with drones overnight.", "attacked", "ASSAULT",
                [("Russia", "RUS")], [("Ukraine", "UKR")], quad=4, goldstein=-10.0, day="2023-02-21")
    m1 = _mentions(t1, [("Joe Biden", "person", "USA"), ("Kyiv", "place", None), ("Monday", "date", None),
                        ("Volodymyr Zelensky", "person", "UKR"), ("Russia", "state", "RUS"), ("Ukraine", "state", "UKR")])
    gap = t1.index("  ")
    m1.append(Mention(gap, gap + 2, "  ", "gap", source="gap", value="double space between words"))
    d1 = Doc(article=a1, lang="en", lang_confidence=0.99, mentions=m1, events=[e1, e2])

    t2 = "L'Italia ha inviato aiuti militari all'Ucraina. La Russia ha minacciato l'Italia di ritorsioni."
    a2 = Article(text=t2, title="Aiuti italiani", source="esempio", date="2023-03-05", lang="it")
    e3 = _event(a2, "L'Italia ha inviato aiuti militari all'Ucraina.", "inviato aiuti", "AID",
                [("Italia", "ITA")], [("Ucraina", "UKR")], quad=2, goldstein=7.0, day="2023-03-05", lang="it")
    e4 = _event(a2, "La Russia ha minacciato l'Italia di ritorsioni.", "minacciato", "THREATEN",
                [("Russia", "RUS")], [("Italia", "ITA")], quad=3, goldstein=-4.4, day="2023-03-06",
                modality="future", lang="it")
    d2 = Doc(article=a2, lang="it", lang_confidence=0.97,
             mentions=_mentions(t2, [("Italia", "state", "ITA"), ("Ucraina", "state", "UKR"), ("Russia", "state", "RUS")]),
             events=[e3, e4])

    t3 = "La France a accusé la Russie de mentir."
    a3 = Article(text=t3, title="Accusation", source="exemple", date=None, lang="fr")
    e5 = _event(a3, t3, "accusé", "ACCUSE", [("France", "FRA")], [("Russie", "RUS")], quad=3, goldstein=-2.0,
                day=None, lang="fr")
    d3 = Doc(article=a3, lang="fr", lang_confidence=0.95,
             mentions=_mentions(t3, [("France", "state", "FRA"), ("Russie", "state", "RUS")]), events=[e5])
    return [d1, d2, d3]


def _add_cluster(st: Store, docs: list[Doc]) -> None:
    cols = {r[0] for r in st.con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'clusters'").fetchall()}
    if not cols:
        return
    e1 = docs[0].events[0]
    row = {"id": "c1", "type": "CONSULT", "actor_codes": "USA", "recipient_codes": "UKR", "event_day": "2023-02-20",
           "num_mentions": 2, "num_sources": 2, "num_articles": 2, "num_languages": 2, "first_seen": "2023-02-20",
           "last_seen": "2023-02-21", "rep_event_id": e1.id, "representative_event_id": e1.id, "quad": 1}
    row = {k: v for k, v in row.items() if k in cols}
    st.con.execute(f"INSERT INTO clusters ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    st.con.execute("INSERT INTO cluster_events (event_id, cluster_id) VALUES (?, ?)", [e1.id, "c1"])


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return build_docs()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, docs: list[Doc]) -> str:
    path = str(tmp_path_factory.mktemp("api") / "store.duckdb")
    with Store(path) as st:
        run = st.start_run("0.1.0", "cfg", "kb-test", ["handmade"])
        st.add_docs(docs, run)
        st.finish_run(run, {"read": 3, "new": 3, "events": 5, "skipped": 0})
        _add_cluster(st, docs)
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    # hold=0: the store is closed after every request, so tests can take the write lock.
    with TestClient(create_app(db, hold=0)) as c:
        yield c


@pytest.fixture(scope="module")
def ids(docs: list[Doc]) -> dict[str, str]:
    return {"a1": docs[0].article.id, "a2": docs[1].article.id, "e1": docs[0].events[0].id,
            "e2": docs[0].events[1].id, "e3": docs[1].events[0].id, "e5": docs[2].events[0].id}


def assert_error(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert {"code", "message", "status"} <= set(err)
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    if code:
        assert err["code"] == code
    return err


# ---- events ---------------------------------------------------------------------------------
def test_events_list_and_total(client: TestClient) -> None:
    r = client.get("/v1/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 5 and len(body["items"]) == 5
    assert {"limit", "offset", "page", "page_size"} <= set(body)
    days = [e["date"]["day"] for e in body["items"]]
    assert days == ["2023-02-20", "2023-02-21", "2023-03-05", "2023-03-06", None]  # undated last
    e = body["items"][0]
    assert e["type"] == "CONSULT" and e["actor_codes"] == ["USA"] and e["recipient_codes"] == ["UKR"]
    assert e["trigger"]["text"] == "visited" and e["article_title"] == "Biden in Kyiv"
    assert e["place"]["name"] == "Kyiv" and e["place"]["country"] == "UKR"


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "USA"}, {"CONSULT"}),
    ({"actor": "usa"}, {"CONSULT"}),
    ({"recipient": "UKR"}, {"CONSULT", "ASSAULT", "AID"}),
    ({"type": "ASSAULT"}, {"ASSAULT"}),
    ({"quad": 3}, {"THREATEN", "ACCUSE"}),
    ({"lang": "it"}, {"AID", "THREATEN"}),
    ({"modality": "future"}, {"THREATEN"}),
    ({"q": "drones"}, {"ASSAULT"}),
    ({"from": "2023-03-01"}, {"AID", "THREATEN"}),
    ({"to": "2023-02"}, {"CONSULT", "ASSAULT"}),
    ({"from": "2023-02-21", "to": "2023-03-05"}, {"ASSAULT", "AID"}),
    ({"from": "2023"}, {"CONSULT", "ASSAULT", "AID", "THREATEN"}),
    ({"party": "RUS"}, {"ASSAULT", "THREATEN", "ACCUSE"}),
    ({"between": "UKR,RUS"}, {"ASSAULT"}),
    ({"country": "UKR"}, {"CONSULT"}),
    ({"place": "Kyiv"}, {"CONSULT"}),
    ({"actor": "RUS", "quad": 4}, {"ASSAULT"}),
    ({"actor": "ZZZ"}, set()),
])
def test_events_filters(client: TestClient, params: dict[str, Any], expected: set[str]) -> None:
    r = client.get("/v1/events", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert {e["type"] for e in body["items"]} == expected
    assert body["total"] == len(expected)


def test_events_filter_by_article(client: TestClient, ids: dict[str, str]) -> None:
    r = client.get("/v1/events", params={"article": ids["a2"]})
    assert {e["type"] for e in r.json()["items"]} == {"AID", "THREATEN"}


def test_events_sort_and_paging(client: TestClient) -> None:
    r = client.get("/v1/events", params={"sort": "goldstein", "desc": True, "page_size": 2})
    body = r.json()
    assert [e["type"] for e in body["items"]] == ["AID", "CONSULT"]
    assert body["total"] == 5 and body["page"] == 1 and body["page_size"] == 2
    r = client.get("/v1/events", params={"sort": "goldstein", "desc": True, "page_size": 2, "page": 3})
    assert [e["type"] for e in r.json()["items"]] == ["ASSAULT"]
    r = client.get("/v1/events", params={"limit": 2, "offset": 1})
    body = r.json()
    assert len(body["items"]) == 2 and body["offset"] == 1 and body["total"] == 5
    r = client.get("/v1/events", params={"page": 99})
    assert r.json()["items"] == [] and r.json()["total"] == 5


@pytest.mark.parametrize("params", [
    {"page_size": 501}, {"limit": 501}, {"limit": 0}, {"page": 0}, {"offset": -1},
    {"page": 2, "limit": 10}, {"sort": "sentence_text"}, {"quad": 5}, {"lang": "ru"},
    {"from": "2023-13-01"}, {"from": "yesterday"}, {"from": "2023-05-01", "to": "2023-01-01"},
    {"actor": "US A"}, {"actor": "x" * 40}, {"between": "USA"}, {"modality": "maybe"}, {"q": "x" * 201},
])
def test_events_invalid_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert_error(client.get("/v1/events", params=params), 422, "validation_error")


def test_validation_error_details(client: TestClient) -> None:
    err = assert_error(client.get("/v1/events", params={"page_size": 1000}), 422)
    assert err["details"][0]["loc"] == ["query", "page_size"]
    assert "500" in err["message"]


def test_event_detail_has_text_and_spans(client: TestClient, ids: dict[str, str]) -> None:
    r = client.get(f"/v1/events/{ids['e1']}")
    assert r.status_code == 200
    ev = r.json()
    text = ev["article"]["text"]
    for key in ("trigger", "sentence"):
        assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
    assert [a["code"] for a in ev["actors"]] == ["USA"]
    assert [a["code"] for a in ev["recipients"]] == ["UKR"]
    for a in ev["actors"] + ev["recipients"]:
        assert text[a["start"]:a["end"]] == a["text"]
    kinds = {m["kind"] for m in ev["article"]["mentions"]}
    assert {"person", "place", "date", "state", "gap"} <= kinds
    for m in ev["article"]["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert {e["id"] for e in ev["article"]["events"]} == {ids["e1"], ids["e2"]}


def test_event_and_article_not_found(client: TestClient) -> None:
    err = assert_error(client.get("/v1/events/e000"), 404, "not_found")
    assert "e000" in err["message"]
    assert_error(client.get("/v1/articles/a000"), 404, "not_found")
    assert_error(client.get("/v1/events/" + "x" * 65), 422)


def test_article(client: TestClient, ids: dict[str, str]) -> None:
    r = client.get(f"/v1/articles/{ids['a2']}")
    assert r.status_code == 200
    art = r.json()
    assert art["title"] == "Aiuti italiani" and art["lang"] == "it" and art["date"] == "2023-03-05"
    assert art["text"].startswith("L'Italia")
    assert len(art["events"]) == 2 and len(art["mentions"]) == 3
    for e in art["events"]:
        assert art["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


# ---- analyze --------------------------------------------------------------------------------
def test_analyze_matches_library(client: TestClient) -> None:
    import dyads

    text = "Il segretario generale della NATO, Jens Stoltenberg, ha visitato Seul lunedì."
    r = client.post("/v1/analyze", json={"text": text, "lang": "it", "date": "2023-01-30"})
    assert r.status_code == 200, r.text
    expected = dyads.analyze(text, lang="it", date="2023-01-30").to_dict()
    assert r.json() == json.loads(json.dumps(expected))
    assert r.json()["article"]["text"] == text


def test_analyze_detects_language_without_lang(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": "Joe Biden visited Kyiv on Monday."})
    assert r.status_code == 200
    assert r.json()["article"]["detected_lang"] == "en"


@pytest.mark.parametrize("body", [
    {}, {"text": ""}, {"text": 3}, {"text": "x", "lang": "ru"}, {"text": "x", "date": "not a date"},
    {"text": "x", "unknown": 1}, [], "text",
])
def test_analyze_invalid(client: TestClient, body: Any) -> None:
    assert_error(client.post("/v1/analyze", json=body), 422, "validation_error")


def test_analyze_malformed_json(client: TestClient) -> None:
    r = client.post("/v1/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(r, 422)


def test_body_size_limit(client: TestClient) -> None:
    big = {"text": "a" * 1_000_001}
    err = assert_error(client.post("/v1/analyze", json=big), 413, "payload_too_large")
    assert "1000000" in err["message"]


def test_body_size_limit_without_content_length(db: str) -> None:
    app = create_app(db, max_body=1000)

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 100
        yield b'"}'

    with TestClient(app) as c:
        r = c.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, "payload_too_large")


# ---- clusters, actors, relations, stats -----------------------------------------------------
def test_clusters(client: TestClient, ids: dict[str, str], db: str) -> None:
    r = client.get("/v1/clusters")
    assert r.status_code == 200
    body = r.json()
    with Store(db, read_only=True) as st:
        has_clusters = bool(st.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'clusters'"))
    if not has_clusters:
        assert body["items"] == [] and body["total"] == 0
        return
    assert body["total"] >= 1
    c = next(c for c in body["items"] if c["id"] == "c1")
    assert c["representative_event_id"] == ids["e1"] and c["representative_trigger"] == "visited"
    assert c["actor_codes"] == ["USA"]
    assert client.get("/v1/clusters", params={"actor": "USA"}).json()["total"] == 1
    assert client.get("/v1/clusters", params={"actor": "FRA"}).json()["total"] == 0
    assert client.get("/v1/clusters", params={"min_articles": 3}).json()["total"] == 0
    d = client.get("/v1/clusters/c1").json()
    assert [e["id"] for e in d["events"]] == [ids["e1"]]
    assert_error(client.get("/v1/clusters/nope"), 404, "not_found")


def test_actors_list_and_search(client: TestClient) -> None:
    r = client.get("/v1/actors")
    assert r.status_code == 200
    items = {a["code"]: a for a in r.json()["items"]}
    assert set(items) == {"USA", "UKR", "RUS", "ITA", "FRA"}
    assert items["UKR"]["events"] == 3 and items["UKR"]["as_recipient"] == 3 and items["UKR"]["as_actor"] == 0
    assert items["RUS"]["events"] == 3 and items["RUS"]["as_actor"] == 2
    assert r.json()["items"][0]["events"] >= r.json()["items"][-1]["events"]
    # by code prefix, and by KB names in any language, accents ignored
    assert [a["code"] for a in client.get("/v1/actors", params={"q": "us"}).json()["items"]][:1] == ["USA"]
    if items["USA"]["kind"] == "state":  # the packaged KB knows the USA
        codes = {a["code"] for a in client.get("/v1/actors", params={"q": "Stati Uniti"}).json()["items"]}
        assert "USA" in codes
        codes = {a["code"] for a in client.get("/v1/actors", params={"q": "etats-unis"}).json()["items"]}
        assert "USA" in codes
        assert items["USA"]["name"] == "United States"
    states = client.get("/v1/actors", params={"kind": "state"}).json()["items"]
    assert all(a["kind"] == "state" for a in states)
    allkb = client.get("/v1/actors", params={"with_events": False, "page_size": 500}).json()
    assert allkb["total"] >= 5
    assert client.get("/v1/actors", params={"from": "2023-03-01"}).json()["total"] == 3  # ITA, UKR, RUS


def test_actor_detail(client: TestClient) -> None:
    r = client.get("/v1/actors/ukr")
    assert r.status_code == 200
    a = r.json()
    assert a["code"] == "UKR" and a["events"] == 3 and a["as_recipient"] == 3
    assert {p["code"] for p in a["partners"]} == {"USA", "ITA"}
    assert [x["code"] for x in a["adversaries"]] == ["RUS"]
    assert a["adversaries"][0]["coop_conflict"] == -1.0
    assert a["first_day"] == "2023-02-20" and a["last_day"] == "2023-03-05"
    assert {p["period"] for p in a["activity"]} == {"2023-02", "2023-03"}
    assert a["types"] == {"ASSAULT": 1, "AID": 1, "CONSULT": 1}
    ita = client.get("/v1/actors/ITA").json()
    if ita["kind"] == "state" and ita["memberships"]:
        assert all({"code", "name", "start", "end"} <= set(m) for m in ita["memberships"])
    assert_error(client.get("/v1/actors/QQQ"), 404, "not_found")
    assert_error(client.get("/v1/actors/bad code"), 422)


def _graph_module() -> Any:
    try:
        import dyads.graph as g
    except ImportError:
        return None
    return g


def test_dyad_series(client: TestClient) -> None:
    g = _graph_module()
    if g is None or not hasattr(g, "dyad_series"):
        pytest.skip("dyads.graph.dyad_series is not there yet")
    r = client.get("/v1/dyads/USA/UKR")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["a"] == "USA" and body["b"] == "UKR" and body["by"] == "month"
    assert body["total"] == 1
    p = next(p for p in body["series"] if p["events"])
    assert p["quad1"] == 1 and str(p["period"]).startswith("2023-02")
    assert client.get("/v1/dyads/RUS/UKR", params={"by": "year"}).status_code == 200
    assert client.get("/v1/dyads/RUS/UKR", params={"from": "2024-01-01"}).json()["total"] == 0
    assert_error(client.get("/v1/dyads/USA/UKR", params={"by": "fortnight"}), 422)


def test_graph(client: TestClient) -> None:
    g = _graph_module()
    if g is None or not hasattr(g, "build_graph"):
        pytest.skip("dyads.graph.build_graph is not there yet")
    r = client.get("/v1/graph")
    assert r.status_code == 200, r.text
    body = r.json()
    codes = {n["code"] for n in body["nodes"]}
    assert {"USA", "UKR", "RUS", "ITA"} <= codes  # FRA's only event is undated
    ev = [e for e in body["edges"] if e["layer"] == "events"]
    assert ev and all(e["source"] in codes and e["target"] in codes for e in body["edges"])
    rus_ukr = [e for e in ev if {e["source"], e["target"]} == {"RUS", "UKR"}]
    assert rus_ukr and all(e["coop_conflict"] is None or e["coop_conflict"] < 0 for e in rus_ukr)
    small = client.get("/v1/graph", params={"max_nodes": 2, "alliances": False}).json()
    assert len(small["nodes"]) == 2 and small["truncated"] is True
    assert all(e["layer"] == "events" for e in small["edges"])
    march = client.get("/v1/graph", params={"from": "2023-03-01", "to": "2023-03-31"}).json()
    assert {"USA"} - {n["code"] for n in march["nodes"] if n.get("events")} == {"USA"}


def test_places(client: TestClient) -> None:
    r = client.get("/v1/places")
    assert r.status_code == 200
    body = r.json()
    assert [p["name"] for p in body["items"]] == ["Kyiv"]
    assert body["items"][0]["events"] == 1 and body["items"][0]["quad1"] == 1
    assert body["total_events"] == 1 and body["unplaced_events"] == 4
    assert client.get("/v1/places", params={"actor": "RUS"}).json()["items"] == []


def test_stats(client: TestClient) -> None:
    r = client.get("/v1/stats")
    assert r.status_code == 200
    st = r.json()
    assert st["events"] == 5 and st["articles"] == 3 and st["undated_events"] == 1 and st["actors"] == 5
    assert st["first_day"] == "2023-02-20" and st["last_day"] == "2023-03-06"
    months = {m["month"]: m for m in st["by_month"]}
    assert set(months) == {"2023-02", "2023-03"}
    assert months["2023-02"]["quad1"] == 1 and months["2023-02"]["quad4"] == 1
    assert st["by_type"]["ASSAULT"] == 1 and st["by_modality"]["future"] == 1
    top = {(d["actor"], d["recipient"]): d for d in st["top_dyads"]}
    assert ("RUS", "UKR") in top and top[("RUS", "UKR")]["conflict"] == 1
    assert {lg["lang"]: lg["events"] for lg in st["languages"]} == {"en": 2, "it": 2, "fr": 1}
    assert st["runs"] == 1 and st["last_run"]["paths"] == ["handmade"] and st["last_run"]["events_new"] == 5
    feb = client.get("/v1/stats", params={"from": "2023-02-01", "to": "2023-02-28"}).json()
    assert feb["events"] == 2


def test_health(client: TestClient) -> None:
    r = client.get("/v1/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["events"] == 5
    assert "0001_initial" in r.json()["migrations"]


# ---- errors, headers, dashboard -------------------------------------------------------------
def test_unknown_routes_and_methods(client: TestClient) -> None:
    err = assert_error(client.get("/v1/nope"), 404, "not_found")
    assert "/v1/nope" in err["message"]
    assert_error(client.get("/v1"), 404, "not_found")
    assert_error(client.get("/nothing-here"), 404, "not_found")
    assert_error(client.post("/v1/events"), 405, "method_not_allowed")
    assert_error(client.delete("/v1/events/e1"), 405, "method_not_allowed")


def test_internal_error_shape(db: str) -> None:
    app = create_app(db)

    def boom() -> None:
        raise RuntimeError("secret detail")

    app.add_api_route("/v1/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        err = assert_error(c.get("/v1/boom"), 500, "internal_error")
    assert "secret" not in err["message"]


def test_security_headers_and_no_cors(client: TestClient) -> None:
    r = client.get("/v1/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["cache-control"] == "no-store"


def test_cors_when_asked(db: str) -> None:
    with TestClient(create_app(db, cors_origins=["http://localhost:5173"])) as c:
        r = c.get("/v1/health", headers={"Origin": "http://localhost:5173"})
        assert r.headers["access-control-allow-origin"] == "http://localhost:5173"
        r = c.get("/v1/health", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in r.headers


def test_host_check(db: str) -> None:
    with TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/v1/health").status_code == 200
        assert c.get("/v1/health", headers={"Host": "localhost:8000"}).status_code == 200
        assert_error(c.get("/v1/health", headers={"Host": "evil.example"}), 400, "bad_host")


def test_no_docs_ui_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_dashboard_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    static = Path(__file__).resolve().parents[1] / "src" / "dyads" / "api" / "static"
    if not (static / "index.html").exists():
        pytest.skip("dashboard not built (make web)")
    html = r.text
    assert "<main id=\"app\"" in html
    import re

    assets = re.findall(r'(?:src|href)="(assets/[^"]+)"', html)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for a in assets:
        ar = client.get("/" + a)
        assert ar.status_code == 200, a
        assert "immutable" in ar.headers["cache-control"]
        # Nothing is loaded from elsewhere: no absolute URLs but XML namespaces.
        body = ar.text
        for url in re.findall(r"https?://[^\s\"'`)]+", body):
            assert url.startswith("http://www.w3.org/"), f"{a} refers to {url}"
    assert not re.findall(r"(?:src|href)=\"(?:https?:)?//", html)


def test_openapi(client: TestClient) -> None:
    r = client.get("/openapi.json")
    assert r.status_code == 200
    spec = r.json()
    paths = spec["paths"]
    for p in ("/v1/analyze", "/v1/articles/{article_id}", "/v1/events", "/v1/events/{event_id}", "/v1/clusters",
              "/v1/actors", "/v1/actors/{code}", "/v1/dyads/{a}/{b}", "/v1/graph", "/v1/stats", "/v1/places"):
        assert p in paths, p
    ev = paths["/v1/events"]["get"]
    assert ev["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    assert "securitySchemes" not in spec.get("components", {})


# ---- auth -----------------------------------------------------------------------------------
def test_token_auth(db: str) -> None:
    with TestClient(create_app(db, token=TOKEN)) as c:
        r = c.get("/v1/stats")
        err = assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert "Bearer" in err["message"]
        assert_error(c.get("/v1/stats", headers={"Authorization": "Bearer wrong"}), 401)
        assert_error(c.get("/v1/stats", headers={"Authorization": TOKEN}), 401)
        assert_error(c.get("/v1/nope"), 401)  # unknown routes do not leak past auth
        assert_error(c.post("/v1/analyze", json={"text": "x"}), 401)
        ok = c.get("/v1/stats", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200
        assert c.get("/v1/stats", headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200
        # The page and the API description are public; the data is not.
        assert c.get("/").status_code == 200
        spec = c.get("/openapi.json").json()
        assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
        assert spec["paths"]["/v1/events"]["get"]["security"] == [{"bearer": []}]


# ---- the store: read-only, short-lived, busy and missing ------------------------------------
WRITER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    con.close()
""")


def test_writer_can_open_between_requests(client: TestClient, db: str) -> None:
    assert client.get("/v1/events").status_code == 200
    # The request is over, so its read-only connection is closed: a writer gets in.
    con = duckdb.connect(db)
    con.close()


def test_store_busy_while_a_writer_holds_it(client: TestClient, db: str) -> None:
    with subprocess.Popen([sys.executable, "-c", WRITER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as p:
        try:
            assert p.stdout is not None and p.stdout.readline().strip() == "locked"
            r = client.get("/v1/events")
            err = assert_error(r, 503, "store_busy")
            assert "dyads run" in err["message"]
            assert r.headers["retry-after"]
        finally:
            p.communicate("\n", timeout=30)
    deadline = time.monotonic() + 10
    while client.get("/v1/events").status_code != 200:
        assert time.monotonic() < deadline, "the API did not recover after the writer left"
        time.sleep(0.1)


def test_missing_and_invalid_store(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as c:
        assert_error(c.get("/v1/events"), 503, "store_missing")
        assert c.get("/").status_code == 200
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with TestClient(create_app(other)) as c:
        assert_error(c.get("/v1/events"), 503, "store_invalid")


def test_hold_keeps_connection_then_releases(db: str) -> None:
    app = create_app(db, hold=0.3)
    with TestClient(app) as c:
        for _ in range(3):
            assert c.get("/v1/health").status_code == 200
        pool = app.state.pool
        assert pool.opened == 1 and pool.is_open
        deadline = time.monotonic() + 5
        while pool.is_open:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    duckdb.connect(db).close()


# ---- the CLI --------------------------------------------------------------------------------
def test_serve_refuses_public_host_without_auth(db: str) -> None:
    from dyads.cli import main

    r = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert r.exit_code == 2
    assert "--token" in r.output and "--no-auth" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", db, "--token", "abcdefgh123", "--no-auth"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["serve", "--db", db, "--token", "short"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["serve", "--db", db + ".missing"])
    assert r.exit_code == 2 and "no such store" in r.output


def test_default_hold_is_the_same_in_cli_and_api() -> None:
    from dyads.api.db import DEFAULT_HOLD
    from dyads.cli_serve import DEFAULT_HOLD as CLI_HOLD

    assert CLI_HOLD == DEFAULT_HOLD


def test_is_loopback() -> None:
    from dyads.cli_serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("[::1]")
    assert is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10") and not is_loopback("example.org")


def test_bench_api_reports_percentiles(db: str) -> None:
    from dyads.cli_serve import bench_api

    res = bench_api(db, 30, hold=0)
    assert res["events"] == 5
    assert 0 < res["p50_ms"] <= res["p95_ms"] <= res["p99_ms"]


# ---- property test over the OpenAPI document -------------------------------------------------
# schemathesis generates valid and invalid parameters and bodies from /openapi.json. Its own
# pytest plugin does not run under pytest 9, so each operation is driven through hypothesis
# directly; the operations are listed from a store-less app (the document needs no store).
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

OPERATIONS = sorted(
    (op.method.upper(), op.path)
    for op in (r.ok() for r in schemathesis.openapi.from_asgi("/openapi.json", create_app("unused.duckdb")).get_all_operations())
)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_openapi_property_no_server_error(db: str, method: str, path: str) -> None:
    if "/dyads/" in path or path == "/v1/graph":
        g = _graph_module()
        if g is None or not hasattr(g, "graph_json"):
            pytest.skip("dyads.graph is not there yet")
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, hold=0))
    op = schema[path][method]
    # The pipeline makes /v1/analyze slower per example; fewer examples keep the suite quick.
    n = 15 if path == "/v1/analyze" else 40

    @settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=op.as_strategy())
    def check(case: Any) -> None:
        # No 5xx, and every answer is one the document declares, in the declared shape.
        case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                       response_schema_conformance])

    check()


# ---- the relations layer over any dyads.graph ------------------------------------------------
class _FakeGraph:
    """Stands in for dyads.graph to test what the API adds: truncation, filters, NaN -> null."""

    calls: list[tuple[Any, ...]] = []

    @staticmethod
    def dyad_series(store: Any, a: str, b: str, by: str = "month", date_from: Any = None, date_to: Any = None) -> list[dict[str, Any]]:
        _FakeGraph.calls.append(("dyad", a, b, by, date_from, date_to))
        if by == "day":
            raise ValueError("by='day' is not supported here")
        return [{"period": "2023-02", "events": 2, "quad1": 1, "quad2": 0, "quad3": 0, "quad4": 1, "goldstein_sum": -9.0,
                 "goldstein_mean": -4.5, "plover_sum": float("nan"), "plover_mean": float("inf"), "coop_conflict": 0.0}]

    @staticmethod
    def build_graph(store: Any, date_from: Any, date_to: Any, alliances: bool = True) -> Any:
        _FakeGraph.calls.append(("graph", date_from, date_to, alliances))
        return {"alliances": alliances}

    @staticmethod
    def graph_json(g: Any) -> dict[str, Any]:
        nodes = [{"code": c, "kind": "state", "name": c, "events": n} for c, n in (("USA", 5), ("UKR", 9), ("RUS", 4), ("NATO", 1))]
        edges = [{"source": "USA", "target": "UKR", "layer": "events", "weight": 3, "coop_conflict": 1.0, "goldstein_mean": 2.0},
                 {"source": "RUS", "target": "UKR", "layer": "events", "weight": 1, "coop_conflict": -1.0, "goldstein_mean": float("nan")}]
        if g["alliances"]:
            edges.append({"source": "USA", "target": "NATO", "layer": "alliance", "weight": 1})
        return {"nodes": nodes, "edges": edges}


def test_relations_layer_with_a_stand_in_graph(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dyads.graph", _FakeGraph)
    _FakeGraph.calls.clear()
    r = client.get("/v1/dyads/usa/ukr", params={"from": "2023-02", "to": "2023"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["a"], body["b"], body["total"]) == ("USA", "UKR", 2)
    assert body["series"][0]["plover_sum"] is None and body["series"][0]["plover_mean"] is None
    assert _FakeGraph.calls[-1] == ("dyad", "USA", "UKR", "month", "2023-02-01", "2023-12-31")
    assert_error(client.get("/v1/dyads/USA/UKR", params={"by": "day"}), 422, "validation_error")

    g = client.get("/v1/graph").json()
    assert [n["code"] for n in g["nodes"]] == ["UKR", "USA", "RUS", "NATO"] and g["truncated"] is False
    assert any(e["layer"] == "alliance" for e in g["edges"])
    assert next(e for e in g["edges"] if e["source"] == "RUS")["goldstein_mean"] is None
    g = client.get("/v1/graph", params={"max_nodes": 2, "alliances": False, "from": "2023-03"}).json()
    assert [n["code"] for n in g["nodes"]] == ["UKR", "USA"] and g["truncated"] is True
    assert [(e["source"], e["target"]) for e in g["edges"]] == [("USA", "UKR")]
    assert _FakeGraph.calls[-1] == ("graph", "2023-03-01", None, False)
    g = client.get("/v1/graph", params={"min_weight": 2}).json()
    assert {(e["source"], e["target"]) for e in g["edges"] if e["layer"] == "events"} == {("USA", "UKR")}
