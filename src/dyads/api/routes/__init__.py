"""The API's routers, one module per resource; ``ROUTERS`` is what ``create_app`` mounts on /v1."""

from __future__ import annotations

from fastapi import APIRouter

from dyads.api.routes import actors, analyze, clusters, events, relations, stats

ROUTERS: list[APIRouter] = [
    analyze.router, events.router, clusters.router, actors.router, relations.router, stats.router,
]
