"""One JSON error shape for every error the HTTP API returns.

    {"error": {"code": "not_found", "message": "no event 'e12'", "status": 404}}

Validation errors (422) add ``details``: one ``{"loc": [...], "msg": ..., "type": ...}`` per
problem. Routes raise ``ApiError``; the handlers installed by ``install_error_handlers`` turn
it, Starlette's HTTP errors, FastAPI's validation errors, store errors and anything unexpected
into this shape. Nothing else in the API builds error bodies.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyads.errors import DyadsError, StoreError

log = logging.getLogger("dyads.api")

# The machine-readable code for each status; clients switch on ``code``, people read ``message``.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    501: "not_implemented",
    503: "store_unavailable",
}


class ApiError(Exception):
    """An error a route reports to the client: status, machine code and a readable message."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.headers = headers


class StoreUnavailable(ApiError):
    """The store cannot be read now: missing, locked by a writer, or not a dyads store."""

    def __init__(self, message: str, code: str = "store_unavailable") -> None:
        # Retry-After: a `dyads run` holds the write lock for its whole run; a few seconds is a
        # polite default for clients that poll.
        super().__init__(503, message, code, headers={"Retry-After": "5"})


def not_found(what: str, key: str) -> ApiError:
    return ApiError(404, f"no {what} '{key}'")


def error_body(status: int, message: str, code: str | None = None,
               details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code or CODES.get(status, "error"), "message": message, "status": status}
    if details is not None:
        err["details"] = details
    return {"error": err}


def error_response(status: int, message: str, code: str | None = None,
                   details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, code, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Only loc/msg/type: pydantic's ``input`` and ``ctx`` may hold the whole request body or
    # exception objects that are neither small nor JSON-serialisable.
    out = []
    for e in exc.errors():
        loc = [p if isinstance(p, int | str) else str(p) for p in e.get("loc", ())]
        out.append({"loc": loc, "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))})
    return out


def _describe(details: list[dict[str, Any]]) -> str:
    parts = []
    for d in details[:3]:
        where = ".".join(str(p) for p in d["loc"] if p not in ("query", "path", "body"))
        parts.append(f"{where}: {d['msg']}" if where else d["msg"])
    more = f" (and {len(details) - 3} more)" if len(details) > 3 else ""
    return "invalid request: " + "; ".join(parts) + more


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        return error_response(422, _describe(details), details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        if status == 404:
            message = f"no route {request.method} {request.url.path}"
        elif status == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        elif isinstance(exc.detail, str) and exc.detail:
            message = exc.detail
        else:
            message = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "error"
        return error_response(status, message, headers=dict(exc.headers) if exc.headers else None)

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        return error_response(503, str(exc), "store_unavailable", headers={"Retry-After": "5"})

    @app.exception_handler(DyadsError)
    async def _dyads(request: Request, exc: DyadsError) -> JSONResponse:
        return error_response(400, str(exc), "bad_request")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The traceback goes to the server log, never to the client.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details")
