"""Storage behind one interface: the instance folder, and an S3-compatible server (a real one
over HTTP: moto's server, started by .ci/run or by this module; see docs/images.md)."""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images import storage as stores
from tests.helpers import make_user
from tests.images import helpers

ACCESS, SECRET = "clinnet-test", "clinnet-test-secret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    """CLINNET_TEST_S3_ENDPOINT (host:port) when CI started a server, else one started here."""
    configured = os.environ.get("CLINNET_TEST_S3_ENDPOINT")
    if configured:
        yield configured
        return
    port = _free_port()
    server = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    process = subprocess.Popen([server, "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def s3(app, s3_endpoint):
    bucket = f"clinnet-test-{uuid.uuid4().hex[:12]}"
    app.config.update(IMAGES_STORAGE="s3", IMAGES_S3_ENDPOINT=s3_endpoint,
                      IMAGES_S3_BUCKET=bucket, IMAGES_S3_ACCESS_KEY=ACCESS,
                      IMAGES_S3_SECRET_KEY=SECRET, IMAGES_S3_SECURE=False,
                      IMAGES_S3_REGION="us-east-1")
    app.extensions.pop("clinnet.images.storage", None)
    store = services.storage()
    assert isinstance(store, stores.S3Storage)
    return store


@pytest.mark.parametrize("kind", ["local", "s3"])
def test_both_stores_keep_and_delete_files(app, request, tmp_path, kind):
    store = request.getfixturevalue("s3") if kind == "s3" else stores.LocalStorage(tmp_path)
    store.put("ab/one.png", b"first", "image/png")
    store.put("ab/two.jpeg", b"second", "image/jpeg")
    assert store.get("ab/one.png") == b"first"
    assert store.list_keys("ab/") == ["ab/one.png", "ab/two.jpeg"]
    store.delete("ab/one.png")
    store.delete("ab/one.png")  # deleting twice is fine
    with pytest.raises(stores.Missing):
        store.get("ab/one.png")
    assert store.list_keys() == ["ab/two.jpeg"]


def test_the_whole_life_of_an_image_on_object_storage(app, client, s3):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.jpeg_bytes())
    assert len(s3.list_keys()) == 2  # original and working copy
    services.finish(image, user, image.version)
    services.on_visible("case", 1)
    db.session.commit()
    assert sorted(s3.list_keys()) == sorted(f.key for f in image.files)
    for key in s3.list_keys():
        assert helpers.has_metadata(s3.get(key)) == []
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.get(f"/images/{image.public_id}/small").status_code == 200
    services.on_redacted("case", 1, make_user(Role.MODERATOR))
    db.session.commit()
    assert s3.list_keys() == []


def test_an_unreachable_store_is_an_error_not_a_half_written_image(app):
    store = stores.S3Storage(f"127.0.0.1:{_free_port()}", "clinnet-nowhere", ACCESS, SECRET,
                             secure=False, region="us-east-1")
    with pytest.raises(stores.StorageError):
        store.put("k", b"x", "image/png")
