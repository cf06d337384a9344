"""article_relations: updates are recorded beside copies, never as copies

Near-identical reports whose figures or dates differ (the next day's bulletin
from one template) were linked as republished copies, and their claims were
then matched on value alone, hiding some of them from `claims`. This adds the
table that records such a pair as related, and the facts (figures, dates,
names) linking compares beside each MinHash signature, then repairs what the old linking
stored: a copy that conflicts with its original is split off as an update, and
every copy's claims are matched again under the strict rule (value, unit,
change, measure and time).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 07:40:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'article_relations',
        sa.Column('article_id', sa.Text(), nullable=False),
        sa.Column('related_id', sa.Text(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('similarity', sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint('article_id', 'related_id'),
    )
    op.create_index('ix_article_relations_related', 'article_relations', ['related_id'], unique=False)
    with op.batch_alter_table('article_minhash', schema=None) as batch_op:
        batch_op.add_column(sa.Column('facts', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True))
    # The repair reads and writes through the store's own linking code, so it
    # follows the schema as of this revision (the tables it touches are 0001's
    # and the one above).
    from newsledger.store.links import repair_copy_links

    repair_copy_links(op.get_bind())


def downgrade() -> None:
    # Split-off updates stay separate articles: relinking them as copies
    # would hide their claims again.
    with op.batch_alter_table('article_minhash', schema=None) as batch_op:
        batch_op.drop_column('facts')
    op.drop_index('ix_article_relations_related', table_name='article_relations')
    op.drop_table('article_relations')
