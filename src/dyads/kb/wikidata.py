"""Refresh office holders from a Wikidata query result the user downloaded.

dyads never calls Wikidata itself (it works offline). Run the query in ``docs/kb.md`` at
https://query.wikidata.org, download the result as JSON (or CSV), then::

    dyads kb import-wikidata result.json --out kb/officeholders.yaml
    dyads --kb kb/officeholders.yaml run corpus/ --db news.duckdb

Expected columns: ``person`` (entity URI), ``personLabel``, ``positionLabel``, ``countryCode``
(ISO alpha-3; or ``orgCode`` for an organisation id known to the KB), ``start``, ``end`` and,
optionally, ``office`` (one of dyads' office keys) and ``sector``. Without ``office`` the key is
inferred from the position's label.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from pathlib import Path
from typing import Any

import yaml

from dyads.errors import KBError
from dyads.kb import OFFICE_KEYS

_OFFICE_WORDS = (
    ("head_of_government", ("prime minister", "chancellor", "premier", "head of government", "president of the government", "taoiseach")),
    ("foreign_minister", ("foreign", "secretary of state", "external affairs")),
    ("defence_minister", ("defence", "defense", "armed forces")),
    ("secretary_general", ("secretary general", "secretary-general", "director-general", "director general", "managing director")),
    ("head_of_state", ("president", "king", "queen", "monarch", "emir", "head of state", "supreme leader")),
)


def infer_office(label: str) -> str:
    low = label.lower()
    for key, words in _OFFICE_WORDS:
        if any(w in low for w in words):
            return key
    return "minister" if "minister" in low else "other"


def _rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{") or text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise KBError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}); download the result as 'JSON'") from None
        if isinstance(data, dict) and "results" in data:  # SPARQL JSON results
            return [{k: v.get("value", "") for k, v in b.items()} for b in data["results"].get("bindings", [])]
        if isinstance(data, list):  # the query service's "JSON (simple)" download
            return [{k: str(v) for k, v in r.items()} for r in data if isinstance(r, dict)]
        raise KBError(f"{path}: expected SPARQL JSON results or a list of records")
    return list(csv.DictReader(io.StringIO(text)))


def _day(value: str) -> str | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def import_wikidata(path: str | Path, retrieved: str | None = None) -> dict[str, Any]:
    """Turn a query result into a KB YAML document (``people:`` entries with sources)."""
    p = Path(path)
    rows = _rows(p)
    if not rows:
        raise KBError(f"{p}: no rows in the query result")
    missing = {"person", "personLabel"} - set(rows[0])
    if missing:
        raise KBError(f"{p}: missing columns {', '.join(sorted(missing))}; use the query in docs/kb.md")
    stamp = retrieved or _dt.date.today().isoformat()
    people: dict[str, dict[str, Any]] = {}
    for i, r in enumerate(rows, 1):
        qid = r["person"].rsplit("/", 1)[-1]
        code = (r.get("countryCode") or r.get("orgCode") or "").strip().upper()
        if not code:
            raise KBError(f"{p}: row {i} ({r.get('personLabel')}): no countryCode or orgCode")
        office = (r.get("office") or "").strip() or infer_office(r.get("positionLabel", ""))
        if office not in OFFICE_KEYS:
            raise KBError(f"{p}: row {i}: unknown office '{office}'")
        entry = people.setdefault(qid, {"name": r["personLabel"], "wikidata": qid, "aliases": [], "offices": [],
                                        "source": f"wikidata:{p.name}@{stamp}"})
        off = {"office": office, "title": r.get("positionLabel") or office, "code": code,
               "sector": (r.get("sector") or "GOV").upper(), "start": _day(r.get("start", "")), "end": _day(r.get("end", ""))}
        if off not in entry["offices"]:
            entry["offices"].append(off)
        surname = r["personLabel"].split()[-1] if r["personLabel"].split() else ""
        if len(surname) >= 5 and surname not in entry["aliases"] and surname != r["personLabel"]:
            entry["aliases"].append(surname)
    return {"version": stamp, "people": sorted(people.values(), key=lambda e: e["name"])}


def write_import(path: str | Path, out: str | Path, retrieved: str | None = None) -> int:
    doc = import_wikidata(path, retrieved)
    Path(out).write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return len(doc["people"])
