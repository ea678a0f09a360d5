"""Cases, threaded replies, the publication gate, feed and search."""
