"""Normalise the text the later stages read, keeping a map back to the original offsets.

Most changes are one character for one character (typographic apostrophes and quotes, dashes,
unusual spaces, control characters), so the offsets stay the same and no map is needed. Only
when Unicode composition (NFC) changes the length do we build a per-character map.
"""

from __future__ import annotations

import re
import unicodedata

from dyads.config import Config
from dyads.model import Doc
from dyads.pipeline import register_stage

_CHARMAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ", "\ufeff": " ",
    "\t": " ", "\r": "\n",
}  # fmt: skip
_TABLE = str.maketrans(_CHARMAP)


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


# _CHARMAP, then every control character left (not "\n") as a space, in one pass: a news text
# holds only a few such characters, and replacing just those is much cheaper than str.translate,
# which looks every character of the text up in the table
_ONE_PASS = {chr(c): " " for c in [*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F]} | _CHARMAP
_ONE_PASS_RX = re.compile("[" + "".join(re.escape(c) for c in _ONE_PASS) + "]")


def _translate_controls(text: str) -> str:
    # (the same as _CONTROL.sub(" ", text.translate(_TABLE)): _CHARMAP maps no character to a
    # control character)
    return _ONE_PASS_RX.sub(lambda m: _ONE_PASS[m.group()], text)


def normalise(text: str) -> tuple[str, list[int] | None]:
    """Return (normalised text, map norm index -> original index, or None for identity)."""
    if unicodedata.is_normalized("NFC", text):
        return _translate_controls(text), None
    norm_chars: list[str] = []
    omap: list[int] = []
    # Compose cluster by cluster so each output character knows where it came from.
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        for k, ch in enumerate(composed):
            norm_chars.append(ch)
            omap.append(min(i + k, j - 1))
        i = j
    return _translate_controls("".join(norm_chars)), omap


@register_stage("normalize", assigns=("norm",))
def make_normalize(config: Config) -> NormalizeStage:
    return NormalizeStage()


class NormalizeStage:
    def __call__(self, doc: Doc) -> Doc:
        doc.norm, doc.offset_map = normalise(doc.article.text)
        return doc
