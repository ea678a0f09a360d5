"""The fixed list of specialties: licence applications, case tags and subscriptions share it."""

from __future__ import annotations

SPECIALTIES: dict[str, str] = {
    "allergy-immunology": "Allergy & immunology",
    "anesthesiology": "Anesthesiology",
    "cardiology": "Cardiology",
    "critical-care": "Critical care",
    "dermatology": "Dermatology",
    "emergency-medicine": "Emergency medicine",
    "endocrinology": "Endocrinology",
    "family-medicine": "Family medicine",
    "gastroenterology": "Gastroenterology",
    "general-surgery": "General surgery",
    "geriatrics": "Geriatrics",
    "hematology-oncology": "Hematology & oncology",
    "infectious-disease": "Infectious disease",
    "internal-medicine": "Internal medicine",
    "nephrology": "Nephrology",
    "neurology": "Neurology",
    "neurosurgery": "Neurosurgery",
    "obstetrics-gynecology": "Obstetrics & gynecology",
    "ophthalmology": "Ophthalmology",
    "orthopedic-surgery": "Orthopedic surgery",
    "otolaryngology": "Otolaryngology",
    "pathology": "Pathology",
    "pediatrics": "Pediatrics",
    "physical-medicine": "Physical medicine & rehabilitation",
    "psychiatry": "Psychiatry",
    "pulmonology": "Pulmonology",
    "radiology": "Radiology",
    "rheumatology": "Rheumatology",
    "urology": "Urology",
    "vascular-surgery": "Vascular surgery",
    "other": "Other",
}


def specialty_choices() -> list[tuple[str, str]]:
    return list(SPECIALTIES.items())


def specialty_label(slug: str) -> str:
    return SPECIALTIES.get(slug, slug)
