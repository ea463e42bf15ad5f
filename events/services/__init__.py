"""The portal's writes: importing articles, reviewing, publishing and deleting meetings, naming
partners and programmes.

Keyword-only functions, each one write (events.writes.meetings_write: one transaction and its
follow-ups), called alike by the admin and the management commands. Models stay plain: no
business rule lives in save() or in a signal.
"""

from events.services.meetings import (
    EVIDENCE_FIELDS,
    REVIEW_FIELDS,
    ImportResult,
    article_import,
    extraction_record,
    meeting_delete,
    meeting_publish,
    meeting_save,
    meeting_unpublish,
    meeting_update_from_review,
    meetings_delete,
)
from events.services.names import (
    meeting_attach_unknowns,
    meeting_resolve_name,
    partner_create_or_alias,
    programme_create_or_alias,
    unresolved_names,
)
from events.services.permissions import ServiceRefused, user_chambers
from events.writes import reference_changed, reference_delete

__all__ = [
    "EVIDENCE_FIELDS",
    "REVIEW_FIELDS",
    "ImportResult",
    "ServiceRefused",
    "article_import",
    "extraction_record",
    "meeting_attach_unknowns",
    "meeting_delete",
    "meeting_publish",
    "meeting_resolve_name",
    "meeting_save",
    "meeting_unpublish",
    "meeting_update_from_review",
    "meetings_delete",
    "partner_create_or_alias",
    "programme_create_or_alias",
    "reference_changed",
    "reference_delete",
    "unresolved_names",
    "user_chambers",
]
