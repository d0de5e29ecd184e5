"""``dyads eval clusters``: B-cubed scores of event clusters against gold clusters of reports.

The gold file is JSONL, one report a line: ``{"id", "cluster", "lang", "date", "source",
"text"}``; reports with the same ``cluster`` tell of the same real-world event. Every report
is coded by the pipeline as an article dated ``date``, the documents go into a temporary store,
``update_clusters`` runs, and each report is assigned the cluster of its main event: among its
asserted events, the one whose cluster holds the most articles (a story's headline event is the
one other outlets report too), then the most confident. A report with no event is a singleton
of its own. B-cubed (Bagga & Baldwin 1998)
averages, over reports, the share of the report's predicted cluster that is in its gold
cluster (precision) and the share of its gold cluster that is in its predicted cluster
(recall).
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from typing import Any

from dyads.config import Config
from dyads.errors import InputError
from dyads.model import Article, Doc


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold reports, checked: every line a JSON object with the six fields."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}", f"not valid JSON ({exc.msg})") from None
            missing = {"id", "cluster", "text"} - set(r) if isinstance(r, dict) else {"id", "cluster", "text"}
            if missing:
                raise InputError(f"{path}:{n}", f"missing field(s) {', '.join(sorted(missing))}")
            rid = str(r["id"])
            if rid in seen:
                raise InputError(f"{path}:{n}", f"duplicate id '{rid}'")
            seen.add(rid)
            rows.append(r)
    return rows


def b_cubed(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the partition ``pred`` against ``gold`` (same items)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    g_members: dict[Hashable, set[str]] = defaultdict(set)
    p_members: dict[Hashable, set[str]] = defaultdict(set)
    for i in items:
        g_members[gold[i]].add(i)
        p_members[pred[i]].add(i)
    p = r = 0.0
    for i in items:
        g, q = g_members[gold[i]], p_members[pred[i]]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_clusters(path: str | Path, *, config: Config | None = None,
                      coder: Callable[[Article], Doc] | None = None) -> dict[str, Any]:
    """Score clustering on a gold file; ``coder`` replaces the pipeline (tests use a fake)."""
    from dyads.clusters import update_clusters
    from dyads.readers import normalise_date
    from dyads.store import Store

    reports = read_gold(path)
    if coder is None:
        from dyads.pipeline import Pipeline

        coder = Pipeline(config)
    art_of: dict[str, str] = {}
    docs: list[Doc] = []
    for r in reports:
        art = Article(text=str(r["text"]), date=normalise_date(r.get("date")), source=r.get("source"),
                      lang=r.get("lang"), path=f"{Path(path).name}#{r['id']}", meta={"gold_id": r["id"]})
        doc = coder(art)
        art_of[str(r["id"])] = doc.article.id
        docs.append(doc)
    with tempfile.TemporaryDirectory(prefix="dyads-eval-") as tmp, Store(Path(tmp) / "eval.duckdb") as st:
        st.add_docs([d for d in docs if not d.skipped])
        update_clusters(st)
        # A report's main event is the one other reports share: the cluster with the most
        # articles among its events, then the most confident event, then the first in the text.
        rows = st.con.execute("""
            SELECT e.article_id, arg_min(ce.cluster_id, {'n': -c.num_articles, 'c': -coalesce(e.confidence, 0),
                                                         's': e.trigger_start, 'i': e.id})
            FROM events e JOIN cluster_events ce ON ce.event_id = e.id JOIN clusters c ON c.id = ce.cluster_id
            WHERE e.modality = 'asserted'
            GROUP BY e.article_id
        """).fetchall()
    cluster_of_article = {a: c for a, c in rows}
    gold: dict[str, Hashable] = {}
    pred: dict[str, Hashable] = {}
    without = 0
    for r in reports:
        rid = str(r["id"])
        gold[rid] = str(r["cluster"])
        c = cluster_of_article.get(art_of[rid])
        if c is None:
            without += 1
            pred[rid] = ("singleton", rid)
        else:
            pred[rid] = c
    p, rec, f = b_cubed(gold, pred)
    return {
        "b3_precision": round(p, 4), "b3_recall": round(rec, 4), "b3_f1": round(f, 4),
        "reports": len(reports), "gold_clusters": len(set(gold.values())),
        "predicted_clusters": len(set(pred.values())), "reports_without_events": without,
    }


__all__ = ["evaluate_clusters", "b_cubed", "read_gold"]
