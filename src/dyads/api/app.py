"""``create_app``: the dyads HTTP API under /v1 and the dashboard at /, in one FastAPI app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dyads import __version__
from dyads.api.db import DEFAULT_HOLD, ReadPool
from dyads.api.errors import error_response, install_error_handlers
from dyads.api.middleware import Guard
from dyads.api.routes import ROUTERS
from dyads.api.routes.analyze import _Analyzer
from dyads.api.schemas import ErrorResponse
from dyads.config import Config

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000  # bytes; an article of 1 MB is about 150,000 words, far beyond any news story
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

DESCRIPTION = """\
Political event data coded by dyads from news in Italian, English, French, Spanish and German:
who did what to whom, when and where, with the sentence that proves it.

Every error has one shape: `{"error": {"code": "not_found", "message": "...", "status": 404}}`
(validation errors add `details`). When the server was started with a token, every /v1 request
needs `Authorization: Bearer TOKEN`. Request bodies are limited to 1 MB and pages to 500 items.
The store is read through short-lived read-only connections, so `dyads run` can add articles
between requests; while a run holds the file the API answers 503 `store_busy`.
"""

_ERR = {"model": ErrorResponse}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {**_ERR, "description": "Bad request"},
    401: {**_ERR, "description": "Missing or wrong bearer token (only when the server has a token)"},
    404: {**_ERR, "description": "Not found"},
    413: {**_ERR, "description": "Request body over the size limit"},
    422: {**_ERR, "description": "Invalid parameters (the error has `details`)"},
    500: {**_ERR, "description": "Internal error"},
    501: {**_ERR, "description": "Feature not available in this installation"},
    503: {**_ERR, "description": "Store missing, or locked by a writer (`store_busy`); retry later"},
}


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    config: Config | None = None,
    max_body: int = MAX_BODY,
    hold: float = DEFAULT_HOLD,
    allowed_hosts: Iterable[str] | None = None,
    cors_origins: Sequence[str] = (),
    static_dir: str | Path | None = None,
) -> FastAPI:
    """The API and dashboard over the store at ``db_path``.

    ``token``: when set, every /v1 request needs ``Authorization: Bearer <token>``.
    ``config``: dyads configuration for /v1/analyze and KB names (the packaged defaults if None).
    ``hold``: seconds to keep the read-only connection open after the last request; a writer
    (``dyads run``) can open the file once the API has been idle that long (0: at once).
    ``allowed_hosts``: refuse other Host headers (DNS-rebinding defence for loopback servers).
    ``cors_origins``: origins allowed to call the API from a browser; none by default.
    """
    pool = ReadPool(db_path, hold=hold)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Load the knowledge base now (about a second, once per process) rather than in the
        # first request that needs actor names.
        from dyads.kb import load_kb

        load_kb(app.state.kb_extra)
        yield
        pool.close()

    app = FastAPI(
        title="dyads API",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; nothing may leave localhost
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.analyzer = _Analyzer(config)
    app.state.kb_extra = tuple(config["kb"]["extra"]) if config is not None else ()
    install_error_handlers(app)

    @app.exception_handler(duckdb.CatalogException)
    async def _not_a_store(request: Request, exc: duckdb.CatalogException) -> JSONResponse:
        return error_response(503, f"the file is not a dyads store, or an older one: run 'dyads run' on it once to "
                                   f"migrate it ({str(exc).splitlines()[0]})", "store_invalid")

    for router in ROUTERS:
        app.include_router(router, prefix="/v1", responses=ERROR_RESPONSES)

    _mount_dashboard(app, Path(static_dir) if static_dir else STATIC)

    # Compresses the dashboard bundle (180 kB -> 60 kB) and large JSON pages; inside Guard, so
    # refused requests cost nothing.
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(Guard, token=token, max_body=max_body, allowed_hosts=allowed_hosts)  # type: ignore[arg-type]
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),  # type: ignore[arg-type]
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            if token is not None:
                comps = schema.setdefault("components", {})
                comps.setdefault("securitySchemes", {})["bearer"] = {"type": "http", "scheme": "bearer"}
                for path, ops in schema.get("paths", {}).items():
                    if path.startswith("/v1"):
                        for op in ops.values():
                            op["security"] = [{"bearer": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _mount_dashboard(app: FastAPI, static: Path) -> None:
    index = static / "index.html"
    assets = static / "assets"

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        if not index.is_file():
            return HTMLResponse(
                "<!doctype html><title>dyads</title><p>The dashboard is not built in this installation: "
                "run <code>make web</code> (needs Node) or use the API under <a href='/openapi.json'>/v1</a>.",
                status_code=200,
            )
        # The page names hashed asset files, so it must be revalidated; the assets need not be.
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    if assets.is_dir():
        app.mount("/assets", _ImmutableStatic(directory=assets), name="assets")


class _ImmutableStatic(StaticFiles):
    async def get_response(self, path: str, scope: Any) -> Response:
        resp = await super().get_response(path, scope)
        if resp.status_code == 200:
            resp.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return resp
