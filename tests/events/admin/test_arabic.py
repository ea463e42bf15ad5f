"""The admin speaks Arabic: the extractor's warnings, Django's own strings, Moroccan months."""

import datetime
import json
import re

import pytest
from django.urls import reverse

from events.admin.warnings import POP, warning_ar
from events.dates import MONTHS_AR_MA
from events.models import Article
from tests.factories import make_meeting, make_user

pytestmark = pytest.mark.django_db

MIDDLE_EASTERN = ("سبتمبر", "أغسطس", "نوفمبر", "ديسمبر", "يوليو ")


@pytest.mark.parametrize(
    ("warning", "arabic", "isolated"),
    [
        ("date without a year (24 يوليوز الجاري)", "تاريخ بلا سنة", "24 يوليوز الجاري"),
        (
            "weekday mismatch: the text says الاثنين but 2025-09-23 is a الثلاثاء",
            "اليوم لا يوافق التاريخ",
            "23 شتنبر 2025",
        ),
        (
            "only the dispatch's dateline gives a date (2025-09-23)",
            "سطر الإرسال",
            "23 شتنبر 2025",
        ),
        ("no chamber named in the text", "لا يذكر النص أي غرفة", None),
        ("some new note", "ملاحظة من الاستخراج", "some new note"),
    ],
)
def test_each_warning_is_said_in_arabic_with_its_parts_isolated(warning, arabic, isolated):
    said = warning_ar(warning)
    assert arabic in said
    assert not re.search(r"\b(date|weekday|text|says|mismatch|chamber)\b", said) or isolated
    if isolated:
        assert re.search(f"[\u2066\u2068]{re.escape(isolated)}{POP}", said)
    # Outside the isolates, nothing Latin is left to scramble the sentence.
    outside = re.sub("[\u2066\u2068][^\u2069]*\u2069", "", said)
    assert not re.search(r"[A-Za-z]", outside)


def test_the_review_screen_shows_warnings_in_arabic(client):
    meeting = make_meeting(title="لقاء تواصلي بوجدة", status="draft")
    article = Article.objects.create(
        raw_text="نص",
        text="نص",
        content_hash="x" * 64,
        chamber=meeting.chamber,
        extraction={"contract": {"warnings": ["date without a year (24 يوليوز الجاري)"]}},
    )
    meeting.article = article
    meeting.save(update_fields=["article"])
    client.force_login(make_user(superuser=True))
    page = client.get(reverse("admin:events_meeting_review", args=[meeting.pk])).content.decode()
    assert "تاريخ بلا سنة" in page
    assert "date without a year" not in page


def test_admin_pages_write_the_moroccan_month_names(client):
    meeting = make_meeting(title="يوم دراسي حول التصدير", date=datetime.date(2025, 9, 23))
    client.force_login(make_user(superuser=True))
    pages = [
        client.get(reverse("admin:events_meeting_changelist")).content.decode(),
        client.get(reverse("admin:events_meeting_change", args=[meeting.pk])).content.decode(),
    ]
    assert "شتنبر" in pages[0]
    for page in pages:
        for name in MIDDLE_EASTERN:
            assert name not in page


def test_the_calendar_widget_catalog_has_the_moroccan_months(client):
    client.force_login(make_user(superuser=True))
    catalog = client.get(reverse("admin:jsi18n")).content.decode()

    def has(name):
        return name in catalog or json.dumps(name)[1:-1] in catalog

    assert all(has(name) for name in MONTHS_AR_MA)
    assert not has("سبتمبر")


def test_the_month_catalog_agrees_with_the_one_table():
    from django.utils import translation
    from django.utils.dates import MONTHS, MONTHS_ALT, MONTHS_AP

    with translation.override("ar"):
        for table in (MONTHS, MONTHS_ALT, MONTHS_AP):
            assert [str(table[i]) for i in range(1, 13)] == list(MONTHS_AR_MA)


def test_admin_pages_have_no_english_left(client):
    meeting = make_meeting(title="لقاء تواصلي بوجدة", status="draft")
    client.force_login(make_user(superuser=True))
    for url in (
        reverse("admin:index"),
        reverse("admin:events_meeting_changelist"),
        reverse("admin:events_meeting_change", args=[meeting.pk]),
        reverse("admin:events_meeting_review", args=[meeting.pk]),
        reverse("admin:auth_user_add"),
    ):
        html = client.get(url).content.decode()
        body = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>|&\w+;", " ", html, flags=re.S)
        assert not re.findall(r"\b[A-Za-z]{3,}\b", body), url
