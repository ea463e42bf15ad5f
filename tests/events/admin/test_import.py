"""The import screen: paste, upload files, bad input, duplicates; with the real extractor."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Article, Meeting

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:events_meeting_import")
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
ORIENTAL_SEED = (SEEDS / "002_acc5641cf57d7599.txt").read_text(encoding="utf-8")
CASABLANCA_SEED = (SEEDS / "001_6af0ee77e2af140b.txt").read_text(encoding="utf-8")


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_pasted_article_becomes_a_draft_and_opens_its_review(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(IMPORT, {"text": ORIENTAL_SEED, "outlet": "الشرق اليوم"})
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:events_meeting_review", args=[meeting.pk])
    assert (meeting.status, meeting.chamber.slug) == ("draft", "ccis-oriental")
    assert meeting.article.outlet == "الشرق اليوم"
    assert meeting.article.imported_by == oriental_editor


def test_the_same_article_twice_is_refused_with_a_link_to_the_first(client, oriental_editor):
    client.force_login(oriental_editor)
    client.post(IMPORT, {"text": ORIENTAL_SEED})
    first = Meeting.objects.get()
    response = client.post(IMPORT, {"text": "\n\n" + ORIENTAL_SEED + "  \n"}, follow=True)
    assert Article.objects.count() == 1
    [duplicate] = [m for m in messages_of(response) if "مستورد من قبل" in m]
    assert reverse("admin:events_meeting_review", args=[first.pk]) in duplicate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("La chambre a organisé une rencontre.", "ليس بالعربية", id="not-arabic"),
        pytest.param(ORIENTAL_SEED + "<script>x()</script>", "شيفرة", id="script"),
    ],
)
def test_bad_pasted_text_stores_nothing(client, oriental_editor, text, expected):
    client.force_login(oriental_editor)
    response = client.post(IMPORT, {"text": text})
    assert response.status_code == 200
    assert expected in " ".join(messages_of(response))
    assert (Article.objects.count(), Meeting.objects.count()) == (0, 0)


def test_empty_form_asks_for_something(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(IMPORT, {"text": "  "})
    assert response.context["form"].non_field_errors() == ["الصق نصاً أو أدخل رابطاً أو اختر ملفاً."]


def test_editor_cannot_claim_an_article_for_another_chamber(client, oriental_editor):
    from events.models import Chamber

    client.force_login(oriental_editor)
    other = Chamber.objects.get(slug="ccis-casablanca-settat")
    response = client.post(IMPORT, {"text": CASABLANCA_SEED, "chamber": other.pk, "claim": "on"})
    assert response.context["form"].errors["chamber"]
    assert Article.objects.count() == 0


def test_several_files_one_bad_give_a_summary(client, oriental_editor, admin_user):
    client.force_login(admin_user)
    files = [
        SimpleUploadedFile("oriental.txt", ORIENTAL_SEED.encode("cp1256")),
        SimpleUploadedFile("casablanca.txt", CASABLANCA_SEED.encode("utf-16")),
        SimpleUploadedFile("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
    ]
    response = client.post(IMPORT, {"files": files})
    assert response.status_code == 200
    statuses = [(o.name, o.status) for o in response.context["outcomes"]]
    assert statuses == [
        ("oriental.txt", "imported"),
        ("casablanca.txt", "imported"),
        ("image.txt", "refused"),
    ]
    assert sorted(Meeting.objects.values_list("chamber__slug", flat=True)) == [
        "ccis-casablanca-settat",
        "ccis-oriental",
    ]
    html = response.content.decode()
    for meeting in Meeting.objects.all():
        assert reverse("admin:events_meeting_review", args=[meeting.pk]) in html


def test_near_duplicate_is_imported_and_flagged_on_the_review_screen(client, oriental_editor):
    client.force_login(oriental_editor)
    client.post(IMPORT, {"text": ORIENTAL_SEED})
    first = Article.objects.get()
    # Another outlet's version: same meeting, a sentence added and one dropped.
    sentences = ORIENTAL_SEED.split(".")
    other = ". ".join(sentences[:3] + sentences[4:]) + ". وقد نوه المشاركون بهذه المبادرة الهامة."
    response = client.post(IMPORT, {"text": other}, follow=True)
    second = Article.objects.exclude(pk=first.pk).get()
    assert second.near_duplicate_of == first
    assert "يشبه" in response.content.decode()
