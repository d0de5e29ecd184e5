"""Mentions: states, organisations, people, roles and places, from the KB and from patterns.

Two passes over the text:

1. The KB gazetteer finds every known surface form in one Aho-Corasick pass (states, capitals,
   demonyms, organisations, office holders, roles, cities, regions, well-known organisations).
   Matches in lower case (roles, demonyms, anaphora) become mentions as they are.
2. Runs of capitalised words ("name sequences", joined by name particles such as "di", "von",
   "of") are cut into names. At each word the longest reading wins, KB readings first on a tie:
   a KB name; an organisation opened or closed by a head word ("Ministero della Difesa",
   "Labour Party", "Fiat SpA"); a place opened or closed by one ("Lago di Garda", "Hudson
   River"); a person opened by a first name or a title ("Lloyd J. Austin III", "il presidente
   Mattarella", "Bundeskanzler Kohl"). What is left is an unknown name, typed by its context
   ("a Capoterra" is a place, "Rossi ha detto" a person), by what the same article says
   elsewhere (a surname of a person named in full), or, failing that, left out.

A person the KB does not know keeps a mention with no code rather than a guessed one; the
organisations and places of the name lexicons carry no actor code either. Capitals keep their
two readings: "Tokyo ha svelato" is the Japanese government, "a Tokyo" a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dyads.config import Config
from dyads.dates import CALENDAR_NAMES
from dyads.kb import KB, load_kb
from dyads.kb.gazetteer import SMALL_TOWN, Entry, Gazetteer, Match, cached, fold, gazetteer
from dyads.kb.names import (
    ACRONYM_STOP,
    CLUB_PREFIX,
    DIRECTION_PREFIX_DE,
    DIRECTIONS,
    FUNCTION_WORDS,
    INSTITUTION_CAPS,
    LOC_BEFORE,
    MISC_WORDS,
    NOT_NAMES,
    ORG_COMPOUND_DE,
    ORG_PREFIX,
    ORG_SUFFIX,
    PERSON_AFTER,
    PLACE_COMPOUND_DE,
    PLACE_PREFIX,
    PLACE_SUFFIX,
    TITLE_SUFFIXES_DE,
    TITLES,
    first_name_table,
    is_common,
    is_roman,
)
from dyads.model import Doc, Mention, MentionKind
from dyads.pipeline import register_stage

# Prepositions that make a following capital a place ("a Tokyo") rather than an actor
# ("Tokyo ha svelato").
LOCATIVE = {
    "it": {"a", "in", "da", "per", "verso", "presso", "tra", "fra", "nella", "nel", "su"},
    "en": {"in", "at", "to", "from", "near", "outside", "into", "toward", "towards", "via"},
    "fr": {"à", "a", "en", "de", "vers", "depuis", "près", "dans"},
    "es": {"en", "a", "de", "desde", "hacia", "hasta"},
    "de": {"in", "nach", "aus", "bei", "von", "vor", "im"},
}  # fmt: skip

# Kept for callers that list organisation head words per language.
ORG_HEADS = {lang: tuple(sorted(words)) for lang, words in ORG_PREFIX.items()}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names (folded) from the gender-guesser package's name list (a registry package)."""
    return frozenset(_first_name_table())


@lru_cache(maxsize=1)
def _first_name_table() -> dict[str, int]:
    """first_name_table(), kept in the gazetteer cache: parsing the name list was about 0.4 s of
    the start of every run (before any worker starts); reading the pickle back is much less."""
    return cached("firstnames", first_name_table, dict)


# ---- name tokens ------------------------------------------------------------------------------

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_UP = re.escape(_UPPER)
_TOKEN = re.compile(
    rf"(?<![\w])(?:(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?=\s)|(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|ben|abu|abd|ould)-[{_UP}]\w*(?:[-'’]\w+)*|[{_UP}]\w*(?:[-'’&]\w+)*|\d+[{_UP}]\w*)",
    re.UNICODE,
)
_ABBREV_DOT = {"Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "St", "Mt", "Bros", "Cie"}
_PARTICLES = {
    "de", "di", "da", "del", "della", "dello", "dei", "degli", "delle", "do", "dos", "das", "du", "des",
    "von", "van", "der", "den", "ter", "ten", "la", "le", "los", "las", "y", "of", "the", "for", "al",
    "bin", "ibn", "el", "zu", "zum", "zur", "und", "and", "&", "e", "et", "on", "upon", "sur", "am", "an",
    "dem", "im", "in",
}  # fmt: skip
_CLUB_NUMBER = re.compile(r"^ (?:\d{1,4}|\d{1,2}\.) $")
# Name particles written with a capital inside a surname ("Di Maio", "De Gasperi", "Van Basten").
_CAP_PARTICLES = {"Di", "De", "Del", "Della", "Dello", "Dei", "Degli", "Da", "Dal", "Dalla", "Lo", "La", "Le",
                  "Van", "Von", "Der", "Den", "Ter", "Mac", "Mc", "Al", "El", "Ben", "Bin", "Abu", "Ibn", "Dos", "Das",
                  "Du", "Des", "D'", "Van't", "Ten"}
_COORD = {"e", "et", "and", "und", "y", "'s"}
_ELIDED_PARTICLES = {"d", "dell", "dall", "l", "sull", "nell", "all"}
_PERSON_PARTICLES = {"de", "di", "da", "del", "della", "do", "dos", "das", "du", "des", "von", "van", "der",
                     "den", "ter", "ten", "la", "le", "y", "bin", "ibn", "al", "el", "zu", "d"}  # fmt: skip
_ELISION_HEAD = re.compile(r"^(?:[LlDd]|[Dd]ell|[Dd]all|[Nn]ell|[Ss]ull|[Aa]ll|[Qq]uest|[Uu]n|[Cc]|[Ss]|[Jj]|[Qq]u)['’](?=\w)")
_SUFFIX_NAME = {"jr", "jr.", "sr", "sr.", "junior", "senior"}


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    link: str  # how it joins the previous token of its sequence: "" (space) or the particle
    initial: bool  # first word of a sentence
    caps: bool  # in an all-capitals sentence (a headline)


@dataclass(slots=True)
class _Span:
    a: int  # first token index (within the sequence)
    b: int  # last token index
    kind: str  # person, organisation, place, kb, unknown, role
    source: str
    conf: float
    match: Match | None = None  # the gazetteer match behind a kb span
    entry: Entry | None = None  # a KB person found for a pattern person
    start: int = -1  # character offsets (set when emitted)
    end: int = -1


_LOWER = re.compile(r"[^\W\d_A-ZÀ-Þ]")
_UPPERS = re.compile(r"[A-ZÀ-Þ]")
# 40 letters of _LOWER, each after any run of characters that are not (its complement)
_LOWER_40 = re.compile(r"(?:[\W\d_A-ZÀ-Þ]*[^\W\d_A-ZÀ-Þ]){40}")


def _sent_flags(doc: Doc, text: str) -> tuple[set[int], list[tuple[int, int]]]:
    """Sentence starts (norm offsets) and the spans of all-capitals sentences (headlines)."""
    starts: set[int] = set()
    caps: list[tuple[int, int]] = []
    if doc.offset_map is None and doc.sentences:
        bounds = [(s.start, s.end) for s in doc.sentences]
    else:
        bounds = [(0, len(text))]
    for s, e in bounds:
        starts.add(s)
        seg = text[s:e]
        if seg.upper() == seg and len(seg) >= 8:  # fast path: no lower-case letter at all
            if any(c.isalpha() for c in seg):
                caps.append((s, e))
            continue
        # prefilter: 40 lower-case letters in the first 160 characters settle it (most sentences)
        if _LOWER_40.match(seg, 0, 160):
            continue
        low = len(_LOWER.findall(seg))
        if low < 40:
            up = len(_UPPERS.findall(seg))
            if up >= 8 and up >= 2.3 * low:
                caps.append((s, e))
    return starts, caps


def _is_initial(text: str, pos: int, starts: set[int]) -> bool:
    if pos in starts:
        return True
    j = pos - 1
    while j >= 0 and text[j] in " \"'(«“‘[-–—*•":
        if text[j] == "-" and j > 0 and text[j - 1] != " ":
            break
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


# Lower-case particles of surnames that are no word of the text's language ("de Blasio" in
# Italian or English news, "van Gaal", "von der Leyen").
_SURNAME_PARTICLE = re.compile(r"(?:^|(?<=[\s(,;]))((?:de|van|von|van der|van den|von der|du|dos|ter|ten) )$")
_SURNAME_PARTICLE_LANGS = frozenset(["it", "en"])
# The Latin epithet of a species' name after its genus ("Homo habilis", "Aedes aegypti").
_EPITHET = re.compile(r" ([a-z]{3,}(?:us|um|is|ens|ensis|ii|ae|os|oides|atus|icus|ensis))\b")
_TEAM_PLURAL = re.compile(r"^[A-Z][a-z]{2,}s$")
_PLURAL_ARTICLES = frozenset(["i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "coi", "sui", "sugli", "nei", "negli",
                              "les", "des", "aux", "los", "las", "die", "den"])
_NAME_GOES_ON = re.compile(rf" ([{_UP}]\w*)")


def _tokens(text: str, lang: str, starts: set[int], caps: list[tuple[int, int]], blocked: bytearray) -> list[list[_Tok]]:
    """Runs of name tokens, each run a list of tokens joined by spaces or name particles."""
    seqs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    prev_end = -10
    ci = 0
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        if blocked[s]:
            if cur:
                seqs.append(cur)
            cur = []
            prev_end = -10
            continue
        t = m.group(0)
        if lang in ("it", "fr"):
            el = _ELISION_HEAD.match(t)
            if el and len(t) > el.end() and t[el.end()].isupper():
                # "L'ONU", "Dell'Italia": the article is not part of the name
                s += el.end()
                t = t[el.end():]
        if t.endswith(("'s", "’s")) and len(t) > 2:
            t, e = t[:-2], e - 2
        elif t[-1] in "'’":
            t, e = t[:-1], e - 1
        if e < len(text) and text[e] == "." and t in _ABBREV_DOT:
            t, e = t + ".", e + 1
        while ci < len(caps) and caps[ci][1] <= s:
            ci += 1
        in_caps = ci < len(caps) and caps[ci][0] <= s < caps[ci][1]
        if cur and 0 < s - prev_end <= 12:
            link = " " if s - prev_end == 1 and text[prev_end] == " " else _link(text[prev_end:s], lang)
            if link == " ":
                link = ""
            elif link and t in CALENDAR_NAMES:
                link = None  # "the Gulf on Monday", "Merkel am Montag": a date, not the name's particle
        else:
            link = None
        tok = _Tok(s, e, t, link or "", False, in_caps)
        if link is None:
            if cur:
                seqs.append(cur)
            tok.initial = _is_initial(text, s, starts)
            cur = [tok]
        else:
            cur.append(tok)
        prev_end = e
    if cur:
        seqs.append(cur)
    return seqs


def _link(gap: str, lang: str) -> str | None:
    """"" when two name tokens are adjacent, the particle when joined by one, else None."""
    if gap == " ":
        return ""
    if gap in ("'s ", "’s "):
        return "'s"
    if _CLUB_NUMBER.match(gap):
        return gap.strip()  # "SV 09 Hofheim", "TSV 1860 München", "1. FC Köln"
    if not gap or gap[0] != " " or len(gap) > 12 or "\n" in gap:
        return None
    inner = gap.strip()
    if gap.endswith(" "):
        words = inner.split()
        if 1 <= len(words) <= 2 and all(w in _PARTICLES for w in words):
            return inner
        return None
    if inner.endswith(("'", "’")) and inner[:-1].lower() in _ELIDED_PARTICLES:
        return inner
    return None


# ---- the stage -------------------------------------------------------------------------------


class MentionStage:
    def __init__(self, extra: tuple[str, ...]) -> None:
        self.extra = extra

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        gaz: Gazetteer = gazetteer(lang, self.extra)
        kb = load_kb(self.extra)
        date = doc.article.date
        text = doc.norm
        matches = [m for m in gaz.find(text) if not (text[m.end - 1].isdigit() and not _count_names(text, m, lang))]
        by_start = {m.start: m for m in matches}
        starts, caps = _sent_flags(doc, text)
        # Words inside a KB match that starts in lower case ("ministro degli Esteri", "mer
        # Noire") belong to that match, not to a name sequence.
        blocked = bytearray(len(text) + 1)
        for m in matches:
            if not text[m.start].isupper():
                end = m.end
                last = text.rfind(" ", m.start, m.end) + 1
                nxt = _NAME_GOES_ON.match(text, m.end)
                if (last > m.start and text[last].isupper() and nxt is not None
                        and text[last:m.end] in _lex(lang).heads_org and _fn(nxt.group(1)) < 2):
                    end = last  # "segretario del Partito Democratico": the name is the party's
                blocked[m.start:end] = b"\x01" * (end - m.start)
        seqs = _tokens(text, lang, starts, caps, blocked)
        covered = bytearray(len(text) + 1)  # characters inside a name sequence
        out: list[Mention] = []
        spans_all: list[tuple[list[_Tok], list[_Span]]] = []
        for seq in seqs:
            covered[seq[0].start:seq[-1].end] = b"\x01" * (seq[-1].end - seq[0].start)
            spans_all.append((seq, _segment(seq, text, lang, gaz, by_start)))
        # Doc-level memory: what strong evidence says each name is.
        memory = _memory(spans_all, lang, text)
        used: set[int] = set()  # starts of gazetteer matches turned into mentions
        pending: list[tuple[int, int]] = []  # unknown names without a cue
        for seq, spans in spans_all:
            for i, sp in enumerate(spans):
                men = self._emit(doc, text, lang, seq, sp, memory, kb, date, used, pending)
                if lang == "it":
                    if i == 0:
                        men = _italian_head(doc, text, seq, sp, men)
                    if i == len(spans) - 1:
                        men = _italian_tail(doc, text, men)
                if men is not None:
                    out.append(men)
        if pending:
            out.extend(_coordinated(doc, text, out, pending))
        # KB matches outside name sequences (roles, demonyms, anaphora, lower-case forms).
        for m in matches:
            if m.start in used or covered[m.start]:
                continue
            prev = _prev_word(text, m.start)
            e = m.entries[0]
            if e.kind == "place" and e.sub == "city" and e.pop < SMALL_TOWN:
                continue
            if e.kind == "role" and _PARTICIPLE_ROLE.match(text[m.start:m.end]) and prev.lower() in _AUX:
                continue  # "Washington ha inviato a Kiev ...": the participle, not an envoy
            if _regional_demonym(e, prev, text[m.start:m.end]):
                continue
            men = _entry_mention(doc, m.start, m.end, e, kb, date, lang, prev)
            men.sent = doc.sentence_of(men.start)
            out.append(men)
        if lang == "en":
            out.extend(_hyphen_owners(doc, text, gaz, out))
        if lang == "de":
            out = _de_org_compounds(doc, text, out, matches, kb, date, lang)
        teams = {m.text for m in out if m.kind == "organisation" and m.confidence == _TEAM_CONF}
        if teams:
            # A town that plays in a results table of the article is the team everywhere in it.
            for k, men in enumerate(out):
                if men.kind == "place" and men.source == "gazetteer" and men.text in teams:
                    out[k] = Mention(men.start, men.end, men.text, "organisation", source="pattern",
                                     confidence=_TEAM_CONF, sent=men.sent)
        out.extend(doc.mentions)  # gaps found by the earlier stage
        out.sort(key=lambda x: (x.start, -x.end))
        doc.mentions = out
        return doc

    # ---- emission ----------------------------------------------------------------------------
    def _emit(self, doc: Doc, text: str, lang: str, seq: list[_Tok], sp: _Span, memory: _Memory,
              kb: KB, date: str | None, used: set[int], pending: list[tuple[int, int]]) -> Mention | None:
        s, e = seq[sp.a].start, seq[sp.b].end
        if memory.strong and memory.get(text[s:e]) == "misc":
            return None
        if sp.b == len(seq) - 1 and doc.offset_map is None:
            epithet = _EPITHET.match(text, e)
            if epithet is not None and not is_common(epithet.group(1), lang):
                return None  # "Homo habilis", "Ursus arctos": a species, not a place or a person
        if sp.kind == "kb" and sp.match is not None:
            m = sp.match
            s, e = m.start, m.end
            used.add(m.start)
            prev = _prev_word(text, s)
            ent = m.entries[0]  # best first: KB states and organisations before same-named cities
            if _regional_demonym(ent, prev, text[s:e]):
                return None
            if text[s:e] in _PLATFORMS and prev in _MEDIUM_BEFORE:
                return None  # "su Twitter", "sul suo profilo Facebook": the medium, not the company
            if (lang == "it" and sp.a == sp.b == 0 and seq[0].initial and text[s:e] == "Nato"
                    and _next_words(text, e, 1)[:1] and _next_words(text, e, 1)[0] in _IT_AFTER_BORN):
                return None  # "Nato a Liverpool", "Nato il 27 marzo": born, not the alliance
            if ent.kind in ("place", "organisation") and ent.sub in ("city", "lexicon", "region") and sp.a == sp.b:
                typ = memory.get(seq[sp.a].text)
                if typ == "person" and ent.sub != "region":
                    return self._mk(doc, s, e, "person", "pattern", 0.5)
            if ent.kind == "place" and ent.sub == "city" and sp.b > sp.a and is_roman(seq[sp.b].text) and _fn(seq[sp.a].text) == 2:
                return self._mk(doc, s, e, "person", "pattern", 0.6)  # "Paolo VI": a pope, not the town
            if ent.kind == "place" and ent.sub == "city" and not _place_ok(seq, sp, ent, text, lang, prev):
                return None
            if (ent.kind == "place" and ent.sub == "city" and sp.a == sp.b and ent.pop < 200_000
                    and _fn(seq[sp.a].text) == 2 and prev not in LOCATIVE.get(lang, ())
                    and not (lang == "de" and is_common(seq[sp.a].text, lang))):
                return self._mk(doc, s, e, "person", "pattern", 0.4)  # "Arnold", "Florence": a name
            if ent.kind == "place" and ent.sub in ("city", "region") and _team(text, s, e, lang, prev if ent.sub == "city" and ent.pop >= 100_000 else ""):
                return self._mk(doc, s, e, "organisation", "pattern", _TEAM_CONF)  # "il Napoli", "Fulham 1 Carlisle 0"
            men = _entry_mention(doc, s, e, ent, kb, date, lang, prev)
            men.sent = doc.sentence_of(men.start)
            if sp.source == "misc" and men.kind == "state":
                men.kind, men.source = "place", "misc"  # "Coppa Italia": where the event is held, not an actor
            return men
        if sp.kind == "role" and sp.match is not None:
            used.add(sp.match.start)
            men = _entry_mention(doc, sp.match.start, sp.match.end, sp.match.entries[0], kb, date, lang,
                                 _prev_word(text, sp.match.start))
            men.sent = doc.sentence_of(men.start)
            return men
        if sp.kind == "person" and sp.entry is not None:
            person = kb.people[sp.entry.person]
            office = person.office_at(date)
            span = doc.span(s, e)
            return Mention(span.start, span.end, span.text, "person", kb_id=sp.entry.kb_id, name=sp.entry.name,
                           code=office.code if office else None, sector=office.sector if office else None,
                           role=office.title if office else None, confidence=0.9,
                           sent=doc.sentence_of(span.start))
        if sp.kind == "unknown":
            if _team(text, s, e, lang, "") and not seq[sp.a].text.isupper():
                return self._mk(doc, s, e, "organisation", "pattern", _TEAM_CONF)
            res = _classify_unknown(seq, sp, text, lang, memory)
            if (res is _NO_CUE and sp.a == 0 and lang in _SURNAME_PARTICLE_LANGS and doc.offset_map is None
                    and not seq[sp.a].text.isupper()):
                pm = _SURNAME_PARTICLE.search(text, max(0, s - 9), s)
                if pm is not None:  # "i sondaggi davano de Blasio al 65%"
                    return self._mk(doc, pm.start(1), e, "person", "pattern", 0.45)
            if res is _NO_CUE:
                if not (sp.a == sp.b and is_common(seq[sp.a].text, lang)):
                    pending.append((s, e))
                return None
            if res is None:
                return None
            kind, conf = res
            src = "acronym" if kind == "organisation" and seq[sp.a].text.isupper() and sp.a == sp.b else "pattern"
            men = self._mk(doc, s, e, kind, src, conf)
            if kind == "person" and sp.a == sp.b:
                men.name = memory.full.get(seq[sp.a].text)
            return men
        if sp.kind in ("person", "organisation", "place"):
            if sp.kind == "person" and sp.a == 0 and lang in _SURNAME_PARTICLE_LANGS and doc.offset_map is None:
                pm = _SURNAME_PARTICLE.search(text, max(0, s - 9), s)
                if pm is not None:
                    s = pm.start(1)  # "de Blasio", "van der Bellen": the particle is part of the surname
            men = self._mk(doc, s, e, sp.kind, sp.source, sp.conf)
            if sp.kind == "place" and sp.match is not None:
                men.code = sp.match.entries[0].code  # a region of a state ("Nord Italia", "South Lebanon")
            if sp.kind == "person" and sp.a == sp.b:
                men.name = memory.full.get(seq[sp.a].text)
            return men
        return None

    @staticmethod
    def _mk(doc: Doc, s: int, e: int, kind: MentionKind | str, source: str, conf: float) -> Mention:
        span = doc.span(s, e)
        return Mention(span.start, span.end, span.text, kind, source=source, confidence=conf,  # type: ignore[arg-type]
                       sent=doc.sentence_of(span.start))


# Role words that are also past participles ("inviato" envoy / sent, "delegato", "envoyé",
# "enviado", "Gesandte" is no participle): after an auxiliary they are the verb.
_PARTICIPLE_ROLE = re.compile(r"^(?:inviat[oaie]|delegat[oaie]|incaricat[oaie]|envoyée?s?|délégué[e]?s?|enviad[oa]s?|delegad[oa]s?|envoys?)$")
_AUX = {"ha", "hanno", "ho", "abbiamo", "aveva", "avevano", "è", "sono", "era", "erano", "stato", "stata", "stati", "state",
        "essere", "a", "ont", "avait", "avaient", "est", "été", "sont", "han", "había", "habían", "fue", "fueron", "sido",
        "has", "have", "had", "was", "were", "been", "be", "also", "anche", "già", "aussi", "déjà", "también", "ya"}

_REGION_BEFORE = {"central", "latin", "meso"}


def _regional_demonym(e: Entry, prev: str, surface: str) -> bool:
    """ "the Central American country", "Latin American leaders": a region, not the USA."""
    return e.kind == "state" and e.sub == "demonym" and (
        prev in _REGION_BEFORE or (prev in ("south", "north") and surface == "American"))

HOME_TOWN = 5_000
HOME_COUNTRIES = {
    "it": {"ITA", "SMR", "VAT", "CHE"},
    "de": {"DEU", "AUT", "CHE", "LIE", "LUX"},
    "fr": {"FRA", "BEL", "CHE", "LUX", "MCO"},
    "es": {"ESP", "MEX", "ARG", "COL", "CHL", "PER", "VEN", "CUB", "ECU", "BOL", "URY", "PRY", "GTM", "HND", "SLV",
           "NIC", "CRI", "PAN", "DOM"},
}  # fmt: skip  (English news names small towns of too many countries, with too many surnames)


# ---- Italian conventions ---------------------------------------------------------------------

# "provincia di Ascoli Piceno", "golfo del Messico", "fiume Dyfi", "via Garibaldi": in Italian a
# place is named together with its lower-case head word (KIND guidelines 2.3).
_IT_PLACE_HEAD = re.compile(
    r"(?:^|(?<=[\s'’(]))(provincia|comune|regione|isola|isole|distretto|prefettura|contea|quartiere|golfo|oceano|"
    r"fiume|lago|monte|monti|deserto|mar|mare|stretto|penisola|arcipelago|valle|baia|punta|canale|capo|"
    r"via|viale|piazza|piazzale|corso|largo|vicolo|stazione|università)"
    r"(?: (?:di|del|della|dello|dei|degli|delle) | d['’]| dell['’]| )$"
)
_STREET = {"via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo"}


_IT_DIRECTION_ADJ = re.compile(r"^ (?:centrale|settentrionale|meridionale|orientale|occidentale|nordorientale|"
                               r"nordoccidentale|sudorientale|sudoccidentale|centro-settentrionale|centro-meridionale|"
                               r"subsahariana|sub-sahariana|australe|equatoriale)\b")
_IT_BODY_ADJ = re.compile(r"^(?: (?:speciale|suprema|costituzionale|ortodossa|cattolica|evangelica|anglicana|"
                          r"rivoluzionaria|militare|penale|civile|amministrativa|regionale|provinciale|comunale|"
                          r"nazionale|federale|europea|internazionale|ospedaliera|universitaria|islamica)\b)+")
_IT_BODIES = {"Chiesa", "Corte", "Tribunale", "Azienda", "Consiglio", "Commissione", "Procura", "Giunta", "Guardia",
              "Polizia", "Marina", "Aeronautica", "Esercito", "Agenzia", "Autorità", "Federazione", "Banca", "Camera"}


def _italian_tail(doc: Doc, text: str, men: Mention | None) -> Mention | None:
    """"Asia centrale", "Chiesa ortodossa", "Corte suprema": the lower-case adjective is part of the name."""
    if men is None or doc.offset_map is not None:
        return men
    after = text[men.end:men.end + 40]
    m = None
    if men.kind in ("place", "state") and men.source != "demonym":
        m = _IT_DIRECTION_ADJ.match(after)
        if m is not None and men.kind == "state":
            span = doc.span(men.start, men.end + m.end())
            return Mention(span.start, span.end, span.text, "place", code=men.code, source="pattern",
                           confidence=0.6, sent=men.sent)
    elif (men.kind == "organisation" or men.kind == "role") and men.text.split()[0] in _IT_BODIES:
        m = _IT_BODY_ADJ.match(after)
    if m is None:
        return men
    span = doc.span(men.start, men.end + m.end())
    men.end, men.text = span.end, span.text
    return men


def _italian_head(doc: Doc, text: str, seq: list[_Tok], sp: _Span, men: Mention | None) -> Mention | None:
    """Extend the first name of a sequence over an Italian lower-case head word before it."""
    s = seq[sp.a].start
    if sp.a != 0 or seq[0].initial or seq[0].caps:
        return men
    m = _IT_PLACE_HEAD.search(text, max(0, s - 24), s)
    if m is None:
        return men
    head = m.group(1)
    if head == "capo" and m.group(0) != "capo ":
        return men  # "il capo della Protezione civile": the title, not a cape ("capo Horn")
    if men is None and head not in _STREET and sp.kind != "unknown":
        return men
    if men is not None and men.kind in ("person", "role") and head not in _STREET:
        return men
    if head == "stazione":
        return men  # "stazione di Roccasecca": only the town is the place
    end = men.end if men is not None else doc.span(seq[sp.a].start, seq[sp.b].end).end
    span = doc.span(m.start(1), end) if doc.offset_map is None else None
    if span is None:
        return men
    kind: MentionKind = "organisation" if head == "università" else "place"
    return Mention(span.start, span.end, span.text, kind, code=men.code if men is not None and kind == "place" else None,
                   source="pattern", confidence=0.6, sent=doc.sentence_of(span.start))


# Italian bodies named after their seat ("Procura di Trani"): the body and the town are two names.
_IT_LOCAL_BODIES = {"Procura", "Tribunale", "Corte", "Questura", "Prefettura", "Tar", "Ospedale", "Policlinico",
                    "Aeroporto", "Stazione", "Diocesi", "Arcidiocesi", "Consiglio", "Giunta", "Municipio"}
_IT_NOT_ORG = {"Ospedale", "Policlinico", "Aeroporto", "Stazione"}


# ---- kind nouns before a name -----------------------------------------------------------------

# A common noun that says what the next name is: "il quotidiano X", "la società X", "the carmaker
# X", "die Firma X" (organisations); "la città di X", "the village of X" (places).
_TYPE_WORDS: dict[str, dict[str, str]] = {
    lang: {w: kind for kind, words in kinds.items() for w in words.split()}
    for lang, kinds in {
        "it": {"organisation": "società azienda compagnia agenzia quotidiano giornale settimanale mensile rivista "
                               "emittente sito portale marchio sindacato partito movimento associazione organizzazione "
                               "fondazione banca federazione multinazionale colosso holding startup ong onlus scuderia "
                               "band etichetta editore formazione",
               "place": "città villaggio frazione località cittadina capoluogo borgo paesino sindaco sindaca stazione "
                        "pressi periferia dintorni abitanti residenti aeroporto porto carcere zona comune comuni "
                        "provincia quartiere vescovo arcivescovo diocesi prefetto questore territorio circondario"},
        "en": {"organisation": "company firm carmaker automaker airline carrier bank insurer newspaper daily weekly "
                               "magazine agency broadcaster network website party union club band label retailer chain "
                               "brand maker manufacturer operator conglomerate subsidiary publisher group",
               "place": "town city village province state region island district port county mayor outskirts "
                        "suburbs residents airport bishop archbishop diocese"},
        "fr": {"organisation": "société entreprise groupe compagnie constructeur quotidien journal hebdomadaire "
                               "magazine agence chaîne parti syndicat club banque assureur marque firme fabricant "
                               "opérateur",
               "place": "ville village commune région province île département localité maire périphérie "
                        "habitants aéroport évêque archevêque diocèse"},
        "es": {"organisation": "empresa compañía grupo diario periódico semanario revista agencia cadena emisora "
                               "partido sindicato club banco aseguradora aerolínea marca firma fabricante operadora",
               "place": "ciudad localidad pueblo provincia municipio región isla estado villa alcalde alcaldesa "
                        "afueras habitantes vecinos aeropuerto obispo arzobispo diócesis"},
        "de": {"organisation": "firma konzern unternehmen zeitung zeitschrift magazin agentur nachrichtenagentur sender "
                               "partei gewerkschaft verein klub mannschaft versicherung fluggesellschaft hersteller "
                               "autobauer marke kette",
               "place": "stadt gemeinde dorf ortschaft region provinz insel kanton"},
    }.items()
}  # fmt: skip
_OF = {"di": "it", "of": "en", "de": "fr", "d": "fr"}


def _type_before(text: str, pos: int, lang: str, prev: str) -> str | None:
    """The kind a noun right before a name gives it ("il quotidiano X", "la città di X")."""
    words = _TYPE_WORDS.get(lang)
    if not words:
        return None
    kind = words.get(prev)
    if kind == "organisation":
        return kind
    if prev in ("di", "of", "de", "d"):
        j = pos - len(prev) - 1
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if words.get(_prev_word(text, j)) == "place":
            return "place"
    return None


# ---- German compounds --------------------------------------------------------------------------

# Heads that make a German compound the name of one body or one place even when the dictionary
# knows the word ("Innenministerium", "Staatsanwaltschaft", "Hauptstraße", "Stadthalle"): the
# news names the local institution or venue with it.
_DE_ORG_SURE = ("ministerium", "anwaltschaft", "amt", "verband", "gewerkschaft", "hochschule", "universität",
                "institut", "stiftung", "rundfunk", "fernsehen", "kommission", "behörde", "zeitung", "bundesbank")
_DE_PLACE_SURE = ("straße", "strasse", "platz", "allee", "gasse", "stadion", "halle", "park", "brücke",
                  "bahnhof", "flughafen", "kreis", "museum")


def _de_stem(low: str) -> str:
    """A German noun without its genitive or dative ending ("Fußball-Bundes" -> "fußball-bund")."""
    for end in ("es", "s", "en", "n"):
        if low.endswith(end) and len(low) > len(end) + 5:
            return low[: -len(end)]
    return low


def _de_compound(stem: str, heads: tuple[str, ...]) -> bool:
    """A compound (a word before the head) ending in one of ``heads``."""
    return stem.endswith(heads) and any(stem.endswith(h) and len(stem) >= len(h) + 4 for h in heads)


# ---- segmentation ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lex:
    heads_org: frozenset[str]
    suf_org: frozenset[str]
    heads_place: frozenset[str]
    suf_place: frozenset[str]
    fw: frozenset[str]


@lru_cache(maxsize=8)
def _lex(lang: str) -> _Lex:
    # English organisation and place words close names in every language ("Celtic League",
    # "Malpensa Express", "Rift Valley"); club abbreviations open them ("FC Bayern").
    return _Lex(ORG_PREFIX.get(lang, frozenset()) | CLUB_PREFIX,
                ORG_SUFFIX.get(lang, frozenset()) | ORG_SUFFIX["*"] | ORG_SUFFIX["en"],
                PLACE_PREFIX.get(lang, frozenset()), PLACE_SUFFIX.get(lang, frozenset()) | PLACE_SUFFIX["en"],
                FUNCTION_WORDS.get(lang, frozenset()))


_PRI = {"kb": 0, "organisation": 1, "place": 2, "person": 3, "role": 4}


@lru_cache(maxsize=200_000)
def _fn(word: str) -> int:
    """First-name strength of a word (hyphenated names count by their first part)."""
    table = _first_name_table()
    k = fold(word)
    v = table.get(k, 0)
    if not v and "-" in word:
        v = table.get(fold(word.split("-")[0]), 0)
    return v


@lru_cache(maxsize=100_000)
def _is_title(word: str, lang: str) -> bool:
    low = word.lower().rstrip(".")
    if low in TITLES.get(lang, ()):
        return True
    return lang == "de" and len(low) > 8 and low.endswith(TITLE_SUFFIXES_DE)


def _kb_match_at(tok: _Tok, seq: list[_Tok], k: int, by_start: dict[int, Match]) -> tuple[Match, int] | None:
    """The gazetteer match that starts at token k and the index of its last token in the sequence."""
    m = by_start.get(tok.start)
    if m is None:
        return None
    last = k
    while last + 1 < len(seq) and seq[last + 1].start < m.end:
        last += 1
    if m.end < seq[last].end:
        # a match that ends inside a word ("Main" in "Main-Kinzig-Kreis"): not this word's reading
        return None
    return m, last


def _segment(seq: list[_Tok], text: str, lang: str, gaz: Gazetteer, by_start: dict[int, Match]) -> list[_Span]:
    out: list[_Span] = []
    n = len(seq)
    lex = _lex(lang)
    heads_org, suf_org, heads_place, suf_place, fw = lex.heads_org, lex.suf_org, lex.heads_place, lex.suf_place, lex.fw
    prev0 = _prev_word(text, seq[0].start)
    title_before = _is_title(prev0, lang) or (lang == "de" and prev0 in ("herr", "herrn", "frau"))
    if not title_before and prev0 and lang != "de" and prev0.isalpha() and prev0 not in FUNCTION_WORDS.get(lang, ()):
        # a title and its adjective: "l'arbitro uzbeko Irmatov", "il commissario europeo Almunia"
        w0 = seq[0].start - len(prev0) - 1  # where the adjective starts
        if w0 > 0 and text[w0:seq[0].start - 1] == prev0 and _is_adjective(prev0, lang, gaz):
            title_before = _is_title(_prev_word(text, w0), lang)
    type_before = _type_before(text, seq[0].start, lang, prev0)  # "il quotidiano X", "the town of X"
    misc_until = -1
    if any(t.text in MISC_WORDS for t in seq):
        misc_until = -2  # computed per chunk below
    j = 0
    while j < n:
        tok = seq[j]
        w = tok.text
        if misc_until != -1 and j > misc_until:
            # A chunk (up to a coordinating particle) that names an event or award: no entity in it.
            k = j
            while k + 1 < n and seq[k + 1].link not in _COORD:
                k += 1
            if any(t.text in MISC_WORDS for t in seq[j:k + 1]) and not tok.caps:
                # keep the organisations named in it ("Coppa UEFA", "FIFA World Cup") and the
                # places where it is held ("Coppa Italia", "Festival di Sanremo", "Giro d'Italia")
                q = j
                while q <= k:
                    qkm = _kb_match_at(seq[q], seq, q, by_start)
                    if qkm is not None and q > j and _misc_keeps(qkm[0].entries[0], seq[q - 1].text):
                        out.append(_Span(q, qkm[1], "kb", "misc", 0.9, match=qkm[0]))
                        q = qkm[1] + 1
                        continue
                    q += 1
                j = k + 1
                title_before = False
                continue
            misc_until = k
        initial = tok.initial if j == 0 else False
        if j > 0 and tok.link:
            # a particle cannot open a name: the previous reading did not take it, so the
            # sequence really ends here ("Mario Rossi di Milano" is a person, then a place)
            initial = False
        if (title_before and j > 0 and tok.link and tok.link.lower().rstrip("'’") in _PORTFOLIO_OF
                and is_common(w, lang) and out and out[-1].kind == "role" and out[-1].b == j - 1
                and tok.start not in by_start and w not in heads_org and w not in heads_place
                and (j + 1 >= n or not seq[j + 1].link)):
            j += 1  # "Ministro del Lavoro Poletti": the portfolio, then the person
            continue
        cands: list[_Span] = []
        km = _kb_match_at(tok, seq, j, by_start)
        if km is not None:
            m, last = km
            e0 = m.entries[0]
            kind = "role" if e0.kind == "role" else "kb"
            cands.append(_Span(j, last, kind, "kb", 0.9, match=m))
        if tok.caps:
            # Headlines in capitals: only the gazetteer is trusted.
            if cands:
                out.append(cands[0])
                j = cands[0].b + 1
            else:
                j += 1
            continue
        # God and the founders of religions are named like people (KIND tags them PER).
        if not cands and w in _DEITIES.get(lang, ()) and not (j + 1 < n and (
                seq[j + 1].link or seq[j + 1].text not in _DEITIES[lang])):  # not "Madonna di Loreto"
            b = j + 1 if j + 1 < n and not seq[j + 1].link else j
            out.append(_Span(j, b, "person", "pattern", 0.6))
            j = b + 1
            title_before = False
            continue
        # Sentence openers and common words at the start of a sentence are not names.
        if initial and cands and cands[0].kind == "kb" and w.lower() in fw and cands[0].b == j:
            first_entry = cands[0].match.entries[0] if cands[0].match else None
            if first_entry is not None and first_entry.kind == "place":
                cands = []  # "Dabei", "Seine", "Oder" opening a sentence
        if (initial and not cands and lang != "de" and is_common(w, lang) and _fn(w) == 2 and j + 1 < n
                and not seq[j + 1].link and _fn(seq[j + 1].text) == 2):
            j += 1  # "Morta Terri Schiavo": the name starts after the opening word
            continue
        if (initial and not cands and (w.lower() in fw or (is_common(w, lang) and _fn(w) < 2 and lang != "de"))
                and not (j + 1 < n and not seq[j + 1].link and (w in heads_org or w in heads_place))):
            j += 1
            title_before = _is_title(w, lang)
            continue
        if (not cands and w in _CAP_PARTICLES and not initial and j + 1 < n and not seq[j + 1].link
                and seq[j + 1].start not in by_start and not seq[j + 1].text.isupper()
                and not is_common(seq[j + 1].text, lang)):
            # "De Alessandri", "Di Maio" in running text: a surname
            b = _extend_person(seq, j, text, lang, by_start)
            if b > j:
                sp0 = _Span(j, b, "person", "pattern", 0.5)
                sp0.entry = _kb_person(seq, sp0, gaz)
                out.append(sp0)
                j = b + 1
                title_before = False
                continue
        if not cands and w.lower() in fw and not (w in heads_org or w in heads_place):
            j += 1
            continue
        # Titles inside the sequence ("President Clinton", "Bundeskanzler Kohl", "Papa Francesco").
        if _is_title(w, lang) and j + 1 < n and not seq[j + 1].link and not (cands and cands[0].kind == "kb" and cands[0].b > j):
            if cands and cands[0].kind == "role" and cands[0].b > j:
                out.append(cands[0])
                j = cands[0].b + 1
                title_before = True
                continue
            if cands and cands[0].kind == "role":
                out.append(cands[0])
            j += 1
            title_before = True
            continue
        # Organisation opened by a head word: to the end of the sequence.
        if w in heads_org and j + 1 < n:
            b = _extend_name(seq, j, text, lang, by_start, stop_at_person=True)
            if lang == "it" and w in _IT_LOCAL_BODIES and seq[j + 1].link:
                nm = by_start.get(seq[j + 1].start)
                if nm is not None and nm.entries[0].kind in ("state", "place"):
                    # "Procura di Trani": the body, then the town
                    if w in _IT_NOT_ORG:
                        j += 1
                        title_before = False
                        continue
                    b = j
                    cands.append(_Span(j, j, "organisation", "pattern", 0.5))
            if b > j:
                cands.append(_Span(j, b, "organisation", "pattern", 0.6))
        # Organisation closed by a suffix word.
        for k in range(j + 1, n):
            if seq[k].link and seq[k].link not in ("&", "and", "und", "of", "for", "de", "di", "del", "della"):
                break
            if seq[k].text in suf_org:
                b = k
                while b + 1 < n and not seq[b + 1].link and seq[b + 1].text in suf_org:
                    b += 1
                a = j
                if km is not None and km[0].entries[0].kind == "state" and km[1] < b - 1:
                    a = -1  # "U.S. Commerce Department": the state stays a state
                if km is not None and km[1] >= b:
                    a = -1  # "US Senate", "PLA Navy", "Royal Marines": the KB knows the whole name
                if km is not None and seq[k].start in by_start and any(
                        seq[q].link in _COORD for q in range(km[1] + 1, k + 1)):
                    a = -1  # "US Treasury and Congress": two bodies the KB knows
                if a >= 0:
                    cands.append(_Span(a, b, "organisation", "pattern", 0.6))
                break
        # German compounds: "Innenministerium", "Hauptstraße", "Ostdeutschland".
        if lang == "de" and not cands:
            low = w.lower()
            stem = _de_stem(low)
            if _de_compound(stem, _DE_ORG_SURE) or (len(low) > 6 and low.endswith(ORG_COMPOUND_DE) and not is_common(w, lang)):
                cands.append(_Span(j, j, "organisation", "pattern", 0.5))
            elif _de_compound(stem, _DE_PLACE_SURE) or (len(low) > 6 and low.endswith(PLACE_COMPOUND_DE) and not is_common(w, lang)):
                cands.append(_Span(j, j, "place", "pattern", 0.5))
            elif low.startswith(DIRECTION_PREFIX_DE):
                for p in DIRECTION_PREFIX_DE:
                    if low.startswith(p) and len(low) > len(p) + 3:
                        rest = w[len(p):]
                        rest = rest[0].upper() + rest[1:]
                        if any(x.kind in ("state", "place") for x in gaz.lookup(rest)):
                            cands.append(_Span(j, j, "place", "pattern", 0.6))
                        break
        # Place opened by a head word ("Lago di Garda"), or closed by one ("Hudson River").
        if w in heads_place and j + 1 < n:
            b = _extend_name(seq, j, text, lang, by_start, stop_at_person=False)
            if b > j:
                cands.append(_Span(j, b, "place", "pattern", 0.6))
        for k in range(j + 1, min(n, j + 4)):
            if seq[k].link:
                break
            if seq[k].text in suf_place:
                cands.append(_Span(j, k, "place", "pattern", 0.6))
                break
        # Direction + place ("Nord Italia", "South Korea" is in the KB) and place + direction.
        if fold(w) in DIRECTIONS and j + 1 < n and not seq[j + 1].link:
            nkm = _kb_match_at(seq[j + 1], seq, j + 1, by_start)
            if nkm is not None and nkm[0].entries[0].kind in ("state", "place") and nkm[0].entries[0].sub != "demonym":
                cands.append(_Span(j, nkm[1], "place", "pattern", 0.6, match=nkm[0]))  # "South Lebanon" is in LBN
        if km is not None and km[0].entries[0].kind in ("state", "place") and km[1] + 1 < n:
            nxt = seq[km[1] + 1]
            if (j == 0 and prev0 in _PLURAL_ARTICLES and not nxt.link and _TEAM_PLURAL.match(nxt.text)
                    and nxt.start not in by_start and not is_common(nxt.text, lang) and _fn(nxt.text) < 2):
                cands.append(_Span(j, km[1] + 1, "organisation", "pattern", 0.55))  # "Chicago Bulls", "New York Mets"
            if fold(nxt.text) in DIRECTIONS and (not nxt.link or nxt.link in ("del", "de", "du")):
                cands.append(_Span(j, km[1] + 1, "place", "pattern", 0.6, match=km[0]))
        # Place names joined by a hyphen ("Roma-Lido", "Austria-Ungheria").
        if km is None and "-" in w and not cands:
            parts = w.split("-")
            placed = [any(x.kind == "state" and x.sub == "name" or x.kind == "place" and x.pop >= SMALL_TOWN
                          for x in gaz.lookup(p)) for p in parts]
            if all(p[:1].isupper() for p in parts) and (all(placed) or (lang == "de" and placed[0])):
                cands.append(_Span(j, j, "place", "pattern", 0.5))
        # A first name that is a place's name too, before a surname ("Virginia Raggi", "Mercedes Bresso").
        if (km is not None and km[1] == j and fold(w) in _PLACE_FIRST_NAMES and j + 1 < n and not seq[j + 1].link
                and km[0].entries[0].kind in ("place", "state") and _surname_like(seq, j + 1, by_start, lang)):
            b = _extend_person(seq, j, text, lang, by_start)
            cands.append(_Span(j, max(b, j + 1), "person", "pattern", 0.6))
        # Person: a first name, or any name right after a title.
        fnv = _fn(w)
        if fnv == 1 and km is not None and km[0].entries[0].kind in ("state", "organisation") and km[0].entries[0].sub == "name":
            fnv = 0  # "Stati Uniti Barack Obama": a weak first name that is a state's name first
        if fnv and km is not None and km[1] > j and km[0].entries[0].kind == "role":
            fnv = 0  # "German Chancellor Olaf Scholz": a role word, not the first name "Germán"
        if fnv and km is not None and km[0].entries[0].kind == "state" and km[0].entries[0].sub == "demonym" \
                and j + 1 < n and (_is_title(seq[j + 1].text, lang) or (seq[j + 1].text[:1].isupper() and not _fn(seq[j + 1].text))):
            fnv = 0  # "German President Frank-Walter Steinmeier": the demonym (not "Germán") before a title
        if title_before and not fnv and (km is not None or (is_common(w, lang) and j + 1 < n and not seq[j + 1].link)):
            # "il presidente Usa Obama", "il ministro del Lavoro Poletti": not a name yet
            title_before = km is None
        elif title_before and not fnv and lang == "de" and tok.link and is_common(w, lang):
            # "die Regierung des Landes", "der Präsident des Staates": a German noun joined to the
            # title by an article is a genitive, not the title holder's name
            title_before = False
        if (fnv or title_before) and not w.isupper() and not is_roman(w):
            b = _extend_person(seq, j, text, lang, by_start)
            strong = fnv == 2 or title_before or (fnv == 1 and b > j and not is_common(seq[b].text, lang))
            if strong and (b > j or title_before):
                cands.append(_Span(j, b, "person", "pattern", 0.7 if b > j else 0.5))
            elif fnv == 2 and b == j and not cands and not initial and not is_common(w, lang) and fold(w) not in NOT_NAMES:
                cands.append(_Span(j, j, "person", "pattern", 0.4))  # a first name alone: "Bruno"
        if cands:
            best = max(cands, key=lambda c: (c.b, -_PRI.get(c.kind, 9)))
            if lang == "en" and best.kind == "organisation" and best.source == "pattern":
                # "US Navy", "Royal Marines", "US Senate": a service or body the KB lists as a
                # state's role is that state's, not an unknown organisation
                best = next((c for c in cands if c.kind == "role" and c.b == best.b and c.a == best.a), best)
            if best.kind == "person":
                best.entry = _kb_person(seq, best, gaz)
            out.append(best)
            j = best.b + 1
            title_before = best.kind == "role"
            continue
        else:
            # Unknown name: a run of capitalised words no reading takes.
            b = j
            while b + 1 < n and not seq[b + 1].link and _free(seq, b + 1, by_start, lang, heads_org, heads_place):
                b += 1
            if type_before and j == 0 and not initial:
                out.append(_Span(j, b, type_before, "pattern", 0.45))
            elif lang == "de" and w.lower() in _TYPE_WORDS["de"] and j + 1 < n and not seq[j + 1].link and b == j:
                type_before = _TYPE_WORDS["de"][w.lower()]  # "die Firma Siemens": the noun names the kind
                j += 1
                title_before = False
                continue
            else:
                out.append(_Span(j, b, "unknown", "pattern", 0.4))
            j = b + 1
        title_before = False
        type_before = None
    return out


_DEITIES = {"it": frozenset(["Dio", "Allah", "Gesù", "Cristo", "Madonna", "Maometto", "Geova"])}

_ADJ_ENDINGS = {"it": ("ese", "ano", "ana", "ense", "ino", "ina", "ico", "ica", "ale", "eno", "ena", "eo", "ea"),
                "en": ("an", "ese", "ish", "ian", "ic", "al"),
                "fr": ("ais", "aise", "ain", "aine", "ien", "ienne", "ois", "oise", "ique", "al", "ale"),
                "es": ("és", "esa", "ano", "ana", "ense", "ino", "ina", "ico", "ica", "al")}


@lru_cache(maxsize=20_000)
def _is_adjective(word: str, lang: str, gaz: Gazetteer) -> bool:
    """A lower-case demonym or adjective of origin ("uzbeko", "europeo", "statunitense")."""
    if any(e.kind == "state" and e.sub == "demonym" for e in gaz.lookup(word)):
        return True
    return word.islower() and word.endswith(_ADJ_ENDINGS.get(lang, ())) and not _is_title(word, lang)


def _misc_keeps(e: Entry, prev: str) -> bool:
    """Is a KB name inside the name of an event an entity of its own (an organisation, or the
    place the event is held in; not a demonym nor a word of the name itself)?"""
    if e.kind == "organisation":
        return e.sub != "anaphora"
    if (prev in MISC_WORDS and prev != "Tour") or prev in _MISC_LINK_OK:
        return (e.kind == "state" and e.sub in ("name", "capital")) or (
            e.kind == "place" and e.sub in ("city", "region") and e.pop >= SMALL_TOWN)
    return False


# Words of an event's name after which a place is where the event is held ("Olimpiadi di
# Pechino", "Gran Premio d'Italia").
_MISC_LINK_OK = frozenset(["Olimpiadi", "Olimpici", "Olympics", "Olympic", "Olympiques", "Olímpicos", "Premio", "Prix",
                           "Mondiali", "Giochi", "Games", "Jeux", "Juegos", "Spiele"])


# First names that the first-name table leaves out because they name places first.
_PLACE_FIRST_NAMES = frozenset(["virginia", "victoria", "mercedes", "florence", "sydney", "carolina", "adelaide", "regina",
                                "georgia", "jordan", "paris", "india", "austin", "dallas", "florencia", "lourdes",
                                "siena", "savannah", "brooklyn", "madison", "aurora", "valencia", "alexandria", "elmira"])


def _surname_like(seq: list[_Tok], k: int, by_start: dict[int, Match], lang: str) -> bool:
    """Can token k be a surname: not a word of the language, not a head word, at most a small town?"""
    t = seq[k]
    w = t.text
    if w.isupper() or is_common(w, lang) or _fn(w) == 2 or w in _lex(lang).heads_place or w in _lex(lang).suf_place:
        return False
    m = by_start.get(t.start)
    if m is None:
        return True
    e = m.entries[0]
    return e.kind == "place" and e.sub == "city" and e.pop < 50_000 and m.end == t.end


def _free(seq: list[_Tok], k: int, by_start: dict[int, Match], lang: str, heads_org: frozenset[str],
          heads_place: frozenset[str]) -> bool:
    """Can token k continue an unknown name (nothing else starts there)?"""
    t = seq[k]
    if t.start in by_start or t.text in heads_org or t.text in heads_place or _is_title(t.text, lang):
        return False
    return _fn(t.text) < 2


def _extend_name(seq: list[_Tok], j: int, text: str, lang: str, by_start: dict[int, Match], stop_at_person: bool) -> int:
    """Last token of an organisation or place name opened at j: through particles, to the end of
    the sequence, but not into a following person ("Partito Democratico Matteo Renzi")."""
    b = j
    n = len(seq)
    for k in range(j + 1, n):
        t = seq[k]
        if stop_at_person and not t.link and _fn(t.text) == 2 and k + 1 < n and not seq[k + 1].link:
            break
        if t.link in _COORD and (k > j + 1 or t.link == "'s"):
            break
        if t.link and t.link.split()[0] in _COORD and t.link != "&" and (
                k > j + 1 or " " in t.link or t.text in _lex(lang).heads_org or t.start in by_start):
            break  # "Comune e della Provincia di Cagliari", "Camera e Senato": two bodies
        if lang == "it" and t.link and k > j + 1 and t.link.split()[0] in _IT_OF:
            m = by_start.get(t.start)
            if m is not None and any(e.kind == "state" and e.sub in ("name", "capital")
                                     or e.kind == "place" and e.sub in ("city", "region") and e.pop >= SMALL_TOWN
                                     for e in m.entries[:1]):
                break  # "Guardia di Finanza di Milano": the body, then the town (KIND 3.2)
        if not t.link and _is_title(t.text, lang):
            break  # "Parlamento Presidente ..."
        b = k
    return b


_PORTFOLIO_OF = frozenset(["del", "dei", "della", "delle", "degli", "dello", "dell", "of", "de", "des", "du", "d"])
_IT_OF = frozenset(["di", "del", "della", "dello", "dei", "degli", "delle", "d'", "dell'", "d’", "dell’"])


def _extend_person(seq: list[_Tok], j: int, text: str, lang: str, by_start: dict[int, Match]) -> int:
    """Last token of a person's name that starts at j ("Lloyd J. Austin III", "Ursula von der Leyen")."""
    n = len(seq)
    b = j
    lex = _lex(lang)
    heads, suf_org, suf_place, fw = lex.heads_org, lex.suf_org, lex.suf_place, lex.fw
    for k in range(j + 1, min(n, j + 6)):
        t = seq[k]
        w = t.text
        if t.link and t.link.lower().rstrip("'’") not in _PERSON_PARTICLES and not (
                t.link[0].isupper() and t.link.endswith(("'", "’"))):  # "Marcello Dell'Utri"
            break
        if w in _CAP_PARTICLES and k + 1 < n and not seq[k + 1].link and seq[k + 1].text[:1].isupper():
            b = k  # "Franco Di Mare", "Marco Van Basten": the particle joins the surname
            continue
        if w in _CAP_PARTICLES and k == n - 1 and k == j + 1 and not t.link and _fn(seq[j].text) == 2:
            b = k  # "Lucio Dalla": a surname written like a particle ends the name
            break
        if w in suf_org or w in suf_place or w in heads or w.lower() in fw:
            break
        if fold(w) in _SUFFIX_NAME or (is_roman(w) and len(w) <= 4):
            b = k
            continue
        if w.isupper() and len(w) > 1 and not (len(w) == 2 and w.endswith(".")):
            break
        m = by_start.get(t.start)
        if _new_person_at(seq, j, k, m, by_start):
            break  # "Erdogan y Putin": two people; "Da Riad Donald Trump": a capital, then a person
        if m is not None and t.link:
            e0 = m.entries[0]
            if e0.kind == "state" or (e0.kind == "place" and e0.pop >= 100_000):
                break  # "Mario Rossi di Milano"
        if m is not None and m.entries[0].kind == "organisation" and m.entries[0].sub != "lexicon":
            break
        if m is not None and m.entries[0].kind == "state" and m.entries[0].sub in ("name", "demonym") and not t.link:
            if k == j + 1 and _fn(seq[j].text) == 2 and k + 1 >= n:
                pass  # "Jordan" after a first name is a surname here
            else:
                break
        b = k
    return b


def _new_person_at(seq: list[_Tok], j: int, k: int, m: Match | None, by_start: dict[int, Match]) -> bool:
    """Does token k open a person's name of its own, not continue the one opened at j?"""
    t = seq[k]
    is_person = m is not None and m.entries[0].kind == "person"
    if t.link and t.link.lower() in _COORD:
        # a coordinator ("y" also joins Spanish surnames): two people when either side is known
        m0 = by_start.get(seq[j].start)
        return (is_person or _fn(t.text) == 2
                or (m0 is not None and m0.entries[0].kind == "person" and m0.end == seq[k - 1].end))
    if t.link or not is_person or m is None or _fn(t.text) < 2 or m.end <= t.end:
        return False
    # a full name (first name + surname) cannot continue a place before it: "Da Riad Donald Trump"
    m0 = by_start.get(seq[j].start)
    return (m0 is not None and m0.entries[0].kind in ("state", "place") and m0.end <= seq[k - 1].end
            and m0.entries[0].sub in ("capital", "city", "name", "region"))


def _kb_person(seq: list[_Tok], sp: _Span, gaz: Gazetteer) -> Entry | None:
    """A KB person named in a longer form ("Lloyd J. Austin III" for "Lloyd Austin")."""
    if sp.b == sp.a:
        return None
    last = sp.b
    while last > sp.a and (fold(seq[last].text) in _SUFFIX_NAME or is_roman(seq[last].text)):
        last -= 1
    keys = [" ".join(t.text for t in seq[sp.a:sp.b + 1]), seq[sp.a].text + " " + seq[last].text]
    for k in keys:
        for e in gaz.lookup(k):
            if e.kind == "person":
                return e
    return None


# ---- doc-level memory and unknown names ----------------------------------------------------


@dataclass(slots=True)
class _Memory:
    """What the article says about its names: strong readings (full names of people, names found
    by the KB or a head word) and the cues around names no reading took."""

    strong: dict[str, str]
    full: dict[str, str]  # a surname -> the full name it was first written with
    votes: dict[str, dict[str, int]]

    def get(self, key: str) -> str | None:
        return self.strong.get(key)


def _memory(spans_all: list[tuple[list[_Tok], list[_Span]]], lang: str, text: str) -> _Memory:
    mem: dict[str, str] = {}
    full_of: dict[str, str] = {}
    for seq, spans in spans_all:
        for sp in spans:
            words = [t.text for t in seq[sp.a:sp.b + 1]]
            if sp.kind == "person" and len(words) >= 2:
                full = " ".join(words)
                mem[full] = "person"
                for w in words:
                    if len(w) > 2 and not is_roman(w) and fold(w) not in _SUFFIX_NAME and w[0].isupper():
                        mem.setdefault(w, "person")
                        full_of.setdefault(w, full)
            elif sp.kind == "person" and sp.entry is None:
                mem.setdefault(words[0], "person")
            elif sp.kind == "kb" and sp.match is not None:
                e0 = sp.match.entries[0]
                if e0.kind == "person":
                    for w in words:
                        mem.setdefault(w, "person")
                elif e0.kind in ("organisation", "state") or e0.kind == "place" and e0.pop >= SMALL_TOWN:
                    mem.setdefault(" ".join(words), "organisation" if e0.kind == "organisation" else "place")
            elif sp.kind in ("organisation", "place"):
                mem.setdefault(" ".join(words), sp.kind)
    for seq, spans in spans_all:
        for sp in spans:
            if _prev_word(text, seq[sp.a].start) in _STORM_NOUNS:
                mem[" ".join(t.text for t in seq[sp.a:sp.b + 1])] = "misc"  # "l'uragano Sandy": not a person
    votes: dict[str, dict[str, int]] = {}
    for seq, spans in spans_all:
        for sp in spans:
            if sp.kind != "unknown":
                continue
            kind = _context_kind(seq, sp, lang, text)
            if kind is not None:
                key = " ".join(t.text for t in seq[sp.a:sp.b + 1])
                v = votes.setdefault(key, {})
                v[kind] = v.get(kind, 0) + 1
    return _Memory(mem, full_of, votes)


def _context_kind(seq: list[_Tok], sp: _Span, lang: str, text: str) -> str | None:
    s = seq[sp.a].start
    e = seq[sp.b].end
    prev = _prev_word(text, s)
    common = sp.a == sp.b and is_common(seq[sp.a].text, lang)
    if lang == "de" and common:
        return None  # a German noun after "Präsident" or before "sagte" is still a noun
    if _is_title(prev, lang):
        return "person"
    nxt = _next_words(text, e, 2)
    if (nxt and (nxt[0] in PERSON_AFTER.get(lang, ()) or " ".join(nxt[:2]) in PERSON_AFTER.get(lang, ()))
            and (lang != "it" or nxt[0] != "ha" or (len(nxt) > 1 and nxt[1] in PERSON_AFTER["it"]))):
        return "person"
    if prev in LOC_BEFORE.get(lang, ()) and sp.a == 0 and not seq[sp.a].initial and not common and lang != "de":
        return "place"
    if sp.a == 0 and not seq[sp.a].initial and prev in _OF_WORDS.get(lang, ()):
        j = s - len(prev) - 1
        while j > 0 and text[j - 1] in " '’":
            j -= 1
        if _prev_word(text, j) in _MEMBER_OF.get(lang, ()):
            return "organisation"  # "il presidente del Coni", "the chairman of Fininvest"
    if lang == "it" and sp.a == 0 and not common:
        if prev in _IT_NICKNAME_BEFORE:
            return "person"  # "Mario Rossi detto Brio": a nickname
        if prev in _IT_PLACE_NOUN_BEFORE:
            return "place"  # "in località Raica"
        if prev in _IT_AGENT_BEFORE:
            return "organisation"  # "prodotta dalla Innocenti": a company is feminine
    return None


# Social networks and video sites, and the words before them that make them the medium of a
# message rather than the company ("scritto su Twitter", "posted on Facebook").
_PLATFORMS = frozenset(["Twitter", "Facebook", "Instagram", "WhatsApp", "Whatsapp", "YouTube", "Youtube", "TikTok",
                        "Telegram", "Snapchat", "LinkedIn", "Twitch", "Myspace", "MySpace", "Flickr", "Skype", "Threads",
                        "Bluesky", "Weibo", "WeChat", "VKontakte"])
_MEDIUM_BEFORE = frozenset(["su", "sul", "via", "tramite", "attraverso", "profilo", "pagina", "account", "canale", "social",
                            "network", "on", "sur", "auf", "über", "en", "mediante", "perfil", "cuenta", "página", "compte",
                            "profil", "seite", "konto"])

# Nouns before the name of a storm or a cyclone, which is no entity ("l'uragano Sandy").
_STORM_NOUNS = frozenset(["uragano", "ciclone", "tifone", "tempesta", "perturbazione", "hurricane", "storm", "typhoon",
                          "cyclone", "ouragan", "tempête", "typhon", "huracán", "tormenta", "tifón", "ciclón", "hurrikan",
                          "sturm", "taifun", "zyklon", "orkan", "sturmtief", "tief"])

# "of" words and the nouns before them that make the next unknown name an organisation.
_OF_WORDS = {"it": frozenset(["di", "del", "della", "dell", "dei", "degli", "delle", "dello"]),
             "en": frozenset(["of"]), "fr": frozenset(["de", "du", "des", "d"]), "es": frozenset(["de", "del"])}
_MEMBER_OF = {
    "it": frozenset(["presidente", "presidentessa", "segretario", "segretaria", "leader", "tecnico", "allenatore",
                     "direttore", "direttrice", "amministratore", "delegato", "fondatore", "fondatrice", "portavoce",
                     "dirigente", "dirigenti", "vertici", "membri", "iscritti", "militanti", "azionisti", "dipendenti",
                     "giocatori", "calciatori", "capitano", "tifosi", "soci", "vicepresidente", "esponenti", "esponente",
                     "deputati", "senatori", "eletti", "sostenitori", "attaccante", "portiere", "difensore"]),
    "en": frozenset(["chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "founder", "members", "member",
                     "shareholders", "employees", "executives", "leader", "director", "manager", "coach"]),
    "fr": frozenset(["président", "présidente", "porte-parole", "fondateur", "membres", "membre", "dirigeant",
                     "dirigeants", "actionnaires", "salariés", "directeur", "entraîneur", "patron"]),
    "es": frozenset(["presidente", "presidenta", "portavoz", "fundador", "miembros", "miembro", "dirigente",
                     "dirigentes", "accionistas", "empleados", "director", "entrenador", "líder"]),
}

_IT_AFTER_BORN = frozenset(["a", "ad", "il", "in", "nel", "nella", "da", "come", "l", "nell", "negli", "sotto"])


# Italian words before an unknown name that tell its kind.
_IT_NICKNAME_BEFORE = frozenset(["detto", "detta", "soprannominato", "soprannominata", "alias"])
_IT_PLACE_NOUN_BEFORE = frozenset(["località", "frazione", "contrada", "quartiere", "borgo"])
_IT_AGENT_BEFORE = frozenset(["dalla"])


_VOWELS = set("aeiouyàèéìòùáíóúäöü")
_NO_CUE = ("", 0.0)


def _classify_unknown(seq: list[_Tok], sp: _Span, text: str, lang: str, memory: _Memory) -> tuple[str, float] | None:
    """The kind of a name no reading took, with a confidence that says how it was decided."""
    words = [t.text for t in seq[sp.a:sp.b + 1]]
    key = " ".join(words)
    w0 = words[0]
    initial = seq[sp.a].initial and sp.a == 0
    if len(words) == 1:
        if fold(w0) in NOT_NAMES or is_roman(w0) or len(w0) < 2:
            return None
        if w0.isupper() and len(w0) <= 6 and any(c.isalpha() for c in w0):
            if w0 in ACRONYM_STOP or w0.rstrip(".") in ACRONYM_STOP or not w0.replace(".", "").isalpha():
                return None
            if (lang == "it" and len(w0) == 2 and text[seq[sp.a].start - 1:seq[sp.a].start] == "("
                    and text[seq[sp.a].end:seq[sp.a].end + 1] == ")"):
                return "place", 0.5  # "Regello (FI)": a province code
            return memory.get(key) or "organisation", 0.4
    kind = memory.get(key)
    if kind is not None:
        return kind, 0.6
    v = memory.votes.get(key)
    if v:
        return ("person" if v.get("person") else max(v, key=lambda k: v[k])), 0.5
    if initial:
        return None
    if len(words) == 1:
        low = w0.lower()
        if low in INSTITUTION_CAPS.get(lang, ()):
            return "organisation", 0.5
        if 2 <= len(w0) <= 5 and not (_VOWELS & set(low)):
            return "organisation", 0.45  # "Csm", "Cgil": an acronym written as a word
        if not w0[1:].islower() and w0[1:].isalpha() and not w0.isupper():
            return "organisation", 0.4  # "WikiLeaks", "SpaceX", "PayPal"
    if (lang == "it" and len(words) <= 2 and _fn(w0) < 2 and sp.a == 0
            and _prev_word(text, seq[sp.a].start) in _IT_LAW_BEFORE):
        return "person", 0.5  # "la riforma Castelli", "il ddl Mastella": a law named after its author
    # No cue, no memory: a guess would be wrong more often than right (a surname, a company,
    # a small town, a product look alike), so the name is left out, unless it stands in a
    # list with a name of known kind (see _coordinated).
    return _NO_CUE


_BIG_TOWN = 100_000
_IT_LAW_BEFORE = frozenset(["riforma", "ddl", "legge", "lodo"])
# Italian towns named like a common noun that news writes with a capital ("il Paese", "la Borsa").
_IT_NOUN_TOWNS = frozenset(["Paese", "Borsa", "Piazza", "Campo", "Cento", "Lista", "Terra", "Stato", "Chiesa", "Comune",
                            "Regione", "Provincia", "Governo", "Camera", "Corte", "Porto", "Castello", "Ponte"])


# What joins the names of a list: "Bartali, Coppi e Magni", "Rossano e Corigliano".
_LIST_GAP = re.compile(r"(?:, ?| (?:e|ed|and|et|y|und|o|or|oder|ou|ni|né) )")


def _coordinated(doc: Doc, text: str, out: list[Mention], pending: list[tuple[int, int]]) -> list[Mention]:
    """Unknown names that stand in a list with people ("Bartali, Coppi e Magni"), or that are
    coordinated with a place or an organisation ("Rossano e Corigliano"), take their kind (a comma
    after a place more often opens an apposition: "a Teheran, Nazak Afshar")."""
    by_end: dict[int, Mention] = {}
    by_start: dict[int, Mention] = {}
    for m in out:
        if m.kind in ("person", "place", "organisation") and m.source not in ("anaphora", "lexicon"):
            by_end[m.end] = m
            by_start[m.start] = m
    added: list[Mention] = []
    todo = sorted(pending)
    for order in (todo, todo[::-1]):  # forwards, then backwards, so that a list passes its kind along
        for s, e in order:
            if s in by_start:
                continue
            kind = None
            for k in range(max(0, s - 5), s):
                nb = by_end.get(k)
                if nb is not None and _LIST_GAP.fullmatch(text, k, s) and (nb.kind == "person" or text[k] != ","):
                    kind = nb.kind
            if kind is None:
                for k in range(e + 1, e + 6):
                    nb = by_start.get(k)
                    if nb is not None and _LIST_GAP.fullmatch(text, e, k) and (nb.kind == "person" or text[e] != ","):
                        kind = nb.kind
                        break
            if kind is None:
                continue
            men = MentionStage._mk(doc, s, e, kind, "list", 0.35)
            added.append(men)
            by_end[men.end] = men
            by_start[men.start] = men
    return added


def _place_ok(seq: list[_Tok], sp: _Span, ent: Entry, text: str, lang: str, prev: str) -> bool:
    """A city of the gazetteer that is also a common word or a small town needs a cue."""
    tok = seq[sp.a]
    w = text[tok.start:seq[sp.b].end]
    # A locative before it, or a dateline in capitals ("BONN, 5. Januar").
    cue = (prev in LOC_BEFORE.get(lang, ()) or prev in LOCATIVE.get(lang, ()) or tok.caps or (w.isupper() and len(w) > 3)
           or (sp.a == 0 and _type_before(text, tok.start, lang, prev) == "place"))
    # Towns of the countries that write the language are news' own places: a smaller one counts.
    limit = HOME_TOWN if ent.code in HOME_COUNTRIES.get(lang, ()) else SMALL_TOWN
    if ent.pop < limit and not cue:
        return False
    if ent.surface != ent.name and w.lower() in FUNCTION_WORDS.get(lang, ()):
        return False  # an alternate name that is also a word ("Dabei")
    if w in _CAP_PARTICLES:
        return False  # "Abu", "Ben", "Van": a part of a name
    if lang == "de" and w in _DE_COMPASS and not (tok.caps or w.isupper()):
        return False  # "im Norden des Landes", "im Osten der Ukraine": a direction, not the town of Norden
    if lang == "it" and w in _IT_NOUN_TOWNS and prev not in ("a", "ad"):
        return False  # "nel Paese", "la Borsa": the noun
    common = _town_word(w, lang, ent)
    if common and not tok.initial and ent.pop >= _BIG_TOWN and lang != "de" and ent.code in HOME_COUNTRIES.get(lang, ()):
        # The lemmatiser's dictionary knows the names of large towns too ("firenze", "bari"):
        # written with a capital inside a sentence, a large town of the language's own
        # countries is the town.
        common = w.lower() in FUNCTION_WORDS.get(lang, ()) or fold(w) in NOT_NAMES
    if sp.a == sp.b and ent.pop < 1_000_000 and common and not cue:
        return False
    return not (tok.initial and sp.a == 0 and common and ent.pop < 1_000_000 and not cue)


_DE_COMPASS = frozenset(["Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten", "Mitte"])
# German towns named like common nouns (the dictionary knows every German proper noun too).
_DE_NOUN_TOWNS = frozenset(["Ende", "Essen", "Halle", "Hof", "Zug", "Lage", "Mark", "Wald", "Stein", "Rain", "Mai", "Weil", "Au", "Kiel", "Hagen", "Buchen", "Marl", "Bad", "Berg", "Burg", "Brück", "Eisen", "Weiden", "Landau", "Werne", "Olpe", "Rheine", "Senden", "Laufen", "Neuss", "Gotha", "Moers", "Bruck", "Ahlen", "Bünde", "Löhne", "Werl", "Brühl", "Hilden", "Haan", "Goch", "Kehl", "Plön", "Norden", "Westen", "Osten", "Süden", "Mitte", "Linz", "Weiden", "Garbsen", "Erding", "Hameln", "Meppen", "Viersen", "Wesel"])  # fmt: skip


def _town_word(w: str, lang: str, ent: Entry) -> bool:
    """Is a town's name also a common word of the language?"""
    if w.lower() in FUNCTION_WORDS.get(lang, ()) or fold(w) in NOT_NAMES:
        return True
    if lang == "de":
        # Every German proper noun is in the dictionary too: trust the main name of a large or
        # German-speaking town, and the dictionary only for the rest ("Namen", "Siegen").
        if w in _DE_NOUN_TOWNS:
            return True
        if ent.surface == ent.name and (ent.pop >= 200_000 or ent.code in HOME_COUNTRIES["de"]):
            return False
    if (lang != "en" and ent.pop < _BIG_TOWN and ent.code not in HOME_COUNTRIES.get(lang, ())
            and w[1:].islower() and is_common(w, "en")):
        return True  # a small foreign town named like an English word ("Best", "Time", "Progress")
    return is_common(w, lang)


_TEAM_CONF = 0.55
_SCORE_AFTER = re.compile(r" \d{1,3}(?=[\s,;.)-]|$)")
_SCORE_BEFORE = re.compile(r"(?:^|\n|\d )$")
# Articles before a town's name make it a club in Italian and Spanish ("il Napoli", "la Roma",
# "el Barcelona"): towns themselves take none.
_CLUB_ARTICLE = {
    "it": {"il", "del", "al", "dal", "col", "sul", "la", "della", "alla", "dalla", "sulla"},
    "es": {"el", "del", "al"},
}


def _team(text: str, s: int, e: int, lang: str, prev: str) -> bool:
    """Is the place name at [s, e) a sports team: in a results table ("Fulham 1 Carlisle 0",
    "BOSTON 69 65 .515") or after a club article?"""
    if _SCORE_AFTER.match(text, e) and _SCORE_BEFORE.search(text, max(0, s - 6), s):
        return True
    if prev and prev in _CLUB_ARTICLE.get(lang, ()):
        return text[s - 1:s] == " " and text[max(0, s - 4):s].strip() != ""
    return False


def _next_words(text: str, pos: int, n: int) -> list[str]:
    out: list[str] = []
    i = pos
    L = len(text)
    while len(out) < n and i < L:
        while i < L and text[i] == " ":
            i += 1
        j = i
        while j < L and (text[j].isalpha() or text[j] in "'’"):
            j += 1
        if j == i:
            break
        out.append(text[i:j].lower())
        i = j
    return out


_VERB_ENDINGS = {"fr": ("nt",), "es": ("an", "en", "on"), "it": ("no",), "en": ("ed",), "de": ()}


def _count_names(text: str, m: Match, lang: str) -> bool:
    """A count standing for a group ("les 27 ont décidé") is followed by a verb or a stop, not a noun."""
    end = m.end
    head = text[m.start:end].split(" ")[0].lower()
    if head not in FUNCTION_WORDS.get(lang, ()) or not text[m.start:end].split(" ")[-1].isdigit():
        return True  # "Number 10", "G20": names with a number in them
    rest = text[end:end + 2].lstrip()
    if not rest or not rest[0].isalpha():
        return True
    if not rest[0].islower():
        return False
    nxt = _next_words(text, end, 1)
    return bool(nxt) and (nxt[0] in FUNCTION_WORDS.get(lang, ()) or nxt[0].endswith(_VERB_ENDINGS.get(lang, ())))


# ---- KB entries to mentions ------------------------------------------------------------------


# "the Israel-linked ship", "a Greek-owned tanker", "the US-led coalition": the state the thing
# belongs to or that leads it ("Iran-backed" names a sponsor, not the party, and is left out)
_HYPHEN_OWNER = re.compile(r"\b((?:(?:South|North|Saudi|New) )?[A-Z][A-Za-z.]+)-(?:linked|owned|flagged|operated|registered|led|controlled|run|based|made|built|supplied|manufactured|hosted|sponsored)\b")


def _hyphen_owners(doc: Doc, text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    taken = {m.start for m in found}
    out = []
    for hm in _HYPHEN_OWNER.finditer(text):
        s, e = hm.start(1), hm.end(1)
        nxt = re.match(r"\s+([\w.-]+)", text[hm.end():])
        if s in taken or (nxt and any(x.kind == "organisation" for x in gaz.lookup(nxt.group(1)))):
            continue  # "the Russian-led CSTO": the organisation is the party
        entry = next((x for x in gaz.lookup(hm.group(1)) if x.kind == "state" and x.code), None)
        if entry is not None:
            out.append(Mention(s, e, text[s:e], "state", code=entry.code, kb_id=entry.kb_id, name=entry.name,
                               source="demonym", sent=doc.sentence_of(s)))
    return out


# "NATO-Hauptquartier", "EU-Zentrale": a German compound on a body's name that stands for the body.
_DE_SEAT_HEADS = frozenset(["hauptquartier", "hauptquartiers", "zentrale", "sitz", "sitzes", "spitze", "führung",
                            "gipfel", "gipfels", "gipfeltreffen", "außenminister", "außenministertreffen"])


def _de_org_compounds(doc: Doc, text: str, out: list[Mention], matches: list[Match], kb: KB,
                      date: str | None, lang: str) -> list[Mention]:
    """Unknown German names opened by a compound on a KB name ("NATO-Beitritt Schwedens",
    "NATO-Hauptquartier"): the compound is the body itself when its head names its seat or
    leadership; otherwise it is an ordinary noun ("Beitritt") and only a KB name after it
    ("Schwedens") is a mention."""
    by_start = {m.start: m for m in matches}
    res: list[Mention] = []
    for men in out:
        first = men.text.split(" ")[0]
        km = by_start.get(men.start)
        if (men.code is not None or men.source != "pattern" or "-" not in first or km is None
                or km.end != men.start + first.index("-") or km.entries[0].kind not in ("organisation", "state")
                or km.entries[0].sub not in ("name", "capital")):
            res.append(men)
            continue
        head = first[first.index("-") + 1:]
        if not head[:1].isupper() or "-" in head:
            res.append(men)
            continue
        if head.lower() in _DE_SEAT_HEADS:
            m2 = _entry_mention(doc, men.start, men.start + len(first), km.entries[0], kb, date, lang, _prev_word(text, men.start))
            m2.sent = men.sent
            res.append(m2)
        rest = men.start + len(first) + 1
        nxt = by_start.get(rest)
        if nxt is not None and nxt.end == men.end and nxt.entries[0].kind in ("state", "organisation"):
            m3 = _entry_mention(doc, nxt.start, nxt.end, nxt.entries[0], kb, date, lang, _prev_word(text, nxt.start))
            m3.sent = men.sent
            res.append(m3)
    return res


def _entry_mention(doc: Doc, m_start: int, m_end: int, e: Entry, kb: KB, date: str | None, lang: str, prev_word: str) -> Mention:
    span = doc.span(m_start, m_end)
    common: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text, "name": e.name}
    if e.kind == "person":
        person = kb.people[e.person]
        office = person.office_at(date)
        return Mention(**common, kb_id=e.kb_id, kind="person", code=office.code if office else None,
                       sector=office.sector if office else None, role=office.title if office else None,
                       confidence=0.95 if e.sub == "name" else 0.8)
    if e.kind == "state" and e.sub == "capital" and prev_word in LOCATIVE.get(lang, set()):
        return Mention(**common, kb_id=e.kb_id, kind="place", code=e.code, source="kb", value=e.name)
    if e.kind == "state":
        sector = e.sector
        source = {"capital": "capital", "seat": "seat", "demonym": "demonym"}.get(e.sub, "kb")
        return Mention(**common, kb_id=e.kb_id, kind="state", code=e.code, sector=sector, source=source,
                       confidence=0.9 if e.sub in ("name", "seat") else 0.8)
    if e.kind == "organisation" and e.sub == "lexicon":
        return Mention(**common, kind="organisation", source="lexicon", confidence=0.7)
    if e.kind == "organisation":
        return Mention(**common, kb_id=e.kb_id, kind="organisation", code=e.code, sector=None,
                       source="anaphora" if e.sub == "anaphora" else "kb", inferred=e.sub == "anaphora",
                       confidence=0.9 if e.sub == "name" else 0.6)
    if e.kind == "role":
        return Mention(**common, kb_id=e.kb_id, kind="role", code=e.code, sector=e.sector, role=e.office,
                       source=f"anaphor:{e.anaphor}" if e.anaphor else "kb", confidence=0.7)
    return Mention(**common, kind="place", code=e.code, source="gazetteer", value=e.name,
                   kb_id=f"geonames:{e.geonameid}" if e.geonameid else None, confidence=0.6)



_TAIL_WORD = re.compile(r"[\w.]*$")


def _prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, lower-cased; an elided article keeps its letters ("all'" -> "all")."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == 0:
        return ""
    k = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j)) + 1
    word = text[k:j]
    if not word:
        return ""
    if word[-1] in "'’":  # elided article: "all'Ucraina" -> "all"
        m = re.search(r"[^\W\d_]+['’]$", word)
        return m.group(0)[:-1].lower() if m else ""
    m2 = _TAIL_WORD.search(word)
    return m2.group(0).lower().rstrip(".") if m2 else ""


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \"'(«":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"


@register_stage("mentions", requires=("tokens",), assigns=("mentions",))
def make_mentions(config: Config) -> MentionStage:
    return MentionStage(tuple(config["kb"]["extra"]))
