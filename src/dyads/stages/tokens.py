"""Tokens and lemmas (simplemma), with elisions split the way the lexicons expect.

"dell'Occidente" becomes "dell'" + "Occidente" in Italian and French, so that the name after
an elided article is matched on its own; English "Japan's" becomes "Japan" + "'s".
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from dyads.config import Config
from dyads.model import Doc, Token
from dyads.pipeline import register_stage

_ELISION = re.compile(r"[^\W\d_]{1,6}'(?=[^\W\d_])|\d+(?:[.,:]\d+)*|\w+(?:-\w+)*|[^\w\s]", re.UNICODE)
_PLAIN = re.compile(r"\d+(?:[.,:]\d+)*|\w+?(?=n't\b)|n't\b|\w+(?:-\w+)*|'s\b|[^\w\s]", re.UNICODE)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


@lru_cache(maxsize=400_000)
def lemma(word: str, lang: str) -> str:
    """simplemma's lemma of a lower-cased word; cached because news vocabulary repeats a lot."""
    low = word.lower()
    if not low[:1].isalpha():
        return low
    try:
        return str(simplemma.lemmatize(low, lang=lang)).lower()
    except ValueError:  # an unknown language code: keep the word
        return low


def tokenize(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """(start, end, text) triples. Acronyms with dots (U.S., E.U.) stay one token."""
    rx = _ELISION if lang in ("it", "fr") else _PLAIN
    out: list[tuple[int, int, str]] = []
    pos = 0
    for am in _ACRONYM.finditer(text):
        for m in rx.finditer(text, pos, am.start()):
            out.append((m.start(), m.end(), m.group(0)))
        out.append((am.start(), am.end(), am.group(0)))
        pos = am.end()
    for m in rx.finditer(text, pos):
        out.append((m.start(), m.end(), m.group(0)))
    return out


@register_stage("tokens", requires=("norm", "lang", "sentences"), assigns=("tokens",))
def make_tokens(config: Config) -> TokenStage:
    return TokenStage()


# word -> lemma per language, in front of ``lemma``: a plain dict lookup is several times cheaper
# than the two-argument lru_cache call, and each token of every article goes through it
_LEMMAS: dict[str, dict[str, str]] = {}


class TokenStage:
    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        toks: list[Token] = []
        sents = doc.sentences
        last = len(sents) - 1
        si = 0
        s_end = sents[0].end if sents else 0
        mapped = doc.offset_map is not None
        lemmas = _LEMMAS.get(lang)
        if lemmas is None or len(lemmas) > 400_000:  # (bounded like lemma's own cache)
            lemmas = _LEMMAS[lang] = {}
        for s, e, t in tokenize(doc.norm, lang):
            if mapped:
                s, e = doc.orig_offsets(s, e)
            while si < last and s >= s_end:
                si += 1
                s_end = sents[si].end
            lem = lemmas.get(t)
            if lem is None:
                lem = lemmas[t] = lemma(t, lang)
            toks.append(Token(s, e, t, lem, si))
        doc.tokens = toks
        doc.n_tokens = len(toks)
        return doc
