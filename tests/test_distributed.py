"""Dask runs write Parquet shards that ingest into the same store contents as a local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyads.runner import run_corpus
from dyads.store import Store

pytest.importorskip("dask")

ARTS = [
    {"text": "Il ministro degli Esteri italiano ha incontrato a Roma il suo omologo francese per discutere della crisi in Libia.", "date": "2023-03-01"},
    {"text": "The United States imposed new sanctions on Iran on Monday over its drone exports to Russia.", "date": "2023-02-10"},
    {"text": "Le gouvernement français a condamné l'attaque de drones contre Kiev.", "date": "2023-05-04"},
    {"text": "", "date": "2023-01-01"},
]


def _corpus(tmp: Path) -> Path:
    f = tmp / "c.jsonl"
    f.write_text("\n".join(json.dumps(a) for a in ARTS) + "\n{broken\n", encoding="utf-8")
    return f


def test_dask_shards_ingest_like_a_local_run(tmp_path: Path) -> None:
    from dyads.distributed import run_dask

    src = _corpus(tmp_path)
    res = run_dask([str(src)], str(tmp_path / "shards"), scheduler="synchronous", lines_per_task=2)
    assert res["tasks"] == 3 and res["articles"] == 3
    assert {s["reason"][:9] for s in res["skipped"]} >= {"no articl", "malformed"}
    with Store(tmp_path / "d.duckdb") as st:
        assert st.ingest_parquet(tmp_path / "shards")[0] == 3
        assert st.ingest_parquet(tmp_path / "shards") == (0, 0)  # idempotent
        dask_counts = st.counts()
    run_corpus([str(src)], str(tmp_path / "l.duckdb"), jobs=1)
    with Store(tmp_path / "l.duckdb", read_only=True) as st:
        local = st.counts()
    for table in ("articles", "mentions", "events", "event_actors"):
        assert dask_counts[table] == local[table], table
