"""Real files for the image tests: JPEGs with EXIF and GPS, PNGs, HEIC, DICOM with patient
data, images with a burned-in name. All generated here; nothing is read from disk."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from clinnet.extensions import db
from clinnet.images import services
from tests.images.synthetic import font

PATIENT_NAME = "KOWALSKI^ANNA"
PATIENT_ID = "MRN-4417-2093"


def photo(size=(800, 600), colour=(180, 120, 100)) -> Image.Image:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((size[0] // 3, size[1] // 3, size[0] // 2, size[1] // 2),
                                  fill=(120, 60, 50))
    return image


def with_name(size=(1000, 700), text="SMITH, JOHN  DOB 03/14/1961") -> Image.Image:
    image = Image.new("RGB", size, (30, 30, 30))
    ImageDraw.Draw(image).text((40, 40), text, fill=(235, 235, 235), font=font(0, 36))
    ImageDraw.Draw(image).ellipse((300, 250, 700, 600), fill=(150, 150, 150))
    return image


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0xA431] = "SERIAL-0042-XYZ"  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (42.0, 21.0, 30.0)
    gps[3], gps[4] = "W", (71.0, 3.0, 40.0)
    return exif


def jpeg_bytes(image: Image.Image | None = None, orientation: int = 1, **extra) -> bytes:
    out = io.BytesIO()
    extra.setdefault("quality", 90)
    (image or photo()).save(out, "JPEG", exif=exif_with_gps(orientation),
                            comment=b"patient Anna Kowalski", **extra)
    return out.getvalue()


def png_bytes(image: Image.Image | None = None) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "patient Anna Kowalski")
    out = io.BytesIO()
    (image or photo()).save(out, "PNG", pnginfo=info, exif=exif_with_gps())
    return out.getvalue()


def heic_bytes(image: Image.Image | None = None) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()  # so the tests can look at what they made
    out = io.BytesIO()
    heif = pillow_heif.from_pillow(image or photo())
    heif.save(out, quality=80, exif=exif_with_gps().tobytes())
    return out.getvalue()


def dicom_dataset(pixels: np.ndarray | None = None, window=(40.0, 400.0), with_pixels=True,
                  photometric="MONOCHROME2"):
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.sequence import Sequence
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientName, ds.PatientID = PATIENT_NAME, PATIENT_ID
    ds.PatientBirthDate, ds.PatientSex, ds.PatientAge = "19610314", "F", "062Y"
    ds.PatientAddress = "12 Elm Street, Springfield"
    ds.OtherPatientIDs = "SSN 123-45-6789"
    ds.StudyDate, ds.StudyTime, ds.AccessionNumber = "20230314", "104200", "ACC99812"
    ds.ReferringPhysicianName = "HOUSE^GREGORY"
    ds.InstitutionName, ds.StationName = "Springfield General", "CT-ROOM-2"
    ds.DeviceSerialNumber = "SN-445566"
    ds.Modality, ds.BodyPartExamined = "CT", "CHEST"
    ds.add_new(0x00091001, "LO", "private vendor note: Anna Kowalski")
    person = Dataset()
    person.PersonName = "NURSE^JACKIE"
    ds.ContentSequence = Sequence([person])
    if with_pixels:
        if pixels is None:
            pixels = np.full((512, 512), -1000, dtype=np.int16)
            pixels[128:384, 128:384] = 40  # soft tissue square inside air
        ds.Rows, ds.Columns = pixels.shape
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, photometric
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.RescaleIntercept, ds.RescaleSlope = 0, 1
        if window:
            ds.WindowCenter, ds.WindowWidth = window
        ds.PixelData = pixels.astype(np.int16).tobytes()
    return ds


def dicom_bytes(**kwargs) -> bytes:
    out = io.BytesIO()
    dicom_dataset(**kwargs).save_as(out, enforce_file_format=True)
    return out.getvalue()


def upload(user, data: bytes, kind="case", post_id=1):
    image = services.upload(user, kind, post_id, data)
    db.session.commit()
    return image


def stored_keys() -> list[str]:
    return services.storage().list_keys()


def has_metadata(data: bytes) -> list[str]:
    """What a stored or served file carries besides pixels (empty when clean)."""
    found = []
    image = Image.open(io.BytesIO(data))
    if image.getexif():
        found.append("exif")
    for key in ("icc_profile", "comment", "xmp", "exif", "Comment", "photoshop"):
        if image.info.get(key):
            found.append(key)
    if b"Kowalski" in data or b"SERIAL-0042" in data or b"PhoneMaker" in data:
        found.append("text")
    return found


def analyse_once(monkeypatch, data: bytes) -> None:
    """Races: OCR takes about a second before an upload reaches its lock, so the other request
    would win every trial; reading the image once up front lets either come first."""
    from clinnet.images import decode

    analysis = services.analyse(decode.decode(data, services.limits()).image)
    monkeypatch.setattr(services, "analyse", lambda pixels: analysis)


def published_with_a_missed_name(author):
    """A case published with an image whose burned-in name an older detector missed: the
    image is finished and served, and marked as read by other engines (for `deid rescan`)."""
    from clinnet.cases import posts
    from clinnet.cases.models import Case
    from clinnet.images.models import Image as ImageRow
    from tests.cases.factories import make_case

    case = make_case(author, publish=False)
    image = upload(author, png_bytes(with_name()), post_id=case.id)
    image.regions.clear()  # as if an older detector had missed the name
    db.session.commit()
    posts.publish(db.session.get(Case, case.id), author, db.session.get(Case, case.id).version)
    image = db.session.get(ImageRow, image.id)
    image.analysed_with = "an older detector"
    db.session.commit()
    return case, image
