"""Image tests store files under the test app's instance folder; each test starts empty."""

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _empty_image_store(app):
    app.extensions.pop("clinnet.images.storage", None)
    root = Path(app.instance_path) / app.config["IMAGES_DIR"]
    shutil.rmtree(root, ignore_errors=True)
    yield
    app.extensions.pop("clinnet.images.storage", None)
    shutil.rmtree(root, ignore_errors=True)
