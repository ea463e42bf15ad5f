"""Failure kinds of the ninth round (issue 17, from the development sets): each article here is
invented and shows one of them, or a neighbouring form."""

from tests.events.extraction.partner_checks import has_partner, partners_of

# --- a confederation spelt without its waw --------------------------------------------------


def test_a_confederation_spelt_without_waw_is_a_body_as_with_it(gazetteer):
    for spelling in ("الكنفدرالية", "الكونفدرالية"):
        partners = partners_of(
            gazetteer,
            f"نظمت {spelling} المغربية للتعاونيات الفلاحية بشراكة مع الغرفة الفلاحية لجهة "
            "سوس ماسة يوما تحسيسيا لفائدة الفلاحين يوم الخميس 14 مارس 2024 بتارودانت.",
        )
        assert has_partner(partners, f"{spelling} المغربية للتعاونيات الفلاحية"), spelling


def test_a_confederation_named_again_by_its_adjective_is_one_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "احتضن مقر غرفة الصيد البحري الأطلسية الوسطى بأكادير يوم 3 أبريل 2023 لقاء تواصليا "
        "نظمته الكنفدرالية الوطنية للصيد الساحلي بشراكة مع الغرفة. وقدمت الكنفدرالية الوطنية "
        "خلال اللقاء برنامج عملها للسنة المقبلة.",
    )
    confederations = [p for p in partners if "كنفدراليه" in p]
    assert len(confederations) == 1, partners
