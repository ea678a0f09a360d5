"""The NPI check digit (CMS: the Luhn formula over the issuer prefix 80840 + the first 9 digits)."""

from __future__ import annotations

NPI_PREFIX = "80840"  # the ISO 7812 issuer prefix CMS assigned to the NPI


def luhn_check_digit(payload: str) -> int:
    """The digit that makes `payload + digit` pass the Luhn check."""
    total = 0
    # Walking from the right, the first payload digit is the one doubled (the check digit follows).
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def npi_check_digit(first_nine: str) -> int:
    """The tenth digit of an NPI whose first nine digits are `first_nine`."""
    return luhn_check_digit(NPI_PREFIX + first_nine)


def npi_problem(value: str) -> str | None:
    """Why `value` is not a well-formed NPI, in words for the applicant, or None if it is one."""
    if len(value) != 10 or not value.isascii() or not value.isdigit():
        return "An NPI is exactly 10 digits."
    if int(value[9]) != npi_check_digit(value[:9]):
        return "Check the number: its last digit does not match."
    return None


def is_valid_npi(value: str) -> bool:
    return npi_problem(value) is None
