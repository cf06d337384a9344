"""ingest_runs: heartbeat, pid and host

A run killed with -9 left its row 'running' forever. With the owner's pid and
host and a heartbeat refreshed on every commit, a later ingest can tell a dead
run from a live one and mark it ended.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 07:25:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('pid', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('host', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.drop_column('host')
        batch_op.drop_column('pid')
        batch_op.drop_column('heartbeat_at')
