import datetime
import json
import re

import pytest
from django.utils import timezone

from events.models import Meeting, Person
from events.writes import meetings_write
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


def test_home_is_arabic_rtl_with_upcoming_latest_map_and_entry_points(client, demo):
    upcoming = make_meeting(
        title="لقاء مقبل حول التصدير",
        chamber="ccis-souss-massa",
        date=timezone.localdate() + datetime.timedelta(days=10),
    )
    html = text(client.get("/"))
    assert '<html lang="ar" dir="rtl">' in html
    assert upcoming.title in html
    assert demo["fes"].title in html
    # One link per region on the map, each to its filtered list.
    assert len(re.findall(r'<a href="/meetings/\?region=[a-z-]+" class="map-region"', html)) == 12
    assert 'data-region="oriental"' in html
    assert 'href="/chambers/ccis-oriental/"' in html
    assert 'href="/partners/enabel/"' in html
    assert 'href="/programmes/delio/"' in html
    assert 'role="search"' in html
    assert "مسودة لقاء لم ينشر" not in html


def test_home_map_shades_regions_by_their_count(client, demo):
    make_meeting(chamber="ccis-oriental")
    html = text(client.get("/"))
    shades = dict(re.findall(r'data-region="([a-z-]+)"[^>]*><path class="shade-(\d)"', html))
    assert shades["oriental"] == "4"
    assert shades["fes-meknes"] == "2"
    assert shades["souss-massa"] == "0"


def test_home_query_count_is_bounded(client, demo, django_assert_max_num_queries):
    # A first visit: the queries of the page, and the cache's reads and writes (events.cache).
    with django_assert_max_num_queries(28):
        client.get("/")
    with django_assert_max_num_queries(1):
        client.get("/")


def test_list_shows_total_facets_active_filters_and_export_links(client, demo):
    html = text(client.get("/meetings/?partner=enabel&date_from=2024-01-01"))
    assert "عدد اللقاءات: 2" in html
    assert '<option value="marrakech-safi">' in html
    assert '<option value="enabel" selected>' in html
    # Each active filter is a link that drops it and keeps the others.
    assert 'href="/meetings/?date_from=2024-01-01" class="chip" data-param="partner"' in html
    assert 'href="/meetings/?partner=enabel" class="chip" data-param="date_from"' in html
    for ext in ("csv", "json", "ics", "atom"):
        assert f'href="/meetings.{ext}?partner=enabel&amp;date_from=2024-01-01"' in html
    assert demo["tanger"].title in html
    assert demo["oriental"].title not in html


def test_list_every_control_has_a_label(client, demo):
    html = text(client.get("/meetings/"))
    controls = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html)
    labels = set(re.findall(r'<label for="([^"]+)"', html))
    assert controls
    assert set(controls) <= labels


def test_list_paginates_and_keeps_filters_in_page_links(client, db):
    for n in range(25):
        make_meeting(
            chamber="ccis-souss-massa", date=datetime.date(2024, 1, 1) + datetime.timedelta(n)
        )
    html = text(client.get("/meetings/?region=souss-massa"))
    assert "عدد اللقاءات: 25" in html
    assert html.count('class="meeting-row"') == 20
    assert 'href="?region=souss-massa&amp;page=2"' in html
    second = text(client.get("/meetings/?region=souss-massa&page=2"))
    assert second.count('class="meeting-row"') == 5


def test_list_query_count_does_not_grow_with_the_data(client, db, django_assert_max_num_queries):
    for n in range(30):
        make_meeting(
            chamber="ccis-souss-massa", date=datetime.date(2024, 1, 1) + datetime.timedelta(n)
        )
    url = "/meetings/?region=souss-massa&partner=enabel&q=لقاء&date_from=2024-01-01"
    client.get(url)  # the search engine loads its vocabulary once per process
    # Kept whole by events.cache: one read of the cache.
    with django_assert_max_num_queries(1):
        client.get(url)
    # A first visit: COUNT, the page and its two prefetches, 7 facets, and the cache's reads
    # (page, facets) and writes (five statements each on the database cache).
    with django_assert_max_num_queries(25):
        client.get("/meetings/")


def test_detail_shows_everything_the_article_says(client, demo):
    meeting = demo["oriental"]
    with meetings_write([meeting.pk]):
        Person.objects.create(meeting=meeting, name="سمير سراج", role="رئيس جمعية القطاع التعاوني")
    html = text(client.get(meeting.get_absolute_url()))
    assert "23 شتنبر 2025" in html
    assert "11:00" in html
    assert "وجدة" in html
    assert 'href="/chambers/ccis-oriental/"' in html
    assert "منظم" in html and "ممول" in html
    assert 'href="/programmes/delio/"' in html
    assert "سمير سراج، رئيس جمعية القطاع التعاوني" in html
    assert (
        '<link rel="canonical" href="http://testserver' + meeting.get_absolute_url() + '">' in html
    )
    assert f'<meta property="og:title" content="{meeting.title}">' in html


def test_detail_json_ld_is_a_schema_org_event(client, demo):
    meeting = demo["tanger"]
    html = text(client.get(meeting.get_absolute_url()))
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert (data["@type"], data["name"], data["startDate"]) == (
        "Event",
        meeting.title,
        "2024-02-02",
    )
    assert data["location"]["address"]["addressLocality"] == "الحسيمة"
    assert data["url"] == "http://testserver" + meeting.get_absolute_url()


def test_detail_of_an_undated_meeting_says_so(client, demo):
    html = text(client.get(demo["casablanca"].get_absolute_url()))
    assert "تاريخ غير محدد" in html
    assert '"startDate"' not in html


def test_detail_related_meetings_share_a_partner(client, demo):
    html = text(client.get(demo["tanger"].get_absolute_url()))
    related = html.split('id="related-title"')[1]
    assert demo["marrakech"].title in related
    assert demo["fes"].title not in related


@pytest.mark.parametrize(
    "url_of",
    [lambda m: f"/meetings/{m.pk}/", lambda m: f"/meetings/{m.pk}/wrong-slug/"],
    ids=["short", "wrong-slug"],
)
def test_other_addresses_of_a_meeting_redirect_to_its_readable_one(client, demo, url_of):
    meeting = demo["oriental"]
    response = client.get(url_of(meeting))
    assert (response.status_code, response["Location"]) == (301, meeting.get_absolute_url())


def test_arabic_slugs_work(client, db):
    meeting = make_meeting(slug="لقاء-جهوي-بوجدة")
    assert client.get(meeting.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/meetings/{pk}/", "/meetings/{pk}/draft/", "/fr/meetings/{pk}/draft/"],
    ids=["short", "full", "french"],
)
def test_drafts_are_404_to_visitors(client, demo, url):
    assert client.get(url.format(pk=demo["draft"].pk)).status_code == 404


def test_draft_meetings_are_in_no_list(client, demo):
    for url in ("/", "/meetings/", "/regions/oriental/", "/meetings.json", "/meetings.atom"):
        assert "مسودة لقاء لم ينشر" not in text(client.get(url)), url


@pytest.mark.parametrize(
    "url,name,meeting",
    [
        ("/regions/oriental/", "الشرق", "oriental"),
        ("/chambers/artisanat-fes-meknes/", "غرفة الصناعة التقليدية", "fes"),
        ("/programmes/hadinat-al-moukawalat/", "حاضنة المقاولات", "tanger"),
    ],
    ids=["region", "chamber", "programme"],
)
def test_owner_pages_say_who_it_is_list_its_meetings_and_offer_feeds(
    client, demo, url, name, meeting
):
    html = text(client.get(url))
    assert name in html
    assert demo[meeting].title in html
    assert "عدد اللقاءات: 1" in html
    assert 'type="application/atom+xml"' in html
    assert re.search(r'href="/meetings\.ics\?[a-z]+=', html)


def test_partner_page_answers_a_journalists_questions(client, demo):
    html = text(client.get("/partners/enabel/"))
    assert "عدد اللقاءات: 2" in html
    assert '<svg class="year-chart"' in html
    assert '<desc id="chart-desc">2024: 2</desc>' in html
    assert 'href="/regions/marrakech-safi/"' in html
    assert 'href="/chambers/ccis-tanger-tetouan-al-hoceima/"' in html
    # Co-partners: those met at enabel's meetings, not enabel itself.
    co = html.split('id="co-partners-title"')[1].split("</section>")[0]
    assert 'href="/partners/apefe/"' in co
    assert 'href="/partners/cri-marrakech-safi/"' in co
    assert 'href="/partners/enabel/"' not in co


def test_partner_chart_spans_every_year_between_first_and_last(client, demo):
    make_meeting(
        chamber="ccis-oriental",
        date=datetime.date(2021, 5, 1),
        partners=[demo["tanger"].partner_roles.get(partner__slug="enabel").partner],
    )
    html = text(client.get("/partners/enabel/"))
    assert '<desc id="chart-desc">2021: 1، 2022: 0، 2023: 0، 2024: 2</desc>' in html


@pytest.mark.parametrize(
    "url",
    ["/regions/atlantis/", "/chambers/nope/", "/partners/nope/", "/programmes/nope/"],
    ids=["region", "chamber", "partner", "programme"],
)
def test_unknown_owner_is_404(client, db, url):
    assert client.get(url).status_code == 404


def test_french_version_is_ltr_with_french_names_and_a_way_back(client, demo):
    response = client.get("/fr/meetings/?region=oriental")
    html = text(response)
    assert '<html lang="fr" dir="ltr">' in html
    assert "L&#x27;Oriental" in html
    assert "Nombre de rencontres : 1" in html
    # The switch keeps the path and the query.
    assert 'href="/meetings/?region=oriental" lang="ar"' in html


def test_arabic_language_switch_keeps_path_and_query(client, demo):
    html = text(client.get("/meetings/?partner=enabel&sort=date"))
    assert 'href="/fr/meetings/?partner=enabel&amp;sort=date" lang="fr"' in html


def test_french_dates_and_undated_label(client, demo):
    oriental, casablanca = (
        demo["oriental"].get_absolute_url(),
        demo["casablanca"].get_absolute_url(),
    )
    html = text(client.get("/fr" + oriental))
    assert "23 septembre 2025" in html
    html = text(client.get("/fr" + casablanca))
    assert "Date non précisée" in html


def test_pages_link_alternate_languages(client, demo):
    html = text(client.get("/regions/oriental/"))
    assert (
        '<link rel="alternate" hreflang="fr" href="http://testserver/fr/regions/oriental/">' in html
    )
    assert '<link rel="canonical" href="http://testserver/regions/oriental/">' in html


def test_published_meeting_needs_published_at(db):
    # The list relies on status alone; the model's constraint keeps published_at set with it.
    assert Meeting.objects.published().filter(published_at__isnull=True).count() == 0


@pytest.mark.parametrize("prefix", ["", "/fr"], ids=["ar", "fr"])
def test_chart_coordinates_are_not_localised(client, demo, prefix):
    html = text(client.get(f"{prefix}/partners/enabel/"))
    chart = html.split('<svg class="year-chart"')[1].split("</svg>")[0]
    assert '<rect x="64.0" y="24.0" width="192.0" height="94.0"/>' in chart
