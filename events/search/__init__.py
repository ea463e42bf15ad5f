"""Full-text search over meetings, on PostgreSQL and on SQLite, with one answer.

Both engines index the same analysed terms (events.arabic.search_terms) and receive the same
parsed query (events.arabic.parse_query), so a query finds the same meetings on either. The
parts, each a module of this package:

- `document`: a meeting's analysed terms by weight (A title; B partners, programmes and
  places; C chamber, kind, venue, summary, people; D body);
- `index`: writing documents where each engine reads them (PostgreSQL's tsvector column,
  SQLite's FTS5 table), `index_meetings(ids)` after any write;
- `names`: every name of partners, programmes, chambers and places, for expanding a query to
  an entity's other names and correcting misspelt words;
- `query`: a reader's query as a boolean tree, written out as tsquery or FTS5;
- `engine`: the condition and rank a queryset gets (`search_meetings`, `rank_meetings`);
- `snippets`: the reader's words marked in a meeting's text.
"""

from events.search.document import MAX_POSITION, SEPARATOR, Document, build_document
from events.search.engine import rank_meetings, search_meetings
from events.search.index import (
    FTS_TABLE,
    FTS_VOCAB,
    index_meetings,
    meetings_related_to,
    meetings_to_index,
    reindex_all,
)
from events.search.names import invalidate_names, trigram_similarity
from events.search.query import PreparedQuery, prepare
from events.search.snippets import highlight, snippet

__all__ = [
    "FTS_TABLE",
    "FTS_VOCAB",
    "MAX_POSITION",
    "SEPARATOR",
    "Document",
    "PreparedQuery",
    "build_document",
    "highlight",
    "index_meetings",
    "invalidate_names",
    "meetings_related_to",
    "meetings_to_index",
    "prepare",
    "rank_meetings",
    "reindex_all",
    "search_meetings",
    "snippet",
    "trigram_similarity",
]
