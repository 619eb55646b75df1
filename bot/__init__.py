"""Transport-neutral conversation with parents, reply texts, channels and the outbox.

The conversation knows no transport. What the webhooks and adapters call:

    from bot.conversation import Reply, handle_inbound

    @dataclass(frozen=True)
    class Reply:                       # defined in bot.replies
        text: str
        options: tuple[str, ...] = ()  # SMS/WhatsApp/console: reply.plain_text() numbers them
                                       #   "1) Amy 2) Ben"; Telegram: inline buttons whose
                                       #   callback data is the number as text ("1")
        request_phone: bool = False    # Telegram: the "share my number" button

    handle_inbound(session, message, *, parse=nlu.parse_message) -> list[Reply]
        `message`: a stored inbound models.Message. Finds the contact, runs the
        conversation, writes reports and provisional marks, queues DSL alerts through
        bot.outbox.enqueue, marks the message processed, and returns the replies to send
        on the same channel. The caller commits. "Now" is message.created_at in the
        school's time zone.

    from bot.identity import find_contact, link_telegram_chat
    find_contact(session, channel, sender, school_id=None) -> Contact | None
    link_telegram_chat(session, chat_id, phone) -> Contact | None

    from bot import replies
    replies.start_prompt(language)             Telegram /start: share your number
    replies.number_linked(language)            Telegram: the shared number was linked
    replies.unknown_sender(office_phone, language)

Modules: conversation (the orchestrator), state (ConversationState steps), children
(names <-> pupils), recording (reports and marks on school days), corrections,
keywords (STOP/START/HELP), safeguarding (DSL alerts), replies (every text),
dates_in_words, i18n (Babel catalogues in bot/translations).
"""
