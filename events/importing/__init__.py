"""Turning what an editor or a script hands in (bytes, HTML, .docx, a URL) into article text.

Every refusal is an `ImportRefused` carrying a message in Arabic that can be shown as is.
"""

from events.importing.read import Source, read_bytes, read_text, read_url
from events.importing.validate import ImportRefused

__all__ = ["ImportRefused", "Source", "read_bytes", "read_text", "read_url"]
