import xml.etree.ElementTree as ET

import pytest

from tests.events.views.demo import demo_meetings

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def demo(db):
    return demo_meetings()


def entries(client, url: str) -> tuple[ET.Element, list[ET.Element]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_atom_feed_lists_the_published_meetings_newest_on_the_portal_first(client, demo):
    feed, items = entries(client, "/meetings.atom")
    links = [e.find(f"{ATOM}link").get("href") for e in items]
    published = [demo[k] for k in ("fes", "marrakech", "oriental", "casablanca", "tanger")]
    assert links == ["http://testserver" + m.get_absolute_url() for m in published]
    assert feed.find(f"{ATOM}title").text == "ملتقى — آخر اللقاءات"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("region=oriental", ["oriental"]),
        ("chamber=ccis-marrakech-safi", ["marrakech"]),
        ("partner=enabel", ["marrakech", "tanger"]),
        ("programme=delio", ["oriental"]),
        ("date_from=2099-01-01", []),
        ("region=nowhere", []),
    ],
    ids=["region", "chamber", "partner", "programme", "nothing-yet", "unknown-region"],
)
def test_atom_feed_takes_the_list_parameters(client, demo, query, expected):
    _feed, items = entries(client, f"/meetings.atom?{query}")
    titles = [e.find(f"{ATOM}title").text for e in items]
    assert titles == [demo[k].title for k in expected]


def test_filtered_feed_is_named_after_its_filter(client, demo):
    feed, _items = entries(client, "/meetings.atom?region=oriental")
    assert feed.find(f"{ATOM}title").text == "ملتقى — الشرق"
    assert feed.find(f"{ATOM}link").get("href") == "http://testserver/meetings/?region=oriental"


def test_french_feed_speaks_french(client, demo):
    feed, _items = entries(client, "/fr/meetings.atom?region=oriental")
    assert feed.find(f"{ATOM}title").text == "Multaqa — L'Oriental"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"


def test_sitemap_lists_published_meetings_in_both_languages_never_drafts(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")}
    oriental = demo["oriental"].get_absolute_url()
    assert "http://testserver" + oriental in locations
    assert "http://testserver/fr" + oriental in locations
    assert "http://testserver/regions/souss-massa/" in locations
    assert "http://testserver/partners/enabel/" in locations
    assert "http://testserver/partners/giz/" not in locations
    assert not any("draft" in loc for loc in locations)


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


def test_feed_survives_control_characters_in_article_text(client, db):
    from tests.factories import make_meeting

    make_meeting(title="لقاء\x0b جهوي", body="نص\x01 المقال", chamber="ccis-oriental")
    _feed, items = entries(client, "/meetings.atom")
    assert [e.find(f"{ATOM}title").text for e in items] == ["لقاء جهوي"]
