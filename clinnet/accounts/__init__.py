"""Members: registration, passwords, sign-in/out, lockout, roles and suspension."""
