"""Knowledge base: loading, time-scoped offices and memberships, user files, Wikidata import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli import main
from dyads.errors import KBError
from dyads.kb import check_kb, load_kb
from dyads.kb.wikidata import import_wikidata

SPARQL = {
    "head": {"vars": ["person", "personLabel", "positionLabel", "countryCode", "start", "end"]},
    "results": {"bindings": [
        {"person": {"value": "http://www.wikidata.org/entity/Q1"}, "personLabel": {"value": "Ada Testperson"},
         "positionLabel": {"value": "Minister of Foreign Affairs of Ruritania"}, "countryCode": {"value": "ITA"},
         "start": {"value": "2031-01-01T00:00:00Z"}, "end": {"value": ""}},
        {"person": {"value": "http://www.wikidata.org/entity/Q2"}, "personLabel": {"value": "Bruno Beispiel"},
         "positionLabel": {"value": "Prime Minister of Ruritania"}, "countryCode": {"value": "ITA"},
         "start": {"value": "2030-05-01T00:00:00Z"}, "end": {"value": "2032-02-01T00:00:00Z"}},
    ]},
}  # fmt: skip


def test_packaged_kb_is_consistent() -> None:
    kb = load_kb()
    assert check_kb(kb) == []


def test_kb_check_command_passes() -> None:
    res = CliRunner().invoke(main, ["kb", "check"])
    assert res.exit_code == 0, res.output


def test_import_wikidata_then_resolve_office_by_date(tmp_path: Path) -> None:
    src = tmp_path / "result.json"
    src.write_text(json.dumps(SPARQL), encoding="utf-8")
    out = tmp_path / "people.yaml"
    res = CliRunner().invoke(main, ["kb", "import-wikidata", str(src), "--out", str(out), "--retrieved", "2026-11-01"])
    assert res.exit_code == 0, res.output
    doc = import_wikidata(src, "2026-11-01")
    ada = next(p for p in doc["people"] if p["name"] == "Ada Testperson")
    assert ada["offices"][0]["office"] == "foreign_minister" and ada["source"].startswith("wikidata:result.json@")
    kb = load_kb((str(out),))
    assert "Ada Testperson" in [p.name for p in kb.holders("ITA", "foreign_minister", "2031-06-01")]
    assert "Ada Testperson" not in [p.name for p in kb.holders("ITA", "foreign_minister", "2030-06-01")]
    assert kb.holders("ITA", "head_of_government", "2033-01-01") == [] or all(
        p.name != "Bruno Beispiel" for p in kb.holders("ITA", "head_of_government", "2033-01-01"))
    r = CliRunner().invoke(main, ["--kb", str(out), "kb", "who", "ITA", "head_of_government", "--date", "2031-01-01"])
    assert "Bruno Beispiel" in r.output


def test_broken_kb_file_fails_with_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - name: X\n    offices:\n      - {office: emperor, code: ITA}\n", encoding="utf-8")
    with pytest.raises(KBError, match="bad.yaml: person X: unknown office 'emperor'"):
        load_kb((str(bad),))
    res = CliRunner().invoke(main, ["--kb", str(bad), "kb", "check"])
    assert res.exit_code != 0 and "unknown office" in res.output
    bad2 = tmp_path / "bad2.yaml"
    bad2.write_text("people:\n  - name: Y\n    offices:\n      - {office: minister, code: XYZ, start: 2020-01-01}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["--kb", str(bad2), "kb", "check"])
    assert res.exit_code == 1 and "XYZ" in res.output


def test_bad_dates_in_import_are_rejected(tmp_path: Path) -> None:
    src = tmp_path / "r.json"
    src.write_text("{not json", encoding="utf-8")
    with pytest.raises(KBError, match="not valid JSON"):
        import_wikidata(src)


@pytest.mark.parametrize("code,office,date,name", [
    ("USA", "foreign_minister", "2019-06-01", "Mike Pompeo"),
    ("USA", "foreign_minister", "2023-01-11", "Antony Blinken"),
    ("NATO", "secretary_general", "2023-02-01", "Jens Stoltenberg"),
    ("NATO", "secretary_general", "2025-01-15", "Mark Rutte"),
    ("DEU", "head_of_government", "2020-05-01", "Angela Merkel"),
    ("DEU", "head_of_government", "2023-01-25", "Olaf Scholz"),
    ("ITA", "head_of_government", "2023-07-28", "Giorgia Meloni"),
])  # fmt: skip
def test_offices_resolve_by_date(code: str, office: str, date: str, name: str) -> None:
    assert [p.name for p in load_kb().holders(code, office, date)] == [name]


def test_memberships_are_time_scoped() -> None:
    kb = load_kb()
    assert "FIN" not in kb.members("NATO", "2023-04-03") and "FIN" in kb.members("NATO", "2023-04-05")
    assert "SWE" in kb.members("NATO", "2024-03-08") and "SWE" not in kb.members("NATO", "2024-03-06")
    assert "GBR" in kb.members("EU", "2019-06-01") and "GBR" not in kb.members("EU", "2020-02-01")
    assert len(kb.members("NATO", "2025-01-01")) == 32 and len(kb.members("EU", "2025-01-01")) == 27


@pytest.mark.parametrize(("date", "title"), [
    ("2021-03-01", "Interior Minister"),
    ("2024-09-01", "Interior Minister"),
    ("2025-03-01", "Justice Minister"),
])  # fmt: skip
def test_darmanin_offices_by_date(date: str, title: str) -> None:
    person = next(p for p in load_kb().people if p.name == "Gérald Darmanin")
    office = person.office_at(date)
    assert office is not None and (office.code, office.title) == ("FRA", title)


@pytest.mark.parametrize("alias", ["Benyamin Netanyahou", "Nétanyahou", "Netanyahou"])
def test_french_spellings_of_netanyahu(alias: str) -> None:
    person = next(p for p in load_kb().people if p.name == "Benjamin Netanyahu")
    assert alias in person.aliases


# ---- the cache of built gazetteers --------------------------------------------------------


def test_a_built_gazetteer_is_cached_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dyads.kb import gazetteer as gz

    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DYADS_NO_CACHE", raising=False)
    kb = load_kb()
    first = gz.Gazetteer("es", kb)
    [cached] = list(tmp_path.glob("gazetteer-es-*.pickle"))

    def no_build(self: object) -> None:
        raise AssertionError("built again although a cache file exists")

    monkeypatch.setattr(gz.Gazetteer, "_build", no_build)
    second = gz.Gazetteer("es", kb)
    assert [(m.start, m.end) for m in second.find("Pedro Sánchez visitó Kiev.")] == \
        [(m.start, m.end) for m in first.find("Pedro Sánchez visitó Kiev.")]
    # a damaged file is ignored and replaced
    cached.write_bytes(b"not a pickle")
    monkeypatch.undo()
    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path))
    third = gz.Gazetteer("es", kb)
    assert third.lookup("Kiev") and cached.stat().st_size > 1000


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dyads.kb import gazetteer as gz

    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DYADS_NO_CACHE", "1")
    gz.Gazetteer("fr", load_kb())
    assert not list(tmp_path.iterdir())


def test_people_added_for_blind_round_gaps() -> None:
    kb = load_kb()
    oli = next(p for p in kb.people if p.name == "KP Sharma Oli")
    assert oli.office_at("2025-03-01").code == "NPL"
    assert next(p for p in kb.people if p.name == "Kevin McCarthy").office_at("2023-04-05").code == "USA"
    assert {m.code for m in kb.orgs["E3"].members} == {"FRA", "DEU", "GBR"}
