"""Print the items of a dyads gold file where the coder's events differ from the gold.

Run: .venv/bin/python tests/gold/diff_gold.py tests/gold/events-de.jsonl [tune|dev]

This is the tuning loop's window on the coder. It will not show the held-out split: those items
are scored only (`dyads eval events ... --split heldout`), never read while tuning.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dyads.api_python import analyze
from dyads.eval.events import _gkey, _pkey


def _fmt(k: tuple[str, frozenset[str], frozenset[str], str]) -> str:
    return f"{k[0]} {sorted(k[1])}->{sorted(k[2])} {k[3]}"


def main(path: str, split: str = "tune") -> int:
    if split == "heldout":
        print("the held-out split is for scoring only; use `dyads eval events --split heldout`")
        return 2
    shown = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        if (it.get("split") or "tune") != split:
            continue
        doc = analyze(it["text"], lang=it.get("lang"), date=it.get("date"))
        gold = {_gkey(e) for e in it["events"]}
        pred = {_pkey(e) for e in doc.events if e.modality != "perceived"}
        if gold == pred:
            continue
        shown += 1
        print("==", it["id"], it.get("trap"), it["text"])
        for k in sorted(gold - pred):
            print("   MISS ", _fmt(k))
        for k in sorted(pred - gold):
            print("   EXTRA", _fmt(k))
        for e in doc.events:
            print("      ev", e.type, repr(e.trigger.text), [(a.text, a.code) for a in e.actors],
                  [(a.text, a.code) for a in e.recipients], e.modality)
    print(f"{shown} items differ")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
