"""``dyads eval ner``: entity-level exact-match scores on CoNLL-style BIO files.

Sentences are joined into documents, as dyads reads articles: a ``-DOCSTART-`` line opens a
new document where the file has them (CoNLL-2003); otherwise a sentence without final
punctuation (a headline: KIND's articles start with their title) opens one, and a document is
cut after 40 sentences. ``window=N`` reads fixed windows of N sentences instead, and
``window=1`` scores each sentence on its own. The tokens of a sentence are joined as the news
text had them (no space before punctuation or after an elided article), sentences with a
blank line; the recognition stages run on the document, and each mention is mapped back to
the tokens it covers.

Mapping of mention kinds onto PER / LOC / ORG:

- people are PER; organisations are ORG; places, and states named as such, are LOC;
  seats of government ("Casa Bianca", "Kremlin") are ORG; demonyms are not entities;
- roles are not entities, except the names of institutions: a role written with a capital
  in running text that names a body rather than an office holder ("State Department",
  "Senato", "Gobierno"), and the institution words of ``dyads.kb.names.INSTITUTIONS`` —
  in Italian, following the KIND guidelines (2.2, 3.1), also in lower case ("il governo
  italiano", "la polizia");
- in Italian, following the KIND guidelines: a title names its body only ("presidente della
  [Repubblica]", "[Senato]" in "Presidente del Senato"); a body takes its complement and its
  adjective ("ministero della Salute iracheno", "polizia locale", "ambasciata americana"); a body
  named with its parent organisation is two ("Consiglio di Sicurezza" + "ONU"); a state is ORG
  when it acts (named with its article and followed by a verb: "la Germania si ritira") or plays
  (in a sentence with a score: "la Russia supera 4-0 la Slovacchia"), and a seat of government
  is ORG unless it is where something happens ("il Viminale ha confermato", "alla Casa Bianca");
  "di Stato" in fixed phrases ("capo di Stato") is no entity;
- dates, gaps and the rest are not entities.

Gold MISC spans are ignored, and predictions overlapping them are not counted.
``tokens_per_s`` is measured after a warm-up document, so it excludes the one-time loading of
the gazetteer (reported as ``load_s``); ``recognition_tokens_per_s`` counts the time of the
mentions and linking stages only, and ``stage_tokens_per_s`` gives every stage's figure.
"""

from __future__ import annotations

import bisect
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyads.config import Config, load_config
from dyads.kb.gazetteer import fold, gazetteer
from dyads.kb.names import FUNCTION_WORDS, INSTITUTION_CAPS, INSTITUTIONS
from dyads.model import Article, Doc, Mention
from dyads.pipeline import Pipeline
from dyads.stages.mentions import _PLATFORMS, _prev_word

TYPES = ("PER", "LOC", "ORG")
NER_STAGES = ["normalize", "language", "sentences", "tokens", "mentions", "linking"]
DEFAULT_WINDOW = 0


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]
    doc_start: bool = False  # the first sentence after a -DOCSTART- line


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a BIO file: 'token tag' or 'index token tag' per line, blank line between."""
    toks: list[str] = []
    tags: list[str] = []
    pending_doc = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield Sentence(toks, tags, pending_doc)
                    pending_doc = False
                toks, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if parts and parts[0] == "-DOCSTART-":
                if toks:
                    yield Sentence(toks, tags, pending_doc)
                    toks, tags = [], []
                pending_doc = True
                continue
            if len(parts) < 2 or parts[0].startswith("#"):
                continue
            token, tag = parts[-2], parts[-1]
            toks.append(token)
            tags.append(tag.upper())
    if toks:
        yield Sentence(toks, tags, pending_doc)


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each entity; IOB1 and IOB2 both accepted."""
    out: set[tuple[int, int, str]] = set()
    start, etype = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if len(tag) > 2 and tag[1] == "-" else ""
        begins = tag.startswith("B-") or (tag.startswith("I-") and kind != etype)
        if start >= 0 and (tag == "O" or begins or not kind):
            out.add((start, i, etype))
            start, etype = -1, ""
        if kind and (begins or start < 0):
            start, etype = i, kind
    return out


def _is_demonym(m: Mention, lang: str) -> bool:
    return any(e.sub == "demonym" for e in gazetteer(lang, ()).lookup(m.text))


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \"'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"


_IT_BODY = re.compile(r"\b(?:del|della|dello|dei|degli|delle|di)\s+(\w+)$")


@lru_cache(maxsize=8)
def _institution_caps(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in INSTITUTION_CAPS.get(lang, ()))


@lru_cache(maxsize=8)
def _institutions(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in INSTITUTIONS.get(lang, ()))


def mention_type(m: Mention, lang: str = "", text: str = "") -> str | None:
    """The NER type a mention counts as (see the module docstring), or None."""
    if m.kind == "person":
        return "PER"
    if m.kind == "organisation":
        return "ORG"
    if m.kind == "place":
        return "LOC"
    if m.kind == "state":
        if m.source == "demonym":
            return None
        if m.source == "modifier":  # a state qualifying a role: a place, unless a demonym
            return None if not lang or _is_demonym(m, lang) else "LOC"
        # seats of government are buildings (LOC), except the military headquarters ("Pentagon")
        if m.source == "seat" and (m.sector in ("MIL", "LEG") and not m.text.endswith("Hill") or _BODY_SEAT.search(fold(m.text))):
            return "ORG"  # "Pentagon", "Congress", "State Department": the body, not a building
        return "LOC"
    if m.kind == "role" and lang:
        low = fold(m.text)
        if low in _institutions(lang) and (lang == "it" or m.text[:1].isupper()):
            return "ORG"
        if (lang != "de" and m.text[:1].isupper() and m.role is None and not m.source.startswith("anaphor")
                and not (text and _sentence_initial(text, m.start))
                and any(w in _INSTITUTION_NOUNS for w in low.replace("'", " ").split())):
            return "ORG"  # "State Department", "Foreign Ministry", "Senato", "Gobierno"
    return None


# Nouns that make a capitalised role a body rather than an office holder.
_INSTITUTION_NOUNS = frozenset(fold(w) for w in ["ministero", "ministry", "ministère", "ministerio", "dicastero", "department", "departamento", "département", "office", "bureau", "governo", "government", "gouvernement", "gobierno", "esecutivo", "executive", "ejecutivo", "exécutif", "amministrazione", "administration", "parlamento", "parliament", "parlement", "senato", "senate", "sénat", "senado", "camera", "chamber", "chambre", "cámara", "congresso", "congress", "congrès", "congreso", "assemblea", "assembly", "assemblée", "asamblea", "consiglio", "council", "conseil", "consejo", "commissione", "commission", "comisión", "tribunale", "court", "corte", "cour", "tribunal", "procura", "prosecutor", "fiscalía", "parquet", "polizia", "police", "policía", "esercito", "army", "armée", "ejército", "marina", "navy", "aeronautica", "carabinieri", "gendarmeria", "gendarmerie", "magistratura", "chiesa", "church", "église", "iglesia", "farnesina", "viminale", "pentagon", "pentagono", "pentágono", "cia", "mossad", "fsb", "idf", "regime", "régimen"])


_END = {".", "!", "?", "»", '"', ")", ":", ";", "'", "”"}
MAX_DOC = 40


def _documents(sents: list[Sentence], window: int) -> Iterator[list[Sentence]]:
    """Sentences grouped into documents (see the module docstring)."""
    if window > 0:
        for i in range(0, len(sents), window):
            yield sents[i:i + window]
        return
    marked = any(s.doc_start for s in sents)
    cur: list[Sentence] = []
    for s in sents:
        # Without -DOCSTART- lines, a sentence with no final punctuation is a headline: it
        # opens an article (as in KIND, whose articles start with their title).
        opens = s.doc_start if marked else (s.tokens[-1] not in _END or len(cur) >= MAX_DOC)
        if cur and opens:
            yield cur
            cur = []
        cur.append(s)
    if cur:
        yield cur


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't"}


def _space_before(prev: str, tok: str) -> bool:
    """Undo the tokenisation of the gold file where the news text had no space: "dell'Occidente",
    "Boatmen's", "Roma, ...", "(AP)"."""
    if tok in _NO_SPACE_BEFORE or prev in ("(", "["):
        return False
    return not (prev[-1:] in ("'", "’") and 1 < len(prev) <= 6 and prev[:-1].isalpha())


def predict_doc(pipe: Pipeline, sents: list[list[str]], lang: str,
                timings: dict[str, float] | None = None) -> list[set[tuple[int, int, str]]]:
    """Predicted (first token, last token + 1, type) spans for each sentence of one document."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sent_of: list[int] = []
    first_tok: list[int] = []
    pos = 0
    for si, toks in enumerate(sents):
        if si:
            pieces.append("\n\n")
            pos += 2
        first_tok.append(len(starts))
        for k, t in enumerate(toks):
            if k and _space_before(toks[k - 1], t):
                pieces.append(" ")
                pos += 1
            pieces.append(t)
            starts.append(pos)
            pos += len(t)
            ends.append(pos)
            sent_of.append(si)
    text = "".join(pieces)
    doc = pipe(Article(text=text, lang=lang))
    if timings is not None:
        for stage, secs in doc.timings.items():
            timings[stage] = timings.get(stage, 0.0) + secs
    out: list[set[tuple[int, int, str]]] = [set() for _ in sents]
    ms = _merge_institutions(doc, lang)
    for m, typ in ms:
        first = bisect.bisect_right(ends, m.start)
        last = bisect.bisect_left(starts, m.end) - 1
        if first >= len(ends) or last < first or sent_of[first] != sent_of[last]:
            continue
        si = sent_of[first]
        out[si].add((first - first_tok[si], last - first_tok[si] + 1, typ))
    return out


def _merge_institutions(doc: Doc, lang: str) -> list[tuple[Mention, str]]:
    """Typed mentions; in Italian an institution takes its national adjective ("governo italiano")."""
    text = doc.text
    typed: list[tuple[Mention, str]] = []
    ms = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
    skip: set[int] = set()
    for i, m in enumerate(ms):
        if i in skip:
            continue
        typ = mention_type(m, lang, text)
        if typ == "ORG" and lang == "it" and m.text == "Stato" and text[max(0, m.start - 3):m.start] == "di ":
            continue  # "capo di Stato", "colpo di Stato", "segreto di Stato": a fixed phrase
        if lang == "it" and (m.text in _PLATFORMS or m.text in _IT_NOT_PLACES):
            continue  # social networks are services, not organisations; "l'Occidente" is no place (KIND)
        if lang == "it" and m.kind == "role":
            if fold(m.text) in _IT_MISSIONS:
                # "l'ambasciata americana" (KIND 2.2): with its adjective only (merged below)
                nxt = ms[i + 1] if i + 1 < len(ms) else None
                if nxt is None or not (nxt.kind == "state" and nxt.start == m.end + 1 and nxt.text.islower()):
                    continue
                typ = "ORG"
            elif typ is None or (" " in m.text and fold(m.text.split()[0]) in _IT_TITLES):
                # "presidente del Consiglio", "capo dello Stato", "Presidente del Senato": the body
                # named in the title is the entity, the title is not (KIND 3.2)
                tail = _IT_BODY.search(m.text)
                word = tail.group(1) if tail is not None else ""
                body = fold(word)
                if tail is not None and (body in _IT_TITLE_BODIES if word.islower() else
                                         body in _institution_caps("it") or body == "repubblica"
                                         or body in _INSTITUTION_NOUNS):
                    s0 = m.start + tail.start(1)
                    typed.append((Mention(s0, m.end, text[s0:m.end], "organisation"), "ORG"))
                    continue
                if typ is None:
                    continue
        if typ is None:
            continue
        if (lang == "it" and m.kind == "state" and m.source == "seat" and typ == "LOC" and m.sector != "MIL"
                and _prev_word(text, m.start) not in _IT_AT):
            typ = "ORG"  # "il Viminale ha confermato", "una nota del Quirinale": the body (KIND 2.3)
        if (lang == "it" and typ == "LOC" and m.kind in ("state", "place") and m.source != "modifier"
                and _prev_word(text, m.start) not in _IT_PLACE_BEFORE and _in_results(doc, m)):
            typ = "ORG"  # "la Russia supera 4-0 la Slovacchia": a national team (KIND 2.3, metonymy)
        elif lang == "it" and typ == "LOC" and m.kind == "state" and m.source == "kb" and _it_agent(text, m):
            typ = "ORG"  # "La Germania si ritira dalla trattativa": the state as agent (KIND 2.3)
        if lang == "it" and m.kind == "role" and typ == "ORG" and i + 1 < len(ms):
            nxt = ms[i + 1]
            if nxt.kind == "state" and nxt.start == m.end + 1 and nxt.text.islower() and text[m.end] == " ":
                m = Mention(m.start, nxt.end, text[m.start:nxt.end], "organisation")
                skip.add(i + 1)
        if lang == "it" and typ == "ORG" and m.kind in ("role", "organisation"):
            end = m.end
            if " " not in m.text and fold(m.text) in _IT_COMPLEMENT_HEADS:
                # "ministero della Salute", "Corte d'appello", "Camera dei deputati": the body's complement
                cpl = _IT_COMPLEMENT.match(text, end)
                if cpl is not None and not any(o.start == cpl.start(1) and o.kind != "role"
                                               for o in ms[i + 1:i + 3]):
                    end = cpl.end()
            adj = _IT_BODY_ADJ.match(text, end) or (
                _IT_DEMONYM_ADJ.match(text, end) if end > m.end or fold(m.text.split()[0]) in _IT_STATE_BODIES else None)
            if adj is not None and (adj.re is _IT_BODY_ADJ or _is_demonym_word(adj.group(1), lang)):
                end = adj.end()  # "polizia locale", "ministero della Giustizia americano" (KIND 2.2)
            if end > m.end:
                for k in range(i + 1, min(i + 4, len(ms))):
                    if ms[k].start < end:
                        skip.add(k)
                m = Mention(m.start, end, text[m.start:end], "organisation")
        if lang == "it" and typ == "ORG" and m.kind == "organisation" and " " in m.text:
            parent = _IT_OF_PARENT.search(m.text)
            if parent is not None:  # "Consiglio di Sicurezza dell'ONU": the body and the organisation
                p0 = m.start + parent.start(1)
                typed.append((Mention(m.start, m.start + parent.start(), text[m.start:m.start + parent.start()],
                                      "organisation"), "ORG"))
                typed.append((Mention(p0, m.end, text[p0:m.end], "organisation"), "ORG"))
                continue
        typed.append((m, typ))
    if lang == "it":
        # "L'Iran e gli Stati Uniti hanno rotto le relazioni": both subjects act
        for k in range(len(typed) - 2, -1, -1):
            (a, ta), (b, tb) = typed[k], typed[k + 1]
            if (ta == "LOC" and tb == "ORG" and a.kind == "state" and a.source == "kb" and b.kind == "state"
                    and _COORD_ART.fullmatch(text, a.end, b.start) and _prev_word(text, a.start) in _IT_ARTICLES_ALL):
                typed[k] = (a, "ORG")
    return typed


# Bodies named in lower case in a title ("presidente del consiglio").
_IT_TITLE_BODIES = frozenset(["consiglio"])

# Lower-case adjectives that belong to the name of an Italian body ("polizia locale",
# "amministrazione comunale", "Camera bassa").
_IT_BODY_ADJ = re.compile(r" (?:locale|comunale|municipale|provinciale|regionale|giudiziaria|scientifica|postale|"
                          r"stradale|ferroviaria|penitenziaria|federale|governativo|governativa|"
                          r"bassa|alta|centrale|cittadina|metropolitana)\b")


_SCORE = re.compile(r"(?<![\d.,:/])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,:/])")
_IT_PLACE_BEFORE = frozenset(["a", "ad", "in", "di", "d", "da", "nel", "nella", "nell", "per", "verso", "presso", "del",
                              "della", "dell", "dal", "dalla", "dall", "tra", "fra", "su", "sul", "sulla"])


# A body named with the organisation it belongs to: two organisations in KIND.
_IT_OF_PARENT = re.compile(r" (?:dell['’] ?|delle |della |del |dei |degli )(ONU|Onu|Nazioni Unite|Unione [Ee]uropea|UE|Ue|NATO|Nato)$")
# Bodies of a state that take its adjective in their name ("Consiglio dei Ministri italiano").
_IT_STATE_BODIES = frozenset(["ministero", "consiglio", "parlamento", "guardia", "esercito", "governo", "polizia", "marina",
                              "aeronautica", "dipartimento", "corte", "tribunale", "forze"])
_COORD_ART = re.compile(r" e (?:la |il |lo |gli |i |le |l['’])")
_IT_ARTICLES_ALL = frozenset(["la", "il", "lo", "l", "gli", "i", "le"])
_IT_MISSIONS = frozenset(["ambasciata", "ambasciate", "consolato", "consolati"])
_IT_TITLES = frozenset(["presidente", "presidentessa", "vicepresidente", "capo", "segretario", "segretaria", "direttore",
                        "portavoce", "membro", "ministro"])
_IT_NOT_PLACES = frozenset(["Occidente"])
_BODY_SEAT = re.compile(r"depart|dipartimento|ministerium|treasury|tesoro|tresor|amt\b")


# Prepositions before a seat of government that make it the building ("alla Casa Bianca").
_IT_AT = frozenset(["a", "ad", "al", "alla", "allo", "all", "in", "nel", "nella", "nello", "nell", "presso", "davanti",
                    "dinanzi", "fronte", "sul", "sulla", "verso", "per", "dentro", "fuori"])
_IT_ARTICLES = frozenset(["la", "l", "gli", "i", "le"])  # masculine "il Giappone ha" is more often read as the place
# Words after a state's name that are no verb: it is not the subject of a clause.
_IT_NOT_VERB = (FUNCTION_WORDS["it"] - frozenset(["ha", "hanno", "non", "si", "ne", "ci", "era", "sarà", "fu", "sono",
                                                  "saranno", "erano", "furono", "ho", "abbiamo"])) | frozenset(
    ["è", "ed", "od", "stessa", "stesso", "intera", "intero", "sola", "solo", "centrale", "settentrionale",
     "meridionale", "orientale", "occidentale", "continentale", "insulare", "popolare", "democratica", "federale"])
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?=[\s,.;:!?'’]|$)")


def _it_agent(text: str, m: Mention) -> bool:
    """A state named with its article (or opening a sentence) and followed by a verb."""
    if not (_prev_word(text, m.start) in _IT_ARTICLES or _sentence_initial(text, m.start)):
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1).islower() and nxt.group(1) not in _IT_NOT_VERB


def _in_results(doc: Doc, m: Mention) -> bool:
    """Is the mention in a sentence that gives a match score ("3-0", "17 - 15")?"""
    if not 0 <= m.sent < len(doc.sentences):
        return False
    s = doc.sentences[m.sent]
    return _SCORE.search(doc.text, s.start, s.end) is not None


# Italian bodies named with a complement, in lower case or not ("ministero della Salute",
# "Corte d'appello", "tribunale dei minori", "Camera dei deputati").
_IT_COMPLEMENT_HEADS = frozenset(["ministero", "corte", "tribunale", "procura", "camera", "consiglio", "commissione",
                                  "dipartimento", "assessorato", "comando", "ufficio", "direzione", "agenzia", "autorità"])
_IT_COMPLEMENT = re.compile(r" (?:del |della |dello |dei |degli |delle |dell['’]|(?:di |d['’])(?=[a-zà-ù]))(\w+)"
                            r"(?: e (?:del |della |dello |dei |degli |delle |dell['’])\w+)?")
_IT_DEMONYM_ADJ = re.compile(r" ([a-zà-ù]+)\b")


def _is_demonym_word(word: str, lang: str) -> bool:
    return any(e.sub == "demonym" for e in gazetteer(lang, ()).lookup(word))


def predict(pipe: Pipeline, tokens: list[str], lang: str) -> set[tuple[int, int, str]]:
    """Predicted spans of one sentence read on its own."""
    return predict_doc(pipe, [tokens], lang)[0]


def evaluate_ner(path: str | Path, lang: str, config: Config | None = None, limit: int = 0,
                 window: int = DEFAULT_WINDOW) -> dict[str, Any]:
    t_load = time.perf_counter()
    pipe = Pipeline(config or load_config(), stages=NER_STAGES)
    pipe(Article(text="Mario Rossi visitò Roma con la NATO.", lang=lang))  # warm-up: load the gazetteer
    load_s = time.perf_counter() - t_load
    sents = list(read_bio(path))
    if limit:
        sents = sents[:limit]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_tokens = sum(len(s.tokens) for s in sents)
    n_docs = 0
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    for group in _documents(sents, window):
        n_docs += 1
        preds = predict_doc(pipe, [s.tokens for s in group], lang, stages)
        for sent, pred in zip(group, preds, strict=True):
            gold_all = spans_from_tags(sent.tags)
            misc = {(s, e) for s, e, t in gold_all if t not in TYPES}
            gold = {g for g in gold_all if g[2] in TYPES}
            pred = {p for p in pred if not any(p[0] < e and s < p[1] for s, e in misc)}
            for p in pred:
                (tp if p in gold else fp)[p[2]] += 1
            for g in gold:
                if g not in pred:
                    fn[g[2]] += 1
    secs = time.perf_counter() - t0

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": t + f_n}

    return {
        "file": str(path), "lang": lang, "sentences": len(sents), "documents": n_docs, "tokens": n_tokens,
        "window": window,
        "micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_type": {t: prf(tp[t], fp[t], fn[t]) for t in TYPES},
        "tokens_per_s": round(n_tokens / secs, 1) if secs else None,
        # recognition and linking alone (the other stages split text and lemmatise it)
        "recognition_tokens_per_s": round(n_tokens / rec, 1) if (rec := stages.get("mentions", 0.0) + stages.get("linking", 0.0)) else None,
        "stage_tokens_per_s": {k: round(n_tokens / v, 1) for k, v in stages.items() if v > 0},
        "load_s": round(load_s, 2),
    }  # fmt: skip
