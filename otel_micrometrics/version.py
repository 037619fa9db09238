"""The package version, single-sourced here (read by the build backend)."""

__version__ = "0.1.0"
