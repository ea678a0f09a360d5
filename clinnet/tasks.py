"""The background jobs (clinnet.jobs runs them by name): notification mails and digests,
licence re-verification and the de-identification re-scan. Each is also what the matching
`clinnet` command runs in the foreground."""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app

from clinnet.cases.titles import published_titles
from clinnet.notifications import emails


def send_notification_mails(user_ids: list[int]) -> int:
    """Mail the members who want it now what was just notified to them."""
    return emails.send_immediate(user_ids, titles=published_titles)


def send_digests(frequency: str) -> emails.DigestRun:
    run = emails.send_digests(frequency, titles=published_titles)
    current_app.logger.info("%s digests: %d mails for %d notifications", frequency, run.mails,
                            run.notifications)
    return run


def reverify(progress: Callable = iter):
    """Re-check every verified physician's licence (suspends those no longer valid)."""
    from clinnet.verification import services

    summary = services.reverify(progress)
    current_app.logger.info(
        "re-verification: %d checked, %d suspended, %d warnings", summary.checked,
        len(summary.suspended), len(summary.warnings))
    return summary


def rescan(batch_size: int = 200, restart: bool = False,
           on_batch: Callable[[int], None] = lambda scanned: None) -> tuple[int, int]:
    """Re-scan published posts from the checkpoint; returns (posts scanned, flagged)."""
    from clinnet.moderation import services

    checkpoint = services.rescan_checkpoint(restart=restart)
    scanned_all = 0
    while True:
        scanned, _ = services.rescan_batch(checkpoint, batch_size)
        if not scanned:
            break
        scanned_all += scanned
        on_batch(scanned)
    current_app.logger.info("re-scan: %d posts, %d flagged", scanned_all, checkpoint.flagged)
    return scanned_all, checkpoint.flagged


def rescan_images(everything: bool = False,
                  on_image: Callable[[int], None] = lambda done: None) -> tuple[int, int]:
    """Re-read finished images whose detectors changed (or all); returns (read, with news).
    One commit per image: OCR is slow, and a stop half way keeps what was done."""
    from clinnet.images import services as images
    from clinnet.moderation import services

    ids = images.rescan_candidates(everything)
    found = 0
    for image_id in ids:
        found += services.rescan_image(image_id)
        on_image(1)
    current_app.logger.info("image re-scan: %d images, %d with new regions", len(ids), found)
    return len(ids), found
