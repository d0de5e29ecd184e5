"""Placeholder for the linking stage (filled by the actors/events work)."""

from __future__ import annotations

from dyads.config import Config
from dyads.model import Doc
from dyads.pipeline import register_stage


@register_stage("linking", requires=("mentions",), assigns=("linking",))
def make_linking(config: Config) -> Stage:
    return Stage()


class Stage:
    def __call__(self, doc: Doc) -> Doc:
        return doc
