"""Licence verification: the only code that makes a member a verified physician."""
