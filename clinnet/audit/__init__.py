"""Append-only, hash-chained audit log of every state change that matters."""

from clinnet.audit.services import ChainReport, record, text_key, verify_chain

__all__ = ["ChainReport", "record", "text_key", "verify_chain"]
