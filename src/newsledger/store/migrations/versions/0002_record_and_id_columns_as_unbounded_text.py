"""record and id columns as unbounded text

PostgreSQL enforces VARCHAR(n): a user's article id over 128 characters or a
component's label over 32 cost the article. On SQLite (which ignores the
lengths) batch mode copies each table once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 11:37:28.228070
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('article_minhash', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.alter_column('id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('language',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('published_source',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('original_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=True)

    with op.batch_alter_table('claim_articles', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('bound',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('unit',
               existing_type=sa.VARCHAR(length=32),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('change',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('time_kind',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)

    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('label',
               existing_type=sa.VARCHAR(length=32),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('country',
               existing_type=sa.VARCHAR(length=3),
               type_=sa.Text(),
               existing_nullable=True)

    with op.batch_alter_table('errors', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=True)

    with op.batch_alter_table('lsh_bands', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('timex_type',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.Text(),
               existing_nullable=True)
        batch_op.alter_column('value',
               existing_type=sa.VARCHAR(length=64),
               type_=sa.Text(),
               existing_nullable=True)



def downgrade() -> None:
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.alter_column('value',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=64),
               existing_nullable=True)
        batch_op.alter_column('timex_type',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('lsh_bands', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('errors', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=True)

    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.alter_column('country',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=3),
               existing_nullable=True)
        batch_op.alter_column('label',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=32),
               existing_nullable=True)
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.alter_column('time_kind',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('change',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('unit',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=32),
               existing_nullable=True)
        batch_op.alter_column('bound',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('claim_articles', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.alter_column('original_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=True)
        batch_op.alter_column('published_source',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('language',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=16),
               existing_nullable=True)
        batch_op.alter_column('id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

    with op.batch_alter_table('article_minhash', schema=None) as batch_op:
        batch_op.alter_column('article_id',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)

