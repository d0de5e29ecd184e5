"""Language identification, restricted to the languages dyads codes.

The detector also knows a handful of other common languages so that a Russian or Portuguese
article is recognised as such and skipped, instead of being forced into the nearest of the
five and coded with the wrong lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dyads.config import Config
from dyads.model import Doc
from dyads.pipeline import register_stage

# Languages the detector can name but dyads does not code (ISO 639-1 -> lingua name).
# Only Latin-script languages need lingua: text in another script is recognised by its script.
_OTHERS = ("PT", "NL", "PL", "TR", "RO", "SV", "CA", "CS", "HU", "DA")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LETTERS = re.compile(r"[^\W\d_]")
# a letter that _LATIN matches: counted in one findall instead of one match call per letter
_LATIN_LETTERS = re.compile(r"(?=[A-Za-zÀ-ɏ])[^\W\d_]")


@lru_cache(maxsize=4)
def _detector(supported: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in (*supported, *_OTHERS):
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except AttributeError:
            continue
    # Low-accuracy mode uses only trigram models: ample for article-length text and much faster.
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(text: str, supported: tuple[str, ...]) -> tuple[str | None, float]:
    """(ISO 639-1 code in lower case or None, confidence)."""
    letters = _LETTERS.findall(text[:400])
    if len(letters) < 3:
        return None, 0.0
    latin = len(_LATIN_LETTERS.findall(text, 0, 400))
    if latin < 0.5 * len(letters):
        return _script_language(letters), 1.0
    values = _detector(supported).compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


_SCRIPTS = (("Cyrillic", "\u0400", "\u04ff"), ("Greek", "\u0370", "\u03ff"), ("Hebrew", "\u0590", "\u05ff"),
            ("Arabic", "\u0600", "\u06ff"), ("Devanagari", "\u0900", "\u097f"), ("Japanese kana", "\u3040", "\u30ff"),
            ("Chinese", "\u4e00", "\u9fff"), ("Hangul", "\uac00", "\ud7af"))


def _script_language(letters: list[str]) -> str:
    """'script:<name>' for the main non-Latin script of a text (no language model needed)."""
    counts = {name: sum(1 for c in letters if lo <= c <= hi) for name, lo, hi in _SCRIPTS}
    best = max(counts, key=lambda k: counts[k])
    return f"script:{best if counts[best] else 'non-Latin'}"


@register_stage("language", requires=("norm",), assigns=("lang",))
def make_language(config: Config) -> LanguageStage:
    c = config["language"]
    return LanguageStage(tuple(c["supported"]), float(c["min_confidence"]), int(c["sample_chars"]))


class LanguageStage:
    def __init__(self, supported: tuple[str, ...], min_conf: float, sample: int) -> None:
        self.supported = supported
        self.min_conf = min_conf
        self.sample = sample

    def __call__(self, doc: Doc) -> Doc:
        declared = (doc.article.lang or "").lower() or None
        if declared:
            if declared not in self.supported:
                doc.skipped = f"language '{declared}' is not supported (dyads codes {', '.join(self.supported)})"
            doc.lang, doc.lang_confidence = declared, 1.0
            return doc
        if not doc.norm.strip():
            doc.skipped = "empty text"
            return doc
        lang, conf = detect(doc.norm[: self.sample], self.supported)
        doc.lang, doc.lang_confidence = lang, conf
        if lang is None:
            doc.skipped = "no language could be identified (too little text?)"
        elif lang.startswith("script:"):
            doc.skipped = f"text in {lang[7:]} script: not a language dyads codes ({', '.join(self.supported)})"
        elif lang not in self.supported:
            doc.skipped = f"language '{lang}' is not supported (dyads codes {', '.join(self.supported)})"
        elif conf < self.min_conf:
            doc.skipped = f"language uncertain (best guess '{lang}' at {conf:.2f}); pass --lang to force it"
        return doc
