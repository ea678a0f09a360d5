"""The member's own data: a download of everything clinnet holds about them, closing their
account, and an admin's erasure on a member's request."""
