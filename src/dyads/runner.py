"""Corpus runs: read, code on N processes, store from one writer, summarise.

Workers only code; the parent process reads files and is the store's single writer, so a
crash in one article never leaves a half-written store. Each bad input is reported with its
file and reason and the run goes on.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dyads import __version__
from dyads.config import Config, config_hash, load_config
from dyads.errors import DyadsError
from dyads.kb import load_kb
from dyads.model import Article, Doc
from dyads.pipeline import Pipeline
from dyads.readers import ReadFailure, ReadOptions, read_paths


@dataclass(slots=True)
class RunSummary:
    read: int = 0
    coded: int = 0
    new_articles: int = 0
    new_events: int = 0
    events: int = 0
    tokens: int = 0
    seconds: float = 0.0
    by_lang: Counter[str] = field(default_factory=Counter)
    by_type: Counter[str] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    run_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "coded": self.coded, "new_articles": self.new_articles,
            "new_events": self.new_events, "events": self.events, "tokens": self.tokens,
            "seconds": round(self.seconds, 3),
            "by_lang": dict(self.by_lang), "by_type": dict(self.by_type),
            "top_dyads": [{"actor": a, "recipient": r, "events": n} for (a, r), n in self.dyads.most_common(10)],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "warnings": list(self.warnings), "run_id": self.run_id,
        }  # fmt: skip


_WORKER: Pipeline | None = None


def _init_worker(config: Config) -> None:
    global _WORKER
    _WORKER = Pipeline(config)


def _code_one(article: Article) -> Doc | tuple[str, str]:
    assert _WORKER is not None
    try:
        return _WORKER(article).compact()
    except DyadsError as exc:
        return (article.path or article.id, str(exc))


def _warm(config: Config, sample: list[Article]) -> None:
    """Load what workers need in the parent, so forked workers share it copy-on-write: the
    language models, the name lexicon, the KB, and the gazetteer, lexicon, lemma dictionary and
    date rules of every language seen in the first articles (others are built lazily by the
    workers that meet them). Whatever a worker loads itself, each worker loads again."""
    from dyads.dates import find_dates
    from dyads.kb.gazetteer import gazetteer, gc_paused
    from dyads.lexicon import load_lexicon
    from dyads.stages.language import detect
    from dyads.stages.mentions import first_names
    from dyads.stages.places import _city_index
    from dyads.stages.tokens import lemma

    supported = tuple(config["language"]["supported"])
    langs: set[str] = set()
    # Every fourth article is enough to see the languages that matter (a detection costs about a
    # millisecond whatever the length); a rarer language is loaded by the workers that meet it.
    for a in sample[::4]:
        lang = (a.lang or "").lower() or detect(a.text[:600], supported)[0]
        if lang and lang in supported:
            langs.add(lang)
    # Everything loaded here lives as long as the process and none of it is garbage: pause the
    # collector, which would otherwise traverse the growing heap every few hundred allocations.
    with gc_paused():
        first_names()
        _city_index()  # the places stage's coordinates
        load_kb()  # the events stage stamps events with this KB's version
        extra = tuple(config["kb"]["extra"])
        for lang in sorted(langs):
            gazetteer(lang, extra)
            load_lexicon(lang, config["events"].get("lexicons", {}).get(lang))
            lemma("a", lang)  # loads simplemma's dictionary of the language
            find_dates("", lang, None)  # compiles the language's date rules
    # Move what was loaded out of the collector's sight: workers never traverse it, and do not
    # write to (and so copy) the shared pages the collector would otherwise touch.
    gc.freeze()


SMALL_CORPUS = 200  # below this many articles, forking workers costs more than it saves


def code_articles(
    articles: Iterable[Article | ReadFailure], config: Config, jobs: int, stats: dict[str, float] | None = None
) -> Iterator[Doc | ReadFailure | tuple[str, str]]:
    """Code articles on ``jobs`` processes, yielding docs, read failures and (path, error) pairs.
    ``stats`` receives ``warm_s``: the seconds spent loading models before the workers start."""
    it = iter(articles)
    head = list(itertools.islice(it, SMALL_CORPUS))
    if jobs <= 1 or len(head) < SMALL_CORPUS:
        pipe = Pipeline(config)
        if len(head) >= SMALL_CORPUS:  # a long run in one process: load the same way as for workers
            _warm(config, [a for a in head if isinstance(a, Article)])
        for a in itertools.chain(head, it):
            if isinstance(a, ReadFailure):
                yield a
                continue
            try:
                yield pipe(a)
            except DyadsError as exc:
                yield (a.path or a.id, str(exc))
        return
    t0 = time.perf_counter()
    _warm(config, [a for a in head if isinstance(a, Article)])
    if stats is not None:
        stats["warm_s"] = time.perf_counter() - t0
    ctx = mp.get_context("fork")
    failures: list[ReadFailure] = []

    def only_articles() -> Iterator[Article]:
        for a in itertools.chain(head, it):
            if isinstance(a, ReadFailure):
                failures.append(a)
            else:
                yield a

    with ctx.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        for res in pool.imap(_code_one, only_articles(), chunksize=8):
            while failures:
                yield failures.pop(0)
            yield res
    yield from failures


def resolve_jobs(jobs: int | None) -> int:
    if not jobs:
        return max(1, os.cpu_count() or 1)
    return max(1, jobs)


def run_corpus(
    paths: list[str],
    db: str | None,
    *,
    config: Config | None = None,
    jobs: int | None = None,
    read_options: ReadOptions | None = None,
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Code every article under ``paths`` and (when ``db`` is given) store the results."""
    from dyads.store import Store

    config = config or load_config()
    opts = read_options or ReadOptions.from_config(config)
    kb = load_kb(tuple(config["kb"]["extra"]))
    summary = RunSummary()
    t0 = time.perf_counter()
    store = Store(db) if db else None
    try:
        if store is not None:
            summary.run_id = store.start_run(__version__, config_hash(config), kb.version, paths)
        batch: list[Doc] = []
        size = int(config["run"]["batch_size"])

        def flush() -> None:
            if store is not None and batch:
                new_a, new_e = store.add_docs(batch, summary.run_id or 0)
                summary.new_articles += new_a
                summary.new_events += new_e
            batch.clear()

        for res in code_articles(read_paths(paths, opts), config, resolve_jobs(jobs)):
            if isinstance(res, ReadFailure):
                _skip(summary, store, res.path, res.reason)
                continue
            if isinstance(res, tuple):
                summary.read += 1
                _skip(summary, store, res[0], res[1])
                continue
            summary.read += 1
            doc = res
            if doc.skipped:
                _skip(summary, store, doc.article.path or doc.article.id, doc.skipped)
                continue
            summary.coded += 1
            summary.tokens += doc.n_tokens or len(doc.tokens)
            summary.by_lang[doc.lang or "?"] += 1
            for name, sec in doc.timings.items():
                summary.stage_seconds[name] = summary.stage_seconds.get(name, 0.0) + sec
            for e in doc.events:
                summary.events += 1
                summary.by_type[e.type] += 1
                if e.modality != "asserted":
                    continue
                acts = sorted({x.code for x in e.actors if x.code})
                recs = sorted({x.code for x in e.recipients if x.code} - set(acts))
                if recs:
                    for a in acts:
                        for r in recs:
                            summary.dyads[(a, r)] += 1
                else:  # a reciprocal event (a meeting, a joint exercise): every pair of parties
                    for i, a in enumerate(acts):
                        for b in acts[i + 1:]:
                            summary.dyads[(a, b)] += 1
            batch.append(doc)
            if len(batch) >= size:
                flush()
            if progress:
                progress(summary)
        flush()
        if store is not None and summary.new_events:
            from dyads.clusters import update_clusters

            update_clusters(store)
        summary.warnings.extend(opts.warnings)
        summary.seconds = time.perf_counter() - t0
        if store is not None and summary.run_id is not None:
            store.finish_run(summary.run_id, {"read": summary.read, "new": summary.new_articles,
                                              "events": summary.new_events, "skipped": len(summary.skipped)})
    finally:
        if store is not None:
            store.close()
    return summary


def _skip(summary: RunSummary, store: Any, path: str, reason: str) -> None:
    summary.skipped.append((path, reason))
    if store is not None and summary.run_id is not None:
        store.record_skip(summary.run_id, path, reason)


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)
