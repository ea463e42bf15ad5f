"""Runs over a chamber's site on loopback: each new item's page imported as a draft by the
editors' importer, once; 304s; moved items; other kinds of source; papers' sources."""

import datetime

import pytest

from bench import feed_site
from collect.collecting import source_collect
from collect.models import Run, SeenItem, Source
from events.models import Article, Chamber, Meeting
from tests.collect.conftest import make_source, oriental, serve_rss

pytestmark = pytest.mark.django_db


def test_a_first_run_imports_every_item_as_a_draft_and_records_it(site):
    articles = [feed_site.meeting(n, place=0) for n in range(3)]
    entries = serve_rss(site, articles)
    source = make_source(site.url("/feed.xml"), chamber=oriental(), outlet="موقع غرفة الشرق")
    run = source_collect(source=source)
    assert (run.status, run.items_seen, run.items_new, run.items_done) == ("done", 3, 3, 3)
    assert (run.drafts, run.duplicates, run.refused, run.errors) == (3, 0, 0, 0)
    source.refresh_from_db()
    assert source.last_run == run and source.next_check_at > run.started_at
    meetings = Meeting.objects.order_by("date")
    assert [m.date for m in meetings] == [a.day for a in articles]
    assert {m.status for m in meetings} == {Meeting.Status.DRAFT}
    assert {m.chamber.slug for m in meetings} == {"ccis-oriental"}
    # Exactly as an editor's import: the article with its page's address, outlet and day.
    article = Article.objects.get(source_url=entries[-1].link)
    assert article.outlet == "موقع غرفة الشرق" and article.imported_by is None
    assert article.published_on == articles[0].day and article.extraction["evidence"]
    seen = SeenItem.objects.get(key=entries[-1].guid)
    assert (seen.outcome, seen.article, seen.run) == ("imported", article, run)


def test_a_second_run_after_one_new_item_adds_exactly_one_draft(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(3)], conditional=False)
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    source_collect(source=source)
    pages_read = sum(n for path, n in site.requests.items() if path.startswith("/news/"))
    serve_rss(site, [feed_site.meeting(n) for n in range(4)], conditional=False)
    run = source_collect(source=source)
    assert (run.items_seen, run.items_new, run.drafts) == (4, 1, 1)
    assert Meeting.objects.count() == 4
    # Only the new item's page was read.
    assert sum(n for p, n in site.requests.items() if p.startswith("/news/")) == pages_read + 1


def test_an_unchanged_feed_answers_304_and_nothing_is_read(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(2)])
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    source_collect(source=source)
    source.refresh_from_db()
    etag = site.routes["/feed.xml"].etag
    assert source.validators[site.url("/feed.xml")]["etag"] == etag
    site.requests.clear()
    run = source_collect(source=source)
    assert run.status == Run.Status.NOT_MODIFIED and run.items_seen == 0
    assert site.conditional[-1] == (
        "/feed.xml",
        etag,
        site.routes["/feed.xml"].last_modified,
    )
    assert list(site.requests) == ["/feed.xml"]
    assert Meeting.objects.count() == 2


def test_an_item_that_moves_to_another_url_is_not_imported_again(site):
    entries = serve_rss(site, [feed_site.meeting(0)], conditional=False)
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    source_collect(source=source)
    moved = feed_site.Entry(entries[0].guid, site.url("/2025/01/moved.html"), "t", entries[0].day)
    site.routes["/2025/01/moved.html"] = site.routes["/news/0.html"]
    site.routes["/feed.xml"] = feed_site.Doc(feed_site.rss([moved]), "application/rss+xml")
    run = source_collect(source=source)
    assert (run.items_seen, run.items_new, run.drafts) == (1, 0, 0)
    assert site.requests["/2025/01/moved.html"] == 0
    assert SeenItem.objects.get().url == moved.link
    assert Meeting.objects.count() == 1


def test_an_item_under_a_new_guid_at_a_known_url_is_not_read_again(site):
    entries = serve_rss(site, [feed_site.meeting(0)], conditional=False)
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    source_collect(source=source)
    renamed = feed_site.Entry("urn:new-guid", entries[0].link, "t", entries[0].day)
    site.routes["/feed.xml"] = feed_site.Doc(feed_site.rss([renamed]), "application/rss+xml")
    assert source_collect(source=source).items_new == 0


def test_the_same_article_from_a_second_source_is_a_duplicate_of_the_first(site):
    serve_rss(site, [feed_site.meeting(0)])
    site.routes["/atom.xml"] = feed_site.document(
        feed_site.atom(site.publish([feed_site.meeting(0)], prefix="/mirror")),
        "application/atom+xml",
    )
    first = make_source(site.url("/feed.xml"), chamber=oriental())
    second = make_source(site.url("/atom.xml"), chamber=oriental(), kind=Source.Kind.AUTO)
    source_collect(source=first)
    run = source_collect(source=second)
    assert (run.drafts, run.duplicates) == (0, 1)
    second.refresh_from_db()
    assert second.kind == Source.Kind.FEED  # detected on its first run
    seen = SeenItem.objects.get(source=second)
    assert seen.outcome == "duplicate" and seen.article == Article.objects.get()


def test_another_outlets_report_of_a_known_meeting_is_offered_as_a_further_source(site):
    first = feed_site.meeting(0, place=0)
    serve_rss(site, [first])
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    source_collect(source=source)
    other = feed_site.Article(
        n=99,
        title="لقاء بوجدة حول التجارة الإلكترونية",
        text=(
            f"احتضنت وجدة يوم {first.day.day} يناير {first.day.year} لقاء تواصليا نظمته غرفة "
            "التجارة والصناعة والخدمات لجهة الشرق حول التجارة الإلكترونية، خصص لشرح آليات "
            "البيع عبر الإنترنت للتجار، وعرف نقاشا مفتوحا مع الحاضرين."
        ),
        day=first.day,
        chamber=first.chamber,
    )
    site.routes["/paper.xml"] = feed_site.document(
        feed_site.rss(site.publish([other], prefix="/paper", outlet="جريدة الشرق")), "text/xml"
    )
    paper = make_source(site.url("/paper.xml"), outlet="جريدة الشرق")
    run = source_collect(source=paper)
    assert (run.drafts, run.same_meeting) == (1, 1)
    seen = SeenItem.objects.get(source=paper)
    known = Meeting.objects.get(article__source_url__contains="/news/")
    assert f"#{known.pk}" in seen.reason


def test_a_papers_source_routes_each_article_to_the_chamber_it_names(site):
    named = feed_site.meeting(2)  # the Souss-Massa agriculture chamber
    anonymous = feed_site.Article(
        n=50,
        title="ورشة حول التسويق الرقمي",
        text=(
            "احتضنت مدينة تيزنيت يوم الخميس 6 مارس 2025 ورشة تكوينية حول التسويق الرقمي "
            "لفائدة التعاونيات النسائية، بحضور 30 مشاركة."
        ),
        day=datetime.date(2025, 3, 6),
        chamber="",
    )
    serve_rss(site, [named, anonymous])
    paper = make_source(site.url("/feed.xml"), outlet="جريدة سوس")
    run = source_collect(source=paper)
    assert (run.drafts, run.refused) == (1, 1)
    meeting = Meeting.objects.get()
    assert meeting.chamber == Chamber.objects.get(slug="agriculture-souss-massa")
    assert meeting.status == Meeting.Status.DRAFT
    refused = SeenItem.objects.get(outcome="refused")
    assert "غرفة" in refused.reason and refused.article is None


def test_a_chambers_source_files_an_article_naming_none_under_its_chamber(site):
    text = (
        "نظم يوم الأربعاء 5 مارس 2025 بمدينة الناظور لقاء تواصلي حول مواكبة حاملي المشاريع "
        "الشباب، بحضور 45 مشاركا."
    )
    serve_rss(site, [feed_site.Article(7, "لقاء بالناظور", text, datetime.date(2025, 3, 5), "")])
    run = source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    assert run.drafts == 1
    assert Meeting.objects.get().chamber == oriental()


def test_wordpress_json_with_pagination_is_collected(site):
    entries = site.publish([feed_site.meeting(n) for n in range(3)])
    posts = [feed_site.wp_post(e, pk=100 - i) for i, e in enumerate(entries)]
    site.routes["/wp-json/wp/v2/posts"] = feed_site.WordPress(posts)
    site.routes["/"] = feed_site.Doc(
        b'<!doctype html><html><head><link rel="https://api.w.org/" href="/wp-json/"></head>'
        b"<body><p>x</p></body></html>"
    )
    source = make_source(site.url("/"), chamber=oriental(), kind=Source.Kind.WORDPRESS)
    run = source_collect(source=source)
    assert (run.items_seen, run.drafts) == (3, 3)
    source.refresh_from_db()
    assert source.feed_url == site.url("/wp-json/wp/v2/posts")


def test_a_sitemap_is_collected(site):
    entries = site.publish([feed_site.meeting(n) for n in range(2)])
    site.routes["/sitemap.xml"] = feed_site.document(feed_site.sitemap(entries), "text/xml")
    source = make_source(site.url("/sitemap.xml"), chamber=oriental(), kind=Source.Kind.SITEMAP)
    run = source_collect(source=source)
    assert (run.items_seen, run.drafts) == (2, 2)
    assert set(SeenItem.objects.values_list("key", flat=True)) == {e.link for e in entries}


def test_collecting_never_publishes(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(3)])
    source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    assert Meeting.objects.count() == 3
    assert not Meeting.objects.published().exists()
