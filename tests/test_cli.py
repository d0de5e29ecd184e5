"""The CLI contract: --version, --help with examples, the JSON shape of `dyads analyze`."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main

ARTICLE = ("---\ntitle: Vertice\ndate: 2023-02-01\nlang: it\n---\n"
           "Il presidente francese Emmanuel Macron ha incontrato ieri a Parigi il cancelliere tedesco. "
           "La Francia ha accusato la Russia di aver attaccato l'Ucraina.\n")


def test_version() -> None:
    res = CliRunner().invoke(main, ["--version"])
    assert res.exit_code == 0 and dyads.__version__ in res.output


def _all_commands() -> list[list[str]]:
    out = []
    for name, cmd in main.commands.items():
        sub = getattr(cmd, "commands", None)
        if sub:
            out.extend([[name, s] for s in sub])
        else:
            out.append([name])
    return out


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    res = CliRunner().invoke(main, [*path, "--help"])
    assert res.exit_code == 0, res.output
    assert "Example" in res.output, f"`dyads {' '.join(path)} --help` shows no example"


def test_analyze_json_contract(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data) >= {"article", "mentions", "events"}
    text = data["article"]["text"]
    assert data["article"]["date"] == "2023-02-01"
    for m in data["mentions"]:
        assert {"kind", "text", "start", "end", "code"} <= set(m)
        assert m["kind"] in {"state", "organisation", "person", "role", "place", "date", "gap"}
        assert text[m["start"]:m["end"]] == m["text"]
    schema = json.loads(resources.files("dyads").joinpath("schemas/event.schema.json").read_text())
    for e in data["events"]:
        jsonschema.validate(e, schema)
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        for a in e["actors"] + e["recipients"]:
            assert text[a["start"]:a["end"]] == a["text"]


def test_analyze_reads_stdin_and_date_option() -> None:
    res = CliRunner().invoke(main, ["analyze", "-", "--date", "2023-02", "--lang", "en"], input="Japan and Britain signed a defence agreement.")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["article"]["date"] == "2023-02"


def test_bad_date_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Testo.", encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(f), "--date", "yesterday"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_run_then_events(tmp_path: Path) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.md").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    res = CliRunner().invoke(main, ["run", str(d), "--db", str(db), "--jobs", "1", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["coded"] == 1 and summary["by_lang"] == {"it": 1}
    for fmt in ("json", "csv", "table"):
        r = CliRunner().invoke(main, ["events", "--db", str(db), "--format", fmt])
        assert r.exit_code == 0, r.output


def test_run_exits_nonzero_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "empty.txt").write_text("", encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(d), "--db", str(tmp_path / "x.duckdb"), "--jobs", "1"])
    assert res.exit_code == 1
    assert "empty" in res.output


def test_events_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "dyads run" in res.output


def test_public_api_is_exported() -> None:
    for name in dyads.__all__:
        assert hasattr(dyads, name), name
