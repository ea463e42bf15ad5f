"""The editors' admin: reference data, articles, meetings, and the import and review screens."""

from events.admin import meetings, reference  # noqa: F401  (registers the ModelAdmins)
