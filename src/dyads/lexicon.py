"""Event lexicons (package data): trigger patterns over lemmas, cue lists, and the CAMEO table.

A pattern is a sequence of words; each word matches a token whose simplemma lemma or lower-cased
form equals the lemma or form of the pattern word (``a|b`` lists alternatives). Up to
``MAX_GAP`` other tokens may separate consecutive words, within one sentence.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from dyads.dates import EN_WEEKDAY_WORDS
from dyads.errors import KBError
from dyads.model import PLOVER_TYPES, Token
from dyads.stages.tokens import lemma, tokenize

# libyaml's C parser when PyYAML was built with it: ten times faster on the package data.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_GAP = 3
# Romance news puts a dative or a place between a verb and its object ("ha inviato a Kiev un nuovo
# pacchetto di armi", "a envoyé en Estonie des renforts"): such a "preposition + name" phrase does
# not count against the gap, up to FREE_SKIP tokens of it.
FREE_SKIP = 4
NAME_PREPS = {"a", "ad", "al", "alla", "all'", "ai", "agli", "alle", "allo", "in", "nel", "nella", "sul", "sulla", "con", "à",
              "au", "aux", "en", "avec"}
ARTICLES = {"la", "l'", "le", "il", "lo", "el", "los", "las", "les"}
DE_BRACKET_GAP = 10
# A German verb-final clause puts the participle or infinitive after all its complements ("hat
# China die Einfuhr sämtlicher Meeresfrüchte aus Japan gestoppt"): from a noun, a pattern's final
# verb may stand DE_VERB_GAP tokens away, not past a comma or another finite verb or conjunction.
DE_VERB_GAP = 7
DE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
DE_GAP_SCOPE = frozenset({"nur", "erst", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "bedingung", "fall", "falle"})
DE_VERB_FORM = re.compile(r"^[a-zäöüß]+(?:t|en|ern|eln)$")
DE_GAP_STOPS = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
                          "will", "wollen", "soll", "sollen", "kann", "können", "könnte", "könnten", "würde", "würden",
                          "dass", "weil", "wenn", "falls", "sobald", "oder", "aber", "sondern"})
DE_PARTICLES = frozenset({"zu", "ab", "an", "auf", "aus", "ein", "vor", "zurück", "mit", "fest", "bei", "fort", "her", "hin",
                          "los", "nach", "weg", "dar", "um", "entgegen", "gegenüber", "zusammen"})

# PLOVER quad classes and base scores (the manual's values; ACCUSE's printed +3 is taken to be
# a sign typo, as its modes are all negative).
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
PLOVER_SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -2.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}  # fmt: skip
# Default CAMEO code per PLOVER type, for entries that give none.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "190",
}  # fmt: skip
# Older PLOVER names found in gold data and user lexicons.
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
             "YIELD": "CONCEDE", "SACTION": "SANCTION"}  # fmt: skip
CUE_KEYS = ("negation", "future", "hypothetical", "perception", "reported", "historical", "recipient_preps", "agent_preps")


@dataclass(frozen=True, slots=True)
class Trigger:
    slots: tuple[frozenset[str], ...]
    type: str
    mode: str | None
    cameo: str
    contexts: tuple[str, ...]
    pos: str
    weight: float
    pattern: str


@dataclass(slots=True)
class Cues:
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # single-word cues, lemma or form
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # multiword cues (forms)
    lemmas: dict[str, frozenset[str]] = field(default_factory=dict)  # cues written as lemmas
    # key -> (the phrases tuple it was built from, first words of those phrases); see has()
    _firsts: dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)

    def has(self, key: str, tokens: list[Token]) -> int:
        """Index of the first token that starts a ``key`` cue, or -1."""
        words = self.words.get(key, frozenset())
        phrases = self.phrases.get(key, ())
        # prefilter: a phrase is tried only on a token that is the first word of some phrase
        # (this runs for many windows of every sentence with a trigger)
        cached = self._firsts.get(key)
        if cached is None or cached[0] is not phrases:
            cached = self._firsts[key] = (phrases, frozenset(ph[0] for ph in phrases))
        firsts = cached[1]
        lemma_cues = self.lemmas.get(key, frozenset())
        for i, t in enumerate(tokens):
            low = t.text.lower()
            if t.text == "May":
                continue  # "Theresa May", the month: never the modal
            if low in words or (t.lemma in words and t.lemma in lemma_cues and not (key == "reported" and t.text[:1].isupper())):
                # (a capitalised word is read by its form only as a report verb: "the United States" is
                # no "state")
                return i
            if low in firsts:
                for ph in phrases:
                    if low == ph[0] and all(i + k < len(tokens) and tokens[i + k].text.lower() == w for k, w in enumerate(ph)):
                        return i
        return -1


@dataclass(slots=True)
class Lexicon:
    lang: str
    version: str
    triggers: list[Trigger]
    index: dict[str, list[Trigger]]
    cues: Cues
    # key -> (its list in index, union of second words, later words of each, one-word pattern?): see _group
    _groups: dict[str, tuple[list[Trigger], frozenset[str], tuple[tuple[frozenset[str], ...], ...], bool]] = field(
        default_factory=dict, repr=False, compare=False)

    def match(self, tokens: list[Token], blocked: frozenset[int] = frozenset()) -> list[tuple[int, int, Trigger, list[int]]]:
        """(first token, last token, trigger, matched token indices), longest first, no overlaps.
        No trigger starts on a ``blocked`` token (a word inside a name: "New Zealand sanctioned"
        is no "new sanctions")."""
        found: list[tuple[int, int, Trigger, list[int]]] = []
        n = len(tokens)
        romance = self.lang in ("it", "fr", "es")
        # whether a token may sit in a gap for free, worked out once per token (not per attempt)
        free: list[bool | None] = [None if romance or self.lang == "en" else False] * n
        lows = [t.text.lower() for t in tokens]
        lemmas = [t.lemma for t in tokens]
        vocab = set(lows).union(lemmas)  # a pattern whose other words are absent cannot match
        # prefilter: only the words of this sentence that start a pattern that can still match
        # (frequent first words such as "avere", "fare", "il" start many patterns, and in most
        # sentences none of their second words is there); most sentences keep none at all
        groups = self._groups
        live: dict[str, tuple[list[Trigger], tuple[tuple[frozenset[str], ...], ...], bool]] = {}
        for key in self.index.keys() & vocab:
            group, seconds, rests, single = groups[key] if key in groups else self._group(key)
            gone = vocab.isdisjoint(seconds)
            if single or not gone:
                live[key] = (group, rests, gone)
        if not live:
            return []
        for i in [k for k in range(n) if lemmas[k] in live or lows[k] in live]:
            if i in blocked:
                continue
            t = tokens[i]
            low = lows[i]
            for key in (t.lemma,) if low == t.lemma else (t.lemma, low):
                entry = live.get(key)
                if entry is None:
                    continue
                group, rests, gone = entry
                for trig, rest in zip(group, rests, strict=True):
                    if rest:
                        if gone:
                            continue
                        missing = False
                        for slot in rest:
                            if vocab.isdisjoint(slot):
                                missing = True
                                break
                        if missing:
                            continue
                    self._try(tokens, lows, lemmas, free, i, t, trig, found)
        # Most words first, then the tightest (fewest skipped tokens); a token belongs to one trigger.
        found.sort(key=lambda f: (-len(f[3]), f[1] - f[0], -f[2].weight, f[0]))
        used: set[int] = set()
        out = []
        for f in found:
            if used.intersection(f[3]):
                continue
            used.update(f[3])
            out.append(f)
        out.sort(key=lambda f: f[0])
        return out

    @staticmethod
    def tokens_in_spans(tokens: list[Token], spans: list[tuple[int, int]]) -> frozenset[int]:
        """Indices of the tokens that start inside one of ``spans`` ((start, end) pairs). Found by
        bisection over the token starts rather than by testing every token against every span:
        this runs for each sentence of every article."""
        if not spans:
            return frozenset()
        starts = [t.start for t in tokens]
        if any(a > b for a, b in zip(starts, starts[1:], strict=False)):  # (tokens out of text order: test each)
            return frozenset(k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in spans))
        out: set[int] = set()
        for s, e in spans:
            out.update(range(bisect_left(starts, s), bisect_left(starts, e)))
        return frozenset(out)

    def _group(self, key: str) -> tuple[list[Trigger], frozenset[str], tuple[tuple[frozenset[str], ...], ...], bool]:
        """The patterns ``key`` starts, the union of their second words, each one's later words,
        and whether one of them is a single word; built from ``index`` on first use (``index``
        does not change after loading)."""
        group = self.index[key]
        rests = tuple(trig.slots[1:] for trig in group)
        seconds = frozenset().union(*(rest[0] for rest in rests if rest))
        built = self._groups[key] = (group, seconds, rests, not all(rests))
        return built

    def _try(self, tokens: list[Token], lows: list[str], lemmas: list[str], free: list[bool | None], i: int, t: Token,
             trig: Trigger, found: list[tuple[int, int, Trigger, list[int]]]) -> None:
        """Match ``trig`` from token ``i`` on; a match goes to ``found``."""
        n = len(tokens)
        idx = [i]
        j = i
        ok = True
        for si, slot in enumerate(trig.slots[1:], 1):
            k = j + 1
            hit = -1
            # a German separable particle closes the clause ("sicherte der Ukraine weitere
            # Unterstützung beim Wiederaufbau zu"): it may stand further away, not past a comma
            gap = DE_BRACKET_GAP if self.lang == "de" and si == len(trig.slots) - 1 and slot <= DE_PARTICLES else MAX_GAP
            verb_final = (gap == MAX_GAP and self.lang == "de" and si == len(trig.slots) - 1 and tokens[j].text[:1].isupper()
                          and all(DE_VERB_FORM.match(w) for w in slot))
            if verb_final:
                gap = DE_VERB_GAP
            spent = 0
            freed = False
            while k < n and spent <= gap and k <= j + 1 + gap + FREE_SKIP and tokens[k].sent == t.sent:
                lk = lows[k]
                if (gap > MAX_GAP or freed) and lk in (",", ";", ":"):
                    break  # a long reach never crosses a comma
                if verb_final and spent >= MAX_GAP and lk in DE_GAP_STOPS:
                    break  # (nor, past the usual gap, a finite verb or a new clause)
                if lemmas[k] in slot or lk in slot:
                    if verb_final and spent > MAX_GAP and (lows[k - 1] == "zu" or any(lows[x] in DE_GAP_SCOPE for x in range(j + 1, k))):
                        # "hat gebeten, den Bosporus ... zu sperren": another verb's content; "nur unter
                        # der Bedingung zustimmen", "nicht zugestimmt": a scope word keeps the short form
                        break
                    hit = k
                    break
                if verb_final and spent >= MAX_GAP and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isupper() \
                        and lows[k - 1] not in DE_ARTICLES:
                    break  # (nor across a name of several words: "Yoon Suk Yeol in Camp David empfangen")
                fk = free[k]
                if fk is None:
                    fk = free[k] = _free(tokens, k, self.lang)
                if fk:
                    freed = True
                else:
                    spent += 1
                k += 1
            if hit < 0:
                ok = False
                break
            idx.append(hit)
            j = hit
        if ok:
            found.append((i, j, trig, idx))


def _word_keys(word: str, lang: str) -> frozenset[str]:
    keys: set[str] = set()
    for alt in word.split("|"):
        alt = alt.strip().lower()
        if alt:
            keys.add(alt)
            keys.add(lemma(alt, lang))
    return frozenset(keys)


def _pattern_words(pattern: str, lang: str) -> list[str]:
    # Tokenise like the text is tokenised ("cessate il fuoco", "dell'alleanza", "Waffen-Lieferung").
    out = []
    for part in pattern.split():
        if "|" in part:
            out.append(part)
        else:
            out.extend(t for _, _, t in tokenize(part, lang))
    return out


@lru_cache(maxsize=16)
def load_lexicon(lang: str, path: str | None = None) -> Lexicon:
    if path:
        text = Path(path).read_text(encoding="utf-8")
        where = path
    else:
        res = resources.files("dyads").joinpath(f"lexicons/{lang}.yaml")
        if not res.is_file():
            return Lexicon(lang, "none", [], {}, Cues())
        text = res.read_text(encoding="utf-8")
        where = f"lexicons/{lang}.yaml"
    try:
        data = yaml.load(text, Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise KBError(f"{where}: not valid YAML ({exc})") from None
    table = cameo_table()
    triggers: list[Trigger] = []
    for i, raw in enumerate(data.get("entries") or []):
        if not isinstance(raw, dict) or not raw.get("pattern") or not raw.get("type"):
            raise KBError(f"{where}: entries[{i}] needs 'pattern' and 'type'")
        etype = OLD_NAMES.get(str(raw["type"]).upper(), str(raw["type"]).upper())
        if etype not in PLOVER_TYPES:
            raise KBError(f"{where}: entries[{i}] ('{raw['pattern']}'): unknown PLOVER type '{raw['type']}'")
        cameo = str(raw.get("cameo") or DEFAULT_CAMEO[etype])
        if cameo not in table:
            cameo = DEFAULT_CAMEO[etype]
        words = _pattern_words(str(raw["pattern"]), lang)
        if not words:
            continue
        triggers.append(Trigger(
            slots=tuple(_word_keys(w, lang) for w in words), type=etype, mode=raw.get("mode"), cameo=cameo,
            contexts=tuple(raw.get("contexts") or ()), pos=str(raw.get("pos") or "verb"),
            weight=float(raw.get("weight", 1.0)), pattern=str(raw["pattern"]),
        ))
    index: dict[str, list[Trigger]] = {}
    for trig in triggers:
        for key in trig.slots[0]:
            index.setdefault(key, []).append(trig)
    cues = Cues()
    for key in CUE_KEYS:
        single: set[str] = set()
        multi: list[tuple[str, ...]] = []
        for c in (data.get("cues") or {}).get(key) or []:
            toks = [t for _, _, t in tokenize(str(c).lower(), lang)]
            if len(toks) == 1:
                single.add(toks[0])
                # A cue written as a lemma ("percepire") matches every form of it; an inflected
                # cue ("dovesse", "sarà") matches only itself, or "essere" would cue everything.
                if key not in ("recipient_preps", "agent_preps", "negation") and lemma(toks[0], lang) == toks[0]:
                    single.add(toks[0])
            elif toks:
                multi.append(tuple(toks))
        cues.words[key] = frozenset(single)
        cues.phrases[key] = tuple(multi)
        cues.lemmas[key] = frozenset(w for w in single if lemma(w, lang) == w)
    return Lexicon(lang, str(data.get("version") or "0"), triggers, index, cues)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None

    @property
    def quad(self) -> int:
        return quad_of(self.code)


def quad_of(code: str) -> int:
    """GDELT/ICEWS quad class of a CAMEO code: 01-05 verbal coop, 06-08 material coop,
    09-13 verbal conflict, 14-20 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    res = resources.files("dyads").joinpath("ontology/cameo.tsv")
    text = "\n".join(line for line in res.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    out: dict[str, CameoCode] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        code = row["code"].strip()
        out[code] = CameoCode(code, row.get("name", ""), float(row.get("goldstein") or 0.0),
                              (row.get("plover_type") or "").strip() or None, (row.get("plover_mode") or "").strip() or None)
    return out


def goldstein(code: str) -> float:
    table = cameo_table()
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k].goldstein
    return 0.0


EN_DAYS = EN_WEEKDAY_WORDS | {"yesterday", "today", "tonight"}


IT_NUMBER_WORD = re.compile(r"^(?:uno|un|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|"
                            r"quindici|sedici|diciassette|diciotto|diciannove|venti?|trenta?|quaranta?|cinquanta?|sessanta?|"
                            r"settanta?|ottanta?|novanta?|cento|mille|mila)+$|^(?:centinaia|migliaia|decine|dozzine)$")


def _free(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether token ``k`` may stand inside a trigger's gap without counting against it (Romance
    languages only: a name, the preposition or article before one, a day word)."""
    tk = tokens[k]
    low = tk.text.lower()
    if lang == "en" and (low in EN_DAYS or (low == "on" and k + 1 < len(tokens) and tokens[k + 1].text.lower() in EN_DAYS)):
        return True  # "revoked on Saturday a military accord": the day is no word of the pattern's phrase
    if lang == "en" and k > 0 and ((tk.text[:1].isupper() and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.isalpha())
                                   or (low in ("'s", "’s") and tokens[k - 1].text[:1].isupper())):
        return True  # "declared South Africa's ambassador Ebrahim Rasool persona non grata": a name counts as one word
    if lang not in ("it", "fr", "es"):
        return False
    if lang == "it" and IT_NUMBER_WORD.match(low) and low not in ("un", "uno"):
        return True  # "acquisterà dagli Stati Uniti quattrocento missili": a spelled-out number is one quantity, as "400"
    if tk.text[:1].isupper() and k > 0:
        # the name of a "prep + name" phrase ("a Kiev", "in Estonia", "à l'Ukraine")
        prev = tokens[k - 1].text.lower()
        if tokens[k - 1].text[:1].isupper() and k > 1 and _free(tokens, k - 1, lang):
            return True  # the later words of a name ("agli Emirati Arabi Uniti")
        return prev in NAME_PREPS or (prev in ARTICLES and k > 1 and tokens[k - 2].text.lower() in NAME_PREPS)
    return low in NAME_PREPS and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() or (
        low in NAME_PREPS and k + 2 < len(tokens) and tokens[k + 1].text.lower() in ARTICLES and tokens[k + 2].text[:1].isupper())
