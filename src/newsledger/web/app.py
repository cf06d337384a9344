"""The application: FastAPI with server-rendered Jinja2 pages, over a store opened read-only.

``create_app(store)`` builds it; ``newsledger serve`` runs it with uvicorn.
Pages (``pages.py``) and the JSON API (``api.py``) read through the same
query layer as the command line; the templates are ``render.py``'s.

FastAPI's /docs and /redoc pages load Swagger UI and ReDoc from a CDN, so
they are off; the API's description is ``/openapi.json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import StoreError
from ..store import Store
from . import security
from .render import render, templates

HERE = Path(__file__).resolve().parent


def _error(request: Request, status: int, message: str) -> Any:
    if security.wants_json(request.url.path):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", status=status, status_code=status, message=message)


def create_app(store: Store, *, token: str | None = None, allowed_hosts: frozenset[str] | None = None) -> FastAPI:
    """The web UI over ``store`` (open it with :func:`newsledger.web.open_readonly`).

    ``token``: every request must carry it. ``allowed_hosts``: the Host names
    answered (by default, without a token, the loopback names only).
    """
    from . import api, pages

    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="The ledger of news reports: articles, claims, series and events, read-only.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.templates = templates()
    app.state.token = token
    if allowed_hosts is None and token is None:
        allowed_hosts = security.LOOPBACK_NAMES
    app.middleware("http")(security.guard(token, allowed_hosts))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        parts = []
        for e in exc.errors()[:5]:
            where = ".".join(str(p) for p in e.get("loc", ())[1:]) or "request"
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return _error(request, 422, "; ".join(parts))

    @app.exception_handler(StoreError)
    async def not_found(request: Request, exc: StoreError) -> Any:
        return _error(request, 404, str(exc))

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    return app
