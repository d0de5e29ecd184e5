"""The hand-written gold sets stay well-formed (fields, codes, splits, type and trap coverage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_gold_sets_pass_their_checker() -> None:
    checker = Path(__file__).parent / "gold" / "check_gold.py"
    res = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_scores_between_states_leave_within_country_targets_out(tmp_path: Path) -> None:
    from dyads.eval.events import eval_dyads

    item = {"id": "x-1", "lang": "de", "date": "2021-01-17", "split": "tune", "trap": None,
            "text": "Russische Behörden haben den Oppositionsführer Alexej Nawalny am Moskauer Flughafen festgenommen.",
            "events": [{"type": "COERCE", "actor": ["RUS"], "recipient": [], "modality": "asserted"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(__import__("json").dumps(item) + "\n", encoding="utf-8")
    res = eval_dyads(path, split="tune")["tune"]
    # the German coder names the opposition leader (RUS, by sector) where this gold lists no recipient:
    # strict scoring counts the difference, scoring between states does not
    assert res["event_between"]["f1"] == 1.0
    assert res["event"]["f1"] < 1.0
