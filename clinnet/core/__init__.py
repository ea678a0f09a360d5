"""Cross-cutting pieces every feature uses; imports no feature package."""
