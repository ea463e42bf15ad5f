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
