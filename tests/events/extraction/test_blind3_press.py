"""Partner failure kinds of the third blind set (docs/extraction.md): each article here is
invented and shows one of them."""

from events.extraction.extract import extract


def _partners(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")["partners"]


def test_the_other_chambers_of_a_joint_meeting_are_partners(gazetteer):
    partners = _partners(
        gazetteer,
        "احتضن مقر غرفة الصناعة التقليدية بمكناس يوم 4 مارس 2026 لقاء تنسيقيا ضم مكاتب غرف "
        "الجهة، ويتعلق الأمر بغرفة الصناعة التقليدية، وغرفة التجارة والصناعة والخدمات، "
        "وغرفة الفلاحة.",
    )
    assert "غرفة التجارة والصناعة والخدمات" in partners
    assert "غرفة الفلاحة" in partners


def test_another_chamber_hosting_or_organising_its_own_event_is_not_a_partner(gazetteer):
    partners = _partners(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم 4 مارس 2026 بمقر غرفة التجارة والصناعة "
        "والخدمات بوجدة ورشة للصناع، بالموازاة مع معرض المنظم من طرف الغرفة الفلاحية.",
    )
    assert not any("غرفة" in p or "الغرفة" in p for p in partners)


def test_the_assemblys_council_is_the_chambers_own_organ(gazetteer):
    partners = _partners(
        gazetteer,
        "احتضن مقر الغرفة الفلاحية لجهة سوس ماسة يوم 3 أبريل 2026 الدورة العادية لمجلس الجمعية "
        "العامة بحضور الأعضاء.",
    )
    assert partners == []


def test_the_security_council_and_a_states_pact_are_an_aside(gazetteer):
    partners = _partners(
        gazetteer,
        "عقدت غرفة الصيد البحري المتوسطية يوم 3 أبريل 2026 بطنجة جمعها العام، في سياق القرار "
        "الصادر عن مجلس الأمن، والاتفاق الموقع بين المغرب و الاتحاد الأوروبي.",
    )
    assert partners == []


def test_a_landmark_near_the_venue_is_no_partner(gazetteer):
    partners = _partners(
        gazetteer,
        "افتتحت غرفة الصناعة التقليدية لجهة الشرق يوم 3 أبريل 2026 معرضا بوجدة قرب مدرسة محمد "
        "الخامس بتنسيق مع المديرية الإقليمية للصناعة التقليدية بوجدة.",
    )
    assert not any("مدرسة" in p for p in partners)
    assert partners


def test_a_member_of_the_regional_council_is_not_the_council(gazetteer):
    partners = _partners(
        gazetteer,
        "افتتحت غرفة الصناعة التقليدية لجهة الشرق يوم 3 أبريل 2026 معرضا بوجدة بحضور عضو مجلس "
        "جهة الشرق.",
    )
    assert not any("مجلس جهة" in p for p in partners)


def test_a_latin_acronym_names_the_body(gazetteer):
    partners = _partners(
        gazetteer,
        "أطلقت غرفة الصيد البحري المتوسطية يوم 3 أبريل 2026 بالحسيمة حملة تحسيسية بشراكة مع "
        "مؤسسة نوفا NOVA لفائدة البحارة.",
    )
    assert partners == ["مؤسسة نوفا NOVA"]


def test_a_coalition_of_associations_is_a_body(gazetteer):
    partners = _partners(
        gazetteer,
        "استقبل رئيس غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي يوم 3 أبريل 2026 بمراكش "
        "ائتلاف جمعيات تجار آسفي، بطلب من الائتلاف المهني بعقد هذا اللقاء.",
    )
    assert len(partners) == 1 and partners[0].startswith("ائتلاف جمعيات تجار")


def test_a_body_joined_to_the_chambers_name_co_organises(gazetteer):
    partners = _partners(
        gazetteer,
        "افتتح والي الجهة يوم 3 أبريل 2026 بكلميم المعرض الجهوي، بحضور العمال، وتنظمه الغرفة "
        "الفلاحية والمديرية الجهوية للفلاحة.",
    )
    assert "المديرية الجهوية للفلاحة" in partners
