"""Meeting.category and Meeting.date_end: the model, the migration's mapping, and every public
output that uses them (list filter, facets in both languages, CSV, JSON, iCal, Atom, pages)."""

import csv
import datetime
import io

import icalendar
import pytest
from django.apps import apps
from django.db import IntegrityError, transaction
from django.http import QueryDict

from events import categories
from events.dates import format_range
from events.filters import meeting_filter
from events.migrations import _categories_0013 as frozen
from events.models import MAX_DAYS, Article, Chamber, Meeting
from events.search import index_meetings
from events.writes import meetings_write
from tests.events.test_categories import PHRASES
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

D = datetime.date


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def mix(db):
    return {
        "forum": make_meeting(
            title="منتدى جهوي للاستثمار",
            kind="منتدى جهوي",
            date=D(2016, 7, 22),
            date_end=D(2016, 7, 31),
        ),
        "training": make_meeting(
            title="دورة تكوينية للحرفيين", kind="دورة تكوينية", date=D(2016, 8, 5)
        ),
        "assembly": make_meeting(
            title="الدورة العادية لشهر أكتوبر", kind="الدورة العادية", date=D(2016, 10, 4)
        ),
        "spanning": make_meeting(
            title="معرض نهاية السنة", kind="معرض", date=D(2015, 12, 28), date_end=D(2016, 1, 3)
        ),
    }


# --- the model --------------------------------------------------------------------------------


def test_category_defaults_to_other_and_factories_categorise(db):
    assert Meeting._meta.get_field("category").default == "other"
    assert make_meeting(kind="يوم دراسي").category == "study-day"
    assert make_meeting().category == "other"


def test_date_end_before_the_date_is_refused_by_the_database(db):
    meeting = make_meeting(date=D(2016, 7, 22))
    meeting.date_end = D(2016, 7, 21)
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save(update_fields=["date_end"])


def test_date_end_without_a_date_is_refused_by_the_database(db):
    meeting = make_meeting(date=None)
    meeting.date_end = D(2016, 7, 21)
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save(update_fields=["date_end"])


def test_a_meeting_lasts_at_most_max_days(db):
    meeting = make_meeting(date=D(2016, 7, 1))
    meeting.date_end = D(2016, 7, 1) + datetime.timedelta(days=MAX_DAYS)
    with meetings_write([meeting.pk]):  # the search row holds date_end
        meeting.save(update_fields=["date_end"])
    meeting.date_end += datetime.timedelta(days=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save(update_fields=["date_end"])


def test_a_one_day_meeting_may_end_the_day_it_begins(db):
    meeting = make_meeting(date=D(2016, 7, 22))
    meeting.date_end = D(2016, 7, 22)
    with meetings_write([meeting.pk]):
        meeting.save(update_fields=["date_end"])


def test_the_constraint_message_is_the_readers(db):
    meeting = make_meeting(date=D(2016, 7, 22))
    meeting.date_end = D(2016, 7, 1)
    with pytest.raises(Exception) as refused:
        meeting.validate_constraints()
    assert "تاريخ النهاية" in str(refused.value)


# --- the data migration -----------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "slug"), PHRASES.items())
def test_the_frozen_mapping_gives_what_the_live_one_gives(phrase, slug):
    assert frozen.categorise(phrase) == slug == categories.categorise(phrase)


def test_migration_assigns_categories_from_phrases_and_article_text(db):
    from importlib import import_module

    migration = import_module("events.migrations.0013_meeting_categories")
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text="x",
        text="نظمت الغرفة دورة تكوينية لفائدة التعاونيات.",
        content_hash="h1",
        chamber=chamber,
    )
    by_phrase = make_meeting(kind="لقاء تواصلي", category="other")
    by_text = make_meeting(kind="دورة والتي", category="other", article=article)
    nothing = make_meeting(kind="", category="other")
    from types import SimpleNamespace

    from django.db import connection

    editor = SimpleNamespace(connection=connection)  # all the RunPython functions read
    migration.assign(apps, editor)
    migration.rebuild_counts(apps, editor)
    # The tables later migrations add are built by them, after this one: from these categories.
    for later in ("0017_partner_kind_count", "0022_kind_city_and_programme_kind_counts"):
        import_module(f"events.migrations.{later}").build(apps, editor)
    by_phrase.refresh_from_db(), by_text.refresh_from_db(), nothing.refresh_from_db()
    assert (by_phrase.category, by_text.category, nothing.category) == (
        "coordination-meeting",
        "training",
        "other",
    )
    filterset = meeting_filter(QueryDict("kind=training"))
    assert filterset.summary_total() == 1
    # Migration 0018, after this one, writes the search rows from the meetings as they are.
    index_meetings([by_phrase.pk, by_text.pk, nothing.pk])


# --- filters, facets and exports --------------------------------------------------------------


def test_list_filters_by_category_slug(client, mix):
    html = client.get("/meetings/?kind=training").content.decode()
    assert mix["training"].title in html
    assert mix["forum"].title not in html


@pytest.mark.parametrize("value", ["دورة تكوينية", "nonsense", "training'--"])
def test_an_unknown_kind_is_a_form_error_not_a_500(client, mix, value):
    response = client.get("/meetings/", {"kind": value})
    assert response.status_code in (200, 400)
    assert mix["training"].title not in response.content.decode()
    data = client.get("/meetings.json", {"kind": value}).json()
    assert data["count"] == 0 and "kind" in data["errors"]
    assert client.get("/meetings.csv", {"kind": value}).status_code in (200, 400)


def test_facets_show_categories_with_their_labels_in_both_languages(client, mix):
    html = client.get("/meetings/").content.decode()
    assert 'value="training"' in html and "دورة تكوينية أو ورشة" in html
    assert 'value="دورة تكوينية"' not in html
    french = client.get("/fr/meetings/").content.decode()
    assert 'value="training"' in french and "Formation ou atelier" in french
    assert "Session de l&#x27;assemblée générale" in french or (
        "Session de l'assemblée générale" in french
    )


def test_facets_never_show_a_free_phrase(db):
    make_meeting(kind="دورة والتي")
    make_meeting(kind="منتدى دولي يومي")
    facet = meeting_filter(QueryDict("")).facets()["kind"]
    assert {v.value for v in facet} <= set(categories.SLUGS)
    assert {v.value for v in facet} == {"general-assembly", "forum"}


def test_csv_has_the_category_and_its_labels_and_the_end_date(client, mix):
    text = body(client.get("/meetings.csv?kind=forum")).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["kind"] == "منتدى جهوي"  # the article's phrase, as before
    assert (row["category"], row["category_ar"], row["category_fr"]) == (
        "forum",
        "منتدى أو مؤتمر",
        "Forum ou conférence",
    )
    assert (row["date"], row["date_end"]) == ("2016-07-22", "2016-07-31")
    header = text.splitlines()[0].split(",")
    assert header[:14] == [
        *("id", "url", "title", "date", "time", "kind", "region", "chamber", "city", "venue"),
        *("partners", "programmes", "participants", "source"),
    ]


def test_json_has_the_category_and_its_labels_and_the_end_date(client, mix):
    [result] = client.get("/meetings.json?kind=forum").json()["results"]
    assert result["kind"] == "منتدى جهوي"
    assert result["category"] == "forum"
    assert result["category_ar"] == "منتدى أو مؤتمر"
    assert result["category_fr"] == "Forum ou conférence"
    assert result["date_end"] == "2016-07-31"
    [other] = client.get("/meetings.json?kind=training").json()["results"]
    assert other["date_end"] is None


# --- dates over several days ------------------------------------------------------------------


def test_a_meeting_overlapping_the_date_range_matches_it(client, mix):
    def titles(query):
        return {r["title"] for r in client.get(f"/meetings.json?{query}").json()["results"]}

    # 22-31 July: on during 25-26 July, and on 31 July; not after it.
    assert titles("date_from=2016-07-25&date_to=2016-07-26") == {mix["forum"].title}
    assert titles("date_from=2016-07-31&date_to=2016-07-31") == {mix["forum"].title}
    assert mix["forum"].title not in titles("date_from=2016-08-01")
    # A meeting from December into January counts in a filter from 1 January.
    assert mix["spanning"].title in titles("date_from=2016-01-01&date_to=2016-12-31")
    assert mix["spanning"].title in titles("date_to=2015-12-31")
    assert mix["spanning"].title not in titles("date_from=2016-01-04")
    # One of the longest: it began MAX_DAYS before the filter's first day.
    long = make_meeting(
        title="قافلة طويلة",
        kind="قافلة",
        date=D(2016, 3, 1),
        date_end=D(2016, 3, 1) + datetime.timedelta(days=MAX_DAYS),
    )
    assert long.title in titles(f"date_from={long.date_end.isoformat()}")
    assert long.title not in titles(
        f"date_from={(long.date_end + datetime.timedelta(1)).isoformat()}"
    )


def test_counts_of_an_overlapping_range_equal_the_live_query(mix):
    for query in (
        "date_from=2016-01-01",
        "date_from=2016-01-01&date_to=2016-12-31",
        "date_from=2016-01-02&kind=fair",
        "date_from=2016-07-25&date_to=2016-07-26",
    ):
        filterset = meeting_filter(QueryDict(query))
        filterset.form.is_valid()
        live = filterset.qs.count()
        assert filterset.summary_total() == live, query
        uncounted = meeting_filter(QueryDict(query))
        uncounted.summary = False
        facets = {k: [(v.value, v.count) for v in vs] for k, vs in filterset.facets().items()}
        live_facets = uncounted.facets()
        assert facets == {k: [(v.value, v.count) for v in vs] for k, vs in live_facets.items()}


def test_ranges_are_shown_with_the_month_said_once():
    assert format_range(D(2016, 7, 22), D(2016, 7, 31)) == "من 22 إلى 31 يوليوز 2016"
    assert format_range(D(2016, 7, 22), D(2016, 7, 31), "fr") == "du 22 au 31 juillet 2016"
    assert format_range(D(2016, 6, 28), D(2016, 7, 2)) == "من 28 يونيو إلى 2 يوليوز 2016"
    assert format_range(D(2016, 7, 1), D(2016, 7, 3), "fr") == "du 1er au 3 juillet 2016"
    assert format_range(D(2015, 12, 28), D(2016, 1, 3), "fr") == (
        "du 28 décembre 2015 au 3 janvier 2016"
    )
    assert format_range(D(2016, 7, 22), None) == "22 يوليوز 2016"
    assert format_range(D(2016, 7, 22), D(2016, 7, 22)) == "22 يوليوز 2016"


def test_pages_show_the_range_and_the_category(client, mix):
    meeting = mix["forum"]
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "من 22 إلى 31 يوليوز 2016" in html
    assert "منتدى أو مؤتمر" in html and "منتدى جهوي" in html
    assert "?kind=forum" in html
    french = client.get("/fr" + meeting.get_absolute_url()).content.decode()
    assert "du 22 au 31 juillet 2016" in french and "Forum ou conférence" in french
    listing = client.get("/meetings/?kind=forum").content.decode()
    assert "من 22 إلى 31 يوليوز 2016" in listing and "منتدى أو مؤتمر" in listing
    assert '"endDate": "2016-07-31"' in html


def test_ical_ends_the_day_after_the_last_day(client, mix):
    calendar = icalendar.Calendar.from_ical(body(client.get("/meetings.ics?kind=forum")))
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == D(2016, 7, 22)
    assert event.decoded("DTEND") == D(2016, 8, 1)
    assert "منتدى أو مؤتمر" in str(event.get("CATEGORIES").to_ical().decode())
    calendar = icalendar.Calendar.from_ical(body(client.get("/meetings.ics?kind=training")))
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTEND") == D(2016, 8, 6)


def test_atom_entries_carry_the_category_label(client, mix):
    xml = client.get("/meetings.atom?kind=forum").content.decode()
    assert 'term="منتدى أو مؤتمر"' in xml
    french = client.get("/fr/meetings.atom?kind=forum").content.decode()
    assert 'term="Forum ou conférence"' in french


# --- the import ---------------------------------------------------------------------------------


def test_import_sets_the_category_and_the_last_day_from_the_extraction(db):
    from events import services

    text = (
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة، في الفترة الممتدة من 22 إلى 31 "
        "يوليوز 2016، معرضا جهويا للمنتجات المحلية بمشاركة التعاونيات."
    )
    result = services.article_import(text=text, chamber=None, user=None)
    meeting = result.meeting
    assert meeting.category == "fair"
    assert meeting.kind  # the phrase stays the article's
    assert (meeting.date, meeting.date_end) == (D(2016, 7, 22), D(2016, 7, 31))
