"""The importer's check that a text tells a meeting, which the collector asks for: a notice is
refused with a reason and nothing is stored; a meeting told without a kind word is kept."""

import datetime

import pytest

from bench import feed_site
from events import services
from events.models import Article, Chamber
from events.services.meetings import NOT_A_MEETING

pytestmark = pytest.mark.django_db


def import_(text, **extra):
    return services.article_import(
        text=text, chamber=Chamber.objects.get(slug="ccis-oriental"), user=None, **extra
    )


def test_a_notice_is_refused_when_a_meeting_is_required_and_nothing_stored():
    with pytest.raises(services.ServiceRefused) as refused:
        import_(feed_site.NOTICE, require_meeting=True)
    assert (refused.value.code, refused.value.message) == ("not_meeting", NOT_A_MEETING)
    assert not Article.objects.exists()


def test_an_editor_may_still_import_it_by_hand():
    assert import_(feed_site.NOTICE).created


def test_a_meeting_told_without_a_kind_word_is_kept_by_its_day():
    text = (
        "احتضنت القاعة الكبرى بمدينة وجدة يوم الخميس 6 مارس 2025 نشاطا احتفاليا باليوم الوطني "
        "للتاجر، من تنظيم غرفة التجارة والصناعة والخدمات لجهة الشرق."
    )
    result = import_(text, require_meeting=True, published_on=datetime.date(2025, 3, 7))
    assert result.created and result.extraction.kind.value is None
    assert result.meeting.date == datetime.date(2025, 3, 6)
