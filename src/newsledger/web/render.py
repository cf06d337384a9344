"""Templates: one Jinja2 environment, autoescaped, whose every value has its control characters made visible.

Article text, titles and outlets are hostile input and nothing of theirs is
ever marked safe: autoescaping writes ``<`` as ``&lt;``, and ``finalize``
(applied to every ``{{ value }}`` before escaping) shows an escape code or a
bidi override as a visible sign instead of passing it to the browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from .. import __version__
from ..safe_text import visible

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _finalize(value: Any) -> Any:
    # Every {{ value }} of every template: None prints as nothing, text with no control characters.
    # Markup is a macro's output, whose own values went through here already.
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return visible(value)
    return value


def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    return env


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    env: jinja2.Environment = request.app.state.templates
    page = env.get_template(name).render(path=request.url.path, **context)
    return HTMLResponse(page, status_code=status)
