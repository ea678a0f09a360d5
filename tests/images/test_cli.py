"""`clinnet images purge` and `clinnet images rescan`."""

from datetime import timedelta

from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImageState
from tests.helpers import make_user
from tests.images import helpers


def test_purge_command_deletes_expired_uploads(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.jpeg_bytes())
    image.updated_at = utcnow() - timedelta(days=5)
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["images", "purge"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 unfinished upload(s)" in result.output
    assert helpers.stored_keys() == []


def test_rescan_reads_images_again_when_the_detector_changed(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()), post_id=4)
    # As if an older detector had missed the name: no region, finished, published.
    image.regions.clear()
    services.finish(image, user, None)
    services.on_visible("case", 4)
    image.analysed_with = "an older detector"
    clean = helpers.upload(user, helpers.jpeg_bytes(), post_id=5)
    services.finish(clean, user, None)
    db.session.commit()
    assert services.rescan_candidates() == [image.id]
    result = app.test_cli_runner().invoke(args=["images", "rescan"])
    assert result.exit_code == 0, result.output
    assert "Re-scanned 1 image(s); 1 post(s) have new regions" in result.output
    assert "case 4" in result.output
    db.session.expire_all()
    image = db.session.get(Image, image.id)
    assert image.state == ImageState.NEEDS_MASKING
    assert [f.category for f in services.open_findings("case", 4)]
    assert services.rescan_candidates() == []
    # The author masks what the re-scan found: the image is finished again, name burned out.
    services.mask_suggested(image, user, [r.id for r in image.regions], image.version)
    db.session.commit()
    assert image.state == ImageState.READY
    assert {"full", "medium"} <= {f.role for f in image.files}
    db.session.refresh(clean)
    assert set(helpers.stored_keys()) == {f.key for f in image.files + clean.files}  # no orphan
