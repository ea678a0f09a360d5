"""Races on PostgreSQL, real threads and sessions: two masking requests on one image, and an
upload racing the post's publication."""

import threading

import pytest
from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImageState
from tests.helpers import make_user
from tests.images import helpers


def _run_together(app, *jobs):
    barrier = threading.Barrier(len(jobs))
    outcomes = []

    def run(job):
        with app.app_context():
            try:
                barrier.wait(timeout=30)
                outcomes.append(job())
                db.session.commit()
            except services.ImageError as error:
                db.session.rollback()
                outcomes.append(type(error).__name__)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    db.session.expire_all()
    return outcomes


@pytest.mark.postgres_only
def test_two_masking_requests_on_one_image_apply_one(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.photo((400, 300))))
    user_id, image_id = user.id, image.id  # threads must not touch the test's session
    for trial in range(8):
        version = image.version

        def masking(box, version=version):
            fresh = db.session.get(Image, image_id)
            services.mask(fresh, db.session.get(User, user_id), "black", [box], version)
            return "masked"

        outcomes = _run_together(app, lambda: masking((10, 10, 20, 20)),
                                 lambda: masking((50, 50, 20, 20)))
        assert sorted(outcomes) == ["StaleImage", "masked"], (trial, outcomes)
        db.session.refresh(image)
        assert image.version == version + 1
        working = [f for f in image.files if f.role == "working"]
        assert len(working) == 1
        assert set(helpers.stored_keys()) == {f.key for f in image.files}  # no orphan file


@pytest.mark.postgres_only
def test_an_upload_racing_publication_never_publishes_an_unmasked_image(app):
    user = make_user(Role.PHYSICIAN)
    data = helpers.png_bytes(helpers.with_name())
    user_id = user.id
    for post_id in range(1, 7):
        def add_image(post_id=post_id):
            services.upload(db.session.get(User, user_id), "case", post_id, data)
            return "uploaded"

        def publish(post_id=post_id):
            found = services.prepare_publication("case", post_id, db.session.get(User, user_id))
            if found:
                return "refused"
            services.on_visible("case", post_id)
            return "published"

        outcomes = _run_together(app, add_image, publish)
        images = db.session.scalars(select(Image).where(Image.post_id == post_id)).all()
        if "published" in outcomes:
            # Publication won the lock: the upload landed on a published post, unfinished, and
            # is served to nobody but its author until every region is masked.
            assert [i.state for i in images] == [ImageState.NEEDS_MASKING], outcomes
            assert services.get_for_viewer(images[0].public_id, make_user(Role.PHYSICIAN)) \
                is None
        else:
            assert outcomes.count("uploaded") == 1
            assert "refused" in outcomes
            assert [i.state for i in images] == [ImageState.NEEDS_MASKING]
