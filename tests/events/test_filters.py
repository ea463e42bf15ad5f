import datetime

import pytest
from django.http import QueryDict

from events.facets import FACETS
from events.filters import meeting_filter
from events.models import Partner
from tests.events.views.demo import demo_meetings
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    return demo_meetings()


def titles(query: str) -> set[str]:
    return {m.title for m in meeting_filter(QueryDict(query)).qs}


def keys(demo, query: str) -> set[str]:
    by_title = {m.title: key for key, m in demo.items()}
    return {by_title[t] for t in titles(query)}


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", {"tanger", "casablanca", "oriental", "marrakech", "fes"}),
        ("region=oriental", {"oriental"}),
        ("province=oujda-angad", {"oriental"}),
        ("chamber=artisanat-fes-meknes", {"fes"}),
        ("partner=enabel", {"tanger", "marrakech"}),
        ("partner=enabel&region=marrakech-safi", {"marrakech"}),
        ("programme=delio", {"oriental"}),
        ("kind=forum", {"oriental"}),
        ("date_from=2024-01-01&date_to=2024-12-31", {"tanger", "marrakech"}),
        ("date_from=2025-01-01", {"oriental"}),
        ("q=التعاونيات", {"oriental"}),
    ],
    ids=[
        "none",
        "region",
        "province",
        "chamber",
        "partner",
        "partner-and-region",
        "programme",
        "kind",
        "year-2024",
        "from-2025",
        "search",
    ],
)
def test_each_filter_narrows_to_the_expected_meetings(demo, query, expected):
    assert keys(demo, query) == expected


def test_city_filter_uses_the_city_slug(demo):
    slug = demo["oriental"].city.slug
    assert keys(demo, f"city={slug}") == {"oriental"}


def test_drafts_never_appear(demo):
    assert "draft" not in keys(demo, "date_from=2024-05-01&date_to=2024-05-31")
    assert keys(demo, "date_from=2024-05-01&date_to=2024-05-31") == set()


@pytest.mark.parametrize(
    "sort,expected",
    [
        ("-date", ["oriental", "marrakech", "tanger", "fes", "casablanca"]),
        ("date", ["tanger", "marrakech", "oriental", "casablanca", "fes"]),
        ("relevance", ["oriental", "marrakech", "tanger", "fes", "casablanca"]),
    ],
    ids=["newest", "oldest", "relevance-without-q-falls-back"],
)
def test_sort_keeps_undated_meetings_last(demo, sort, expected):
    by_pk = {m.pk: key for key, m in demo.items()}
    assert [by_pk[m.pk] for m in meeting_filter(QueryDict(f"sort={sort}")).qs] == expected


@pytest.mark.parametrize(
    "query,field",
    [
        ("region=atlantis", "region"),
        ("date_from=2024-13-01", "date_from"),
        ("date_from=03/09/2025", "date_from"),
        ("date_from=2025-01-01&date_to=2024-01-01", "__all__"),
        ("sort=title", "sort"),
        ("q=a%00b", "q"),
    ],
    ids=["unknown-slug", "bad-month", "not-iso", "from-after-to", "unknown-sort", "nul-char"],
)
def test_refused_values_give_an_error_and_no_results(demo, query, field):
    filterset = meeting_filter(QueryDict(query))
    assert list(filterset.qs) == []
    assert list(filterset.form.errors) == [field]


def facet_counts(query: str) -> dict[str, dict[str, int]]:
    facets = meeting_filter(QueryDict(query)).facets()
    return {name: {v.value: v.count for v in values} for name, values in facets.items()}


def test_facets_count_what_each_value_would_give_with_the_other_filters(demo):
    counts = facet_counts("partner=enabel")
    assert counts["region"] == {"tanger-tetouan-al-hoceima": 1, "marrakech-safi": 1}
    assert counts["chamber"] == {"ccis-tanger-tetouan-al-hoceima": 1, "ccis-marrakech-safi": 1}
    # The partner facet ignores the partner filter itself: every partner stays choosable.
    assert counts["partner"]["enabel"] == 2
    assert counts["partner"]["agence-oriental"] == 1
    # By category: both of its meetings are coordination meetings.
    assert counts["kind"] == {"coordination-meeting": 2}


def test_facets_without_filters_cover_every_published_meeting(demo):
    counts = facet_counts("")
    assert counts["region"] == {
        "tanger-tetouan-al-hoceima": 1,
        "oriental": 1,
        "casablanca-settat": 1,
        "marrakech-safi": 1,
        "fes-meknes": 1,
    }
    assert counts["programme"] == {"hadinat-al-moukawalat": 1, "delio": 1, "mouazara": 1}
    assert counts["province"]["oujda-angad"] == 1


def test_a_selected_value_with_no_meeting_is_still_shown_selected(demo):
    facets = meeting_filter(QueryDict("region=souss-massa&partner=enabel")).facets(total=0)
    region = [v for v in facets["region"] if v.selected]
    assert [(v.value, v.count) for v in region] == [("souss-massa", 0)]


def test_facet_labels_follow_the_language(demo):
    from django.utils import translation

    with translation.override("fr"):
        labels = {v.value: v.label for v in meeting_filter(QueryDict("")).facets()["region"]}
    assert labels["oriental"] == "L'Oriental"


def test_facets_use_one_query_each_whatever_the_data(demo, django_assert_max_num_queries):
    for n in range(30):
        make_meeting(
            chamber="ccis-souss-massa",
            date=datetime.date(2023, 1, 1) + datetime.timedelta(days=n),
            partners=[Partner.objects.get(slug="giz")],
        )
    query = QueryDict(
        "q=لقاء&region=souss-massa&chamber=ccis-souss-massa&partner=giz&programme=delio"
        "&kind=training&date_from=2020-01-01&date_to=2030-01-01&province=agadir-ida-ou-tanane"
    )
    meeting_filter(query).facets()  # the search engine loads its vocabulary once per process
    # One lookup per slug given (validation), the province's cities, the meetings per year
    # (the search's spans of dates: one span here); the newest matches with every filter and
    # without each facet's own filter (six in use, city not); one GROUP BY per facet; on
    # PostgreSQL the windows' planner setting, and its restoring (events.search.window).
    with django_assert_max_num_queries(5 + 1 + 1 + 1 + 6 + len(FACETS) + 2):
        filterset = meeting_filter(query)
        filterset.facets()


@pytest.fixture
def workshops(db):
    """Five workshops, newest first: three in Souss-Massa, then two in the Oriental."""
    made = [
        make_meeting(chamber=chamber, title="ورشة تكوينية", date=datetime.date(2024, 5, 10 - n))
        for n, chamber in enumerate(["ccis-souss-massa"] * 3 + ["ccis-oriental"] * 2)
    ]
    return made


def sampled_facets(query: str) -> tuple[dict[str, int], bool]:
    filterset = meeting_filter(QueryDict(query))
    regions = {v.value: v.count for v in filterset.facets()["region"]}
    return regions, filterset.facets_sampled


@pytest.mark.parametrize(
    "window,query,expected",
    [
        (3, "q=ورشة", ({"souss-massa": 3}, True)),
        (5, "q=ورشة", ({"souss-massa": 3, "oriental": 2}, False)),
        (100, "q=ورشة", ({"souss-massa": 3, "oriental": 2}, False)),
        # The region facet leaves the region filter out: its window is of every region.
        (3, "q=ورشة&region=oriental", ({"souss-massa": 3, "oriental": 0}, True)),
        (4, "q=ورشة&date_to=2024-05-08", ({"souss-massa": 1, "oriental": 2}, False)),
    ],
    ids=["over-the-window", "exactly-the-window", "under", "facet-of-a-filter", "filtered"],
)
def test_search_facets_count_the_newest_matches_only(
    workshops, monkeypatch, window, query, expected
):
    from events.filters import MeetingFilter

    monkeypatch.setattr(MeetingFilter, "window", window)
    regions, sampled = sampled_facets(query)
    expected_regions, expected_sampled = expected
    # A selected value outside the window is still offered, with the page's total.
    assert {k: v for k, v in regions.items() if v or k in expected_regions} == expected_regions
    assert sampled == expected_sampled


@pytest.fixture
def years_of_workshops(db):
    """Workshops over five years, two a year, and one undated; other meetings in between."""
    made = []
    for year in range(2020, 2025):
        for month in (3, 9):
            made.append(make_meeting(title="ورشة تكوينية", date=datetime.date(year, month, 10)))
            made.append(make_meeting(title="لقاء تواصلي", date=datetime.date(year, month, 11)))
    made.append(make_meeting(title="ورشة بلا تاريخ", date=None))
    return made


@pytest.mark.parametrize("span", [1, 3, 8, 10_000], ids=["span-1", "span-3", "span-8", "one-span"])
@pytest.mark.parametrize(
    "query",
    [
        "q=ورشة",
        "q=ورشة&date_from=2021-06-01",
        "q=ورشة&date_to=2023-03-10",
        "q=ورشة&date_from=2021-01-01&date_to=2023-12-31",
    ],
    ids=["all", "from", "to", "whole-years"],
)
@pytest.mark.parametrize("window", [3, 20], ids=["window-3", "window-20"])
def test_a_search_read_span_by_span_finds_the_same_newest_matches(
    years_of_workshops, monkeypatch, span, query, window
):
    from events import facets, filters

    monkeypatch.setattr(facets, "SEARCH_SPAN", span)
    monkeypatch.setattr(filters.MeetingFilter, "window", window)
    params = QueryDict(query)
    matches = [
        m
        for m in years_of_workshops
        if m.title.startswith("ورشة")
        and (not params.get("date_from") or (m.date and m.date.isoformat() >= params["date_from"]))
        and (not params.get("date_to") or (m.date and m.date.isoformat() <= params["date_to"]))
    ]
    # Newest first, undated last.
    matches.sort(
        key=lambda m: (m.date is not None, m.date or datetime.date.min, m.pk), reverse=True
    )
    expected = [m.pk for m in matches][: window + 1]
    assert meeting_filter(params).newest() == expected
