"""events: who did what to whom, where and when (record contract v2, `event`)

One row per event record of an article, its PLOVER and ACLED codes, both
sides, the resolved place and the dates flattened into columns for queries,
and ``event_key``: what reports of one event share (type, day, place, sides),
by which the exports fold them into one event with its number of sources.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:30:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')
BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'events',
        sa.Column('id', BigId, autoincrement=True, nullable=False),
        sa.Column('article_id', sa.Text(), nullable=False),
        sa.Column('ord', sa.Integer(), nullable=False),
        sa.Column('span_start', sa.Integer(), nullable=True),
        sa.Column('span_end', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=True),
        sa.Column('sentence_start', sa.Integer(), nullable=True),
        sa.Column('sentence_end', sa.Integer(), nullable=True),
        sa.Column('event_type', sa.Text(), nullable=True),
        sa.Column('mode', sa.Text(), nullable=True),
        sa.Column('acled_event_type', sa.Text(), nullable=True),
        sa.Column('acled_sub_event_type', sa.Text(), nullable=True),
        sa.Column('actor_name', sa.Text(), nullable=True),
        sa.Column('actor_entity', sa.Text(), nullable=True),
        sa.Column('actor_country', sa.Text(), nullable=True),
        sa.Column('actor_sector', sa.Text(), nullable=True),
        sa.Column('recipient_name', sa.Text(), nullable=True),
        sa.Column('recipient_entity', sa.Text(), nullable=True),
        sa.Column('recipient_country', sa.Text(), nullable=True),
        sa.Column('recipient_sector', sa.Text(), nullable=True),
        sa.Column('place_text', sa.Text(), nullable=True),
        sa.Column('place_name', sa.Text(), nullable=True),
        sa.Column('place_country', sa.Text(), nullable=True),
        sa.Column('place_admin1', sa.Text(), nullable=True),
        sa.Column('place_lat', sa.Float(), nullable=True),
        sa.Column('place_lon', sa.Float(), nullable=True),
        sa.Column('place_precision', sa.Text(), nullable=True),
        sa.Column('time_start', sa.Date(), nullable=True),
        sa.Column('time_end', sa.Date(), nullable=True),
        sa.Column('time_text', sa.Text(), nullable=True),
        sa.Column('modality', sa.Text(), nullable=True),
        sa.Column('source_name', sa.Text(), nullable=True),
        sa.Column('source_entity', sa.Text(), nullable=True),
        sa.Column('event_key', sa.Text(), nullable=True),
        sa.Column('record', Json, nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_events_article', 'events', ['article_id', 'ord'], unique=False)
    op.create_index('ix_events_type', 'events', ['event_type'], unique=False)
    op.create_index('ix_events_acled', 'events', ['acled_sub_event_type'], unique=False)
    op.create_index('ix_events_place_country', 'events', ['place_country'], unique=False)
    op.create_index('ix_events_actor_country', 'events', ['actor_country'], unique=False)
    op.create_index('ix_events_time', 'events', ['time_start', 'time_end'], unique=False)
    op.create_index('ix_events_key', 'events', ['event_key'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_events_key', table_name='events')
    op.drop_index('ix_events_time', table_name='events')
    op.drop_index('ix_events_actor_country', table_name='events')
    op.drop_index('ix_events_place_country', table_name='events')
    op.drop_index('ix_events_acled', table_name='events')
    op.drop_index('ix_events_type', table_name='events')
    op.drop_index('ix_events_article', table_name='events')
    op.drop_table('events')
