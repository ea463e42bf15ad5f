"""No parameter value, however odd, gives a 500: a message or an empty result instead."""

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
    status, _body = fetch(Client(), url, **query)
    assert status == 200
