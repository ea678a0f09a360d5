"""Staff screens that are not licence verification."""
