"""CLI commands of the HTTP server features (registered by dyads.cli): ``serve``, ``bench-api``."""

from __future__ import annotations

import ipaddress
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from dyads.errors import DyadsError, MissingExtraError

# Seconds the server keeps the store open after its last request; the same value as
# dyads.api.db.DEFAULT_HOLD (repeated so that this module needs no fastapi), where the reason is.
DEFAULT_HOLD = 1.0


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, token: str | None, no_auth: bool) -> None:
    """Refuse to serve beyond this machine without a decision about authentication."""
    if token and no_auth:
        raise click.UsageError("--token and --no-auth contradict each other; give one")
    if token is not None and len(token) < 8:
        raise click.UsageError("--token must be at least 8 characters")
    if not is_loopback(host) and not token and not no_auth:
        raise click.UsageError(
            f"--host {host} exposes the store beyond this machine: give --token T (or DYADS_TOKEN) so that "
            "/v1 requires 'Authorization: Bearer T', or --no-auth to serve it to anyone who can connect. "
            "A token: python -c 'import secrets; print(secrets.token_urlsafe(24))'"
        )


def _server_modules() -> tuple[Any, Any]:
    try:
        import uvicorn

        from dyads.api import create_app
    except ImportError as exc:
        raise MissingExtraError(exc.name or "fastapi", "server") from None
    return uvicorn, create_app


@click.command("serve")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="DuckDB store to serve (read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback needs --token or --no-auth.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="DYADS_TOKEN", help="Require 'Authorization: Bearer TOKEN' on /v1 (or set DYADS_TOKEN).")
@click.option("--no-auth", is_flag=True, help="Serve a non-loopback address without a token, on purpose.")
@click.option("--hold", type=click.FloatRange(0, 3600), default=DEFAULT_HOLD, show_default=True,
              help="Seconds to keep the store open after the last request; a 'dyads run' can start once the server has been idle that long.")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Allow browser calls from this origin (repeatable; none by default).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info", show_default=True)
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, token: str | None, no_auth: bool, hold: float,
          cors_origins: tuple[str, ...], log_level: str) -> None:
    """Serve the HTTP API under /v1 and the dashboard at / for a store.

    \b
    Example:
      dyads serve --db dyads.duckdb                 # http://127.0.0.1:8000/
      dyads serve --db dyads.duckdb --host 0.0.0.0 --token "$(cat token.txt)"
    """
    from pathlib import Path

    check_exposure(host, token, no_auth)
    if not Path(db).is_file():
        _fail(f"{db}: no such store; create it with 'dyads run PATH --db {db}'")
    try:
        uvicorn, create_app = _server_modules()
        from dyads.cli import _config
        from dyads.kb import load_kb

        cfg = _config(ctx.find_root())
        load_kb(tuple(cfg["kb"]["extra"]))  # a broken --kb file stops here, with its name
        app = create_app(db, token, config=cfg, hold=hold, cors_origins=cors_origins,
                         allowed_hosts=("127.0.0.1", "localhost", "::1", host) if is_loopback(host) else None)
    except DyadsError as exc:
        _fail(str(exc))
        return
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    click.echo(f"dyads dashboard: {url}{'#token=' + token if token else ''}", err=True)
    click.echo(f"API: {url}v1/  OpenAPI: {url}openapi.json", err=True)
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level=log_level, server_header=False)


COMMANDS: list[click.Command] = [serve]


@contextmanager
def running_server(app: Any, host: str = "127.0.0.1") -> Iterator[str]:
    """Run ``app`` under uvicorn in a background thread on a free loopback port; yields its
    base URL and stops the server when the block ends."""
    import socket
    import threading
    import time

    uvicorn, _ = _server_modules()
    with socket.socket() as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="dyads-bench-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise DyadsError(f"the benchmark server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def bench_api(db: str, requests: int = 200, *, seed: int = 0, hold: float = DEFAULT_HOLD) -> dict[str, Any]:
    """Time GET /v1/events with varied filters against a live uvicorn server on loopback
    (routing, validation, the store, JSON and HTTP on one keep-alive connection).
    Returns milliseconds per request."""
    import http.client
    import random
    import statistics
    import time
    from urllib.parse import urlencode, urlsplit

    _, create_app = _server_modules()
    rng = random.Random(seed)
    with running_server(create_app(db, hold=hold)) as base:
        u = urlsplit(base)
        con = http.client.HTTPConnection(u.hostname or "127.0.0.1", u.port, timeout=60)

        def get(path: str, params: dict[str, Any]) -> tuple[int, Any]:
            q = urlencode({k: str(v).lower() if isinstance(v, bool) else v for k, v in params.items()})
            con.request("GET", f"{path}?{q}" if q else path)
            resp = con.getresponse()
            return resp.status, json.loads(resp.read() or b"null")

        status, stats = get("/v1/stats", {"top": 20})
        if status != 200:
            raise DyadsError(f"cannot read {db}: {stats['error']['message']}")
        actors = [d["actor"] for d in stats["top_dyads"]] or ["USA"]
        recips = [d["recipient"] for d in stats["top_dyads"]] or ["RUS"]
        months = [m["month"] for m in stats["by_month"]] or ["2023-01"]
        types = list(stats["by_type"]) or ["CONSULT"]
        words = ["minister", "talks", "attack", "NATO", "sanctions", "visit", "agreement"]

        def scenario() -> tuple[str, dict[str, Any]]:
            kind = rng.choice(["plain", "actor", "dyad", "type", "quad+lang", "period", "text", "sorted", "deep", "combo"])
            m = rng.choice(months)
            p: dict[str, Any] = {"page_size": 50}
            if kind == "actor":
                p["actor"] = rng.choice(actors)
            elif kind == "dyad":
                p["between"] = f"{rng.choice(actors)},{rng.choice(recips)}"
            elif kind == "type":
                p["type"] = rng.choice(types)
            elif kind == "quad+lang":
                p.update(quad=rng.randint(1, 4), lang=rng.choice(["it", "en", "fr", "es", "de"]))
            elif kind == "period":
                p.update({"from": f"{m}-01", "to": f"{m}-28"})
            elif kind == "text":
                p["q"] = rng.choice(words)
            elif kind == "sorted":
                p.update(sort=rng.choice(["goldstein", "confidence", "type"]), desc=True)
            elif kind == "deep":
                p["page"] = rng.randint(10, 2000)
            elif kind == "combo":
                p.update({"actor": rng.choice(actors), "from": f"{months[0]}-01", "quad": rng.randint(1, 4),
                          "sort": "goldstein", "desc": True})
            return kind, p

        get("/v1/events", {})  # warm-up: the first query plans and pages in
        times: list[float] = []
        by_kind: dict[str, list[float]] = {}
        total = None
        for _ in range(requests):
            kind, params = scenario()
            t0 = time.perf_counter()
            status, body = get("/v1/events", params)
            dt = (time.perf_counter() - t0) * 1000
            if status != 200:
                raise DyadsError(f"GET /v1/events {params} answered {status}: {str(body)[:200]}")
            if kind == "plain":
                total = body["total"]
            times.append(dt)
            by_kind.setdefault(kind, []).append(dt)
        con.close()

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, max(0, int(round(q * (len(xs) - 1)))))], 1)

    return {
        "db": db, "requests": requests, "hold_s": hold, "events": total, "p50_ms": pct(times, 0.5), "p95_ms": pct(times, 0.95),
        "p99_ms": pct(times, 0.99), "mean_ms": round(statistics.fmean(times), 1), "max_ms": round(max(times), 1),
        "by_scenario_p95_ms": {k: pct(v, 0.95) for k, v in sorted(by_kind.items())},
    }


@click.command("bench-api")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="Store to query (e.g. from 'dyads bench-store').")
@click.option("--requests", "n", type=click.IntRange(1, 100_000), default=200, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the filter mix.")
@click.option("--hold", type=float, default=DEFAULT_HOLD, show_default=True, help="As for 'dyads serve' (0: open the store for every request).")
@click.option("--json", "as_json", is_flag=True)
def bench_api_cmd(db: str, n: int, seed: int, hold: float, as_json: bool) -> None:
    """Time GET /v1/events with a mix of filters and print p50/p95/p99 in milliseconds.

    \b
    Example:
      dyads bench-store --events 1000000 --db big.duckdb
      dyads bench-api --db big.duckdb --requests 500 --json
    """
    try:
        res = bench_api(db, n, seed=seed, hold=hold)
    except DyadsError as exc:
        _fail(str(exc))
        return
    if as_json:
        click.echo(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            click.echo(f"{k}: {v}")


COMMANDS.append(bench_api_cmd)
