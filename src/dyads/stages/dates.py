"""Dates: date expressions become ``date`` mentions, and each event takes the expression of its
sentence nearest to its trigger, resolved against the article date. Without an expression an
event carries the article date with precision ``publication``; without an article date,
relative expressions stay ``unresolved`` (never today's date).
"""

from __future__ import annotations

from dyads.config import Config
from dyads.dates import DateExpr, find_dates
from dyads.model import Doc, EventDate, Mention
from dyads.pipeline import register_stage


class DateStage:
    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        ref = doc.article.date
        exprs: list[DateExpr] = []
        for d in find_dates(doc.norm, lang, ref):
            s, e = doc.orig_offsets(d.start, d.end)
            exprs.append(DateExpr(s, e, doc.text[s:e], d.value, d.precision, d.relative))
        for d in exprs:
            doc.mentions.append(Mention(d.start, d.end, d.text, "date", source="date", value=d.value,
                                        role=d.precision, confidence=0.9 if d.value else 0.4,
                                        sent=doc.sentence_of(d.start)))
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        if not doc.events:
            return doc
        by_sent: dict[int, list[DateExpr]] = {}
        for d in exprs:
            by_sent.setdefault(doc.sentence_of(d.start), []).append(d)
        for ev in doc.events:
            cands = by_sent.get(doc.sentence_of(ev.trigger.start), [])
            if ref and ev.modality in ("asserted", "negated", "perceived"):
                # a reported fact cannot happen after its report: "by 2035" is a deadline
                cands = [d for d in cands if not (d.value and d.value[: len(ref)] > ref[: len(d.value)])]
                # "the alliance founded in 1949": a bare year long before the report is background
                cands = [d for d in cands if not (d.precision == "year" and d.value and int(d.value[:4]) < int(ref[:4]) - 1)]
            if not cands:
                continue
            best = min(cands, key=lambda d: abs(d.start - ev.trigger.start))
            ev.date = EventDate(best.value, best.precision if best.value else "unresolved",  # type: ignore[arg-type]
                                best.text, best.start, best.end)
        return doc


@register_stage("dates", requires=("events",), assigns=("dates",))
def make_dates(config: Config) -> DateStage:
    return DateStage()
