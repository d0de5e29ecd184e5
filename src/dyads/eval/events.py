"""``dyads eval events``: event-coding scores on the PLV, PLOVER-GSR, PETRARCH and dyads formats."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dyads.lexicon import OLD_NAMES, cameo_table
from dyads.model import PLOVER_TYPES, Doc

PLV_LABELS = ("AGREE", "CONSULT", "SUPPORT", "YIELD", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
              "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip


def canon(label: str | None) -> str | None:
    """Current PLOVER name of a label (older names mapped, CRIME is a context, not a type)."""
    if not label:
        return None
    lab = label.strip().upper()
    lab = OLD_NAMES.get(lab, lab)
    return lab if lab in PLOVER_TYPES else None


def plv_label(label: str | None) -> str:
    lab = canon(label) or "NONE"
    return "YIELD" if lab in ("CONCEDE", "RETREAT") or (label or "").upper() == "YIELD" else lab


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


# ------------------------------------------------------------------------------------ PLV
def eval_plv(path: str | Path, limit: int = 0) -> dict[str, Any]:
    from dyads.dyadcode import code_pair

    gold: list[str] = []
    pred: list[str] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit and i >= limit:
                break
            gold.append(plv_label(row["label"]))
            pred.append(plv_label(code_pair(row["text"], row.get("source") or "", row.get("target") or "", lang="en")))
    per: dict[str, dict[str, float]] = {}
    for lab in PLV_LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        per[lab] = {**_f1(tp, fp, fn), "support": sum(1 for g in gold if g == lab)}
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0
    present = [lab for lab in PLV_LABELS if per[lab]["support"]]
    macro = sum(per[lab]["f1"] for lab in present) / len(present) if present else 0.0
    return {"format": "plv", "n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro, 4),
            "uncoded": pred.count("NONE"), "per_label": per,
            "confusion": {f"{g}->{p}": n for (g, p), n in Counter(zip(gold, pred, strict=True)).most_common(25) if g != p}}


# ----------------------------------------------------------------- sets of (type, actor, recipient)
def _score_sets(items: Iterable[tuple[set[Any], set[Any]]]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, pred in items:
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return _f1(tp, fp, fn)


def _doc_tuples(doc: Doc) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str, str]]]:
    """Predicted types and (type, actor[, recipient]) tuples in the gold's code convention:
    PLOVER/CAMEO country-level codes (NATO -> IGO, Hamas -> PSE), see KB.plover_code."""
    from dyads.kb import load_kb

    kb = load_kb()
    types: set[str] = set()
    ta: set[tuple[str, str]] = set()
    tar: set[tuple[str, str, str]] = set()
    for e in doc.events:
        if e.modality in ("negated", "hypothetical", "perceived"):
            continue
        types.add(e.type)
        for a in e.actors:
            ac = kb.plover_code(a.code)
            if ac:
                ta.add((e.type, ac[:3]))
                for r in e.recipients:
                    rc = kb.plover_code(r.code)
                    if rc:
                        tar.add((e.type, ac[:3], rc[:3]))
    return types, ta, tar


def _eval_records(records: list[dict[str, Any]], fmt: str) -> dict[str, Any]:
    """Score gold records grouped by text. A record with type None only marks a text whose gold
    has no event (PETRARCH's noevents), so that anything coded there counts as a false alarm; a
    record may list "alt" types equally acceptable (a generic CAMEO 080 yield is CONCEDE or RETREAT)."""
    from dyads.api_python import analyze

    by_text: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_text.setdefault(r["text"], []).append(r)
    s_type, s_ta, s_tar = [], [], []
    for text, recs in by_text.items():
        doc = analyze(text, lang="en", date=recs[0].get("date"))
        p_type, p_ta, p_tar = _doc_tuples(doc)
        recs = [_resolve_alt(r, p_type) for r in recs if r["type"] is not None]
        g_type = {r["type"] for r in recs}
        g_ta = {(r["type"], a) for r in recs for a in r["actors"]}
        g_tar = {(r["type"], a, t) for r in recs for a in r["actors"] for t in r["recipients"]}
        s_type.append((g_type, p_type))
        s_ta.append((g_ta, p_ta))
        s_tar.append((g_tar, p_tar))
    t, a, ar = _score_sets(s_type), _score_sets(s_ta), _score_sets(s_tar)
    return {"format": fmt, "texts": len(by_text), "records": sum(1 for r in records if r["type"] is not None),
            "type_f1": t["f1"], "type_actor_f1": a["f1"], "type_actor_recipient_f1": ar["f1"],
            "type": t, "type_actor": a, "type_actor_recipient": ar}


def _resolve_alt(rec: dict[str, Any], p_type: set[str]) -> dict[str, Any]:
    """A record whose gold type is one of several (rec["alt"]) takes the one the coder produced."""
    alt = rec.get("alt") or ()
    if rec["type"] in p_type or not alt:
        return rec
    for t in sorted(alt):
        if t in p_type:
            return {**rec, "type": t}
    return rec


def eval_plover_gsr(path: str | Path, limit: int = 0) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    records = []
    for rec in data:
        etype = canon(rec.get("event"))
        if etype is None or not rec.get("text"):
            continue
        actors = _codes(rec.get("source"))
        recips = _codes(rec.get("target"))
        records.append({"text": rec["text"], "type": etype, "actors": actors, "recipients": recips, "date": rec.get("date")})
        if limit and len(records) >= limit:
            break
    return _eval_records(records, "plover-gsr")


def _codes(entities: Any) -> set[str]:
    """Actor codes of a gold record's source/target (a list of entities; lenient on odd values)."""
    if not isinstance(entities, list):
        return set()
    return {str(e.get("code"))[:3] for e in entities if isinstance(e, dict) and e.get("code")}


_SENT = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.DOTALL)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)


def eval_petrarch(path: str | Path, limit: int = 0) -> dict[str, Any]:
    """PETRARCH validation XML, read leniently (self-closing <Sentence/> tags, '#' banners).

    Every <EventCoding> of a sentence is one gold record (several per text are common); its
    PLOVER type is the plover attribute (older names mapped, see canon) or else the CAMEO
    eventcode projected through our CAMEO table. Readings:
    - noevents="True": the text is scored with an empty gold set, so events coded there are
      false alarms;
    - codes without a PLOVER category in our table (013 optimism, 015 claim of responsibility:
      the manual drops CAMEO 01) are not scored; a text left with no scorable record is
      skipped, since its PLOVER gold is unknown;
    - VERB_6, which an unterminated "<!---" comment seems meant to disable, is read as a live
      record (no comment stripping), as before;
    - 085 (lift sanctions) is CONCEDE, the project's reading of the manual (docs/decisions.md
      #10); a generic yield (080, or plover="YIELD") is CONCEDE or RETREAT, whichever was coded;
    - a record without text is skipped.
    """
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    table = cameo_table()
    records: list[dict[str, Any]] = []
    for m in _SENT.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        body = m.group(2)
        tm = _TEXT.search(body)
        if not tm:
            continue
        text = " ".join(tm.group(1).split())
        if not text:
            continue
        date = attrs.get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 and date.isdigit() else None
        recs: list[dict[str, Any]] = []
        noevents = False
        for c in _CODING.finditer(body):
            ca = dict(_ATTR.findall(c.group(1)))
            if ca.get("noevents", "").lower() == "true":
                noevents = True
                continue
            etype, alt = _petrarch_type(ca, table)
            if etype is None:
                continue
            src, tgt = ca.get("sourcecode", "")[:3], ca.get("targetcode", "")[:3]
            recs.append({"text": text, "type": etype, "alt": alt,
                         "actors": {src} if src and src != "---" else set(),
                         "recipients": {tgt} if tgt and tgt != "---" else set(), "date": iso})
        if not recs and noevents:
            recs.append({"text": text, "type": None, "actors": set(), "recipients": set(), "date": iso})
        records.extend(recs)
        if limit and sum(1 for r in records if r["type"]) >= limit:
            break
    return _eval_records(records, "petrarch-xml")


def _petrarch_type(ca: dict[str, str], table: dict[str, Any]) -> tuple[str | None, frozenset[str]]:
    """PLOVER type (and equally acceptable alternatives) of one <EventCoding>."""
    yield_alt = frozenset({"CONCEDE", "RETREAT"})
    plover = (ca.get("plover") or "").strip().upper()
    if plover == "YIELD":
        return "CONCEDE", yield_alt
    etype = canon(plover)
    if etype:
        return etype, frozenset()
    code = ca.get("eventcode", "").strip()
    if not code[:2].isdigit():
        return None, frozenset()
    if code[:3] == "085":
        return "CONCEDE", frozenset()
    if code in ("08", "080"):
        return "CONCEDE", yield_alt
    for k in (code, code[:3], code[:2]):
        if k in table and table[k].plover_type:
            return canon(table[k].plover_type), frozenset()
    return canon(_ROOT_TO_PLOVER.get(code[:2])), frozenset()


_ROOT_TO_PLOVER = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
                   "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
                   "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}  # fmt: skip


# ------------------------------------------------------------------------------- dyads gold
_SPLIT_ORDER = {"tune": 0, "dev": 1, "heldout": 2}


def eval_dyads(path: str | Path, lang: str | None = None, split: str | None = None) -> dict[str, Any]:
    from dyads.api_python import analyze

    items = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, Any] = {"format": "dyads", "file": str(path)}
    # Report every split the file uses (tune, heldout, and dev for the later development sets),
    # in a stable order, then all items together.
    present = sorted({str(it.get("split") or "tune") for it in items}, key=lambda s: (_SPLIT_ORDER.get(s, 9), s))
    for part in ([split] if split else [*present, "all"]):
        sel = [it for it in items if part == "all" or it.get("split") == part]
        tp = fp = fn = 0
        xtp = xfp = xfn = 0
        trap_violations: list[str] = []
        type_tp = type_fp = type_fn = 0
        for it in sel:
            doc = analyze(it["text"], lang=lang or it.get("lang"), date=it.get("date"))
            gold = {_gkey(e) for e in it.get("events", [])}
            # A perceived threat is flagged as a non-event by the coder (kept only for
            # transparency); the gold lists none, so it is neither a hit nor a false alarm.
            pred = {_pkey(e) for e in doc.events if e.modality != "perceived"}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            x_gold, x_pred = {_between(k) for k in gold}, {_between(k) for k in pred}
            xtp += len(x_gold & x_pred)
            xfp += len(x_pred - x_gold)
            xfn += len(x_gold - x_pred)
            g_types = {(k[0], k[3]) for k in gold}
            p_types = {(k[0], k[3]) for k in pred}
            type_tp += len(g_types & p_types)
            type_fp += len(p_types - g_types)
            type_fn += len(g_types - p_types)
            # Trap failure: in a perception or conditional item, an asserted event the gold does
            # not list as asserted (a feared threat coded as a threat, a hypothetical as a fact).
            if it.get("trap") in ("perception", "conditional"):
                gold_asserted = {k[0] for k in gold if k[3] == "asserted"}
                if any(p[3] == "asserted" and p[0] not in gold_asserted for p in pred):
                    trap_violations.append(it["id"])
        out[part] = {"items": len(sel), "event": _f1(tp, fp, fn), "event_between": _f1(xtp, xfp, xfn),
                     "type_modality": _f1(type_tp, type_fp, type_fn),
                     "trap_violations": sorted(set(trap_violations))}
    return out


def _between(key: tuple[str, frozenset[str], frozenset[str], str]) -> tuple[str, frozenset[str], frozenset[str], str]:
    """The key with within-country targets left out ("a Russian court sentenced Navalny": RUS
    against RUS). Country codes cannot tell a government from its opposition (the output tells
    them apart by sector), and the gold sets' annotators differ on whether such a target is the
    own state or no recipient; ``event_between`` scores only the parties between states."""
    etype, actors, recips, mod = key
    return (etype, actors, recips - actors, mod)


def _gkey(e: dict[str, Any]) -> tuple[str, frozenset[str], frozenset[str], str]:
    mod = e.get("modality") or "asserted"
    return (canon(e["type"]) or e["type"], frozenset(e.get("actor") or []), frozenset(e.get("recipient") or []), mod)


def _pkey(e: Any) -> tuple[str, frozenset[str], frozenset[str], str]:
    return (e.type, frozenset(a.code for a in e.actors if a.code), frozenset(r.code for r in e.recipients if r.code), e.modality)
