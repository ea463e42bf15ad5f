import datetime

import pytest
from django.http import QueryDict

from events.filters import FACETS, meeting_filter
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
        ("kind=لقاء تواصلي", {"marrakech"}),
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
    assert counts["kind"] == {"اجتماع تنسيقي": 1, "لقاء تواصلي": 1}


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
        "&kind=x&date_from=2020-01-01&date_to=2030-01-01&province=agadir-ida-ou-tanane"
    )
    meeting_filter(query).facets()  # the search engine loads its vocabulary once per process
    # One lookup per slug given (validation), the search, then one GROUP BY per facet.
    with django_assert_max_num_queries(5 + 1 + len(FACETS)):
        filterset = meeting_filter(query)
        filterset.facets()
