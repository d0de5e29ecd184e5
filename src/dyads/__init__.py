"""dyads: political event data from news in five languages.

>>> import dyads
>>> doc = dyads.analyze("Il segretario generale della NATO ha visitato Seul.", date="2023-01-30")
>>> [e.type for e in doc.events]  # doctest: +SKIP
['CONSULT']
"""

from __future__ import annotations

__version__ = "0.1.0"

from dyads.api_python import analyze, code_dyad  # noqa: E402
from dyads.config import load_config  # noqa: E402
from dyads.errors import (  # noqa: E402
    ConfigError,
    DyadsError,
    InputError,
    KBError,
    MissingExtraError,
    StageError,
    StoreError,
)
from dyads.model import (  # noqa: E402
    ActorRef,
    Article,
    Doc,
    Event,
    EventDate,
    Mention,
    Place,
    Span,
)
from dyads.pipeline import Pipeline, register_stage  # noqa: E402

__all__ = [
    "__version__",
    "analyze",
    "code_dyad",
    "load_config",
    "Pipeline",
    "register_stage",
    "Article",
    "Doc",
    "Event",
    "EventDate",
    "Mention",
    "ActorRef",
    "Place",
    "Span",
    "DyadsError",
    "ConfigError",
    "InputError",
    "KBError",
    "MissingExtraError",
    "StageError",
    "StoreError",
]
