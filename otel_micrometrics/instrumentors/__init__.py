"""Client-library instrumentors and the call lifecycle they share."""
