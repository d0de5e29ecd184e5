"""Stage registry and the Pipeline that runs registered stages over a Doc.

A stage is a small typed callable ``(doc) -> doc``. It is registered by name with a factory
that receives the full configuration, and declares which Doc fields it needs and which it
adds, so that a pipeline missing a prerequisite fails when it is built, not halfway through a
corpus. Built-in stages use the same ``register_stage`` hook a third party would.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dyads.config import Config, load_config
from dyads.errors import ConfigError, StageError
from dyads.model import Article, Doc

Stage = Callable[[Doc], Doc]
StageFactory = Callable[[Config], Stage]


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    factory: StageFactory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, StageInfo] = {}

# Built-in stages live in these modules; importing one registers it.
_BUILTIN_MODULES = {
    "normalize": "dyads.stages.normalize",
    "language": "dyads.stages.language",
    "sentences": "dyads.stages.sentences",
    "tokens": "dyads.stages.tokens",
    "gaps": "dyads.stages.gaps",
    "mentions": "dyads.stages.mentions",
    "linking": "dyads.stages.linking",
    "events": "dyads.stages.events",
    "dates": "dyads.stages.dates",
    "places": "dyads.stages.places",
}


def register_stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFactory], StageFactory]:
    """Decorator: register ``factory(config) -> stage`` under ``name``."""

    def deco(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = StageInfo(name, factory, tuple(requires), tuple(assigns))
        return factory

    return deco


def get_stage(name: str) -> StageInfo:
    if name not in _REGISTRY and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = sorted(set(_REGISTRY) | set(_BUILTIN_MODULES))
        raise ConfigError(f"unknown pipeline stage '{name}' (known: {', '.join(known)})") from None


class Pipeline:
    """Runs the configured stages, in order, over articles.

    >>> from dyads import Pipeline
    >>> pipe = Pipeline()
    >>> doc = pipe(Article(text="...", date="2023-02-01"))  # doctest: +SKIP
    """

    def __init__(self, config: Config | None = None, stages: list[str] | None = None) -> None:
        self.config = config if config is not None else load_config()
        names = stages if stages is not None else list(self.config["pipeline"]["stages"])
        self.names = names
        available: set[str] = {"article"}
        self._stages: list[tuple[str, Stage]] = []
        for name in names:
            info = get_stage(name)
            missing = [r for r in info.requires if r not in available]
            if missing:
                raise ConfigError(
                    f"stage '{name}' needs {', '.join(missing)}, which no earlier stage adds; "
                    f"check [pipeline].stages order"
                )
            available.update(info.assigns)
            self._stages.append((name, info.factory(self.config)))

    def __call__(self, article: Article | str) -> Doc:
        if isinstance(article, str):
            article = Article(text=article)
        doc = Doc(article=article)
        for name, stage in self._stages:
            if doc.skipped:
                break
            t0 = time.perf_counter()
            try:
                doc = stage(doc)
            except Exception as exc:  # a stage bug must name the stage and the article
                raise StageError(name, article.path or article.id, exc) from exc
            doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for art in articles:
            yield self(art)
