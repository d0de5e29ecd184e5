"""Mentions: states, organisations, people, roles and places, from the KB and from patterns.

The KB gazetteer finds every known surface form; patterns then add what no dictionary holds:
people by first-name lexicon, title cues, initials and suffixes ("Lloyd J. Austin III"),
organisations by head words ("Ministero ...", "Partido ...") and unknown acronyms. A person
the KB does not know keeps a mention with no code rather than a guessed one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dyads.config import Config
from dyads.kb import KB, load_kb
from dyads.kb.gazetteer import Entry, Gazetteer, gazetteer
from dyads.model import Doc, Mention
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

ORG_HEADS = {
    "it": ("Ministero", "Partito", "Movimento", "Consiglio", "Commissione", "Corte", "Tribunale", "Banca", "Agenzia", "Fondazione", "Università", "Istituto", "Camera", "Senato", "Associazione", "Federazione", "Comitato", "Procura", "Guardia", "Esercito", "Unione", "Lega", "Fronte", "Forza", "Confederazione", "Autorità", "Servizio", "Polizia"),
    "en": ("Ministry", "Department", "Party", "Council", "Commission", "Court", "Bank", "Agency", "Foundation", "University", "Institute", "House", "Senate", "Association", "Federation", "Committee", "Office", "Union", "League", "Front", "Army", "Forces", "Corporation", "Group", "Authority", "Service", "Police", "Organization", "Organisation"),
    "fr": ("Ministère", "Parti", "Conseil", "Commission", "Cour", "Tribunal", "Banque", "Agence", "Fondation", "Université", "Institut", "Assemblée", "Sénat", "Association", "Fédération", "Comité", "Union", "Front", "Armée", "Forces", "Groupe", "Autorité", "Service", "Police", "Organisation", "Mouvement", "Rassemblement"),
    "es": ("Ministerio", "Partido", "Consejo", "Comisión", "Corte", "Tribunal", "Banco", "Agencia", "Fundación", "Universidad", "Instituto", "Congreso", "Senado", "Asociación", "Federación", "Comité", "Unión", "Frente", "Ejército", "Fuerzas", "Grupo", "Autoridad", "Servicio", "Policía", "Organización", "Movimiento"),
    "de": ("Ministerium", "Bundesministerium", "Partei", "Rat", "Kommission", "Gericht", "Bundesgericht", "Bank", "Agentur", "Stiftung", "Universität", "Institut", "Bundestag", "Bundesrat", "Verband", "Bund", "Komitee", "Amt", "Union", "Front", "Armee", "Bundeswehr", "Gruppe", "Behörde", "Dienst", "Polizei", "Organisation", "Bewegung"),
}  # fmt: skip

_UP = "A-ZÀ-ÖØ-Þ"
# A run of capitalised words (with name particles and initials) that does not cross a sentence end:
# a word never takes a trailing dot, only an initial ("J.") or a suffix ("Jr.") does.
_CAP_SEQ = re.compile(
    rf"(?<![\w.])(?:[{_UP}]\.|[{_UP}][\w'-]*)(?:\s(?:(?:de|da|del|della|di|von|van|der|den|la|le|du|des|y|al|bin|ibn|el)\s)?(?:[{_UP}]\.|[{_UP}][\w'-]*(?:\s(?:Jr|Sr)\.)?))*",
    re.UNICODE,
)
# Capitalised only because they open a sentence: never the first word of a name.
_OPENERS = {
    "it": {"secondo", "dopo", "mentre", "anche", "inoltre", "intanto", "oggi", "ieri", "domani", "però", "ma", "per", "con", "nel", "nella", "il", "la", "lo", "le", "gli", "un", "una", "in", "a", "da", "di", "tra", "fra", "quando", "se", "così", "già", "ora", "poi", "infine", "durante", "presso", "verso", "contro", "sia", "non", "questo", "questa", "quello", "quella", "al", "alla", "dal", "dalla", "sul", "sulla", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "come", "dove", "perché", "nonostante", "entro", "oltre", "insieme", "proprio", "solo", "nei", "negli", "agli", "ai"},
    "en": {"according", "after", "while", "also", "meanwhile", "today", "yesterday", "tomorrow", "but", "for", "with", "in", "the", "a", "an", "on", "at", "by", "from", "when", "if", "so", "now", "then", "finally", "during", "against", "this", "that", "these", "those", "both", "as", "under", "since", "despite", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "earlier", "later", "speaking", "asked", "following", "before", "between", "among", "of", "to", "and"},
    "fr": {"selon", "après", "alors", "aussi", "pendant", "aujourd'hui", "hier", "demain", "mais", "pour", "avec", "dans", "le", "la", "les", "un", "une", "en", "à", "de", "du", "des", "quand", "si", "lors", "depuis", "contre", "ce", "cette", "ces", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "malgré", "entre", "sous", "sur", "par", "au", "aux"},
    "es": {"según", "tras", "después", "mientras", "también", "hoy", "ayer", "mañana", "pero", "para", "con", "en", "el", "la", "los", "las", "un", "una", "a", "de", "del", "al", "cuando", "si", "durante", "contra", "este", "esta", "estos", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "pese", "entre", "sobre", "por", "desde", "ante"},
    "de": {"laut", "nach", "während", "auch", "heute", "gestern", "morgen", "aber", "für", "mit", "in", "im", "der", "die", "das", "den", "dem", "des", "ein", "eine", "am", "an", "auf", "bei", "von", "vom", "zum", "zur", "wenn", "als", "seit", "gegen", "dieser", "diese", "dieses", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "trotz", "zwischen", "unter", "über", "durch", "und", "doch", "damit", "so", "nun", "zudem", "bereits"},
}  # fmt: skip
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_TITLE_WORDS = {
    "it": {"presidente", "ministro", "ministra", "premier", "segretario", "segretaria", "generale", "ambasciatore", "portavoce", "cancelliere", "re", "regina", "papa", "sindaco", "leader", "capo", "senatore", "deputato", "commissario", "ammiraglio", "colonnello", "signor", "signora", "dott", "prof"},
    "en": {"president", "minister", "premier", "secretary", "general", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "queen", "pope", "mayor", "leader", "chief", "senator", "rep", "commissioner", "admiral", "colonel", "mr", "mrs", "ms", "dr", "prof", "sen", "gov", "governor", "lt", "gen", "prince", "sheikh", "emir"},
    "fr": {"président", "présidente", "ministre", "premier", "secrétaire", "général", "ambassadeur", "porte-parole", "chancelier", "roi", "reine", "pape", "maire", "dirigeant", "chef", "sénateur", "député", "commissaire", "amiral", "colonel", "m", "mme", "monsieur", "madame"},
    "es": {"presidente", "presidenta", "ministro", "ministra", "primer", "secretario", "secretaria", "general", "embajador", "portavoz", "canciller", "rey", "reina", "papa", "alcalde", "líder", "jefe", "senador", "diputado", "comisario", "almirante", "coronel", "señor", "señora", "sr", "sra"},
    "de": {"präsident", "präsidentin", "minister", "ministerin", "premier", "premierminister", "kanzler", "kanzlerin", "bundeskanzler", "sekretär", "generalsekretär", "botschafter", "sprecher", "sprecherin", "könig", "königin", "papst", "bürgermeister", "chef", "chefin", "senator", "abgeordnete", "kommissar", "admiral", "oberst", "herr", "frau", "dr", "prof"},
}  # fmt: skip


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names from the gender-guesser package's name list (a registry package), folded."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the lexicon is a recall aid; without it, title cues still work
        return frozenset()
    names = Detector(case_sensitive=False).names
    return frozenset(n.lower() for n in names if len(n) >= 2 and "+" not in n)


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
    if e.kind == "organisation":
        return Mention(**common, kb_id=e.kb_id, kind="organisation", code=e.code, sector=None,
                       source="anaphora" if e.sub == "anaphora" else "kb", inferred=e.sub == "anaphora",
                       confidence=0.9 if e.sub == "name" else 0.6)
    if e.kind == "role":
        return Mention(**common, kb_id=e.kb_id, kind="role", code=e.code, sector=e.sector, role=e.office,
                       source=f"anaphor:{e.anaphor}" if e.anaphor else "kb", confidence=0.7)
    return Mention(**common, kind="place", code=e.code, source="gazetteer", value=e.name,
                   kb_id=f"geonames:{e.geonameid}" if e.geonameid else None, confidence=0.6)


class MentionStage:
    def __init__(self, extra: tuple[str, ...]) -> None:
        self.extra = extra

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        gaz: Gazetteer = gazetteer(lang, self.extra)
        kb = load_kb(self.extra)
        date = doc.article.date
        text = doc.norm
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in gaz.find(text):
            prev = _prev_word(text, m.start)
            e = _choose(m.entries, text, m.start, m.end, prev, lang)
            men = _entry_mention(doc, m.start, m.end, e, kb, date, lang, prev)
            men.sent = doc.sentence_of(men.start)
            mentions.append(men)
            taken.append((m.start, m.end))
        mentions.extend(self._patterns(doc, text, lang, taken))
        mentions.extend(doc.mentions)  # gaps found by the earlier stage
        mentions.sort(key=lambda x: (x.start, -x.end))
        doc.mentions = mentions
        return doc

    def _patterns(self, doc: Doc, text: str, lang: str, taken: list[tuple[int, int]]) -> list[Mention]:
        out: list[Mention] = []
        busy = bytearray(len(text) + 1)
        for s, e in taken:
            busy[s:e] = b"\x01" * (e - s)
        names = first_names()
        heads = ORG_HEADS.get(lang, ())
        titles = _TITLE_WORDS.get(lang, set())
        for m in _CAP_SEQ.finditer(text):
            s, e = m.start(), m.end()
            seg = m.group(0)
            if any(busy[s:e]):
                # Trim to the part before the first known mention.
                cut = busy.find(b"\x01", s, e)
                if cut <= s:
                    continue
                seg = text[s:cut].rstrip()
                e = s + len(seg)
            words = seg.split()
            sentence_initial = _sentence_initial(text, s)
            if words and sentence_initial and words[0].lower() in _OPENERS.get(lang, set()):
                # "Secondo Stoltenberg": drop the sentence opener, keep the rest.
                s = s + len(words[0]) + 1
                words = words[1:]
                sentence_initial = False
                if not words or any(busy[s:e]):
                    continue
                seg = text[s:e]
            if not words:
                continue
            first = words[0].rstrip(".")
            if first in heads and len(words) >= 2:
                out.append(self._mk(doc, s, e, "organisation", "pattern", 0.5))
            elif len(words) >= 2 and (first.lower() in names or _prev_word(text, s) in titles) and not words[-1].isupper():
                out.append(self._mk(doc, s, e, "person", "pattern", 0.6))
            elif len(words) == 1 and not sentence_initial and _prev_word(text, s) in titles and len(first) > 2:
                out.append(self._mk(doc, s, e, "person", "pattern", 0.5))
            else:
                continue
            busy[s:e] = b"\x01" * (e - s)
        for m in _ACRONYM.finditer(text):
            s, e = m.start(), m.end()
            if any(busy[s:e]):
                continue
            out.append(self._mk(doc, s, e, "organisation", "acronym", 0.4))
        return out

    @staticmethod
    def _mk(doc: Doc, s: int, e: int, kind: str, source: str, conf: float) -> Mention:
        span = doc.span(s, e)
        return Mention(span.start, span.end, span.text, kind, source=source, confidence=conf,  # type: ignore[arg-type]
                       sent=doc.sentence_of(span.start))


def _choose(entries: tuple[Entry, ...], text: str, s: int, e: int, prev: str, lang: str) -> Entry:
    # A capital after a locative preposition is a place; otherwise the highest-priority entry.
    return entries[0]


def _prev_word(text: str, pos: int) -> str:
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j > 0 and text[j - 1] == "'":  # elided article: "all'Ucraina" -> "all'"
        k = j - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:j].lower().rstrip("'")
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "."):
        k -= 1
    return text[k:j].lower().rstrip(".")


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \"'(«":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"


@register_stage("mentions", requires=("tokens",), assigns=("mentions",))
def make_mentions(config: Config) -> MentionStage:
    return MentionStage(tuple(config["kb"]["extra"]))
