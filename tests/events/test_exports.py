import csv
import datetime
import io
import json

import icalendar
import pytest

from events.exports import JSON_PAGE_SIZE, ical_fold
from events.models import Partner, Programme
from tests.events.views.demo import demo_meetings
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    return demo_meetings()


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_json_for_the_oriental_holds_its_one_meeting(client, demo):
    data = client.get("/meetings.json?region=oriental").json()
    assert data["count"] == 1
    assert data["next"] is None
    [result] = data["results"]
    assert result == {
        "id": demo["oriental"].pk,
        "url": "http://testserver" + demo["oriental"].get_absolute_url(),
        "title": demo["oriental"].title,
        "date": "2025-09-23",
        "time": "11:00",
        "kind": "لقاء جهوي",
        "date_end": None,
        "category": "forum",
        "category_ar": "منتدى أو مؤتمر",
        "category_fr": "Forum ou conférence",
        "region": "oriental",
        "chamber": "ccis-oriental",
        "city": "وجدة",
        "venue": None,
        "partners": sorted(
            (
                {"name": p.name_ar, "slug": p.slug, "role": role}
                for p, role in (
                    (Partner.objects.get(slug="agence-oriental"), "organiser"),
                    (Partner.objects.get(slug="odco"), "participant"),
                    (Partner.objects.get(slug="pnud"), "funder"),
                )
            ),
            key=lambda p: p["name"],
        ),
        "programmes": [{"name": Programme.objects.get(slug="delio").name_ar, "slug": "delio"}],
    }


def test_json_for_2024_holds_the_two_meetings_dated_that_year(client, demo):
    data = client.get("/meetings.json?date_from=2024-01-01&date_to=2024-12-31").json()
    assert data["count"] == 2
    assert [r["date"] for r in data["results"]] == ["2024-10-03", "2024-02-02"]


def test_json_pages_link_to_the_next_with_the_same_filters(client, demo):
    for _n in range(JSON_PAGE_SIZE + 1):
        make_meeting(chamber="ccis-souss-massa", date=datetime.date(2023, 1, 1))
    first = client.get("/meetings.json?region=souss-massa").json()
    assert first["count"] == JSON_PAGE_SIZE + 1
    assert first["next"] == "http://testserver/meetings.json?region=souss-massa&page=2"
    second = client.get(first["next"]).json()
    assert (len(second["results"]), second["next"]) == (1, None)


def test_json_with_a_refused_value_is_empty_and_says_why(client, demo):
    data = client.get("/meetings.json?date_from=yesterday").json()
    assert (data["count"], data["results"], list(data["errors"])) == (0, [], ["date_from"])


def test_json_page_past_the_end_is_empty(client, demo):
    data = client.get("/meetings.json?page=99").json()
    assert (data["count"], data["results"], data["next"]) == (5, [], None)


def test_csv_is_utf8_with_bom_and_parses_with_the_filters_applied(client, demo):
    response = client.get("/meetings.csv?partner=enabel")
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = body(response)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["id"], r["date"], r["region"]) for r in rows] == [
        (str(demo["marrakech"].pk), "2024-10-03", "marrakech-safi"),
        (str(demo["tanger"].pk), "2024-02-02", "tanger-tetouan-al-hoceima"),
    ]
    assert rows[1]["city"] == "الحسيمة"
    assert rows[1]["programmes"] == "حاضنة المقاولات"


def test_csv_quotes_cells_a_spreadsheet_would_run_as_formulas(client, db):
    make_meeting(title='=HYPERLINK("http://evil")', chamber="ccis-oriental")
    raw = body(client.get("/meetings.csv"))
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert row["title"] == '\'=HYPERLINK("http://evil")'


def test_csv_streams_rows_in_chunks_without_loading_the_whole_list(client, db, monkeypatch):
    import events.exports

    monkeypatch.setattr(events.exports, "CHUNK", 3)
    for n in range(10):
        make_meeting(chamber="ccis-oriental", date=datetime.date(2024, 1, 1 + n))
    response = client.get("/meetings.csv")
    chunks = list(response.streaming_content)
    assert len(chunks) == 11  # the header, then one chunk per row


def test_ics_parses_and_leaves_undated_meetings_out(client, demo):
    response = client.get("/meetings.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(body(response))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    tanger = events[f"meeting-{demo['tanger'].pk}@testserver"]
    assert tanger.decoded("DTSTART") == datetime.date(2024, 2, 2)
    assert tanger.decoded("DTEND") == datetime.date(2024, 2, 3)
    assert str(tanger["URL"]) == "http://testserver" + demo["tanger"].get_absolute_url()
    assert str(tanger["SUMMARY"]) == demo["tanger"].title
    oriental = events[f"meeting-{demo['oriental'].pk}@testserver"]
    # 11:00 in Casablanca (UTC+1) on that day.
    assert oriental.decoded("DTSTART") == datetime.datetime(2025, 9, 23, 10, 0, tzinfo=datetime.UTC)


def test_ics_lines_are_crlf_and_folded_at_75_octets(client, demo):
    raw = body(client.get("/meetings.ics?region=oriental"))
    lines = raw.split(b"\r\n")
    assert lines[-1] == b""
    assert all(b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


def test_ics_escapes_text_values(client, db):
    make_meeting(title="لقاء; مع, شركاء\\ جدد", chamber="ccis-oriental")
    calendar = icalendar.Calendar.from_ical(body(client.get("/meetings.ics")))
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "لقاء; مع, شركاء\\ جدد"


@pytest.mark.parametrize(
    "line", ["x" * 200, "ب" * 100, "a" + "ش" * 80], ids=["ascii", "arabic", "mixed"]
)
def test_folding_never_splits_a_character(line):
    folded = ical_fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")[:-1]
    assert all(len(part) <= 75 for part in parts)
    assert "".join(p.decode("utf-8").removeprefix(" ") for p in parts) == line


def test_exports_take_exactly_the_list_parameters(client, demo):
    query = "partner=enabel&date_from=2024-06-01"
    expected = {str(demo["marrakech"].pk)}
    as_json = {str(r["id"]) for r in client.get(f"/meetings.json?{query}").json()["results"]}
    raw = body(client.get(f"/meetings.csv?{query}")).decode("utf-8-sig")
    as_csv = {r["id"] for r in csv.DictReader(io.StringIO(raw))}
    calendar = icalendar.Calendar.from_ical(body(client.get(f"/meetings.ics?{query}")))
    as_ics = {str(e["UID"]).split("-")[1].split("@")[0] for e in calendar.walk("VEVENT")}
    assert as_json == as_csv == as_ics == expected


def test_json_is_served_as_utf8_json(client, demo):
    response = client.get("/meetings.json")
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content.decode("utf-8"))["count"] == 5
