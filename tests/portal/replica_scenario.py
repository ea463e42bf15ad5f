"""Run by test_replica.py in a process of its own, whose settings name the private primary
(DATABASE_URL) and replica (DATABASE_REPLICA_URL): an editor publishes a draft in the admin
while the replica's replay is paused, and each reader says what it saw and which database it
read. Prints one JSON object of observations; the test asserts on them."""

from __future__ import annotations

import json
import sys
import time

import django


def main() -> None:
    django.setup()
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from events import cache
    from tests.factories import make_meeting, make_user
    from tests.portal.cluster import Cluster

    cluster = Cluster(*json.loads(sys.argv[1]))
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    for n in range(3):
        make_meeting(title=f"لقاء منشور {n}")
    draft = make_meeting(title="لقاء ينتظر النشر", status="draft")
    editor = make_user(superuser=True)
    lag = float(sys.argv[2])
    cache.current_version()  # made now, by the first reader otherwise
    time.sleep(lag)  # the version the load made is no longer fresh
    cluster.wait_for_replay()
    seen: dict[str, dict] = {}

    def visit(name: str, client: Client, url: str) -> None:
        with (
            CaptureQueriesContext(connections["default"]) as primary,
            CaptureQueriesContext(connections["replica"]) as replica,
        ):
            response = client.get(url)
        body = response.json() if url.startswith("/api/") else {}
        seen[name] = {
            "status": response.status_code,
            "count": body.get("count"),
            "html": response.content.decode() if not body else "",
            "primary_meeting_reads": sum("events_meeting" in (q["sql"] or "") for q in primary),
            "replica_meeting_reads": sum("events_meeting" in (q["sql"] or "") for q in replica),
        }

    reader, writer = Client(), Client()
    writer.force_login(editor)
    visit("before", reader, "/api/v1/meetings/?sort=date")

    cluster.replica_sql("SELECT pg_wal_replay_pause()")
    response = writer.post(
        "/admin/events/meeting/",
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    seen["publish"] = {"status": response.status_code}
    # Within the lag: the editor, and every reader (the version is fresh), read the primary.
    visit("editor_at_once", writer, "/api/v1/meetings/?sort=-date")
    visit("reader_at_once", reader, "/api/v1/meetings/?sort=relevance")
    visit("admin", writer, "/admin/events/meeting/")
    time.sleep(lag)
    # After it, with the replica still paused: readers read the replica, which has not
    # replayed the publication yet; so does the editor, whose writes are older than the lag.
    visit("reader_later", reader, "/api/v1/meetings/?region=oriental")
    visit("editor_later", writer, "/api/v1/meetings/?chamber=ccis-oriental")
    # A request that writes, without changing any meeting: only its client reads the primary.
    writer.post("/i18n/setlang/", {"language": "ar", "next": "/"})
    visit("editor_after_post", writer, "/api/v1/meetings/?date_to=2100-01-01")
    visit("reader_meanwhile", reader, "/api/v1/meetings/?date_from=1990-01-01")
    cluster.replica_sql("SELECT pg_wal_replay_resume()")
    cluster.wait_for_replay()
    visit("reader_replayed", reader, "/api/v1/meetings/?date_from=2000-01-01")
    for name in seen:
        seen[name]["html"] = "لقاء ينتظر النشر" in seen[name].get("html", "")
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
