"""series: one figure across reports (record contract v2, `series`)

Each claim gets the key of the series it belongs to (claims.series_key,
NULL for a claim of no measure), and the series built from those keys are
kept in four tables: the series, its members (one per report, copies folded),
its estimate per date, and its flags. Claims stored before this revision have
no key: `newsledger reconcile` reads their articles' records and fills them.
Claims also get `part`: the text their span points into (the body, or a headline).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 11:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.add_column('claims', sa.Column('series_key', sa.Text(), nullable=True))
    op.create_index('ix_claims_series_key', 'claims', ['series_key'], unique=False)
    # Which text a claim's span points into: the body, or a headline (records v2 `part`).
    op.add_column('claims', sa.Column('part', sa.Text(), nullable=True))
    op.create_table(
        'series',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.Column('measure_class', sa.Text(), nullable=False),
        sa.Column('subject', sa.Text(), nullable=True),
        sa.Column('place', sa.Text(), nullable=True),
        sa.Column('unit', sa.Text(), nullable=True),
        sa.Column('per', sa.Text(), nullable=True),
        sa.Column('n_members', sa.Integer(), nullable=False),
        sa.Column('n_sources', sa.Integer(), nullable=False),
        sa.Column('first_date', sa.Date(), nullable=True),
        sa.Column('last_date', sa.Date(), nullable=True),
        sa.Column('n_flags', sa.Integer(), nullable=False),
        sa.Column('flag_kinds', sa.Text(), nullable=True),
        sa.Column('record', Json, nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key'),
    )
    op.create_index('ix_series_measure_class', 'series', ['measure_class'], unique=False)
    op.create_table(
        'series_members',
        sa.Column('series_id', sa.Text(), nullable=False),
        sa.Column('ord', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.BigInteger(), nullable=True),
        sa.Column('article_id', sa.Text(), nullable=False),
        sa.Column('as_of', sa.Date(), nullable=True),
        sa.Column('as_of_basis', sa.Text(), nullable=True),
        sa.Column('source', sa.Text(), nullable=True),
        sa.Column('outlet', sa.Text(), nullable=True),
        sa.Column('value', sa.Float(), nullable=True),
        sa.Column('low', sa.Float(), nullable=True),
        sa.Column('high', sa.Float(), nullable=True),
        sa.Column('bound', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('series_id', 'ord'),
    )
    op.create_index('ix_series_members_claim', 'series_members', ['claim_id'], unique=False)
    op.create_index('ix_series_members_article', 'series_members', ['article_id'], unique=False)
    op.create_table(
        'series_estimates',
        sa.Column('series_id', sa.Text(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('low', sa.Float(), nullable=False),
        sa.Column('best', sa.Float(), nullable=False),
        sa.Column('high', sa.Float(), nullable=False),
        sa.Column('sources', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('series_id', 'date'),
    )
    op.create_table(
        'series_flags',
        sa.Column('series_id', sa.Text(), nullable=False),
        sa.Column('ord', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('members', Json, nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('series_id', 'ord'),
    )
    op.create_index('ix_series_flags_kind', 'series_flags', ['kind'], unique=False)


def downgrade() -> None:
    op.drop_table('series_flags')
    op.drop_table('series_estimates')
    op.drop_table('series_members')
    op.drop_table('series')
    with op.batch_alter_table('claims') as batch_op:
        batch_op.drop_index('ix_claims_series_key')
        batch_op.drop_column('series_key')
        batch_op.drop_column('part')
