import pytest

from tests.factories import make_meeting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_is_arabic_right_to_left_and_lists_published_meetings(live_server, page):
    make_meeting(title="لقاء جهوي لدعم التعاونيات")
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert "لقاء جهوي لدعم التعاونيات" in page.locator("main").inner_text()
