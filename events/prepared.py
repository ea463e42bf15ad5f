"""Statements PostgreSQL plans once per connection, for the few whose plan does not depend on
their values.

Django binds parameters on the client and turns psycopg's prepared statements off (for
connection poolers), so PostgreSQL plans every statement again. For the meeting page's first
statement (its six meetings, the related ones found by shared partners and programmes) the
planning is most of it: 1.9 ms a run, 0.6 ms prepared (docs/performance.md, round 7). Turned
on for every statement, prepared plans made others slower: after five runs PostgreSQL keeps a
generic plan, and the plan of every list filter at once depends on which city, chamber and
year it is given. So a block asks for it around the statements that gain from it.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connections


@contextmanager
def prepared(using: str):
    """Inside, the statements run on the `using` database are bound on the server and
    prepared at their first run (kept by psycopg per connection, by their text); outside, as
    before. Nothing changes on other databases."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    raw = connection.connection
    factory, threshold = raw.cursor_factory, raw.prepare_threshold
    raw.cursor_factory, raw.prepare_threshold = ServerBindingCursor, 0
    try:
        yield
    finally:
        raw.cursor_factory, raw.prepare_threshold = factory, threshold
