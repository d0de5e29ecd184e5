"""The exceptions dyads raises.

    DyadsError
    ├── ConfigError        a config file or option is malformed (names the file and the key)
    ├── InputError         an article could not be read (names the file and the reason)
    ├── StageError         a pipeline stage failed on one document (names the stage)
    ├── StoreError         the DuckDB store could not be opened or written
    ├── KBError            a knowledge-base file is malformed (names the file and the entry)
    └── MissingExtraError  an optional dependency is not installed (names the pip extra)

Library code raises; only the CLI turns these into exit codes and the HTTP API into its JSON
error shape.
"""

from __future__ import annotations


class DyadsError(Exception):
    """Base class of every error dyads raises on purpose."""


class ConfigError(DyadsError):
    pass


class InputError(DyadsError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StageError(DyadsError):
    def __init__(self, stage: str, article: str, cause: BaseException) -> None:
        super().__init__(f"stage '{stage}' failed on {article}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.article = article
        self.cause = cause


class StoreError(DyadsError):
    pass


class KBError(DyadsError):
    pass


class MissingExtraError(DyadsError):
    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"this feature needs '{module}', which is not installed: pip install 'dyads[{extra}]'"
        )
        self.module = module
        self.extra = extra
