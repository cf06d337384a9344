"""What keeps the web UI safe to run: loopback by default, a token otherwise, strict headers.

- A store is readable by whoever reaches the port. Bound to a loopback
  address only this machine does; any other address needs a token
  (:func:`refuse_open_host`).
- Without a token, a page only answers requests addressed to a loopback
  name: a hostile web page that points its own domain at 127.0.0.1 (DNS
  rebinding) sends its own Host header, and is turned away.
- With a token, every request carries it: ``Authorization: Bearer TOKEN``, or
  the session cookie the login form sets. The cookie holds an HMAC of the
  token, never the token; both are compared in constant time.
- Every answer carries a Content-Security-Policy that allows only this
  server's own files (no inline script or style), ``nosniff`` and
  ``no-referrer``: an article's text that slipped past escaping still could
  not run or load anything.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

COOKIE = "newsledger_session"
MIN_TOKEN_CHARS = 16
TOKEN_ENV = "NEWSLEDGER_TOKEN"

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

# Paths that answer without the token: the login form itself and the package's
# own stylesheet and script (code shipped with newsledger, no data of the store).
OPEN_PATHS = ("/login", "/static/")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) reaches only this machine."""
    name = host.strip().strip("[]").lower()
    if name in ("localhost", "localhost.") or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # any other name may resolve anywhere


def refuse_open_host(host: str, token: str | None) -> str | None:
    """Why serving on ``host`` with this token is refused, or None when it is allowed."""
    if not is_loopback(host) and not token:
        return (
            f"refusing to serve on {host} without a token: anyone who can reach this machine could read "
            f"the ledger. Give --token TOKEN (or set {TOKEN_ENV}), or bind 127.0.0.1"
        )
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        return (
            f"the token is {len(token)} characters; give at least {MIN_TOKEN_CHARS} "
            "(python -c 'import secrets; print(secrets.token_urlsafe())' makes one)"
        )
    return None


def session_value(token: str) -> str:
    """What the session cookie holds: derived from the token, so the cookie never carries it."""
    return hmac.new(token.encode("utf-8"), b"newsledger web session", hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def authorised_token(given: str, token: str) -> bool:
    """Whether a token typed into the login form is the server's."""
    return _same(given, token)


def authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and _same(value.strip(), token):
        return True
    cookie = request.cookies.get(COOKIE)
    return cookie is not None and _same(cookie, session_value(token))


def safe_next(target: str | None) -> str:
    """A path on this server to go back to after logging in (never another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def wants_json(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def _host_name(request: Request) -> str:
    host = request.headers.get("host", "")
    if host.startswith("["):  # [::1]:8000
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def guard(token: str | None, allowed_hosts: frozenset[str] | None) -> Callable[..., Awaitable[Response]]:
    """The middleware: headers on every answer, the Host check, then the token."""

    async def middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await _check(request, call_next)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "public, max-age=3600")
        else:
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    async def _check(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        if allowed_hosts is not None and _host_name(request).lower() not in allowed_hosts:
            return Response("this server answers only requests to its own address\n", status_code=400,
                            media_type="text/plain")
        if token is None or path.startswith(OPEN_PATHS) or authorised(request, token):
            return await call_next(request)
        if wants_json(path) or request.method not in ("GET", "HEAD"):
            return JSONResponse({"detail": "a token is required: send 'Authorization: Bearer TOKEN'"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        target = path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)

    return middleware


def loopback_hosts(bound: str) -> frozenset[str]:
    """The Host names a server without a token answers: the loopback names and the address it is bound to."""
    return LOOPBACK_NAMES | {bound.lower(), f"[{bound.lower()}]"}
