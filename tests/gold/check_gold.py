"""Sanity checks and summary tables for the hand-written gold sets in this folder.

Run: .venv/bin/python tests/gold/check_gold.py   (exits non-zero on a failed check)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"it": 66, "fr": 63, "es": 63, "de": 63, "en": 33}
TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
MODALITIES = {"asserted", "negated", "future", "hypothetical", "perceived", "historical"}
TRAPS = [
    "negation",
    "promise",
    "conditional",
    "perception",
    "reported",
    "relative_date",
    "historical",
]
ORGS = {
    "NATO",
    "EU",
    "UN",
    "IAEA",
    "IMF",
    "WB",
    "WHO",
    "WTO",
    "AU",
    "OPEC",
    "G7",
    "G20",
    "ASEAN",
    "OSCE",
    "ICC",
    "HAMAS",
    "HEZBOLLAH",
    "HOUTHIS",
    "WAGNER",
    "TALIBAN",
    "ISIS",
}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def valid_day(s: str) -> bool:
    if not isinstance(s, str) or not DAY.match(s):
        return False
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


def valid_code(c: str) -> bool:
    return c in ORGS or bool(re.fullmatch(r"[A-Z]{3}", c))


def check_events() -> None:
    cov: dict[str, Counter] = {}
    cov_all: dict[str, Counter] = {}
    traps: dict[str, Counter] = {}
    summary = []
    for lang, expected in LANGS.items():
        path = HERE / f"events-{lang}.jsonl"
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path.name}:{n}: bad JSON ({e})")
        if len(rows) != expected:
            err(f"{path.name}: {len(rows)} items, expected {expected}")
        ids = [r.get("id") for r in rows]
        if len(set(ids)) != len(ids):
            err(f"{path.name}: duplicate ids")
        cov[lang], cov_all[lang], traps[lang] = Counter(), Counter(), Counter()
        held = 0
        for r in rows:
            rid = r.get("id")
            if set(r) != {"id", "lang", "date", "split", "text", "events", "trap"}:
                err(f"{rid}: fields {sorted(r)}")
            if not re.fullmatch(rf"{lang}-\d{{3}}", str(rid)) or r.get("lang") != lang:
                err(f"{rid}: bad id/lang")
            if not valid_day(r.get("date")) or not ("2015-01-01" <= r["date"] <= "2025-12-31"):
                err(f"{rid}: bad article date {r.get('date')}")
            if r.get("split") not in ("tune", "heldout"):
                err(f"{rid}: bad split")
            held += r.get("split") == "heldout"
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{rid}: empty text")
            trap = r.get("trap")
            if trap is not None and trap not in TRAPS:
                err(f"{rid}: bad trap {trap}")
            traps[lang][trap or "none"] += 1
            mods = Counter()
            for e in r.get("events", []):
                if set(e) != {"type", "actor", "recipient", "modality", "date"}:
                    err(f"{rid}: event fields {sorted(e)}")
                if e.get("type") not in TYPES:
                    err(f"{rid}: bad type {e.get('type')}")
                if e.get("modality") not in MODALITIES:
                    err(f"{rid}: bad modality {e.get('modality')}")
                mods[e.get("modality")] += 1
                if not e.get("actor"):
                    err(f"{rid}: event without actor")
                for c in e.get("actor", []) + e.get("recipient", []):
                    if not valid_code(c):
                        err(f"{rid}: bad code {c!r}")
                d = e.get("date")
                if d is None:
                    if e.get("modality") not in ("hypothetical", "historical"):
                        err(f"{rid}: null date on {e.get('modality')} event")
                elif not (valid_day(d) or MONTH.match(d)):
                    err(f"{rid}: bad event date {d!r}")
                elif d > r["date"]:
                    err(f"{rid}: event date {d} after article date")
                cov_all[lang][e.get("type")] += 1
                if e.get("modality") == "asserted":
                    cov[lang][e.get("type")] += 1
            # trap-specific sanity
            evs = r.get("events", [])
            if trap == "negation" and not evs:
                err(f"{rid}: negation trap without events")
            if trap == "conditional" and not mods["hypothetical"]:
                err(f"{rid}: conditional trap without hypothetical event")
            if trap == "historical" and not mods["historical"]:
                err(f"{rid}: historical trap without historical event")
            if trap == "perception" and any(e["type"] == "THREATEN" for e in evs):
                err(f"{rid}: perception trap lists a THREATEN event")
            if trap == "relative_date" and all(e["date"] == r["date"] for e in evs):
                err(f"{rid}: relative_date trap whose events all fall on the article date")
            if trap == "promise" and not any(
                e["type"] == "AGREE" and e["modality"] == "asserted" for e in evs
            ):
                err(f"{rid}: promise trap without asserted AGREE")
            if trap == "reported" and not evs:
                err(f"{rid}: reported trap without events")
        if held * 3 != len(rows):
            err(f"{path.name}: {held} heldout of {len(rows)} (must be exactly a third)")
        for t in TYPES:
            if cov[lang][t] < 2:
                err(f"{path.name}: type {t} has only {cov[lang][t]} asserted events")
        for t in TRAPS:
            if traps[lang][t] < 1:
                err(f"{path.name}: trap {t} missing")
        n_trap = len(rows) - traps[lang]["none"]
        summary.append((lang, len(rows), held, n_trap, n_trap / max(len(rows), 1)))

    langs = list(LANGS)
    print("Asserted events per type (all modalities in brackets)")
    print(f"{'type':<11}" + "".join(f"{lg:>10}" for lg in langs))
    for t in TYPES:
        print(f"{t:<11}" + "".join(f"{cov[lg][t]:>5} ({cov_all[lg][t]:>2})" for lg in langs))
    print()
    print("Items per trap")
    print(f"{'trap':<14}" + "".join(f"{lg:>6}" for lg in langs))
    for t in TRAPS + ["none"]:
        print(f"{t:<14}" + "".join(f"{traps[lg][t]:>6}" for lg in langs))
    print()
    print(f"{'file':<8}{'items':>7}{'heldout':>9}{'traps':>7}{'trap %':>8}")
    for lang, n, h, nt, frac in summary:
        print(f"{lang:<8}{n:>7}{h:>9}{nt:>7}{frac:>8.0%}")
    print()


def check_clusters() -> None:
    path = HERE / "clusters.jsonl"
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{n}: bad JSON ({e})")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("clusters: duplicate ids")
    by = defaultdict(list)
    for r in rows:
        if set(r) != {"id", "cluster", "lang", "date", "source", "text"}:
            err(f"{r.get('id')}: fields {sorted(r)}")
        if r.get("lang") not in LANGS or not valid_day(r.get("date")):
            err(f"{r.get('id')}: bad lang/date")
        by[r["cluster"]].append(r)
    events = {k: v for k, v in by.items() if len(v) > 1}
    singles = {k: v for k, v in by.items() if len(v) == 1}
    for k, v in events.items():
        if not 2 <= len(v) <= 4:
            err(f"cluster {k}: {len(v)} reports")
        if len({r["lang"] for r in v}) < 2:
            err(f"cluster {k}: only one language")
        ds = sorted(date.fromisoformat(r["date"]) for r in v)
        if (ds[-1] - ds[0]).days > 3:
            err(f"cluster {k}: reports {(ds[-1] - ds[0]).days} days apart")
    if len(events) < 28:
        err(f"clusters: only {len(events)} multi-report events")
    if len(singles) < 20:
        err(f"clusters: only {len(singles)} distractors")
    sizes = Counter(len(v) for v in events.values())
    print(
        f"clusters.jsonl: {len(rows)} reports, {len(events)} events "
        f"(sizes {dict(sorted(sizes.items()))}), {len(singles)} distractors; "
        f"reports per language {dict(Counter(r['lang'] for r in rows))}"
    )


if __name__ == "__main__":
    check_events()
    check_clusters()
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")
