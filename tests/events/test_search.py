"""Full-text search: one table of queries and the meetings they must find, on whichever
database the suite runs (SQLite by default, PostgreSQL with DATABASE_URL)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from events.models import City, Meeting, Partner, Person, Programme
from events.search import (
    SEPARATOR,
    Document,
    prepare,
    snippet,
    trigram_similarity,
)
from events.services import meeting_delete, reference_changed
from events.writes import meetings_write
from tests.factories import make_meeting, make_partner, make_programme

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

# The five seed articles as meetings, with the facts of shared/gold/seeds.json.
DEMO = [
    {
        "file": "000_922bf012364e541c.txt",
        "title": "مشروع حاضنة المقاولات بإقليم الحسيمة",
        "chamber": "ccis-tanger-tetouan-al-hoceima",
        "city": "الحسيمة",
        "kind": "اجتماع تنسيقي",
        "venue": "مقر ملحقة الغرفة بالحسيمة",
        "date": datetime.date(2024, 2, 2),
        "partners": ["enabel", "apefe", "afem", "wbi"],
        "programmes": ["حاضنة المقاولات"],
    },
    {
        "file": "001_6af0ee77e2af140b.txt",
        "title": "الزكراني يستعرض محاور اللقاء الموسع لمكتب غرفة التجارة والصناعة والخدمات"
        " لجهة الدار البيضاء ورؤساء اللجان",
        "chamber": "ccis-casablanca-settat",
        "city": None,
        "kind": "اجتماع موسع",
        "date": None,
        "partners": [],
        "programmes": [],
    },
    {
        "file": "002_acc5641cf57d7599.txt",
        "title": "غرفة التجارة والصناعة والخدمات للشرق تستضيف لقاءً جهوياً لدعم التعاونيات"
        " في إطار برنامج التنمية المحلية المندمجة",
        "chamber": "ccis-oriental",
        "city": "وجدة",
        "kind": "لقاء جهوي",
        "date": datetime.date(2025, 9, 23),
        "partners": ["agence-oriental", "odco", "pnud"],
        "programmes": ["delio"],
    },
    {
        "file": "003_e2d409cf580db66d.txt",
        "title": "لقاء تواصلي حول المنظومة المقاولاتية في خدمة الاقتصاد المحلي بآسفي",
        "chamber": "ccis-marrakech-safi",
        "city": "آسفي",
        "kind": "لقاء تواصلي",
        "date": datetime.date(2024, 10, 3),
        "partners": ["ministere-industrie-commerce", "cri-marrakech-safi"],
        "programmes": ["snte"],
    },
    {
        "file": "004_5fadecdd395aa181.txt",
        "title": "خديجة حجوبي تعرض حصيلة تدخلات مجلس جهة فاس مكناس لإنعاش الاقتصاد الاجتماعي"
        " والتضامني والآفاق المستقبلية للقطاع",
        "chamber": "artisanat-fes-meknes",
        "city": "فاس",
        "kind": "لقاء تواصلي وتكويني",
        "venue": "قصر المؤتمرات بمجمع الصناع التقليديين",
        "date": None,
        "partners": ["ministere-tourisme-artisanat-ess", "wilaya-fes-meknes", "conseil-fes-meknes"],
        "programmes": ["programme-developpement-regional", "mouazara"],
    },
]
HOCEIMA, CASABLANCA, ORIENTAL, SAFI, FES = range(5)
ALL = {HOCEIMA, CASABLANCA, ORIENTAL, SAFI, FES}


def _city(name_ar: str | None) -> City | None:
    if name_ar is None:
        return None
    return City.objects.filter(name_ar=name_ar).order_by("-population").first()


def _programme(name: str) -> Programme:
    found = Programme.objects.filter(slug=name).first()
    return found or make_programme(name_ar=name)


@pytest.fixture
def demo(db) -> list[Meeting]:
    meetings = []
    for entry in DEMO:
        meeting = make_meeting(
            title=entry["title"],
            chamber=entry["chamber"],
            city=_city(entry["city"]),
            date=entry["date"],
            kind=entry["kind"],
            venue=entry.get("venue", ""),
            body=(SEEDS / entry["file"]).read_text(encoding="utf-8"),
            partners=list(Partner.objects.filter(slug__in=entry["partners"])),
            programmes=[_programme(p) for p in entry["programmes"]],
        )
        meetings.append(meeting)
    return meetings


def found(meetings: list[Meeting], query: str, queryset=None) -> set[int]:
    by_pk = {m.pk: i for i, m in enumerate(meetings)}
    queryset = Meeting.objects.all() if queryset is None else queryset
    return {by_pk[pk] for pk in queryset.search(query).values_list("pk", flat=True)}


# query → the demo meetings it must find (and no others).
QUERY_TABLE = [
    # Words, in the forms the press and readers write them.
    ("التعاونية", {ORIENTAL, SAFI, FES}, "cooperative-article-feminine"),
    ("تعاونيات", {ORIENTAL, SAFI, FES}, "cooperatives-plural"),
    ("التَّعَاوُنِيَّة", {ORIENTAL, SAFI, FES}, "cooperative-with-diacritics"),
    ("المقاولاتية", {SAFI}, "entrepreneurial"),
    ("المقاولاتـية", {SAFI}, "entrepreneurial-tatweel"),
    ("الاستثمار", {ORIENTAL, SAFI}, "investment"),
    ("الإستثمار", {ORIENTAL, SAFI}, "investment-hamza"),
    ("بالحسيمة", {HOCEIMA}, "clitic-bi-al"),
    ("الحسيمه", {HOCEIMA}, "taa-marbuta-as-haa"),
    ("لإنعاش", {HOCEIMA, SAFI, FES}, "clitic-li"),
    ("والتضامني", {ORIENTAL, FES}, "clitic-wa-al"),
    ("مراكش-آسفي", {SAFI}, "hyphenated-region"),
    ("فاس", {FES}, "city"),
    ("وجدة", {ORIENTAL}, "city-oujda"),
    ("٢٠٢٣", {HOCEIMA, CASABLANCA}, "arabic-indic-digits"),
    ("۲۰۲۳", {HOCEIMA, CASABLANCA}, "persian-digits"),
    # Latin text folded.
    ("DELIO", {ORIENTAL}, "delio-upper"),
    ("delio", {ORIENTAL}, "delio-lower"),
    ("Delio", {ORIENTAL}, "delio-title"),
    ("ديليو", {ORIENTAL}, "delio-arabic-alias"),
    ("Écosystème", {SAFI}, "accented-latin"),
    ("ecosysteme", {SAFI}, "unaccented-latin"),
    ("PNUD", {ORIENTAL}, "partner-acronym"),
    ("UNDP", {ORIENTAL}, "partner-alias-latin"),
    # Names: partners, programmes and places by any of their names.
    ("Enabel", {HOCEIMA}, "enabel"),
    ("وكالة التعاون البلجيكي", {HOCEIMA}, "enabel-arabic-alias"),
    ("Casablanca", {CASABLANCA}, "casablanca"),
    ("الدار البيضاء", {CASABLANCA}, "casablanca-arabic"),
    ("Oujda", {ORIENTAL}, "oujda-french"),
    ("Oriental", {ORIENTAL}, "region-french"),
    ("Safi", {SAFI}, "safi-french"),
    ("وكالة جهة الشرق", {ORIENTAL}, "agence-oriental-alias"),
    ("مؤازرة", {FES}, "programme-mouazara"),
    # Web-search syntax.
    ('"وكالة التعاون البلجيكي"', {HOCEIMA}, "phrase"),
    ('"البلجيكي وكالة"', set(), "phrase-wrong-order"),
    ('"Enabel وكالة"', set(), "phrase-across-two-names"),
    ('"مركز الأعمال"', {CASABLANCA}, "phrase-two-words"),
    ("DELIO OR Enabel", {HOCEIMA, ORIENTAL}, "or"),
    ("DELIO أو Enabel", {HOCEIMA, ORIENTAL}, "or-arabic"),
    ("تعاونية -DELIO", {SAFI, FES}, "minus"),
    ('التعاونية -"وكالة جهة الشرق"', {SAFI, FES}, "minus-phrase"),
    ("-DELIO", {HOCEIMA, CASABLANCA, SAFI, FES}, "only-minus"),
    ("غرفة الاستثمار", {ORIENTAL, SAFI}, "and"),
    # Misspelt names, when nothing matches exactly.
    ("Enabl", {HOCEIMA}, "typo-enabel"),
    ("Casablnca", {CASABLANCA}, "typo-casablanca"),
    ("Oujdda", {ORIENTAL}, "typo-oujda"),
    # Nothing.
    ("الطاقة الشمسية", set(), "absent-words"),
    ("قرصنة", set(), "absent-word"),
    ("xylophone", set(), "absent-latin"),
    ("في من على", set(), "only-stop-words"),
    ('"', set(), "lone-quote"),
    ("DELIO Enabel", set(), "and-of-two-meetings"),
    ("", ALL, "empty"),
]


@pytest.mark.parametrize(
    ("query", "expected"), [(q, e) for q, e, _ in QUERY_TABLE], ids=[i for _, _, i in QUERY_TABLE]
)
def test_query_table(demo, query, expected):
    assert found(demo, query) == expected


def test_search_rank_puts_the_meeting_about_it_first(demo):
    results = list(Meeting.objects.search("التعاونية").order_by("-search_rank"))
    assert results[0] == demo[ORIENTAL]
    assert all(isinstance(m.search_rank, float) for m in results)


def test_title_outranks_body(db):
    in_body = make_meeting(title="لقاء جهوي", body="تحدث المشاركون عن الرقمنة.")
    in_title = make_meeting(title="يوم دراسي حول الرقمنة", body="نظمت الغرفة يوما دراسيا.")
    ranked = list(Meeting.objects.search("الرقمنة").order_by("-search_rank"))
    assert ranked == [in_title, in_body]
    assert ranked[0].search_rank > ranked[1].search_rank > 0


def test_search_combines_with_filters_and_published(demo):
    with meetings_write([demo[SAFI].pk]):
        demo[SAFI].status = Meeting.Status.DRAFT
        demo[SAFI].published_at = None
        demo[SAFI].save()
    queryset = Meeting.objects.published().filter(region__slug__in=["oriental", "marrakech-safi"])
    assert found(demo, "الاستثمار", queryset) == {ORIENTAL}


def test_search_inside_a_subquery(demo):
    """The engine's SQL follows the meeting table's alias (subqueries, joins)."""
    inner = Meeting.objects.search("DELIO").values("pk")
    assert set(Meeting.objects.filter(pk__in=inner)) == {demo[ORIENTAL]}
    assert (
        Partner.objects.filter(meetings__in=Meeting.objects.search("Enabel")).distinct().count()
        == 4
    )


def test_distinct_querysets_can_be_searched_and_ranked(demo):
    pnud = Partner.objects.get(slug="pnud")
    results = Meeting.objects.with_partner(pnud).search("التعاونية").order_by("-search_rank")
    assert list(results) == [demo[ORIENTAL]]


def test_index_follows_meeting_changes(demo):
    meeting = demo[CASABLANCA]
    assert found(demo, "الصيد") == set()
    with meetings_write([meeting.pk]):
        meeting.title = "لقاء حول الصيد البحري"
        meeting.save()
        assert found(demo, "الصيد") == set()  # not yet indexed: the write is, when it ends
    assert found(demo, "الصيد") == {CASABLANCA}


def test_index_follows_partners_and_programmes(demo):
    meeting = demo[CASABLANCA]
    giz = Partner.objects.get(slug="giz")
    with meetings_write([meeting.pk]):
        meeting.partner_roles.create(partner=giz, role="funder")
        meeting.programmes.add(Programme.objects.get(slug="intelaka"))
    assert found(demo, "GIZ") == {CASABLANCA}
    assert found(demo, "Intelaka") == {CASABLANCA}


def test_index_follows_a_new_partner_alias(demo):
    pnud = Partner.objects.get(slug="pnud")
    assert found(demo, "بنود") == set()
    pnud.aliases = [*pnud.aliases, "بنود"]
    pnud.save()
    reference_changed(obj=pnud)
    assert found(demo, "بنود") == {ORIENTAL}


def test_names_expand_to_unlinked_mentions(demo):
    """A meeting that names Enabel in its text but is not linked to the partner."""
    other = make_meeting(title="ورشة حول التمويل", body="بدعم من الوكالة البلجيكية للتنمية.")
    demo.append(other)
    assert found(demo, "Enabel") == {HOCEIMA, 5}


def test_people_are_searchable(demo):
    with meetings_write([demo[FES].pk]):
        Person.objects.create(meeting=demo[FES], name="فاطمة الزهراء", role="مديرة", position=0)
    assert found(demo, "الزهراء") == {FES}


def test_deleted_meetings_leave_the_index(demo):
    meeting_delete(meeting=demo[ORIENTAL], user=None)
    assert found(demo[:2], "DELIO") == set()


def test_query_count_is_bounded(demo, django_assert_max_num_queries):
    prepare("Enabel")  # names loaded once per process
    with django_assert_max_num_queries(3):
        list(Meeting.objects.search("تعاونية المقاولاتية"))


def test_reindexing_is_bulk(demo, django_assert_max_num_queries):
    ids = [make_meeting(partners=[make_partner()]).pk for _ in range(30)]
    # One query more than before the sources: every article of the meetings, in one prefetch;
    # and one for their search rows.
    with django_assert_max_num_queries(14), meetings_write() as change:
        change.reindex(ids)


def test_reindex_command(demo):
    Meeting.objects.update(search_document="")
    call_command("reindex_search", verbosity=0)
    assert found(demo, "DELIO") == {ORIENTAL}
    assert Meeting.objects.get(pk=demo[ORIENTAL].pk).search_document


def test_search_document_has_one_line_per_weight(demo):
    document = Document.parse(Meeting.objects.get(pk=demo[ORIENTAL].pk).search_document)
    assert "delio" in document.b  # programme acronym
    assert "تعاوني" in document.a  # title: التعاونيات
    assert "وجد" in document.b  # the city


def test_tsvector_literal_positions_and_weights():
    document = Document.from_sections(["a1", "b1"], ["a1", SEPARATOR, "c1"], [], ["x'y"])
    assert document.tsvector() == "'a1':1A,4B 'b1':2A 'c1':6B 'x''y':9D"


def test_snippet_marks_matches_safely(demo):
    html = snippet(demo[SAFI], "المقاولاتية")
    assert "<mark>المقاولاتــية</mark>" in html  # as written, tatweel and all
    assert "<script" not in snippet(make_meeting(body="<script>x</script> DELIO"), "DELIO")
    assert "&lt;script&gt;" in snippet(make_meeting(body="<script>x</script> DELIO"), "DELIO")


def test_snippet_marks_alias_matches(demo):
    html = snippet(demo[HOCEIMA], "Enabel")
    assert "<mark>ووكالة</mark> <mark>التعاون</mark> <mark>البلجيكي</mark>" in html


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("enabel", "enabel", 1.0), ("abc", "xyz", 0.0), ("casablnca", "casablanca", 0.62)],
    ids=["same", "disjoint", "typo"],
)
def test_trigram_similarity_is_pg_trgm(a, b, expected):
    assert round(trigram_similarity(a, b), 2) == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="checks pg_trgm itself")
@pytest.mark.postgres_only
def test_trigram_similarity_agrees_with_pg_trgm(db):
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for a, b in [("casablnca", "casablanca"), ("حسيم", "حصيم"), ("enabl", "enabel")]:
            cursor.execute("SELECT similarity(%s, %s)", [a, b])
            assert cursor.fetchone()[0] == pytest.approx(trigram_similarity(a, b), abs=1e-6)
