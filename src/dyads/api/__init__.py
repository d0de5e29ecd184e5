"""The HTTP API and dashboard (``pip install 'dyads[server]'``): ``create_app(db_path, token)``."""

from __future__ import annotations

try:
    import fastapi  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installation
    from dyads.errors import MissingExtraError

    raise MissingExtraError("fastapi", "server") from exc

from dyads.api.app import create_app

__all__ = ["create_app"]
