"""Failure kinds of the eighth round (issue 17, from the eighth blind set once scored): each
article here is invented and shows one of them, or a neighbouring form."""

from tests.events.extraction.partner_checks import has_partner, partners_of

# --- a list of regions past a comma ---------------------------------------------------------


def test_a_second_region_after_a_comma_and_wa_is_a_partner_too(gazetteer):
    partners = partners_of(
        gazetteer,
        "صادقت الجمعية العامة لغرفة الصناعة التقليدية لجهة مراكش آسفي، خلال دورتها المنعقدة "
        "يوم 12 يونيو 2024 بآسفي، على اتفاقيتين مع جهة الداخلة وادي الذهب،وجهة درعة تافيلالت.",
    )
    assert has_partner(partners, "جهة الداخلة وادي الذهب")
    assert has_partner(partners, "جهة درعة تافيلالت")


# --- public bodies listed as present, with no delegate named -------------------------------


def test_national_offices_listed_as_present_take_part_like_their_delegates(gazetteer):
    partners = partners_of(
        gazetteer,
        "ترأس رئيس الغرفة الفلاحية لجهة درعة تافيلالت أشغال الدورة العادية يوم 9 أكتوبر 2024 "
        "بالرشيدية، بحضور المديرين الإقليميين للفلاحة، والمكتب الوطني للسلامة الصحية، "
        "والوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان، وممثل القرض الفلاحي.",
    )
    assert has_partner(partners, "المكتب الوطني للسلامة الصحية")
    assert has_partner(partners, "الوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان")
    assert has_partner(partners, "القرض الفلاحي")


def test_an_administration_listed_as_present_is_still_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "ترأس رئيس الغرفة الفلاحية لجهة درعة تافيلالت أشغال الدورة العادية يوم 9 أكتوبر 2024 "
        "بالرشيدية، بحضور المديرية الجهوية للفلاحة والمكتب الوطني للاستشارة الفلاحية.",
    )
    assert not has_partner(partners, "المديرية الجهوية للفلاحة")
    assert has_partner(partners, "المكتب الوطني للاستشارة الفلاحية")


# --- a cooperative named by a bare proper noun -------------------------------------------


def test_cooperatives_named_by_bare_proper_nouns_are_partners(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصيد البحري الأطلسية الوسطى يوم 14 مارس 2024 بسيدي إفني حفلا لتسليم "
        "معدات السلامة للبحارة، بشراكة مع تعاونية تاركا وتعاونية تيغرمت.",
    )
    assert has_partner(partners, "تعاونية تاركا")
    assert has_partner(partners, "تعاونية تيغرمت")


def test_a_cooperative_described_by_an_adjective_is_no_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الفلاحة لجهة الشرق يوم 14 مارس 2024 بوجدة يوما تحسيسيا بشراكة مع تعاونية "
        "نسائية وشركة خاصة من المنطقة.",
    )
    assert partners == []
