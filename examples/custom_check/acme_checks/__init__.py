"""ACME's own checks, shipped as a package (see pyproject.toml's entry points)."""
