"""initial schema

Revision ID: 0001
Revises: 

"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('school',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('urn', sa.String(length=20), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('office_phone', sa.String(length=32), nullable=True),
    sa.Column('office_email', sa.String(length=254), nullable=True),
    sa.Column('sms_number', sa.String(length=20), nullable=True),
    sa.Column('report_deadline', sa.Time(), nullable=False),
    sa.Column('am_register_open', sa.Time(), nullable=False),
    sa.Column('am_register_close', sa.Time(), nullable=False),
    sa.Column('pm_register_open', sa.Time(), nullable=False),
    sa.Column('pm_register_close', sa.Time(), nullable=False),
    sa.Column('chase_time', sa.Time(), nullable=False),
    sa.Column('pm_chase_enabled', sa.Boolean(), nullable=False),
    sa.Column('weekly_message_weekday', sa.Integer(), nullable=False),
    sa.Column('weekly_message_time', sa.Time(), nullable=False),
    sa.Column('target_pct', sa.Double(), nullable=False),
    sa.Column('nudge_pct', sa.Double(), nullable=False),
    sa.Column('concern_pct', sa.Double(), nullable=False),
    sa.Column('persistent_absence_pct', sa.Double(), nullable=False),
    sa.Column('severe_absence_pct', sa.Double(), nullable=False),
    sa.Column('absence_floor_sessions', sa.Integer(), nullable=False),
    sa.Column('n_to_o_school_days', sa.Integer(), nullable=False),
    sa.Column('quiet_hours_start', sa.Time(), nullable=False),
    sa.Column('quiet_hours_end', sa.Time(), nullable=False),
    sa.Column('grading_bands', sa.JSON(), nullable=False),
    sa.Column('conversation_timeout_minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school')),
    sa.UniqueConstraint('sms_number', name=op.f('uq_school_sms_number')),
    sa.UniqueConstraint('urn', name=op.f('uq_school_urn'))
    )
    op.create_table('staff_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_user')),
    sa.UniqueConstraint('email', name=op.f('uq_staff_user_email'))
    )
    op.create_table('closure_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_closure_day_school_id_school'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_day')),
    sa.UniqueConstraint('school_id', 'date', name=op.f('uq_closure_day_school_id_date'))
    )
    with op.batch_alter_table('closure_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closure_day_school_id'), ['school_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relationship_to_pupil', sa.String(length=40), nullable=True),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('telegram_chat_id', sa.BigInteger(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.Column('opted_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('whatsapp_last_inbound_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_contact_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('school_id', 'phone_e164', name=op.f('uq_contact_school_id_phone_e164')),
    sa.UniqueConstraint('telegram_chat_id', name=op.f('uq_contact_telegram_chat_id'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_phone_e164'), ['phone_e164'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_school_id'), ['school_id'], unique=False)

    op.create_table('pupil',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('mis_id', sa.String(length=40), nullable=False),
    sa.Column('upn', sa.String(length=13), nullable=True),
    sa.Column('legal_first_name', sa.String(length=100), nullable=False),
    sa.Column('legal_last_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=True),
    sa.Column('year_group', sa.Integer(), nullable=True),
    sa.Column('form', sa.String(length=20), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('has_social_worker', sa.Boolean(), nullable=False),
    sa.Column('looked_after', sa.Boolean(), nullable=False),
    sa.Column('send_status', sa.String(length=12), nullable=False),
    sa.Column('medical_evidence_required', sa.Boolean(), nullable=False),
    sa.Column('on_roll_from', sa.Date(), nullable=True),
    sa.Column('on_roll_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_pupil_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pupil')),
    sa.UniqueConstraint('school_id', 'mis_id', name=op.f('uq_pupil_school_id_mis_id'))
    )
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupil_school_id'), ['school_id'], unique=False)

    op.create_table('staff_school',
    sa.Column('staff_user_id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_staff_school_school_id_school'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_user_id'], ['staff_user.id'], name=op.f('fk_staff_school_staff_user_id_staff_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('staff_user_id', 'school_id', name=op.f('pk_staff_school'))
    )
    op.create_table('term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_term_school_id_school'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term')),
    sa.UniqueConstraint('school_id', 'start_date', name=op.f('uq_term_school_id_start_date'))
    )
    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_term_school_id'), ['school_id'], unique=False)

    op.create_table('absence_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('dates', sa.JSON(), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=True),
    sa.Column('last_date', sa.Date(), nullable=True),
    sa.Column('sessions', sa.String(length=3), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.Column('provisional_code', sa.String(length=2), nullable=True),
    sa.Column('confidence', sa.Double(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('arrival_time', sa.Time(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('safeguarding', sa.Boolean(), nullable=False),
    sa.Column('safeguarding_reasons', sa.JSON(), nullable=False),
    sa.Column('reported_after_deadline', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_absence_report_contact_id_contact')),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_absence_report_pupil_id_pupil')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_absence_report_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence_report'))
    )
    with op.batch_alter_table('absence_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absence_report_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_absence_report_first_date'), ['first_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_absence_report_pupil_id'), ['pupil_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_absence_report_safeguarding'), ['safeguarding'], unique=False)
        batch_op.create_index(batch_op.f('ix_absence_report_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_absence_report_status'), ['status'], unique=False)

    op.create_table('conversation_state',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=40), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_conversation_state_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_conversation_state'))
    )
    op.create_table('pupil_contact',
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('parental_responsibility', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_pupil_contact_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_pupil_contact_pupil_id_pupil'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pupil_id', 'contact_id', name=op.f('pk_pupil_contact')),
    sa.UniqueConstraint('pupil_id', 'priority', name=op.f('uq_pupil_contact_pupil_id_priority'))
    )
    with op.batch_alter_table('pupil_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupil_contact_contact_id'), ['contact_id'], unique=False)

    op.create_table('message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('provider', sa.String(length=12), nullable=True),
    sa.Column('provider_id', sa.String(length=64), nullable=True),
    sa.Column('sender', sa.String(length=64), nullable=False),
    sa.Column('recipient', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('error_code', sa.String(length=20), nullable=True),
    sa.Column('absence_report_id', sa.Integer(), nullable=True),
    sa.Column('in_reply_to_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['absence_report_id'], ['absence_report.id'], name=op.f('fk_message_absence_report_id_absence_report')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_message_contact_id_contact')),
    sa.ForeignKeyConstraint(['in_reply_to_id'], ['message.id'], name=op.f('fk_message_in_reply_to_id_message')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_message_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message')),
    sa.UniqueConstraint('provider', 'provider_id', name=op.f('uq_message_provider_provider_id'))
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_absence_report_id'), ['absence_report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_in_reply_to_id'), ['in_reply_to_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_school_id'), ['school_id'], unique=False)
        batch_op.create_index('ix_message_sender_created', ['sender', 'created_at'], unique=False)

    op.create_table('session_mark',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('session', sa.String(length=2), nullable=False),
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('absence_report_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['absence_report_id'], ['absence_report.id'], name=op.f('fk_session_mark_absence_report_id_absence_report')),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_session_mark_pupil_id_pupil')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_mark')),
    sa.UniqueConstraint('pupil_id', 'date', 'session', name=op.f('uq_session_mark_pupil_id_date_session'), postgresql_include=['code', 'status'])
    )
    with op.batch_alter_table('session_mark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_mark_absence_report_id'), ['absence_report_id'], unique=False)
        batch_op.create_index('ix_session_mark_date_pupil', ['date', 'pupil_id'], unique=False)
        batch_op.create_index('ix_session_mark_pupil_code_date', ['pupil_id', 'code', 'date'], unique=False, postgresql_include=['status'])

    op.create_table('code_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('session_mark_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('session', sa.String(length=2), nullable=False),
    sa.Column('old_code', sa.String(length=2), nullable=True),
    sa.Column('new_code', sa.String(length=2), nullable=False),
    sa.Column('old_status', sa.String(length=12), nullable=True),
    sa.Column('new_status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by_name', sa.String(length=200), nullable=False),
    sa.Column('changed_by_role', sa.String(length=40), nullable=False),
    sa.Column('staff_user_id', sa.Integer(), nullable=True),
    sa.Column('absence_report_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['absence_report_id'], ['absence_report.id'], name=op.f('fk_code_change_absence_report_id_absence_report')),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_code_change_pupil_id_pupil')),
    sa.ForeignKeyConstraint(['session_mark_id'], ['session_mark.id'], name=op.f('fk_code_change_session_mark_id_session_mark')),
    sa.ForeignKeyConstraint(['staff_user_id'], ['staff_user.id'], name=op.f('fk_code_change_staff_user_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_change'))
    )
    with op.batch_alter_table('code_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_change_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('staff_user_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_outbox_contact_id_contact')),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_outbox_message_id_message')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_outbox_school_id_school')),
    sa.ForeignKeyConstraint(['staff_user_id'], ['staff_user.id'], name=op.f('fk_outbox_staff_user_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_idempotency_key'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_school_id'), ['school_id'], unique=False)
        batch_op.create_index('ix_outbox_status_next', ['status', 'next_attempt_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status_next')
        batch_op.drop_index(batch_op.f('ix_outbox_school_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_contact_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('code_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_change_pupil_id'))

    op.drop_table('code_change')
    with op.batch_alter_table('session_mark', schema=None) as batch_op:
        batch_op.drop_index('ix_session_mark_pupil_code_date', postgresql_include=['status'])
        batch_op.drop_index('ix_session_mark_date_pupil')
        batch_op.drop_index(batch_op.f('ix_session_mark_absence_report_id'))

    op.drop_table('session_mark')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index('ix_message_sender_created')
        batch_op.drop_index(batch_op.f('ix_message_school_id'))
        batch_op.drop_index(batch_op.f('ix_message_in_reply_to_id'))
        batch_op.drop_index(batch_op.f('ix_message_contact_id'))
        batch_op.drop_index(batch_op.f('ix_message_absence_report_id'))

    op.drop_table('message')
    with op.batch_alter_table('pupil_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pupil_contact_contact_id'))

    op.drop_table('pupil_contact')
    op.drop_table('conversation_state')
    with op.batch_alter_table('absence_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absence_report_status'))
        batch_op.drop_index(batch_op.f('ix_absence_report_school_id'))
        batch_op.drop_index(batch_op.f('ix_absence_report_safeguarding'))
        batch_op.drop_index(batch_op.f('ix_absence_report_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_absence_report_first_date'))
        batch_op.drop_index(batch_op.f('ix_absence_report_contact_id'))

    op.drop_table('absence_report')
    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_term_school_id'))

    op.drop_table('term')
    op.drop_table('staff_school')
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pupil_school_id'))

    op.drop_table('pupil')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_school_id'))
        batch_op.drop_index(batch_op.f('ix_contact_phone_e164'))

    op.drop_table('contact')
    with op.batch_alter_table('closure_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closure_day_school_id'))

    op.drop_table('closure_day')
    op.drop_table('staff_user')
    op.drop_table('school')
