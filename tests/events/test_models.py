import pytest
from django.db import IntegrityError

from events.models import Chamber, City, Meeting, Partner, Province, Region
from tests.factories import make_meeting, make_user

pytestmark = pytest.mark.django_db


def test_reference_data_is_complete_in_a_fresh_database():
    assert Region.objects.count() == 12
    assert Province.objects.count() == 75
    assert Chamber.objects.count() == 40
    assert City.objects.filter(name_ar="وجدة").get().region.slug == "oriental"


@pytest.mark.parametrize(
    "kind,count",
    [("ccis", 12), ("artisanat", 12), ("agriculture", 12), ("peche", 4)],
    ids=["ccis", "artisanat", "agriculture", "peche"],
)
def test_every_kind_of_chamber_exists(kind, count):
    assert Chamber.objects.filter(kind=kind).count() == count


def test_chamber_slugs_follow_kind_and_region():
    chamber = Chamber.objects.get(kind="artisanat", region__slug="fes-meknes")
    assert chamber.slug == "artisanat-fes-meknes"
    assert chamber.seat.name_ar == "فاس"


def test_annex_belongs_to_the_regional_chamber():
    chamber = Chamber.objects.get(slug="ccis-tanger-tetouan-al-hoceima")
    assert "الحسيمة" in {city.name_ar for city in chamber.annexes.all()}


def test_starter_partners_are_seeded_with_their_press_names():
    enabel = Partner.objects.get(slug="enabel")
    assert "وكالة التعاون البلجيكي" in enabel.aliases
    assert Partner.objects.get(slug="conseil-oriental").name_ar == "مجلس جهة الشرق"


def test_one_ccis_per_region():
    chamber = Chamber.objects.get(slug="ccis-oriental")
    with pytest.raises(IntegrityError):
        Chamber.objects.create(
            slug="ccis-oriental-2", kind="ccis", region=chamber.region, name_ar="x"
        )


def test_published_meeting_needs_a_publication_time():
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    meeting.status = Meeting.Status.PUBLISHED
    with pytest.raises(IntegrityError):
        meeting.save()


def test_published_excludes_drafts():
    published = make_meeting()
    make_meeting(status=Meeting.Status.DRAFT)
    assert list(Meeting.objects.published()) == [published]


def test_editable_by_limits_editors_to_their_chambers():
    mine = make_meeting(chamber="ccis-oriental")
    make_meeting(chamber="ccis-souss-massa")
    editor = make_user(chambers=[mine.chamber])
    admin = make_user(superuser=True)
    assert list(Meeting.objects.editable_by(editor)) == [mine]
    assert Meeting.objects.editable_by(admin).count() == 2


def test_nador_is_spelt_as_the_press_writes_it_and_found_by_the_hcp_spelling():
    nador = City.objects.get(slug="nador")
    assert (nador.name_ar, nador.aliases) == ("الناظور", ["الناضور"])
    assert Province.objects.get(code="02.381").name_ar == "الناظور"
