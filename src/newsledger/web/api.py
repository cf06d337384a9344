"""The JSON API: the listings with the pages' filters and paging, one article's records, one series.

Rows are the query layer's, exactly as stored (JSON is data, not display:
the ``application/json`` type and ``nosniff`` keep a browser from reading
it as a page). Each listing answers ``{"page", "size", "prev", "next", "rows"}``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.engine import Connection

from ..store.queries import get_article
from ..store.series import get_series
from .listing import (
    ArticleFilters, ClaimFilters, EventFilters, SeriesFilters, article_filters, articles_page, as_query,
    claim_filters, claims_page, connection, event_filters, events_page, series_filters, series_page,
)
from .params import Paging, paging

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/articles", summary="Articles, newest first")
def api_articles(f: ArticleFilters = Depends(article_filters), p: Paging = Depends(paging),
                 conn: Connection = Depends(connection)) -> dict[str, Any]:
    return articles_page(conn, f, p).as_json("/api/articles", as_query(f))


@router.get("/articles/{article_id}", summary="One article's records, its copies and related reports")
def api_article(article_id: str, conn: Connection = Depends(connection)) -> dict[str, Any]:
    if len(article_id) > 64:
        raise HTTPException(404, "no such article")
    view = get_article(conn, article_id)
    return {
        "article": view.article.to_dict(),
        "records": [r.to_dict() for r in view.records],
        "original_id": view.original_id,
        "copies": view.copies,
        "related": view.related,
        "errors": view.errors,
    }


@router.get("/claims", summary="Claims, by when they hold")
def api_claims(f: ClaimFilters = Depends(claim_filters), p: Paging = Depends(paging),
               conn: Connection = Depends(connection)) -> dict[str, Any]:
    return claims_page(conn, f, p).as_json("/api/claims", as_query(f))


@router.get("/series", summary="Series, those with most members first")
def api_series(f: SeriesFilters = Depends(series_filters), p: Paging = Depends(paging),
               conn: Connection = Depends(connection)) -> dict[str, Any]:
    return series_page(conn, f, p).as_json("/api/series", as_query(f))


@router.get("/series/{series_id}", summary="One series record: members, estimate and flags")
def api_series_one(series_id: str, conn: Connection = Depends(connection)) -> dict[str, Any]:
    if len(series_id) > 64:
        raise HTTPException(404, "no such series")
    return get_series(conn, series_id).to_dict()


@router.get("/events", summary="Events, latest first")
def api_events(f: EventFilters = Depends(event_filters), p: Paging = Depends(paging),
               conn: Connection = Depends(connection)) -> dict[str, Any]:
    return events_page(conn, f, p).as_json("/api/events", as_query(f))
