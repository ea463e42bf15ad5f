import pytest

from tests.events.views.demo import demo_meetings


@pytest.fixture
def demo(db):
    return demo_meetings()
