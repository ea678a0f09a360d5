"""Where image files live: one interface, two places.

`LocalStorage` keeps files under the instance folder (one machine); `S3Storage` keeps them in
an S3-compatible bucket (several machines, any of which may serve any image). Keys are opaque
strings made by the services; nothing here knows about posts or members.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Protocol


class StorageError(RuntimeError):
    """The store did not answer or refused; the file operation did not happen."""


class Missing(KeyError):
    """No file under that key."""


class Storage(Protocol):
    def put(self, key: str, data: bytes, content_type: str) -> None: ...
    def get(self, key: str) -> bytes: ...
    def delete(self, key: str) -> None: ...  # deleting a missing key is not an error
    def list_keys(self, prefix: str = "") -> list[str]: ...


class LocalStorage:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not key or ".." in key.split("/") or key.startswith("/"):
            raise ValueError(f"bad storage key {key!r}")
        return self.root / key

    def put(self, key: str, data: bytes, content_type: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: a reader never sees half a file, a crash leaves no partial one.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".put-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as error:
            raise Missing(key) from error

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def list_keys(self, prefix: str = "") -> list[str]:
        if not self.root.exists():
            return []
        found = (str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())
        return sorted(k for k in found if k.startswith(prefix) and "/.put-" not in "/" + k)


class S3Storage:
    """Any S3-compatible object store (AWS S3, MinIO, Ceph RGW, ...), through the MinIO SDK."""

    def __init__(self, endpoint: str, bucket: str, access_key: str, secret_key: str,
                 secure: bool = True, region: str | None = None):
        from minio import Minio

        self.bucket = bucket
        self.client = Minio(endpoint, access_key=access_key, secret_key=secret_key,
                            secure=secure, region=region)

    def _call(self, method, *args, **kwargs):
        from minio.error import MinioException
        from urllib3.exceptions import HTTPError

        try:
            return method(*args, **kwargs)
        except (MinioException, HTTPError, OSError) as error:
            if getattr(error, "code", None) in ("NoSuchKey", "NoSuchObject"):
                raise Missing(args[1] if len(args) > 1 else "") from error
            raise StorageError(f"object storage failed: {type(error).__name__}") from error

    def ensure_bucket(self) -> None:
        if not self._call(self.client.bucket_exists, self.bucket):
            self._call(self.client.make_bucket, self.bucket)

    def put(self, key: str, data: bytes, content_type: str) -> None:
        self._call(self.client.put_object, self.bucket, key, io.BytesIO(data), len(data),
                   content_type=content_type)

    def get(self, key: str) -> bytes:
        response = self._call(self.client.get_object, self.bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def delete(self, key: str) -> None:
        self._call(self.client.remove_object, self.bucket, key)

    def list_keys(self, prefix: str = "") -> list[str]:
        def listing():  # the listing is lazy: errors arrive while iterating
            objects = self.client.list_objects(self.bucket, prefix=prefix, recursive=True)
            return sorted(o.object_name for o in objects)

        return self._call(listing)


def from_config(config, instance_path: str) -> Storage:
    """The store the deployment configured (IMAGES_STORAGE: "local" or "s3")."""
    kind = config["IMAGES_STORAGE"]
    if kind == "s3":
        store = S3Storage(config["IMAGES_S3_ENDPOINT"], config["IMAGES_S3_BUCKET"],
                          config["IMAGES_S3_ACCESS_KEY"], config["IMAGES_S3_SECRET_KEY"],
                          secure=config["IMAGES_S3_SECURE"],
                          region=config["IMAGES_S3_REGION"])
        store.ensure_bucket()
        return store
    if kind != "local":
        raise ValueError(f"IMAGES_STORAGE must be 'local' or 's3', not {kind!r}")
    return LocalStorage(Path(instance_path) / config["IMAGES_DIR"])
