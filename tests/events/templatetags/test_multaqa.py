import pytest

from events.facets import FacetValue
from events.templatetags.multaqa import facet_options


@pytest.mark.parametrize(
    "values,expected",
    [
        ([], ""),
        (
            [
                FacetValue("oriental", "جهة الشرق", 3),
                FacetValue("fes-meknes", "فاس مكناس", 1, True),
            ],
            '<option value="oriental">جهة الشرق (3)</option>'
            '<option value="fes-meknes" selected>فاس مكناس (1)</option>',
        ),
        # Kinds are free text typed by editors: escaped, in the value as in the label.
        (
            [FacetValue('a"<b>', "<script>x</script>", 2)],
            '<option value="a&quot;&lt;b&gt;">&lt;script&gt;x&lt;/script&gt; (2)</option>',
        ),
    ],
    ids=["none", "selected", "escaped"],
)
def test_facet_options(values, expected):
    assert facet_options(values) == expected


@pytest.mark.django_db
def test_meeting_rows_escape_and_isolate_what_they_show():
    import datetime

    from django.utils import translation
    from django.utils.safestring import mark_safe

    from events.models import Meeting
    from events.templatetags.multaqa import meeting_rows
    from tests.factories import make_meeting, make_partner

    partner = make_partner(name_ar="جمعية <الأمل>", name_fr="Association Amal")
    other = make_partner(name_ar="وكالة التنمية")
    make_meeting(
        title='ورشة "<b>" Casablanca',
        date=datetime.date(2025, 3, 4),
        kind="ورشة تكوينية",
        partners=[partner, other],
    )
    make_meeting(title="Forum régional", chamber="ccis-souss-massa", region=None, date=None)
    meetings = list(Meeting.objects.published().newest_first().with_related())
    meetings[1].region = None  # shown as it is, not written
    meetings[0].excerpt = mark_safe("… <mark>ورشة</mark> …")

    with translation.override("ar"):
        html = meeting_rows(meetings)
    assert html.count('<li class="meeting-row">') == 2
    # A title is escaped; a marked excerpt (already safe) is kept.
    assert "ورشة &quot;&lt;b&gt;&quot; Casablanca</a>" in html
    assert '<p class="excerpt">… <mark>ورشة</mark> …</p>' in html
    assert 'datetime="2025-03-04"' in html and '<span class="category">' in html
    # Partners in the page's order (by Arabic name), separated as the language does.
    assert "جمعية &lt;الأمل&gt;، وكالة التنمية" in html
    # A French title on an Arabic page is isolated; a meeting with no place says so.
    assert '<a class="meeting-title" href="' in html and 'lang="fr" dir="auto">Forum' in html
    assert "<dd>غير محدد</dd>" in html

    with translation.override("fr"):
        html = meeting_rows(meetings)
    # French names where there are, Arabic ones isolated, the Latin comma.
    assert "Association Amal, " in html
    assert '<span lang="ar" dir="auto">وكالة التنمية</span>' in html
