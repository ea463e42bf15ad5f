import datetime

import pytest
from django.utils import translation

from events.models import Meeting
from events.rows import ListRow, list_rows
from events.templatetags.multaqa import meeting_rows
from tests.factories import make_meeting, make_partner


@pytest.mark.django_db
def test_rows_read_as_values_render_as_the_meetings_read_as_models():
    first = make_partner(name_ar="وكالة التنمية", name_fr="Agence de développement")
    second = make_partner(name_ar="جمعية الأمل")
    make_meeting(title="ورشة تكوينية", date=datetime.date(2025, 3, 4), partners=[first, second])
    make_meeting(title="Forum régional", chamber="ccis-souss-massa", region=None, date=None)
    make_meeting(title="لقاء تواصلي", slug="", date=datetime.date(2024, 1, 2))
    meetings = Meeting.objects.published().newest_first()

    rows = list_rows(meetings)
    models = list(meetings.with_related())
    assert [row.pk for row in rows] == [m.pk for m in models]
    assert rows == [ListRow.of(m) for m in models]
    # Partners by their Arabic names, whatever order they were linked in.
    assert rows[0].partners == [(second.name_ar, second.name_fr), (first.name_ar, first.name_fr)]
    assert rows[1].get_absolute_url() == models[1].get_absolute_url()
    assert [row.date for row in rows] == [
        datetime.date(2025, 3, 4),
        datetime.date(2024, 1, 2),
        None,
    ]
    for language in ("ar", "fr"):
        with translation.override(language):
            assert meeting_rows(rows) == meeting_rows(models)


@pytest.mark.django_db
def test_no_meetings_no_rows():
    assert list_rows(Meeting.objects.none()) == []
