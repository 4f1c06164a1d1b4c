"""Search registrations of the training section (each part keeps its own)."""

from workshops.training import search as training_search  # noqa: F401
