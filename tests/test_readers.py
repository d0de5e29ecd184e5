"""Bad input: every unreadable file is reported with its reason, the rest is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyads.readers import ReadFailure, ReadOptions, normalise_date, read_paths
from dyads.runner import run_corpus
from dyads.store import Store

GOOD_IT = ("---\ntitle: Vertice\ndate: 2023-07-11\n---\n"
           "Il presidente del Consiglio ha incontrato a Vilnius il segretario generale della NATO. "
           "I due hanno discusso del sostegno militare all'Ucraina e della difesa del fianco orientale.\n")
GOOD_EN = ("The foreign ministers of Japan and the United States met in Washington on Wednesday "
           "and agreed to deepen military cooperation in the Indo-Pacific region.")


def _bad_folder(tmp: Path) -> Path:
    d = tmp / "corpus"
    d.mkdir()
    (d / "good.md").write_text(GOOD_IT, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes("La ministra ha visitato Parigi e ha incontrato il suo omologo francese, è stato un incontro cordiale.".encode("latin-1"))
    (d / "huge.txt").write_bytes(b"word " * 10_500_000)  # about 52 MB
    lines = [json.dumps({"text": GOOD_EN, "date": "2023-01-11"}), "{not json", json.dumps({"body": "no text field"}), ""]
    (d / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>", encoding="utf-8")
    (d / "russian.txt").write_text("Министр иностранных дел России заявил, что переговоры с Украиной пока невозможны. "
                                    "Он также раскритиковал решение Евросоюза о новых санкциях.", encoding="utf-8")
    return d


def test_each_bad_file_is_reported_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = _bad_folder(tmp_path)
    db = tmp_path / "s.duckdb"
    s = run_corpus([str(folder)], str(db), jobs=1)
    reasons = {Path(p.split(":")[0]).name + (":" + p.split(":")[1] if p.count(":") else ""): r for p, r in s.skipped}
    joined = " | ".join(f"{p}: {r}" for p, r in s.skipped)
    assert any("binary" in r for p, r in s.skipped if p.endswith("binary.txt")), joined
    assert any("empty" in r for p, r in s.skipped if p.endswith("empty.txt")), joined
    assert any("too large" in r for p, r in s.skipped if p.endswith("huge.txt")), joined
    assert any("malformed JSON" in r for p, r in s.skipped if p.endswith("mixed.jsonl:2")), joined
    assert any("'text'" in r for p, r in s.skipped if p.endswith("mixed.jsonl:3")), joined
    assert any("no article text" in r for p, r in s.skipped if p.endswith("nav.html")), joined
    assert any("Cyrillic" in r for p, r in s.skipped if p.endswith("russian.txt")), joined
    assert reasons  # every skip names its file
    # good.md, latin1.txt and the good JSONL line are coded and stored
    assert s.coded == 3, joined
    with Store(db, read_only=True) as st:
        assert st.counts()["articles"] == 3
        texts = [r["text"] for r in st.query("SELECT text FROM articles")]
        assert any("è stato un incontro" in t for t in texts)  # Latin-1 decoded correctly


def test_rerun_keeps_every_count_and_nothing_is_lost(tmp_path: Path) -> None:
    folder = _bad_folder(tmp_path)
    db = tmp_path / "s.duckdb"
    run_corpus([str(folder)], str(db), jobs=1)
    with Store(db, read_only=True) as st:
        first = st.counts()
    again = run_corpus([str(folder)], str(db), jobs=1)
    assert again.new_articles == 0 and again.new_events == 0
    with Store(db, read_only=True) as st:
        second = st.counts()
    for table in ("articles", "mentions", "events", "event_actors"):
        assert first[table] == second[table], table
    assert second["runs"] == first["runs"] + 1  # the run itself is recorded


def test_front_matter_and_dates(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: X\ndate: 2023-02-01T10:00:00Z\nlang: IT\n---\nTesto.", encoding="utf-8")
    [art] = list(read_paths([p]))
    assert not isinstance(art, ReadFailure)
    assert art.date == "2023-02-01" and art.lang == "it" and art.title == "X" and art.text == "Testo."


def test_article_without_date_stays_undated(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Testo senza data.", encoding="utf-8")
    [art] = list(read_paths([p]))
    assert not isinstance(art, ReadFailure) and art.date is None
    [art2] = list(read_paths([p], ReadOptions(date="2024-03")))
    assert not isinstance(art2, ReadFailure) and art2.date == "2024-03"


def test_csv_with_configured_fields(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text('body,published\n"Il governo ha firmato un accordo.",2023-05-04\n', encoding="utf-8")
    [art] = list(read_paths([p], ReadOptions(text_field="body", date_field="published")))
    assert not isinstance(art, ReadFailure) and art.date == "2023-05-04"
    [fail] = list(read_paths([p]))
    assert isinstance(fail, ReadFailure) and "--text-field" in fail.reason


def test_html_main_text_keeps_link_text(tmp_path: Path) -> None:
    body = " ".join(["Il ministro degli Esteri ha incontrato il suo omologo a <a href='/x'>Berlino</a> per discutere di sanzioni."] * 6)
    p = tmp_path / "a.html"
    p.write_text(f"<html><head><title>T</title></head><body><article><p>{body}</p></article></body></html>", encoding="utf-8")
    [art] = list(read_paths([p]))
    assert not isinstance(art, ReadFailure)
    assert "Berlino" in art.text


@pytest.mark.parametrize("value,expected", [("2023-02-01", "2023-02-01"), ("2023-02", "2023-02"), ("01/02/2023", "2023-02-01"), ("junk", None), (None, None)])
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected
