"""No parameter value, however odd, gives a 500: a message or an empty result instead."""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.filters import LIST_PARAMS

pytestmark = pytest.mark.django_db

LIST_URLS = ["/meetings/", "/meetings.json", "/meetings.csv", "/meetings.ics", "/meetings.atom"]
OWNER_URLS = ["/regions/oriental/", "/partners/enabel/"]

BAD_VALUES = {
    "unknown-slug": "atlantis",
    "sql-injection": "' OR 1=1 --",
    "html-injection": '<script>alert("x")</script>',
    "nul": "a\x00b",
    "control-chars": "\x01\x1b[31m\x7f",
    "bidi-override": "\u202eغرفة",
    "very-long": "ا" * 5000,
    "huge-number": "9" * 40,
    "negative": "-1",
    "surrogate-escape": "%ED%A0%80",
}


def fetch(client, url: str, **params):
    response = client.get(url, params)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


URLS = LIST_URLS + OWNER_URLS
PARAMS = LIST_PARAMS + ("page",)


def _cases(value_index: int) -> list[tuple[str, str]]:
    """(url, param) for one kind of bad value: every parameter once, the URLs in turn.

    Over the kinds of value, every pair of URL and parameter, of parameter and value and of URL
    and value is requested at least once (a covering design), without the 840 requests of the
    whole cross product: the parameters are parsed by one FilterSet for every page.
    """
    return [(URLS[(p + value_index) % len(URLS)], param) for p, param in enumerate(PARAMS)]


def test_the_cases_cover_every_pair():
    pairs = [(url, param, value) for v, value in enumerate(BAD_VALUES) for url, param in _cases(v)]
    assert {(u, p) for u, p, _ in pairs} == {(u, p) for u in URLS for p in PARAMS}
    assert {(p, v) for _, p, v in pairs} == {(p, v) for p in PARAMS for v in BAD_VALUES}
    assert {(u, v) for u, _, v in pairs} == {(u, v) for u in URLS for v in BAD_VALUES}


@pytest.mark.parametrize("kind", list(BAD_VALUES))
def test_bad_values_never_break_a_page(client, demo, kind):
    value = BAD_VALUES[kind]
    index = list(BAD_VALUES).index(kind)
    failures = []
    for url, param in _cases(index):
        status, _body = fetch(client, url, **{param: value})
        if status != 200:
            failures.append((url, param, status))
    # And every parameter bad at once, on every page.
    for url in URLS:
        status, _body = fetch(client, url, **dict.fromkeys(PARAMS, value))
        if status != 200:
            failures.append((url, "*", status))
    assert failures == []


@pytest.mark.parametrize(
    "query,message",
    [
        ({"region": "atlantis"}, "الجهة: "),
        ({"date_from": "2024-02-30"}, "من تاريخ: "),
        (
            {"date_from": "2025-01-01", "date_to": "2024-01-01"},
            "تاريخ البداية يأتي بعد تاريخ النهاية.",
        ),
    ],
    ids=["unknown-region", "impossible-date", "from-after-to"],
)
def test_the_list_says_what_it_refused(client, demo, query, message):
    status, body = fetch(client, "/meetings/", **query)
    html = body.decode()
    assert status == 200
    assert message in html
    assert "عدد اللقاءات: 0" in html


def test_page_past_the_end_shows_the_last_page_with_a_message(client, demo):
    status, body = fetch(client, "/meetings/", page="40")
    html = body.decode()
    assert status == 200
    assert "الصفحة المطلوبة غير موجودة" in html
    assert html.count('class="meeting-row"') == 5


def test_injected_markup_is_escaped(client, demo):
    _status, body = fetch(client, "/meetings/", q='"><script>alert(1)</script>', region="<b>x</b>")
    html = body.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html


params = st.dictionaries(
    st.sampled_from(LIST_PARAMS + ("page",)),
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(["oriental", "enabel", "delio", "2024-01-01", "relevance", "2", "-date"]),
        st.dates().map(str),
    ),
    max_size=6,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=params, url=st.sampled_from(LIST_URLS))
def test_any_parameters_give_a_page(demo, query, url):
    # Empty and default parameters of the list page redirect once, to the address without them.
    response = Client().get(url, query, follow=True)
    assert response.status_code == 200
    assert len(response.redirect_chain) <= 1


# Path segments: whatever a client puts where a slug or an id goes is a page, a redirect to
# the canonical address or a 404, never a 500 (NUL reached PostgreSQL as a DataError).
SEGMENT_ROUTES = [
    "/partners/{}/",
    "/programmes/{}/",
    "/regions/{}/",
    "/chambers/{}/",
    "/meetings/{}/",
    "/meetings/1/{}/",
    "/fr/partners/{}/",
    "/fr/programmes/{}/",
    "/fr/meetings/1/{}/",
]
BAD_SEGMENTS = [
    "\x00",
    "a\x00",
    "\x00b",
    "%00",
    "\x1b[31m",
    "\x7f",
    "a b",
    "'\"<>",
    "..",
    "\u202eغرفة",
    "ا" * 5000,
    "9" * 40,
    "-1",
    "enabel\x00",
    "\ufeff",
]


def segment_path(route: str, segment: str) -> str:
    return route.format(quote(segment, safe=""))


@pytest.mark.parametrize("route", SEGMENT_ROUTES)
def test_bad_path_segments_are_a_404(client, demo, route):
    answers = {
        segment: client.get(segment_path(route, segment)).status_code for segment in BAD_SEGMENTS
    }
    # A meeting's id with a wrong but well-formed slug redirects to its canonical address.
    assert {s: a for s, a in answers.items() if a not in (301, 302, 404)} == {}
    assert all(answers[s] == 404 for s in BAD_SEGMENTS if not s.replace("-", "").isalnum())


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    route=st.sampled_from(SEGMENT_ROUTES),
    segment=st.one_of(
        st.text(min_size=1, max_size=40),
        st.sampled_from(["oriental", "enabel", "delio", "ccis-oriental", "1", "0"]).flatmap(
            lambda slug: st.text(max_size=3).map(lambda noise: slug + noise)
        ),
    ),
)
def test_any_path_segment_gives_a_page_a_redirect_or_a_404(demo, route, segment):
    response = Client().get(segment_path(route, segment))
    assert response.status_code in (200, 301, 302, 404)
