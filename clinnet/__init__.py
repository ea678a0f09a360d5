"""clinnet: a walled discussion network for verified physicians."""
