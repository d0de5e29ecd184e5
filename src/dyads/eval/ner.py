"""``dyads eval ner``: entity-level exact-match scores on CoNLL-style BIO files.

Tokens are joined with single spaces into a sentence text, the recognition stages run on it,
and each mention is mapped back to the tokens it covers. States, cities and other places count
as LOC, organisations as ORG, people as PER; roles, dates, gaps and demonyms are not entities.
Gold MISC spans are ignored, and predictions overlapping them are not counted.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads.config import Config, load_config
from dyads.model import Article, Mention
from dyads.pipeline import Pipeline

TYPES = ("PER", "LOC", "ORG")
NER_STAGES = ["normalize", "language", "sentences", "tokens", "mentions", "linking"]


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a BIO file: 'token tag' or 'index token tag' per line, blank line between."""
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield Sentence(toks, tags)
                toks, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2 or parts[0] == "-DOCSTART-" or parts[0].startswith("#"):
                continue
            token, tag = parts[-2], parts[-1]
            toks.append(token)
            tags.append(tag.upper())
    if toks:
        yield Sentence(toks, tags)


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


def mention_type(m: Mention) -> str | None:
    if m.kind == "person":
        return "PER"
    if m.kind == "organisation":
        return "ORG"
    if m.kind == "place":
        return "LOC"
    if m.kind == "state":
        return None if m.source in ("demonym", "modifier") else ("ORG" if m.source == "seat" else "LOC")
    return None


def predict(pipe: Pipeline, tokens: list[str], lang: str) -> set[tuple[int, int, str]]:
    text = " ".join(tokens)
    starts, ends = [], []
    pos = 0
    for t in tokens:
        starts.append(pos)
        pos += len(t)
        ends.append(pos)
        pos += 1
    doc = pipe(Article(text=text, lang=lang))
    out: set[tuple[int, int, str]] = set()
    for m in doc.mentions:
        typ = mention_type(m)
        if typ is None:
            continue
        first = next((i for i, e in enumerate(ends) if e > m.start), None)
        last = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] < m.end), None)
        if first is None or last is None or last < first:
            continue
        out.add((first, last + 1, typ))
    return out


def evaluate_ner(path: str | Path, lang: str, config: Config | None = None, limit: int = 0) -> dict[str, Any]:
    pipe = Pipeline(config or load_config(), stages=NER_STAGES)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_tokens = 0
    n_sent = 0
    t0 = time.perf_counter()
    for sent in read_bio(path):
        if limit and n_sent >= limit:
            break
        n_sent += 1
        n_tokens += len(sent.tokens)
        gold_all = spans_from_tags(sent.tags)
        misc = {(s, e) for s, e, t in gold_all if t not in TYPES}
        gold = {g for g in gold_all if g[2] in TYPES}
        pred = predict(pipe, sent.tokens, lang)
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
        "file": str(path), "lang": lang, "sentences": n_sent, "tokens": n_tokens,
        "micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_type": {t: prf(tp[t], fp[t], fn[t]) for t in TYPES},
        "tokens_per_s": round(n_tokens / secs, 1) if secs else None,
    }  # fmt: skip
