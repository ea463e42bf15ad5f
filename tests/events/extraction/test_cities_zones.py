"""Places an article names that are not where the meeting is, and the towns it is in that the
gazetteer lacks: invented articles, each showing a phenomenon measured on real ones (issue 17)."""

from events.arabic import normalise
from events.extraction.extract import extract


def _city(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")["city"]


def test_a_stretch_of_coast_is_a_fishing_zone_not_the_venue(gazetteer):
    text = (
        "عقدت غرفة الصيد البحري الأطلسية الوسطى، يوم الخميس 6 يونيو 2024، دورتها العادية عن "
        "بعد، وناقش الأعضاء تراجع المصطادات بسواحل طانطان ومنع الصيد الجائر بساحل سيدي إفني."
    )
    assert _city(gazetteer, text) is None


def test_the_chambers_label_with_its_town_is_not_the_venue(gazetteer):
    text = (
        "غرفة الصيد البحري المتوسطية- الحسيمة\n"
        "شهد رواق غرفة الصيد البحري المتوسطية بالمعرض الدولي للصيد توقيع اتفاقية شراكة بين "
        "الغرفة واتحاد تعاونيات الصيد التقليدي، في خطوة تروم تطوير الصيد التقليدي بالمنطقة.\n"
    )
    assert _city(gazetteer, text) is None


def test_the_place_of_an_event_the_meeting_agrees_to_organise(gazetteer):
    text = (
        "ترأس رئيس الغرفة الفلاحية لجهة سوس ماسة، يوم الثلاثاء 8 أبريل 2025، أشغال الدورة "
        "العادية للغرفة، وصادق الأعضاء على اتفاقيات شراكة لتنظيم معرض التمور بإقليم طاطا."
    )
    assert _city(gazetteer, text) is None


def test_a_building_spoken_for_is_not_where_the_meeting_is(gazetteer):
    text = (
        "دعا رئيس غرفة الصناعة التقليدية لجهة الشرق إلى إيلاء العناية لمجمع الصناعة التقليدية "
        "ببركان، وذلك خلال الجلسة الأولى من دورة فبراير المنعقدة بمقر مجلس جهة الشرق، يوم "
        "الأربعاء 12 فبراير 2025."
    )
    assert _city(gazetteer, text) is None


def test_a_commune_the_gazetteer_lacks_before_its_province(gazetteer):
    text = (
        "انطلقت يوم السبت 5 يوليوز 2025 بجماعة أمسيد بإقليم بوجدور فعاليات المعرض الإقليمي "
        "للصناعة التقليدية، الذي تنظمه غرفة الصناعة التقليدية لجهة العيون الساقية الحمراء."
    )
    assert normalise(_city(gazetteer, text) or "") == normalise("أمسيد")


def test_a_commune_named_after_its_province(gazetteer):
    text = (
        "احتضن المركز الفلاحي بالسهول الحوز، يوم الجمعة 7 مارس 2025، لقاء تواصليا من تنظيم "
        "الغرفة الفلاحية لجهة مراكش آسفي، بحضور رئيس جماعة سهول الحوز وعدد من الفلاحين."
    )
    assert normalise(_city(gazetteer, text) or "") == normalise("سهول الحوز")


def test_a_visit_to_a_fair_in_another_region(gazetteer):
    text = (
        "وقامت الغرفة الفلاحية لجهة سوس ماسة بتنظيم زيارة لفائدة فلاحيها إلى المعرض الدولي "
        "للفلاحة بمكناس من 22 إلى 27 أبريل 2025، للاطلاع على أروقة المعرض الدولي للفلاحة بمكناس."
    )
    assert normalise(_city(gazetteer, text) or "") == normalise("مكناس")


def test_a_fishing_chamber_meeting_nowhere_named_is_of_its_seats_region(gazetteer):
    """The README's rule: a chamber serving a coast of several regions is of the venue's region
    when the venue is on its coast, else of its seat's; the shores it speaks of do not count."""
    remote = (
        "عقدت غرفة الصيد البحري المتوسطية يوم الجمعة 5 دجنبر 2025 دورتها العادية عن بعد، "
        "وطالب الأعضاء بوقف الصيد الجائر بسواحل الناظور وبمحاربة تهريب الأسماك."
    )
    assert extract(remote, gazetteer).as_contract("t.txt")["region"] == "tanger-tetouan-al-hoceima"
    held = (
        "عقدت غرفة الصيد البحري المتوسطية يوم الجمعة 5 دجنبر 2025 دورتها العادية بمدينة الناظور، "
        "بحضور مهنيي الصيد التقليدي بالإقليم."
    )
    assert extract(held, gazetteer).as_contract("t.txt")["region"] == "oriental"
