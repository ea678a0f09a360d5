"""Flags, review queue, moderator actions, moderation log, redaction purge, re-scan."""
