"""events.cache: pages, totals and facets are computed once per meetings version, and every
write path that a reader could see (services, admin, generator) makes a new version."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.cache import cache as django_cache
from django.urls import reverse

from bench.generation import generate
from events import cache, count_upkeep, counts, services
from events.models import Meeting, Partner, Region
from events.search import index_meetings
from tests.factories import make_meeting, make_user

pytestmark = pytest.mark.django_db

LIST = "/meetings/?region=souss-massa"


def _total(client, url: str = LIST) -> int:
    html = client.get(url).content.decode()
    return int(re.search(r"عدد اللقاءات: (\d+)", html).group(1))


def _facet(client, name: str, value: str, url: str = "/meetings/") -> int | None:
    html = client.get(url).content.decode()
    select = html.split(f'id="f-{name}"')[1].split("</select>")[0]
    found = re.search(rf'<option value="{value}"[^>]*>[^<]*\((\d+)\)', select)
    return int(found.group(1)) if found else None


@pytest.fixture
def souss(db):
    return [
        make_meeting(chamber="ccis-souss-massa", date=datetime.date(2024, 3, n)) for n in (1, 2)
    ]


def test_a_repeated_page_is_read_from_the_cache(client, souss):
    assert _total(client) == 2
    # A write that bypasses the services is not seen: the page comes from the cache.
    Meeting.objects.filter(pk=souss[0].pk).update(status=Meeting.Status.DRAFT)
    # The summary counts and search rows are current (as the services keep them); only the
    # cache is not told.
    counts.refresh(count_upkeep.keys_of([souss[0].pk]))
    index_meetings([souss[0].pk])
    assert _total(client) == 2
    cache.meetings_changed()
    assert _total(client) == 1


def test_publish_changes_the_counts_on_the_next_request(client, souss):
    draft = make_meeting(chamber="ccis-souss-massa", status=Meeting.Status.DRAFT)
    assert _total(client) == 2
    assert _facet(client, "region", "souss-massa") == 2
    services.meeting_publish(meeting=draft, user=None)
    assert _total(client) == 3
    assert _facet(client, "region", "souss-massa") == 3
    services.meeting_unpublish(meeting=draft, user=None)
    assert _total(client) == 2


def test_review_update_changes_the_facets(client, souss):
    oriental = Region.objects.get(slug="oriental")
    assert _facet(client, "region", "souss-massa") == 2
    services.meeting_update_from_review(meeting=souss[0], user=None, fields={"region": oriental})
    assert _facet(client, "region", "souss-massa") == 1


def test_partner_page_counts_follow_the_services(client, souss):
    partner = Partner.objects.get(slug="enabel")
    url = partner.get_absolute_url()
    assert "عدد اللقاءات: 0" in client.get(url).content.decode()
    services.meeting_update_from_review(
        meeting=souss[0], user=None, fields={}, partners=[(partner, "funder")]
    )
    assert "عدد اللقاءات: 1" in client.get(url).content.decode()


def test_admin_save_and_delete_make_a_new_version(client, souss):
    admin = make_user(superuser=True)
    client.force_login(admin)
    before = django_cache.get(cache.VERSION_KEY)
    response = client.post(
        reverse("admin:events_meeting_delete", args=[souss[0].pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert django_cache.get(cache.VERSION_KEY) != before
    client.logout()
    assert _total(client) == 1


def test_generator_makes_a_new_version(client, db):
    assert _total(client, "/meetings/") == 0
    generate(5, seed=3, batch_size=5, jobs=0)
    assert _total(client, "/meetings/") == Meeting.objects.published().count() > 0


def test_a_lost_version_forgets_every_entry(client, souss):
    assert _total(client) == 2
    Meeting.objects.filter(pk=souss[0].pk).update(status=Meeting.Status.DRAFT)
    # The summary counts and search rows are current (as the services keep them); only the
    # cache is not told.
    counts.refresh(count_upkeep.keys_of([souss[0].pk]))
    index_meetings([souss[0].pk])
    django_cache.delete(cache.VERSION_KEY)
    assert _total(client) == 1


def test_a_process_trusts_the_version_it_read_for_a_while(
    client, souss, settings, django_assert_num_queries
):
    settings.CACHE_VERSION_TRUST = 3600
    assert _total(client) == 2
    with django_assert_num_queries(0):
        assert client.get(LIST).status_code == 200
    # A write by another process: the shared version changes, this process has not read it.
    Meeting.objects.filter(pk=souss[0].pk).update(status=Meeting.Status.DRAFT)
    counts.refresh(count_upkeep.keys_of([souss[0].pk]))
    index_meetings([souss[0].pk])
    django_cache.set(cache.VERSION_KEY, "another-process", None)
    assert _total(client) == 2
    settings.CACHE_VERSION_TRUST = 0  # the trust has run out: read again
    assert _total(client) == 1


def test_a_write_in_this_process_is_seen_at_once(client, souss, settings):
    settings.CACHE_VERSION_TRUST = 3600
    assert _total(client) == 2
    services.meeting_unpublish(meeting=souss[0], user=None)
    assert _total(client) == 1


def test_cached_values_are_per_language_and_parts(db):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert cache.cached("t", ("a",), compute) == 1
    assert cache.cached("t", ("a",), compute) == 1
    assert cache.cached("t", ("b",), compute) == 2
    from django.utils import translation

    with translation.override("fr"):
        assert cache.cached("t", ("a",), compute) == 3


def test_a_page_with_a_message_is_not_kept(client, souss):
    # A page number past the end: the nearest page, with a message for this reader only.
    first = client.get(LIST + "&page=99").content.decode()
    assert "الصفحة المطلوبة غير موجودة" in first
    again = client.get(LIST + "&page=99").content.decode()
    assert "الصفحة المطلوبة غير موجودة" in again


@pytest.mark.parametrize(
    "url,window,total,note",
    [
        ("/meetings/?q=لقاء", 1, "أكثر من 1", True),
        ("/meetings/?q=لقاء", 2, "2", False),
        # Part of a year: no summary table holds it, but its total is an exact count.
        ("/meetings/?date_from=2024-03-01&date_to=2024-03-15", 1, "2", True),
        ("/meetings/?date_from=2024-03-01&date_to=2024-03-15", 2, "2", False),
    ],
    ids=["search-over-the-window", "search-within", "dates-over-the-window", "dates-within"],
)
def test_a_list_past_its_window_says_so(client, souss, monkeypatch, url, window, total, note):
    from events.filters import MeetingFilter

    monkeypatch.setattr(MeetingFilter, "window", window)
    html = client.get(url).content.decode()
    assert f"عدد اللقاءات: {total}</h2>" in html
    assert ('id="facet-note"' in html) == note
    # The facets count the newest `window` meetings only.
    assert _facet(client, "region", "souss-massa", url) == min(window, 2)


def test_relevance_ranks_the_newest_matches_only(db):
    from django.http import QueryDict

    from events.filters import meeting_filter

    make_meeting(chamber="ccis-souss-massa", date=datetime.date(2024, 3, 3), title="ورشة قديمة")
    newest = make_meeting(
        chamber="ccis-souss-massa", date=datetime.date(2024, 3, 9), title="ورشة حديثة"
    )
    filterset = meeting_filter(QueryDict("q=ورشة"))
    filterset.window, filterset.rank_in_window = 1, True
    assert list(filterset.qs) == [newest]
    assert meeting_filter(QueryDict("q=ورشة")).qs.count() == 2


def test_an_entry_of_another_format_is_computed_again(client, souss):
    assert _total(client) == 2
    # What an older deploy may have left under a key: read as a miss, then overwritten.
    for key in list(cache._local_pages._entries):
        version, _page = cache._local_pages._entries[key]
        django_cache.set(key, (version, ("text/html", b"not compressed")))
    cache._local_pages.clear()
    assert _total(client) == 2


def _cache_rows() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM multaqa_cache")
        return cursor.fetchone()[0]


def test_unknown_parameters_make_no_new_cache_entries(client, souss):
    assert _total(client) == 2
    rows = _cache_rows()
    for n in range(50):
        assert _total(client, f"{LIST}&utm_source=x{n}&fbclid={n}") == 2
    assert _cache_rows() == rows
    # A parameter the page reads is still a page of its own.
    assert _total(client, "/meetings/?region=souss-massa&kind=atlantis") == 0
    assert _cache_rows() > rows
