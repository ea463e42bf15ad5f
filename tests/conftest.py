import pytest


@pytest.fixture
def oriental(db):
    from events.models import Region

    return Region.objects.get(slug="oriental")
