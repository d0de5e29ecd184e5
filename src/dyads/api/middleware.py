"""The API's guard: host check, bearer auth on /v1, request size limit, security headers.

A plain ASGI middleware (not ``BaseHTTPMiddleware``) so it adds no task or copy per request
and can stop an oversized body while it streams in.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from typing import Any

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyads.api.errors import error_body

# The dashboard needs nothing from anywhere but this server; the browser enforces it.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CSP.encode()),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


async def _send_error(send: Send, status: int, message: str, code: str | None = None,
                      headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps(error_body(status, message, code)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store"), *SECURITY_HEADERS, *headers]})
    await send({"type": "http.response.body", "body": body})


def _host_only(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8000
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    def __init__(self, app: ASGIApp, *, token: str | None, max_body: int,
                 allowed_hosts: Iterable[str] | None = None) -> None:
        self.app = app
        self.token = token.encode() if token else None
        self.max_body = max_body
        self.allowed_hosts = {_host_only(h) for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        path: str = scope.get("path", "")
        api = path == "/v1" or path.startswith("/v1/")

        # DNS-rebinding defence: a page on evil.example whose name resolves to 127.0.0.1
        # still sends "Host: evil.example", which a loopback-only server refuses.
        if self.allowed_hosts is not None:
            host = _host_only(headers.get(b"host", b"").decode("latin-1"))
            if host not in self.allowed_hosts:
                await _send_error(send, 400, f"host '{host}' is not served here", "bad_host")
                return

        if api and self.token is not None:
            auth = headers.get(b"authorization", b"")
            scheme, _, given = auth.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), self.token):
                await _send_error(send, 401, "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')",
                                  "unauthorized", [(b"www-authenticate", b'Bearer realm="dyads"')])
                return

        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                await _send_error(send, 400, "invalid Content-Length header")
                return
            if too_big:
                await _send_error(send, 413, f"request body larger than {self.max_body} bytes")
                return

        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    # FastAPI re-raises HTTPException from body parsing; the error handlers
                    # turn it into the JSON shape.
                    raise HTTPException(413, f"request body larger than {self.max_body} bytes")
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                hdrs: list[Any] = list(message.get("headers", []))
                names = {k.lower() for k, _ in hdrs}
                hdrs += [h for h in SECURITY_HEADERS if h[0] not in names]
                if api and b"cache-control" not in names:
                    hdrs.append((b"cache-control", b"no-store"))
                message = {**message, "headers": hdrs}
            await send(message)

        await self.app(scope, counted_receive, send_with_headers)
