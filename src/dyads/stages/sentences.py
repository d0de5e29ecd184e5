"""Sentence splitting with a per-language list of abbreviations that do not end a sentence."""

from __future__ import annotations

import re

from dyads.config import Config
from dyads.model import Doc, Sentence
from dyads.pipeline import register_stage

_ABBREV = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "u.s", "u.k", "u.n", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "adm", "capt", "sgt", "maj"},
    "it": {"sig", "dott", "prof", "on", "sen", "gen", "avv", "ing", "sig.ra", "dr", "p", "pag", "ecc", "art", "n", "ca"},
    "fr": {"m", "mm", "mme", "mlle", "dr", "pr", "gén", "gen", "st", "ste", "etc", "n", "art"},
    "es": {"sr", "sra", "srta", "dr", "dra", "d", "dña", "gral", "lic", "ee.uu", "uu", "etc", "art", "núm", "pág"},
    "de": {"dr", "prof", "hr", "fr", "bzw", "z.b", "u.a", "usw", "etc", "nr", "st", "str", "abs", "art", "ca", "gen", "vgl", "evtl", "inkl"},
}  # fmt: skip

_CANDIDATE = re.compile(r"[.!?]+[\"')\]]*(?=\s+|$)|\n\s*\n|\n(?=[A-ZÀ-Ý\"'«-])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str, lang: str | None) -> list[Sentence]:
    abbrev = _ABBREV.get(lang or "", set())
    out: list[Sentence] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if m.group(0).startswith("."):
            # search a short window only: anchoring "$" on the whole prefix would be quadratic
            lo = max(0, m.start() - 40)
            w = _WORD_BEFORE.search(text[lo:m.start()])
            word = w.group(1).lower() if w else ""
            # "U.S." style abbreviations and single initials ("J.") do not end a sentence.
            if word in abbrev or (len(word) == 1 and word.isalpha() and word.isupper() is False and text[m.start() - 1].isupper()):
                continue
            if len(word) == 1 and text[m.start() - 1].isupper():
                continue
            # A number followed by a dot ("4. April" in German dates) does not end a sentence.
            if lang == "de" and word.isdigit() and len(word) <= 2:
                continue
        _add(text, start, end, out)
        start = end
    _add(text, start, len(text), out)
    return [part for sent in out for part in _headline_split(text, sent)] if lang == "de" else out


# "Ultimatum an Moskau: Stimmt Russland ... zu, wollen ...", "Angst vor Russland: Polen hat ...":
# a short verbless headline before a colon is a sentence of its own, so that the clause after it
# opens its sentence (a verb-first condition stays one, a real act is not coloured by the fear).
# A speaker's name alone ("Selenskyj: ...") is no headline.
_HEADLINE = re.compile(r"^((?:[\w-]+\s+){1,5}[\w-]+):\s+(?=[A-ZÄÖÜ])")
_DE_FINITE = {"ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden", "sagt",
              "sagte", "erklärt", "erklärte", "will", "soll", "kann", "muss"}


def _headline_split(text: str, sent: Sentence) -> list[Sentence]:
    m = _HEADLINE.match(text[sent.start:sent.end])
    if m is None:
        return [sent]
    words = m.group(1).split()
    if not any(w[:1].islower() for w in words) or any(w.lower() in _DE_FINITE for w in words):
        return [sent]
    cut = sent.start + m.end()
    return [Sentence(sent.start, sent.start + len(m.group(1)) + 1), Sentence(cut, sent.end)]


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


@register_stage("sentences", requires=("norm", "lang"), assigns=("sentences",))
def make_sentences(config: Config) -> SentenceStage:
    return SentenceStage()


class SentenceStage:
    def __call__(self, doc: Doc) -> Doc:
        # Offsets are computed on norm; when normalisation changed lengths, map them back.
        sents = split_sentences(doc.norm, doc.lang)
        if doc.offset_map is not None:
            sents = [Sentence(*doc.orig_offsets(s.start, s.end)) for s in sents]
        doc.sentences = sents
        return doc
