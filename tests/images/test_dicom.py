"""DICOM: the header is de-identified by the Basic profile, the pixels are rendered with the
file's window, and members get a PNG, never the DICOM file."""

import io

import numpy as np
import pydicom
import pytest
from PIL import Image as PILImage

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import dicom, services
from clinnet.images.decode import ImageRejected, Limits
from tests.helpers import make_user
from tests.images import helpers

LIMITS = Limits(max_bytes=10**8, max_pixels=50_000_000, max_side=16_384)
IDENTIFYING = ("PatientName", "PatientID", "PatientBirthDate", "PatientAddress", "PatientAge",
               "OtherPatientIDs", "AccessionNumber", "ReferringPhysicianName", "InstitutionName",
               "StationName", "DeviceSerialNumber", "StudyDate", "StudyTime")


def test_the_basic_profile_removes_every_identifying_attribute():
    ds = helpers.dicom_dataset()
    old_study_uid = ds.StudyInstanceUID
    dicom.deidentify(ds)
    for keyword in IDENTIFYING:
        assert not ds.get(keyword), keyword
    assert 0x00091001 not in ds  # private tags
    assert "PersonName" not in ds.ContentSequence[0]  # names inside sequences
    assert ds.StudyInstanceUID != old_study_uid
    assert ds.StudyInstanceUID.startswith("2.25.")
    assert ds.PatientIdentityRemoved == "YES"
    assert ds.DeidentificationMethodCodeSequence[0].CodeValue == "113100"
    assert ds.Modality == "CT"
    assert ds.BodyPartExamined == "CHEST"
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    for needle in (b"KOWALSKI", b"MRN-4417", b"19610314", b"Springfield", b"HOUSE", b"JACKIE"):
        assert needle not in out.getvalue()


def test_the_window_from_the_file_is_applied():
    image, details = dicom.render(helpers.dicom_bytes(window=(40.0, 400.0)), LIMITS)
    pixels = np.asarray(image)
    assert image.mode == "L"
    assert image.size == (512, 512)
    assert pixels[0, 0] == 0  # air (-1000 HU) is below the soft-tissue window: black
    # 40 HU is the window's centre: mid-grey.
    assert 120 <= pixels[256, 256] <= 135
    assert details == {"modality": "CT", "body_part": "CHEST", "burned_in_annotation": False}


def test_without_a_window_the_full_range_is_used_and_monochrome1_is_inverted():
    image, _ = dicom.render(helpers.dicom_bytes(window=None), LIMITS)
    assert np.asarray(image)[0, 0] == 0
    assert np.asarray(image)[256, 256] == 255
    inverted, _ = dicom.render(helpers.dicom_bytes(window=None, photometric="MONOCHROME1"),
                               LIMITS)
    assert np.asarray(inverted)[0, 0] == 255
    assert np.asarray(inverted)[256, 256] == 0


@pytest.mark.parametrize(("data", "message"), [
    (helpers.dicom_bytes(with_pixels=False), "no image"),
    (helpers.dicom_bytes()[:2000], "damaged"),
])
def test_unusable_dicom_files_are_refused(data, message):
    with pytest.raises(ImageRejected, match=message):
        dicom.render(data, LIMITS)


def test_an_uploaded_dicom_is_stored_and_served_as_png_without_patient_data(app, client):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.dicom_bytes())
    assert image.source_format == "dicom"
    assert image.modality == "CT"
    services.finish(image, user, image.version)
    services.on_visible("case", 1)
    db.session.commit()
    for key in helpers.stored_keys():
        data = services.storage().get(key)
        assert data.startswith(b"\x89PNG")
        assert b"KOWALSKI" not in data
        assert b"MRN-4417" not in data
        with pytest.raises(pydicom.errors.InvalidDicomError):
            pydicom.dcmread(io.BytesIO(data))
    client.login_as(make_user(Role.PHYSICIAN))
    response = client.get(f"/images/{image.public_id}/full")
    assert response.headers["Content-Type"] == "image/png"
    assert PILImage.open(io.BytesIO(response.data)).size == (512, 512)
