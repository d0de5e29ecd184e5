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
    assert [p.name for p in kb.holders("ITA", "foreign_minister", "2031-06-01")] == ["Ada Testperson"]
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
