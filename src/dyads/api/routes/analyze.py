"""POST /v1/analyze: code one text, answering exactly what ``dyads analyze`` prints."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from dyads.api.schemas import AnalyzeRequest, AnalyzeResult
from dyads.model import Article
from dyads.pipeline import Pipeline

router = APIRouter(tags=["analyze"])


class _Analyzer:
    """The pipeline, built on first use (it loads lexicons and the KB) and run one text at a
    time: stages are not promised to be thread-safe, and coding is CPU-bound anyway."""

    def __init__(self, config: Any = None) -> None:
        self.config = config
        self._pipe: Pipeline | None = None
        self._lock = threading.Lock()

    def __call__(self, text: str, lang: str | None, date: str | None, title: str | None) -> dict[str, Any]:
        with self._lock:
            if self._pipe is None:
                self._pipe = Pipeline(self.config) if self.config is not None else Pipeline()
            # The same Article that dyads.analyze builds, so the JSON is the CLI's.
            doc = self._pipe(Article(text=text, lang=lang, date=date, title=title))
        return doc.to_dict()


@router.post("/analyze", response_model=AnalyzeResult, summary="Code one text (nothing is stored)")
def analyze(request: Request, body: AnalyzeRequest) -> JSONResponse:
    """Detect the language (unless `lang` is given), find mentions and events, and return the
    same JSON as `dyads analyze FILE`. `date` anchors relative dates ("yesterday"); without
    it event dates are marked unresolved rather than guessed."""
    analyzer: _Analyzer = request.app.state.analyzer
    # Returned as-is (not re-validated through the response model) so the output is
    # byte-for-byte the CLI's, including any field a newer model adds.
    return JSONResponse(analyzer(body.text, body.lang, body.date, body.title))
