"""DICOM: de-identify the header (PS3.15 Annex E, Basic Application Level Confidentiality
Profile) and render the pixels, windowed, to an ordinary image. Members never get a DICOM file.

The action table follows PS3.15 Table E.1-1's "Basic Profile" column (the `deid` project's
recipes were the cross-check). Where the standard allows a choice (X/Z, Z/D, X/Z/D) the
attribute is emptied if the IOD requires its presence and removed otherwise. Three nets catch
what a table can miss: every private tag, curve and overlay group goes; every person name (PN)
goes; every date or time that is not on the short list of technical ones goes.
"""

from __future__ import annotations

import hashlib
import io

import numpy as np
from PIL import Image

from clinnet.images.decode import ImageRejected, Limits, check_size


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PROFILE = "DICOM PS3.15 E.1 Basic Application Level Confidentiality Profile"
_CODE_BASIC_PROFILE = ("113100", "DCM", "Basic Application Confidentiality Profile")
# Emptied rather than removed: Type 2 attributes of the common image IODs.
EMPTY = _words("""
AccessionNumber ContentDate ContentTime PatientBirthDate PatientID PatientName PatientSex
ReferringPhysicianName StudyDate StudyID StudyTime ContentCreatorName
""")
REMOVE = _words("""
AcquisitionComments AcquisitionContextSequence AcquisitionDate AcquisitionDateTime
AcquisitionDeviceProcessingDescription AcquisitionTime ActualHumanPerformersSequence
AdditionalPatientHistory AdmissionID AdmittingDate AdmittingDiagnosesCodeSequence
AdmittingDiagnosesDescription AdmittingTime Allergies Arbitrary AuthorObserverSequence
BranchOfService CassetteID CommentsOnThePerformedProcedureStep
ConfidentialityConstraintOnPatientDataDescription ContentCreatorIdentificationCodeSequence
ContributionDescription CountryOfResidence CurrentPatientLocation CurveDate CurveTime
CustodialOrganizationSequence DataSetTrailingPadding DerivationDescription DetectorID
DeviceSerialNumber DigitalSignaturesSequence DischargeDiagnosisDescription DistributionAddress
DistributionName EthnicGroup FrameComments GantryID GeneratorID GraphicAnnotationSequence
HumanPerformerName HumanPerformerOrganization IconImageSequence IdentifyingComments
ImageComments ImagePresentationComments ImagingServiceRequestComments Impressions
InstanceCreationDate InstanceCreationTime InstitutionAddress InstitutionCodeSequence
InstitutionName InstitutionalDepartmentName InsurancePlanIdentification
IntendedRecipientsOfResultsIdentificationSequence InterpretationApproverSequence
InterpretationAuthor InterpretationDiagnosisDescription InterpretationIDIssuer
InterpretationRecorder InterpretationText InterpretationTranscriber IssuerOfAdmissionID
IssuerOfPatientID IssuerOfServiceEpisodeID LastMenstrualDate MedicalAlerts
MedicalRecordLocator MilitaryRank ModifiedAttributesSequence ModifiedImageDescription
ModifyingDeviceID ModifyingDeviceManufacturer NameOfPhysiciansReadingStudy
NamesOfIntendedRecipientsOfResults Occupation OperatorIdentificationSequence OperatorsName
OrderCallbackPhoneNumber OrderEnteredBy OrderEntererLocation OriginalAttributesSequence
OtherPatientIDs OtherPatientIDsSequence OtherPatientNames OverlayComments OverlayDate
OverlayTime ParticipantSequence PatientAddress PatientAge PatientBirthName PatientBirthTime
PatientComments PatientInsurancePlanCodeSequence PatientMotherBirthName
PatientPrimaryLanguageCodeSequence PatientPrimaryLanguageModifierCodeSequence
PatientReligiousPreference PatientSexNeutered PatientSize PatientState
PatientTelephoneNumbers PatientTransportArrangements PatientWeight PerformedLocation
PerformedProcedureStepDescription PerformedProcedureStepEndDate PerformedProcedureStepEndTime
PerformedProcedureStepID PerformedProcedureStepStartDate PerformedProcedureStepStartTime
PerformedStationAETitle PerformedStationGeographicLocationCodeSequence PerformedStationName
PerformedStationNameCodeSequence PerformingPhysicianIdentificationSequence
PerformingPhysicianName PersonAddress PersonIdentificationCodeSequence PersonName
PersonTelephoneNumbers PhysicianApprovingInterpretation PhysiciansOfRecord
PhysiciansOfRecordIdentificationSequence PhysiciansReadingStudyIdentificationSequence
PreMedication PregnancyStatus ProtocolName ReasonForStudy ReasonForTheImagingServiceRequest
ReferencedDigitalSignatureSequence ReferencedPatientAliasSequence ReferencedPatientSequence
ReferencedPerformedProcedureStepSequence ReferencedSOPInstanceMACSequence
ReferencedStudySequence ReferringPhysicianAddress ReferringPhysicianIdentificationSequence
ReferringPhysicianTelephoneNumbers RegionOfResidence RequestAttributesSequence
RequestedContrastAgent RequestedProcedureComments RequestedProcedureDescription
RequestedProcedureID RequestedProcedureLocation RequestingPhysician RequestingService
ResponsibleOrganization ResponsiblePerson ResultsComments ResultsDistributionListSequence
ResultsIDIssuer ReviewerName ScheduledHumanPerformersSequence
ScheduledPatientInstitutionResidence ScheduledPerformingPhysicianIdentificationSequence
ScheduledPerformingPhysicianName ScheduledProcedureStepEndDate ScheduledProcedureStepEndTime
ScheduledProcedureStepLocation ScheduledProcedureStepStartDate ScheduledProcedureStepStartTime
ScheduledStationAETitle ScheduledStationGeographicLocationCodeSequence ScheduledStationName
ScheduledStationNameCodeSequence ServiceEpisodeDescription ServiceEpisodeID SeriesDate
SeriesDescription SeriesTime SmokingStatus SourceImageSequence SpecialNeeds StationName
StudyComments StudyDescription StudyIDIssuer TextComments TextString TimezoneOffsetFromUTC
TopicAuthor TopicKeywords TopicSubject TopicTitle VerifyingObserverIdentificationCodeSequence
VerifyingObserverName VerifyingObserverSequence VerifyingOrganization VisitComments
FillerOrderNumberImagingServiceRequest PlacerOrderNumberImagingServiceRequest
""")
# UIDs that name a kind of thing, not an instance: kept. Every other UI value is replaced.
CLASS_UIDS = _words("""
SOPClassUID MediaStorageSOPClassUID TransferSyntaxUID ImplementationClassUID
ReferencedSOPClassUID ReferencedSOPClassUIDInFile CodingSchemeUID
RelatedGeneralSOPClassUID OriginalSpecializedSOPClassUID
""")
# Dates and times that describe the equipment, not the patient or the visit.
TECHNICAL_DATES = frozenset({"DateOfLastCalibration", "TimeOfLastCalibration"})
_UID_ROOT = "2.25."  # UUID-derived UIDs (PS3.5 B.2) need no registered root


def deidentify(ds, salt: bytes = b"") -> None:
    """Apply the Basic profile to a pydicom Dataset in place (sequences included)."""
    ds.remove_private_tags()
    _walk(ds, salt)
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = PROFILE
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = _CODE_BASIC_PROFILE
    ds.DeidentificationMethodCodeSequence = Sequence([code])
    if "file_meta" in ds.__dict__ and ds.file_meta is not None and "SOPInstanceUID" in ds:
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID


def _walk(ds, salt: bytes) -> None:
    for element in list(ds):
        group = element.tag.group
        keyword = element.keyword
        if (0x5000 <= group <= 0x50FF) or (0x6000 <= group <= 0x60FF and element.tag.element
                                           in (0x3000, 0x4000)):
            del ds[element.tag]  # curves; overlay data and comments can carry burned-in text
        elif keyword in EMPTY:
            element.value = None if element.VR == "SQ" else ""
        elif keyword in REMOVE:
            del ds[element.tag]
        elif element.VR == "UI" and keyword not in CLASS_UIDS and element.value:
            element.value = _new_uid(element.value, salt)
        elif element.VR == "PN" or (element.VR in ("DA", "DT", "TM")
                                    and keyword not in TECHNICAL_DATES):
            del ds[element.tag]
        elif element.VR == "SQ":
            for item in element.value:
                _walk(item, salt)


def _new_uid(value, salt: bytes) -> str | list[str]:
    """The same original UID always maps to the same new one (links inside a study survive)."""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return [_new_uid(v, salt) for v in value]
    digest = hashlib.sha256(salt + str(value).encode()).digest()[:16]
    return _UID_ROOT + str(int.from_bytes(digest, "big"))


def read(data: bytes):
    """Parse a DICOM Part 10 file, or raise ImageRejected."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        return pydicom.dcmread(io.BytesIO(data))
    except (InvalidDicomError, OSError, ValueError, KeyError, TypeError, EOFError) as error:
        raise ImageRejected("The DICOM file could not be read; it may be damaged.") from error


def render(data: bytes, limits: Limits, salt: bytes = b"") -> tuple[Image.Image, dict]:
    """De-identify, then return the windowed pixels as an 8-bit image and safe details."""
    ds = read(data)
    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        raise ImageRejected("This DICOM file holds no image (no pixel data).")
    deidentify(ds, salt)
    rows, columns = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
    check_size(columns, rows, limits)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if rows * columns * frames > limits.max_pixels * 4:
        raise ImageRejected("The DICOM series is too large; upload the one image you need.")
    try:
        pixels = ds.pixel_array
    except (NotImplementedError, RuntimeError) as error:
        syntax = getattr(ds.file_meta, "TransferSyntaxUID", None)
        name = getattr(syntax, "name", "this compression")
        raise ImageRejected(f"The DICOM image is compressed with {name}, which clinnet cannot "
                            "read yet; export it uncompressed.") from error
    except (ValueError, AttributeError, KeyError, TypeError, OSError) as error:
        raise ImageRejected("The DICOM pixel data is incomplete or damaged.") from error
    if frames > 1:
        pixels = pixels[frames // 2]  # the middle frame of a cine loop or stack
    image = _to_image(ds, pixels)
    details = {
        "modality": str(ds.get("Modality", "") or "")[:16],
        "body_part": str(ds.get("BodyPartExamined", "") or "")[:64],
        "burned_in_annotation": str(ds.get("BurnedInAnnotation", "") or "").upper() == "YES",
    }
    return image, details


def _to_image(ds, pixels: np.ndarray) -> Image.Image:
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2"))
    if pixels.ndim == 3 and pixels.shape[-1] == 3:  # RGB (pydicom converts YBR for us)
        rgb = pixels.astype(np.float64)
        if pixels.dtype != np.uint8:
            rgb = rgb * 255.0 / max(float(rgb.max()), 1.0)
        return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if pixels.ndim != 2:
        raise ImageRejected("The DICOM image has a layout clinnet cannot show.")
    from pydicom.pixels import apply_modality_lut, apply_voi_lut

    values = apply_modality_lut(pixels, ds).astype(np.float64)
    low, high = _window(ds, values)
    if low is None and "VOILUTSequence" in ds:
        values = apply_voi_lut(pixels, ds).astype(np.float64)
        low, high = float(values.min()), float(values.max())
    if low is None:
        low, high = (float(v) for v in np.percentile(values, (0.5, 99.5)))
    span = max(high - low, 1e-6)
    scaled = np.clip((values - low) / span, 0.0, 1.0) * 255.0
    if photometric == "MONOCHROME1":
        scaled = 255.0 - scaled  # MONOCHROME1 shows low values as white
    return Image.fromarray(np.round(scaled).astype(np.uint8), "L")


def _window(ds, values) -> tuple[float | None, float | None]:
    """The first window (centre/width, PS3.3 C.11.2.1.2) as the value range it shows."""
    centre, width = ds.get("WindowCenter"), ds.get("WindowWidth")
    if centre is None or width is None:
        return None, None
    try:
        centre = float(centre[0] if _is_multi(centre) else centre)
        width = float(width[0] if _is_multi(width) else width)
    except (TypeError, ValueError, IndexError):
        return None, None
    if width < 1:
        return None, None
    return centre - 0.5 - (width - 1) / 2, centre - 0.5 + (width - 1) / 2


def _is_multi(value) -> bool:
    return isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue"

