"""Append-only, hash-chained audit log of every state change that matters."""

from clinnet.audit.services import ChainReport, record, verify_chain

__all__ = ["ChainReport", "record", "verify_chain"]
