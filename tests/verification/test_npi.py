import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinnet.verification.npi import luhn_check_digit, npi_check_digit, npi_problem


@pytest.mark.parametrize("npi", ["1234567893", "1245319599", "9990000009", "2990000004"])
def test_valid_npis_pass(npi):
    # 1234567893 is the worked example in CMS's NPI check-digit paper.
    assert npi_problem(npi) is None


@pytest.mark.parametrize("npi", ["1234567890", "1234567894", "1990000007"])
def test_a_wrong_last_digit_is_named(npi):
    assert npi_problem(npi) == "Check the number: its last digit does not match."


@pytest.mark.parametrize("npi", ["", "123456789", "12345678901", "12345678a3", "\uff11" * 10,
                                 " 1234567893"])
def test_anything_but_ten_ascii_digits_is_refused(npi):
    assert npi_problem(npi) == "An NPI is exactly 10 digits."


def test_check_digit_is_luhn_over_the_80840_prefix():
    assert npi_check_digit("123456789") == 3
    assert luhn_check_digit("80840123456789") == 3
    assert luhn_check_digit("7992739871") == 3  # the classic Luhn example


@given(st.text("0123456789", min_size=9, max_size=9), st.integers(0, 9), st.integers(1, 9))
def test_any_single_wrong_digit_is_caught(first_nine, position, shift):
    npi = first_nine + str(npi_check_digit(first_nine))
    assert npi_problem(npi) is None
    wrong = npi[:position] + str((int(npi[position]) + shift) % 10) + npi[position + 1:]
    assert npi_problem(wrong) is not None
