"""initial ledger schema: articles, records, errors, copies and LSH bands, ingest runs

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 10:35:10.139063
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('article_minhash',
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('article_id')
    )
    op.create_table('articles',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('origin_outlet', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_source', sa.String(length=16), nullable=True),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('input_hash', sa.String(length=64), nullable=True),
    sa.Column('n_records', sa.Integer(), server_default='0', nullable=False),
    sa.Column('original_id', sa.String(length=128), nullable=True),
    sa.Column('copy_similarity', sa.Float(), nullable=True),
    sa.Column('run_id', sa.BigInteger(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('id')
    )
    op.create_index('ix_articles_input_hash', 'articles', ['input_hash'], unique=False)
    op.create_index('ix_articles_original_id', 'articles', ['original_id'], unique=False)
    op.create_index('ix_articles_outlet', 'articles', ['outlet'], unique=False)
    op.create_index('ix_articles_published', 'articles', ['published'], unique=False)

    op.create_table('claim_articles',
    sa.Column('claim_id', sa.BigInteger(), nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('claim_id', 'article_id')
    )
    op.create_index('ix_claim_articles_article', 'claim_articles', ['article_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('sentence_start', sa.Integer(), nullable=True),
    sa.Column('sentence_end', sa.Integer(), nullable=True),
    sa.Column('sentence', sa.Text(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('low', sa.Float(), nullable=True),
    sa.Column('high', sa.Float(), nullable=True),
    sa.Column('bound', sa.String(length=16), nullable=True),
    sa.Column('unit', sa.String(length=32), nullable=True),
    sa.Column('change', sa.String(length=16), nullable=True),
    sa.Column('measure', sa.Text(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('source_name', sa.Text(), nullable=True),
    sa.Column('source_entity', sa.Text(), nullable=True),
    sa.Column('source_cue', sa.Text(), nullable=True),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('time_start', sa.Date(), nullable=True),
    sa.Column('time_end', sa.Date(), nullable=True),
    sa.Column('time_text', sa.Text(), nullable=True),
    sa.Column('time_kind', sa.String(length=16), nullable=True),
    sa.Column('statement_date', sa.Date(), nullable=True),
    sa.Column('same_as', sa.BigInteger(), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_claims_article', 'claims', ['article_id', 'ord'], unique=False)
    op.create_index('ix_claims_measure', 'claims', ['measure'], unique=False)
    op.create_index('ix_claims_same_as', 'claims', ['same_as'], unique=False)
    op.create_index('ix_claims_source_entity', 'claims', ['source_entity'], unique=False)
    op.create_index('ix_claims_source_name', 'claims', ['source_name'], unique=False)
    op.create_index('ix_claims_time', 'claims', ['time_start', 'time_end'], unique=False)
    op.create_index('ix_claims_value', 'claims', ['value'], unique=False)

    op.create_table('entities',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('label', sa.String(length=32), nullable=True),
    sa.Column('canonical', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_entities_article', 'entities', ['article_id', 'ord'], unique=False)
    op.create_index('ix_entities_canonical', 'entities', ['canonical'], unique=False)
    op.create_index('ix_entities_country', 'entities', ['country'], unique=False)

    op.create_table('errors',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=True),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('run_id', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index('ix_errors_article', 'errors', ['article_id'], unique=False)

    op.create_table('ingest_runs',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paths', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('added', sa.Integer(), server_default='0', nullable=False),
    sa.Column('skipped', sa.Integer(), server_default='0', nullable=False),
    sa.Column('failed', sa.Integer(), server_default='0', nullable=False),
    sa.Column('copies', sa.Integer(), server_default='0', nullable=False),
    sa.Column('status', sa.String(length=16), server_default='running', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('lsh_bands',
    sa.Column('band', sa.SmallInteger(), nullable=False),
    sa.Column('key', sa.BigInteger(), nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('band', 'key', 'article_id')
    )
    op.create_table('statements',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('source_name', sa.Text(), nullable=True),
    sa.Column('source_entity', sa.Text(), nullable=True),
    sa.Column('source_cue', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('direct', sa.Boolean(), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_statements_article', 'statements', ['article_id', 'ord'], unique=False)
    op.create_index('ix_statements_source_entity', 'statements', ['source_entity'], unique=False)

    op.create_table('times',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=128), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('timex_type', sa.String(length=16), nullable=True),
    sa.Column('value', sa.String(length=64), nullable=True),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_times_article', 'times', ['article_id', 'ord'], unique=False)
    op.create_index('ix_times_interval', 'times', ['start', 'end'], unique=False)



def downgrade() -> None:
    op.drop_index('ix_times_interval', table_name='times')
    op.drop_index('ix_times_article', table_name='times')

    op.drop_table('times')
    op.drop_index('ix_statements_source_entity', table_name='statements')
    op.drop_index('ix_statements_article', table_name='statements')

    op.drop_table('statements')
    op.drop_table('lsh_bands')
    op.drop_table('ingest_runs')
    op.drop_index('ix_errors_article', table_name='errors')

    op.drop_table('errors')
    op.drop_index('ix_entities_country', table_name='entities')
    op.drop_index('ix_entities_canonical', table_name='entities')
    op.drop_index('ix_entities_article', table_name='entities')

    op.drop_table('entities')
    op.drop_index('ix_claims_value', table_name='claims')
    op.drop_index('ix_claims_time', table_name='claims')
    op.drop_index('ix_claims_source_name', table_name='claims')
    op.drop_index('ix_claims_source_entity', table_name='claims')
    op.drop_index('ix_claims_same_as', table_name='claims')
    op.drop_index('ix_claims_measure', table_name='claims')
    op.drop_index('ix_claims_article', table_name='claims')

    op.drop_table('claims')
    op.drop_index('ix_claim_articles_article', table_name='claim_articles')

    op.drop_table('claim_articles')
    op.drop_index('ix_articles_published', table_name='articles')
    op.drop_index('ix_articles_outlet', table_name='articles')
    op.drop_index('ix_articles_original_id', table_name='articles')
    op.drop_index('ix_articles_input_hash', table_name='articles')

    op.drop_table('articles')
    op.drop_table('article_minhash')
