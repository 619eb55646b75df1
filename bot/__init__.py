"""Transport-neutral conversation with parents, reply texts, channels and the outbox."""
