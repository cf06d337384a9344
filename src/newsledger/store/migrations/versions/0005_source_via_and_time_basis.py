"""claims and statements: source_via; claims: time_basis (record contract v2)

Version 2 of the record contract gives a source the medium that relays it
(`source.via`) and a claim's time the basis of its dates (`time.basis`). The
record JSON already carries them; these columns let queries filter on them
(a series member's as-of date is weaker when its basis is the publication
date). Rows stored before have neither: both stay NULL, as their JSON says.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:40:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('claims', sa.Column('source_via', sa.Text(), nullable=True))
    op.add_column('claims', sa.Column('time_basis', sa.Text(), nullable=True))
    op.add_column('statements', sa.Column('source_via', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('statements') as batch_op:
        batch_op.drop_column('source_via')
    with op.batch_alter_table('claims') as batch_op:
        batch_op.drop_column('time_basis')
        batch_op.drop_column('source_via')
