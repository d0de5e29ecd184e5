"""Gaps: words lost with their hyperlinks when a page was scraped.

Scraped pages drop the anchor text of links and leave tell-tale seams: a double space between
words ("e il  dove"), a function word followed by punctuation ("con la , uno stato"), or two
function words that cannot follow each other ("in è avvenuta", "di tra cui"). Each seam becomes
a ``gap`` mention over the whitespace where the word was, so later stages do not attribute
events around it; linking may propose a filler.
"""

from __future__ import annotations

import re

from dyads.config import Config
from dyads.model import Doc, Mention
from dyads.pipeline import register_stage

# Words that need a following noun phrase: prepositions and articles (lower case).
NEEDS_NOUN = {
    "it": {"il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "del", "della", "dello", "dei", "degli", "delle", "al", "alla", "allo", "ai", "agli", "alle", "dal", "dalla", "nel", "nella", "sul", "sulla", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e"},
    "en": {"the", "a", "an", "of", "to", "in", "with", "from", "by", "at", "on", "and", "for"},
    "fr": {"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à", "en", "avec", "par", "pour", "sur", "et"},
    "es": {"el", "la", "los", "las", "un", "una", "del", "al", "de", "a", "en", "con", "por", "para", "y", "entre"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "mit", "nach", "in", "von", "aus", "bei", "zu", "und", "für", "gegen"},
}  # fmt: skip

# Words that cannot directly follow a preposition or article (verbs, other prepositions).
CANNOT_FOLLOW = {
    "it": {"è", "sono", "ha", "hanno", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "il", "lo", "la", "che", "dove", "e", "ma", "ed", "si"},
    "en": {"is", "are", "was", "were", "has", "have", "of", "to", "in", "with", "from", "by", "at", "the", "which", "where", "and", "but", "who"},
    "fr": {"est", "sont", "a", "ont", "de", "à", "en", "avec", "par", "pour", "le", "la", "les", "qui", "où", "et", "mais"},
    "es": {"es", "son", "ha", "han", "de", "a", "en", "con", "por", "para", "el", "la", "los", "que", "donde", "y", "pero"},
    "de": {"ist", "sind", "hat", "haben", "mit", "nach", "von", "aus", "zu", "der", "die", "das", "den", "dem", "und", "aber", "wo"},
}  # fmt: skip

_WORD = r"[^\W\d_]+'?"
_DOUBLE_SPACE = re.compile(r"(?<=[^\W\d_])( {2,})(?=[^\W\d_])")
# (not the end of a hyphenated word: "Kim Jong-un ha")
_BEFORE_PUNCT = re.compile(rf"(?<![\w'-])({_WORD})( )(?=[,;:.])")
_PAIR = re.compile(rf"(?<![\w'-])({_WORD})( )({_WORD})(?![\w'])")


_PAIR_BY_LANG: dict[str, re.Pattern[str]] = {}


def _pair_rx(lang: str) -> re.Pattern[str]:
    """_PAIR limited to words no longer than the longest of NEEDS_NOUN (first) and CANNOT_FOLLOW
    (second). Prefilter: only such pairs can be flagged, most pairs hold a longer word, and the
    per-pair test in Python was most of this stage's time. Each hit still gets the full test."""
    rx = _PAIR_BY_LANG.get(lang)
    if rx is None:
        n1 = max((len(w) for w in NEEDS_NOUN.get(lang, ())), default=0)
        n2 = max((len(w) for w in CANNOT_FOLLOW.get(lang, ())), default=0)
        if not n1 or not n2:
            rx = re.compile(r"(?!)")  # nothing can be flagged
        else:
            rx = re.compile(rf"(?<![\w'-])([^\W\d_]{{1,{n1}}}'?)( )([^\W\d_]{{1,{n2}}}'?)(?![\w'])")
        _PAIR_BY_LANG[lang] = rx
    return rx


def find_gaps(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of each seam; the span covers the whitespace where a word was."""
    needs = NEEDS_NOUN.get(lang, set())
    bad_next = CANNOT_FOLLOW.get(lang, set())
    out: list[tuple[int, int, str]] = []
    for m in _DOUBLE_SPACE.finditer(text):
        out.append((m.start(1), m.end(1), "double space between words"))
    for m in _BEFORE_PUNCT.finditer(text):
        w = m.group(1).lower()
        if w in needs and w not in ("e", "and", "et", "y", "und"):
            out.append((m.start(2), m.end(2), f"'{m.group(1)}' followed by punctuation"))
    pos = 0
    pair = _pair_rx(lang)
    while True:
        pm = pair.search(text, pos)
        if pm is None:
            break
        a, b = pm.group(1).lower(), pm.group(3).lower()
        if a in needs and a not in ("e", "and", "et", "y", "und", "a") and b in bad_next and not (
            a.endswith("'") or (a, b) in _ALLOWED or b in _FOLLOW_OK.get(lang, set())
        ):
            out.append((pm.start(2), pm.end(2), f"'{pm.group(1)} {pm.group(3)}'"))
        pos = pm.start(3)
    out.sort()
    dedup: list[tuple[int, int, str]] = []
    for g in out:
        if dedup and g[0] < dedup[-1][1]:
            continue
        dedup.append(g)
    return dedup


# Words that may follow any preposition: articles and relative pronouns ("in which", "en que").
_FOLLOW_OK = {
    "it": {"il", "lo", "la", "i", "gli", "le", "cui", "quale", "quali", "che"},
    "en": {"the", "which", "whom", "what", "whose"},
    "fr": {"le", "la", "les", "qui", "quoi", "laquelle", "lequel", "lesquels", "lesquelles"},
    "es": {"el", "la", "los", "las", "que", "quien", "quienes", "cual", "cuales"},
    "de": {"der", "die", "das", "den", "dem", "des", "denen", "deren", "dessen", "wem", "wen", "was"},
}  # fmt: skip

# Legitimate sequences of function words ("in the", "to the", "di che", "in cui" ...).
_ALLOWED = {
    ("of", "the"), ("in", "the"), ("to", "the"), ("with", "the"), ("from", "the"), ("by", "the"), ("at", "the"), ("on", "the"), ("for", "the"),
    ("di", "che"), ("da", "che"), ("per", "che"), ("in", "che"), ("tra", "il"), ("tra", "la"), ("fra", "il"), ("con", "il"), ("con", "la"), ("su", "il"), ("per", "il"), ("per", "la"), ("di", "il"), ("a", "il"), ("da", "il"), ("in", "il"), ("in", "la"),
    ("de", "la"), ("de", "le"), ("de", "les"), ("à", "la"), ("en", "la"), ("par", "la"), ("par", "le"), ("pour", "la"), ("pour", "le"), ("avec", "la"), ("avec", "le"), ("sur", "la"), ("sur", "le"), ("de", "qui"),
    ("de", "el"), ("a", "la"), ("en", "el"), ("en", "la"), ("con", "el"), ("por", "el"), ("por", "la"), ("para", "el"), ("para", "la"), ("de", "los"), ("de", "que"), ("entre", "el"), ("entre", "la"), ("en", "los"), ("con", "los"),
    ("mit", "der"), ("mit", "dem"), ("mit", "den"), ("mit", "die"), ("nach", "der"), ("nach", "dem"), ("von", "der"), ("von", "dem"), ("von", "den"), ("aus", "der"), ("aus", "dem"), ("in", "der"), ("in", "die"), ("in", "den"), ("in", "dem"), ("in", "das"), ("zu", "der"), ("zu", "den"), ("bei", "der"), ("bei", "dem"), ("für", "die"), ("für", "den"), ("für", "das"), ("gegen", "die"), ("gegen", "den"), ("gegen", "das"),
    # the German extended attribute: "die von Ruanda unterstützten Rebellen"
    ("die", "von"), ("der", "von"), ("den", "von"), ("das", "von"), ("dem", "von"), ("des", "von"),
}  # fmt: skip


@register_stage("gaps", requires=("tokens",), assigns=("gaps",))
def make_gaps(config: Config) -> GapStage:
    return GapStage()


class GapStage:
    def __call__(self, doc: Doc) -> Doc:
        for s, e, reason in find_gaps(doc.norm, doc.lang or "en"):
            span = doc.span(s, e)
            doc.mentions.append(Mention(span.start, span.end, span.text, "gap", source="gap",
                                        confidence=0.6, role=reason, sent=doc.sentence_of(span.start)))
        return doc
