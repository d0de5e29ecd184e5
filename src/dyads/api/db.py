"""Read-only access to the store for the HTTP API.

DuckDB lets one process write a file, or any number read it, never both: a reader's lock keeps
``dyads run`` out and a writer's lock keeps readers out. So the API never holds the file for
long. A request borrows a cursor on a read-only connection; the connection is opened on demand,
shared by concurrent requests, and closed once the API has been idle for ``hold`` seconds
(default 1; 0 closes it after the last request in flight), so a run can start in a pause. While
a writer holds the file, requests get a 503 ``store_busy`` error instead of a crash.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyads.api.errors import StoreUnavailable
from dyads.store import Store

# Seconds a connection stays open after the last request: a dashboard page fires a few requests
# in a burst, which then share one warm connection (on a store of a million events a cold open
# costs ~80 ms per request); an idle server still frees the file for a writer within a second.
DEFAULT_HOLD = 1.0


class ReadStore(Store):
    """A ``Store`` over a borrowed read-only cursor; it never migrates and never closes the file."""

    def __init__(self, path: str, con: duckdb.DuckDBPyConnection) -> None:  # noqa: D107
        # Deliberately not calling Store.__init__: that would open a second connection.
        self.path = path
        self.con = con
        self.read_only = True

    def close(self) -> None:
        self.con.close()

    def has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'",
            [name],
        ).fetchone()
        return bool(row and row[0])

    def columns(self, table: str) -> set[str]:
        rows = self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = 'main'",
            [table],
        ).fetchall()
        return {r[0] for r in rows}


class ReadPool:
    """Hands out read-only cursors on one shared connection that is released when idle."""

    def __init__(self, path: str | Path, hold: float = DEFAULT_HOLD) -> None:
        self.path = str(path)
        self.hold = max(0.0, hold)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._active = 0
        self._timer: threading.Timer | None = None
        self.opened = 0  # how many times the file was opened (for tests and diagnostics)

    def _open(self) -> duckdb.DuckDBPyConnection:
        if not Path(self.path).is_file():
            raise StoreUnavailable(
                f"store {Path(self.path).name} does not exist yet; create it with 'dyads run PATH --db {self.path}'",
                "store_missing",
            )
        try:
            con = duckdb.connect(self.path, read_only=True)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreUnavailable(
                    "the store is being written by another process (a 'dyads run'?); retry when it has finished",
                    "store_busy",
                ) from None
            raise StoreUnavailable(f"cannot open the store: {exc}") from None
        except duckdb.Error as exc:
            raise StoreUnavailable(f"cannot open the store: {exc}") from None
        self.opened += 1
        return con

    @contextmanager
    def store(self) -> Iterator[ReadStore]:
        """A ``ReadStore`` for one request; the cursor is closed when the block ends."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is None:
                self._con = self._open()
            cur = self._con.cursor()
            self._active += 1
        try:
            # Without this, a table missing from the file makes DuckDB scan a Python variable
            # of that name from the calling frames instead of failing (a "replacement scan").
            cur.execute("SET python_enable_replacements = false")
            yield ReadStore(self.path, cur)
        finally:
            try:
                cur.close()
            finally:
                self._release()

    def _release(self) -> None:
        with self._lock:
            self._active -= 1
            if self._active > 0 or self._con is None:
                return
            if self.hold <= 0:
                self._close_locked()
            else:
                self._timer = threading.Timer(self.hold, self._idle_close)
                self._timer.daemon = True
                self._timer.start()

    def _idle_close(self) -> None:
        with self._lock:
            if self._active == 0:
                self._close_locked()
            self._timer = None

    def _close_locked(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._close_locked()

    @property
    def is_open(self) -> bool:
        return self._con is not None
