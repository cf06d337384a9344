"""The HTML pages: overview, articles, one article, claims (and their CSV), series, one series, events, login."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.engine import Connection

from ..records import ClaimRecord, EntityRecord, StatementRecord, TimeRecord
from ..records.event import EventRecord
from ..store.queries import get_article, list_articles
from ..store.series import SeriesFilter, find_series, get_series
from . import data, security
from .render import render
from .chart import MAX_FLAGS_LISTED, flag_kinds, timeline
from .highlight import as_of, marks_of, pieces
from .listing import (
    MEASURE_CLASSES, ArticleFilters, ClaimFilters, EventFilters, SeriesFilters, article_filters, articles_page,
    as_query, claim_filters, claims_page, claims_rows, connection, event_filters, events_view,
    series_filters, series_page,
)
from .params import MAX_CSV_ROWS, MAX_TEXT, Paging, link, paging

router = APIRouter(include_in_schema=False)

LATEST = 10
"""Rows of each list on the overview."""


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, conn: Connection = Depends(connection)) -> Any:
    return render(
        request, "overview.html",
        counts=data.counts(conn),
        articles=list_articles(conn, limit=LATEST),
        flagged=find_series(conn, SeriesFilter(flagged=True), limit=LATEST),
        events=data.latest_events(conn, LATEST),
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, f: ArticleFilters = Depends(article_filters), p: Paging = Depends(paging),
             conn: Connection = Depends(connection)) -> Any:
    page = articles_page(conn, f, p)
    return render(request, "articles.html", page=page, links=page.links("/articles", as_query(f)), f=f,
                  outlets=data.outlets(conn))


def _tables(records: list[Any]) -> dict[str, list[tuple[int, Any]]]:
    kinds = {"claim": ClaimRecord, "time": TimeRecord, "entity": EntityRecord, "statement": StatementRecord,
             "event": EventRecord}
    return {name: [(i, r) for i, r in enumerate(records) if isinstance(r, cls)] for name, cls in kinds.items()}


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, conn: Connection = Depends(connection)) -> Any:
    if len(article_id) > 64:
        raise HTTPException(404, "no such article")
    view = get_article(conn, article_id)
    a = view.article
    published = a.published
    headlines = []
    for part in ("title", "origin_title"):
        value = getattr(a, part)
        if value:
            marks = marks_of(view.records, part, len(value), published)
            headlines.append({"part": part, "pieces": pieces(value, marks, anchor=f"{part.replace('_', '-')}-span")})
    body = pieces(a.text, marks_of(view.records, "text", len(a.text), published))
    holds = {i: as_of(r, published) for i, r in enumerate(view.records) if isinstance(r, ClaimRecord)}
    return render(request, "article.html", view=view, a=a, headlines=headlines, body=body,
                  tables=_tables(view.records), holds=holds)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, f: ClaimFilters = Depends(claim_filters), p: Paging = Depends(paging),
           conn: Connection = Depends(connection)) -> Any:
    page = claims_page(conn, f, p)
    query = as_query(f)
    csv_link = link("/claims.csv", query)
    anchors = data.claim_anchors(conn, [r["id"] for r in page.rows])
    return render(request, "claims.html", page=page, links=page.links("/claims", query), f=f, csv_link=csv_link,
                  anchors=anchors)


@router.get("/claims.csv")
def claims_csv(f: ClaimFilters = Depends(claim_filters), conn: Connection = Depends(connection)) -> Response:
    """The claims the filters keep, as CSV (the columns of ``newsledger claims --format csv``), at most MAX_CSV_ROWS."""
    rows = claims_rows(conn, f, MAX_CSV_ROWS)
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="claims.csv"'})


@router.get("/series", response_class=HTMLResponse)
def series_list(request: Request, f: SeriesFilters = Depends(series_filters), p: Paging = Depends(paging),
                conn: Connection = Depends(connection)) -> Any:
    page = series_page(conn, f, p)
    return render(request, "series_list.html", page=page, links=page.links("/series", as_query(f)), f=f,
                  classes=MEASURE_CLASSES)


@router.get("/series/{series_id}", response_class=HTMLResponse)
def series_one(request: Request, series_id: str, conn: Connection = Depends(connection)) -> Any:
    if len(series_id) > 64:
        raise HTTPException(404, "no such series")
    record = get_series(conn, series_id)
    return render(request, "series.html", s=record, chart=timeline(record), flags_of=flag_kinds(record),
                  flags=record.flags[:MAX_FLAGS_LISTED])


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, f: EventFilters = Depends(event_filters), p: Paging = Depends(paging),
           conn: Connection = Depends(connection)) -> Any:
    page, drawn = events_view(conn, f, p)
    # The markers go to the map script as JSON in a data attribute (no inline script): a plain
    # string, so the template escapes it like any other value and the browser gives it back unescaped.
    markers = json.dumps(drawn.markers, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return render(request, "events.html", page=page, links=page.links("/events", as_query(f)), f=f,
                  choices=data.event_choices(conn), markers=markers, drawn=drawn)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = Query(None, max_length=2000)) -> Any:  # noqa: A002
    return render(request, "login.html", target=security.safe_next(next), failed=False,
                  needed=request.app.state.token is not None)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Any:
    token = request.app.state.token
    body = await request.body()
    if len(body) > 4 * MAX_TEXT * 10:
        raise HTTPException(413, "the login form is larger than any token")
    form = parse_qs(body.decode("utf-8", "replace"), max_num_fields=4)
    given = (form.get("token") or [""])[0]
    target = security.safe_next((form.get("next") or ["/"])[0])
    if token is None:
        return RedirectResponse(target, status_code=303)
    if not security.authorised_token(given, token):
        return render(request, "login.html", status=401, target=target, failed=True, needed=True)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(security.COOKIE, security.session_value(token), httponly=True, samesite="strict",
                        path="/", secure=request.url.scheme == "https")
    return response


@router.get("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(security.COOKIE, path="/")
    return response
