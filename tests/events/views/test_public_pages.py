"""What a citizen and a journalist read: search excerpts, short addresses, the meeting page,
French names and the site's own error pages."""

import datetime
import re
from pathlib import Path

import icalendar
import pytest
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone

from events.search import index_meetings
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# Search results ---------------------------------------------------------------------------


def test_search_results_mark_the_matched_words_in_title_and_excerpt(client, demo):
    html = text(client.get("/meetings/?q=التعاونيات"))
    row = html[html.index('class="meeting-row"') :]
    row = row[: row.index("</li>")]
    # The title and the passage of the text, each with the word the search matched.
    assert re.search(r'class="meeting-title"[^>]*>[^<]*<mark>التعاونيات</mark>', row)
    assert re.search(r'class="excerpt"[^>]*>.*<mark>التعاونيات</mark>', row)


def test_search_marks_what_the_analysis_matched_not_only_the_typed_form(client, db):
    meeting = make_meeting(
        title="لقاء تواصلي بأكادير", body="ناقش اللقاء آفاق تصدير المنتجات المحلية نحو أوروبا."
    )
    index_meetings([meeting.pk])
    html = text(client.get("/meetings/", {"q": "التصدير"}))
    # No "التصدير" in the text: the analysis matches "تصدير", and that is what is marked.
    assert "<mark>تصدير</mark>" in html
    assert "<mark>" not in html[: html.index('class="meetings"')]


def test_no_excerpt_without_a_search(client, demo):
    html = text(client.get("/meetings/"))
    assert 'class="excerpt"' not in html
    assert "<mark>" not in html


def test_search_results_escape_the_meetings_text(client, db):
    meeting = make_meeting(
        title='<img src=x onerror="alert(1)"> DELIO',
        body="<script>alert('x')</script> برنامج DELIO & <b>الشركاء</b>",
    )
    index_meetings([meeting.pk])
    html = text(client.get("/meetings/", {"q": "DELIO"}))
    assert "<mark>DELIO</mark>" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>الشركاء</b>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x" in html


# Short addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked,answer",
    [
        (
            "/meetings/?q=&region=souss-massa&province=&city=&chamber=&partner=&programme="
            "&kind=&date_from=&date_to=&sort=-date",
            "/meetings/?region=souss-massa",
        ),
        ("/meetings/?q=&sort=-date", "/meetings/"),
        ("/meetings/?q=delio&sort=relevance&page=1", "/meetings/?q=delio"),
        ("/meetings/?sort=relevance", "/meetings/"),
        ("/fr/meetings/?region=oriental&city=", "/fr/meetings/?region=oriental"),
        ("/regions/oriental/?sort=-date&q=+", "/regions/oriental/"),
        ("/partners/enabel/?page=1", "/partners/enabel/"),
    ],
)
def test_a_list_with_empty_or_default_parameters_redirects_without_them(
    client, demo, asked, answer
):
    response = client.get(asked)
    assert response.status_code == 302
    assert response["Location"] == answer
    assert client.get(answer).status_code == 200


@pytest.mark.parametrize(
    "url", ["/meetings/?region=oriental", "/meetings/?q=delio&sort=-date", "/meetings/?sort=date"]
)
def test_a_list_with_only_chosen_parameters_answers_at_once(client, demo, url):
    assert client.get(url).status_code == 200


def test_the_filter_form_leaves_empty_fields_out_with_its_script(client, demo):
    html = text(client.get("/meetings/"))
    assert "data-clean-query" in html
    assert re.search(r'<script src="/static/js/list\.js" defer></script>', html)
    # The page holds no script of its own (a strict Content-Security-Policy runs it).
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)", html)


# The meeting page ------------------------------------------------------------------------


def _article(meeting, **fields):
    """The meeting's source article, written as the importer does (its search text too)."""
    from events.models import Article
    from events.writes import meetings_write

    with meetings_write([meeting.pk]):
        meeting.article = Article.objects.create(
            raw_text="نص.",
            text="نص.",
            content_hash=f"hash-{meeting.pk}",
            chamber=meeting.chamber,
            **fields,
        )
        meeting.save()
    return meeting.article


def test_meeting_page_says_nothing_of_an_unknown_source(client, db):
    meeting = make_meeting(title="لقاء بلا مصدر معروف", body="نص.")
    _article(meeting, source_url="", outlet="")
    html = text(client.get(meeting.get_absolute_url()))
    assert "غير معروف" not in html
    assert "المصدر:" not in html


def test_meeting_page_names_a_known_source(client, db):
    meeting = make_meeting(title="لقاء بمصدر", body="نص.")
    _article(meeting, source_url="https://example.org/a", outlet="هسبريس")
    html = text(client.get(meeting.get_absolute_url()))
    assert re.search(r'المصدر: <a href="https://example.org/a"[^>]*>هسبريس</a>', html)


def test_article_text_is_in_paragraphs(client, db):
    meeting = make_meeting(
        title="لقاء بفقرات", body="الفقرة الأولى.\n\nالفقرة الثانية.\nالفقرة الثالثة.\n \n"
    )
    html = text(client.get(meeting.get_absolute_url()))
    text_block = html[html.index('class="body"') :]
    text_block = text_block[: text_block.index("</div>")]
    assert re.findall(r"<p>([^<]*)</p>", text_block) == [
        "الفقرة الأولى.",
        "الفقرة الثانية.",
        "الفقرة الثالثة.",
    ]
    assert "<br>" not in text_block


def test_one_meeting_as_a_calendar_of_one_event(client, demo):
    meeting = demo["oriental"]
    html = text(client.get(meeting.get_absolute_url()))
    link = f'href="/meetings/{meeting.pk}.ics"'
    assert link in html
    response = client.get(f"/meetings/{meeting.pk}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(body(response))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == meeting.title
    assert events[0]["UID"] == f"meeting-{meeting.pk}@testserver"
    assert events[0].decoded("DTSTART").date() == datetime.date(2025, 9, 23)
    assert str(calendar["X-WR-CALNAME"]).startswith("ملتقى — ")


def test_an_undated_or_unpublished_meeting_has_no_calendar(client, demo):
    undated = demo["casablanca"]
    assert client.get(f"/meetings/{undated.pk}.ics").status_code == 404
    assert f"/meetings/{undated.pk}.ics" not in text(client.get(undated.get_absolute_url()))
    assert client.get(f"/meetings/{demo['draft'].pk}.ics").status_code == 404


def test_home_shows_no_empty_upcoming_box(client, demo):
    html = text(client.get("/"))
    assert "اللقاءات المقبلة" not in html
    assert "لا توجد لقاءات مقبلة" not in html


def test_home_shows_upcoming_meetings_when_there_are(client, demo):
    upcoming = make_meeting(
        title="لقاء مقبل", date=timezone.localdate() + datetime.timedelta(days=3)
    )
    html = text(client.get("/"))
    assert "اللقاءات المقبلة" in html
    assert upcoming.title in html


def test_home_cards_give_date_place_chamber_and_partners(client, demo):
    html = text(client.get("/"))
    title = html.index(demo["oriental"].title)
    card = html[html.rindex('<li class="meeting-row">', 0, title) :]
    card = card[: card.index("</li>")]
    assert '<time class="when" datetime="2025-09-23">23 شتنبر 2025</time>' in card
    assert "وجدة" in card and "الشرق" in card
    assert demo["oriental"].chamber.name in card
    assert "برنامج الأمم المتحدة الإنمائي" in card


def test_a_meeting_without_related_ones_shows_no_empty_box(client, db):
    meeting = make_meeting(title="لقاء وحيد", chamber="peche-mediterranee")
    html = text(client.get(meeting.get_absolute_url()))
    assert "لقاءات ذات صلة" not in html


# French ------------------------------------------------------------------------------------


def test_arabic_names_in_french_pages_carry_their_language(client, demo):
    meeting = demo["oriental"]
    path = meeting.get_absolute_url()
    # The Arabic page needs none for an Arabic title.
    assert f"<h1>{meeting.title}</h1>" in text(client.get(path))
    html = text(client.get("/fr" + path))
    assert f'<h1 lang="ar" dir="auto">{meeting.title}</h1>' in html
    listing = text(client.get("/fr/meetings/?region=oriental"))
    assert re.search(r'class="meeting-title" href="[^"]+" lang="ar" dir="auto">', listing)


def test_latin_names_in_arabic_pages_carry_their_language(client, db):
    from events.models import Partner

    partner = Partner.objects.create(slug="giz-test", name_ar="GIZ Maroc", kind="other")
    meeting = make_meeting(title="لقاء مع GIZ", partners={partner: "funder"})
    html = text(client.get(meeting.get_absolute_url()))
    assert '<span lang="fr" dir="auto">GIZ Maroc</span>' in html
    # A title that begins in Arabic is left to the page's language.
    assert "<h1>لقاء مع GIZ</h1>" in html


def test_french_names_of_regions_take_their_articles(client, db):
    html = text(client.get("/fr/chambers/ccis-oriental/"))
    assert "Chambre de Commerce, d&#x27;Industrie et de Services de l&#x27;Oriental" in html
    assert "région L&#x27;Oriental" not in html
    html = text(client.get("/fr/chambers/artisanat-souss-massa/"))
    assert "Chambre d&#x27;Artisanat de la région Souss-Massa" in html


# Feeds and calendars -----------------------------------------------------------------------


def test_feed_self_link_keeps_the_filters_and_names_an_author(client, demo):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring(body(client.get("/meetings.atom?partner=enabel")))
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{atom}link")}
    assert links["self"] == "http://testserver/meetings.atom?partner=enabel"
    assert links["alternate"] == "http://testserver/meetings/?partner=enabel"
    author = feed.find(f"{atom}author")
    assert author.find(f"{atom}name").text == "ملتقى"
    assert author.find(f"{atom}uri").text == "http://testserver/"
    assert feed.find(f"{atom}title").text == "ملتقى — الوكالة البلجيكية للتنمية"
    everything = ET.fromstring(body(client.get("/meetings.atom")))
    links = {link.get("rel"): link.get("href") for link in everything.findall(f"{atom}link")}
    assert links["self"] == "http://testserver/meetings.atom"


def test_calendar_title_says_its_filter(client, demo):
    calendar = icalendar.Calendar.from_ical(body(client.get("/meetings.ics?partner=enabel")))
    assert str(calendar["X-WR-CALNAME"]) == "ملتقى — الوكالة البلجيكية للتنمية"
    calendar = icalendar.Calendar.from_ical(body(client.get("/fr/meetings.ics?region=oriental")))
    assert str(calendar["X-WR-CALNAME"]) == "Multaqa — L'Oriental"
    calendar = icalendar.Calendar.from_ical(body(client.get("/meetings.ics")))
    assert str(calendar["X-WR-CALNAME"]) == "ملتقى"


# Error pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("debug", [False, True], ids=["debug-off", "debug-on"])
@pytest.mark.parametrize(
    "path,language,title",
    [
        ("/nowhere/", "ar", "الصفحة غير موجودة"),
        ("/meetings/999999/", "ar", "الصفحة غير موجودة"),
        ("/fr/nowhere/", "fr", "Page introuvable"),
        ("/fr/regions/atlantis/", "fr", "Page introuvable"),
    ],
)
def test_missing_pages_are_the_sites_own_in_the_readers_language(
    client, db, debug, path, language, title
):
    with override_settings(DEBUG=debug):
        response = client.get(path)
    html = text(response)
    assert response.status_code == 404
    assert f'<html lang="{language}"' in html
    assert f'<h1 id="error-title">{title}</h1>' in html
    assert 'rel="icon"' in html
    assert "Page not found" not in html


def test_the_admin_keeps_djangos_debug_404(admin_client):
    with override_settings(DEBUG=True):
        response = admin_client.get("/admin/events/nothing-here/")
    assert response.status_code == 404
    assert "error-title" not in text(response)


def _no_database(execute, sql, params, many, context):
    raise AssertionError(f"the error page queried the database: {sql}")


@pytest.mark.parametrize(
    "path,language,title",
    [("/boom/", "ar", "خطأ في الخادم"), ("/fr/boom/", "fr", "Erreur du serveur")],
)
@override_settings(ROOT_URLCONF="tests.events.views.error_urls")
def test_server_errors_show_the_sites_page_without_the_database(db, path, language, title):
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_no_database):
        response = client.get(path)
    html = text(response)
    assert response.status_code == 500
    assert f'<html lang="{language}"' in html
    assert f'<h1 id="error-title">{title}</h1>' in html


def test_missing_page_renders_without_the_database(client, db):
    with connection.execute_wrapper(_no_database):
        response = client.get("/fr/nowhere/at/all/")
    assert response.status_code == 404
    assert "Page introuvable" in text(response)


def test_favicon_is_linked_and_served(client, db):
    html = text(client.get("/"))
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    from django.contrib.staticfiles import finders

    path = finders.find("favicon.svg")
    assert path and Path(path).read_text(encoding="utf-8").startswith("<svg")
