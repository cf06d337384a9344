"""``newsledger serve``: the web UI over the store, read-only, on this machine unless given a token."""

from __future__ import annotations

import os

import click

from .options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any address but a loopback one needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", metavar="TOKEN", envvar="NEWSLEDGER_TOKEN", default=None,
              help="Every request must carry it (Authorization: Bearer, or the login form's cookie); "
              "also read from NEWSLEDGER_TOKEN, which keeps it out of the process list.")
def serve(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the web UI: articles with their records highlighted, claims, series timelines, events, a JSON API.

    The store is opened read-only. Without a token only this machine may
    connect (127.0.0.1); a non-loopback --host without one is refused.
    """
    from ..web.security import refuse_open_host

    token = token or None
    why = refuse_open_host(host, token)
    if why:
        raise click.UsageError(why)
    from ..web import create_app, open_readonly

    store = open_readonly(db)
    ctx = click.get_current_context()
    ctx.call_on_close(store.close)
    import uvicorn

    app = create_app(store, token=token, allowed_hosts=None if token else _hosts(host))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsledger: serving {store!r} read-only at http://{shown}:{port}/"
               + (" (token required)" if token else "") + "  (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("NEWSLEDGER_LOG_LEVEL", "warning"),
                server_header=False, proxy_headers=False)


def _hosts(host: str) -> frozenset[str]:
    from ..web.security import loopback_hosts

    return loopback_hosts(host)
