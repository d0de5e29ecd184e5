"""The small Python API: ``analyze`` one text, ``code_dyad`` for a known actor pair."""

from __future__ import annotations

from functools import lru_cache

from dyads.config import Config, load_config
from dyads.model import Article, Doc
from dyads.pipeline import Pipeline
from dyads.readers import normalise_date


@lru_cache(maxsize=4)
def _default_pipeline(config_path: str | None = None) -> Pipeline:
    return Pipeline(load_config(config_path))


def analyze(text: str, lang: str | None = None, date: str | None = None, *, title: str | None = None,
            config: Config | None = None) -> Doc:
    """Code one article. ``date`` (YYYY-MM-DD or YYYY-MM) anchors relative dates; without it
    event dates are marked unresolved rather than guessed."""
    pipe = Pipeline(config) if config is not None else _default_pipeline()
    art = Article(text=text, lang=lang, date=normalise_date(date) if date else None, title=title)
    return pipe(art)


def code_dyad(text: str, source: str, target: str, lang: str | None = None, date: str | None = None) -> str | None:
    """The PLOVER type of what ``source`` did to ``target`` in ``text`` (None if nothing found)."""
    from dyads.dyadcode import code_pair

    return code_pair(text, source, target, lang=lang, date=date)
