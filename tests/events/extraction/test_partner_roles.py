"""Partners by the role the text gives them: invented articles, each showing a phenomenon
measured on real press (issue 17): who takes part, who is only there, who is told of."""

from events.extraction.extract import extract
from tests.events.extraction.partner_checks import has_partner as _has
from tests.events.extraction.partner_checks import partners_of as _partners


def test_the_venue_is_not_a_partner(gazetteer):
    text = (
        "نظمت الغرفة الفلاحية لجهة فاس مكناس يوم الخميس 5 مارس 2026 بالجماعة الحضرية لإفران "
        "يوما دراسيا حول تثمين الفواكه. وشهد المركز الفلاحي الإقليمي بصفرو لقاء ثانيا في "
        "اليوم نفسه، بقاعة الاجتماعات التابعة للمديرية الإقليمية للفلاحة بصفرو."
    )
    partners = _partners(gazetteer, text)
    for name in ("الجماعة الحضرية", "المركز الفلاحي", "المديرية الإقليمية للفلاحة"):
        assert not _has(partners, name)


def test_a_body_the_chamber_supports_is_not_a_partner(gazetteer):
    text = (
        "عقدت غرفة الصيد البحري المتوسطية يوم الجمعة 6 مارس 2026 دورتها العادية، وصادقت على "
        "طلب دعم تعاونية الأمل للصيد التقليدي، وعلى اتفاقية شراكة مع جمعية البحارة بالمضيق."
    )
    partners = _partners(gazetteer, text)
    assert not _has(partners, "تعاونية الأمل")
    assert _has(partners, "جمعية البحارة")


def test_bodies_told_of_in_a_speech_or_a_topic_are_not_partners(gazetteer):
    text = (
        "عقدت غرفة الصناعة التقليدية لجهة الشرق يوم الاثنين 9 مارس 2026 بوجدة يوما دراسيا حول "
        "الهيئات المتدخلة في القطاع ومؤسسة دار الصانع. وأكد رئيس الغرفة على أهمية التكوين، "
        "مفيدا بعقده اجتماعا مع وزير التشغيل والكفاءات. وذكر الحاضرين بأن شركة الأطلس للنسيج "
        "ساهمت في تسويق المنتوج. وتطرق مندوب القطاع إلى أولويات الحكومة ووكالة التنمية "
        "الاجتماعية في دعم الحرفيين."
    )
    partners = _partners(gazetteer, text)
    for name in ("دار الصانع", "وزير التشغيل", "شركة الأطلس", "وكالة التنمية الاجتماعية"):
        assert not _has(partners, name)


def test_a_signing_told_by_a_speaker_is_a_partner(gazetteer):
    text = (
        "وقال رئيس غرفة الصناعة التقليدية لجهة الشرق يوم الاثنين 9 مارس 2026 بوجدة إن الغرفة "
        "وقعت اتفاقية شراكة بين الغرفة من جهة ومكتب تنمية التعاون من جهة ثانية."
    )
    assert _has(_partners(gazetteer, text), "مكتب تنمية التعاون")


def test_the_organiser_of_a_planned_event_is_not_a_partner(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة يوم الأربعاء 4 مارس 2026 اجتماعا "
        "تنسيقيا استعدادا للمناظرة الوطنية التي ستنظمها وزارة الصناعة والتجارة في شهر ماي."
    )
    assert not _has(_partners(gazetteer, text), "وزارة الصناعة")


def test_an_organiser_named_by_any_person_of_the_verb(gazetteer):
    text = (
        "احتضن مقر غرفة التجارة والصناعة والخدمات لجهة سوس ماسة بأكادير يوم الثلاثاء 3 مارس "
        "2026 ندوة حول التصدير، التي نظمها المركز الجهوي للاستثمار لجهة سوس ماسة."
    )
    assert _has(_partners(gazetteer, text), "المركز الجهوي للاستثمار")


def test_bodies_attending_through_their_head_or_delegates(gazetteer):
    text = (
        "عقدت الغرفة الفلاحية لجهة مراكش آسفي يوم الخميس 5 مارس 2026 بابن جرير دورتها العادية، "
        "بحضور رئيس المجلس الإقليمي للرحامنة، ورئيس الجمعية الجهوية لمربي النحل، والمدير "
        "الإقليمي لوزارة الفلاحة، وممثل عمالة إقليم الرحامنة، إضافة إلى ممثلي المكتب الوطني "
        "للاستشارة الفلاحية، والشركة الجهوية متعددة الخدمات."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "المجلس الإقليمي للرحامنة")
    assert _has(partners, "الجمعية الجهوية لمربي النحل")
    assert _has(partners, "المكتب الوطني للاستشارة الفلاحية")
    assert _has(partners, "الشركة الجهوية متعددة الخدمات")
    # administrations attend, they do not take part
    assert not _has(partners, "وزارة الفلاحة")
    assert not _has(partners, "عمالة إقليم الرحامنة")


def test_named_co_organisers_say_who_took_part(gazetteer):
    text = (
        "افتتح يوم الاثنين 9 مارس 2026 المعرض الإقليمي للصناعة التقليدية بتزنيت، الذي تنظمه "
        "غرفة الصناعة التقليدية لجهة سوس ماسة بشراكة مع المجلس الإقليمي لتزنيت. وحضر الافتتاح "
        "رئيس المجلس الإقليمي لطاطا ورئيس مجلس جهة سوس ماسة."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "المجلس الإقليمي لتزنيت")
    assert not _has(partners, "المجلس الإقليمي لطاطا")
    assert _has(partners, "مجلس جهة سوس ماسة")  # the regional council, kept when present


def test_the_regional_council_by_its_presidency_or_region_name(gazetteer):
    text = (
        "عقدت غرفة الصيد البحري الأطلسية الوسطى بأكادير يوم الثلاثاء 3 مارس 2026 جمعيتها "
        "العامة، وقدم نائب رئيس جهة سوس ماسة عرضا عن الموانئ. وفي وجدة افتتح رئيس مجلس الشرق "
        "معرضا نظمته غرفة الصناعة التقليدية بتنسيق مع المديرية الجهوية."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جهة سوس ماسة")
    assert _has(partners, "مجلس الشرق")


def test_a_papers_bureau_in_the_byline_is_not_a_partner(gazetteer):
    text = (
        "سعيد الناصري / مكتب مراكش\n"
        "عقدت لجنة المعارض بغرفة الصناعة التقليدية لجهة مراكش آسفي يوم الخميس 5 مارس 2026 "
        "اجتماعا لتحضير المعرض الجهوي."
    )
    assert not _has(_partners(gazetteer, text), "مكتب مراكش")


def test_a_body_named_again_by_its_head_and_adjective_is_one_partner(gazetteer):
    text = (
        "تم يوم الاثنين 9 مارس 2026 بطنجة توقيع اتفاقية شراكة بين غرفة الصيد البحري المتوسطية "
        "ومنظمة منتجي السردين «بويرتو نويفو» البرتغالية. وتهم الاتفاقية تعزيز التعاون بين "
        "الغرفة والمنظمة البرتغالية لتنفيذ برنامج مشترك."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "منظمة منتجي السردين")
    assert not _has(partners, "المنظمة البرتغالية")


def test_a_body_in_a_list_of_partners(gazetteer):
    text = (
        "تدارس اجتماع يوم الجمعة 6 مارس 2026 بالحسيمة مساهمة كل طرف في المشروع من الشركاء "
        "الثلاثة: غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة، جمعية النساء "
        "المقاولات، ووكالة التعاون الدولي لجهة بروكسل."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جمعية النساء المقاولات")
    assert _has(partners, "وكالة التعاون الدولي")


def test_a_body_whose_efforts_are_praised_is_spoken_of(gazetteer):
    praised = (
        "عقدت الغرفة الفلاحية لجهة سوس ماسة يوم الثلاثاء 10 مارس 2026 بأكادير دورتها العادية. "
        "ونوه رئيس الغرفة بالمجهودات المبذولة من طرف المديرية الإقليمية للفلاحة بتارودانت."
    )
    partnership = (
        "نظمت الغرفة الفلاحية لجهة سوس ماسة يوم الثلاثاء 10 مارس 2026 بأكادير يوما دراسيا. "
        "وأشاد رئيس الغرفة بالشراكة التي تجمع الغرفة مع وكالة التنمية الفلاحية."
    )
    assert extract(praised, gazetteer).as_contract("t.txt")["partners"] == []
    assert (
        "وكالة التنمية الفلاحية" in extract(partnership, gazetteer).as_contract("t.txt")["partners"]
    )


def test_a_ministrys_external_services_are_an_administration(gazetteer):
    services = (
        "عقدت غرفة الصيد البحري المتوسطية يوم الثلاثاء 10 مارس 2026 بطنجة دورتها العادية، وفي "
        "جو من التوافق بين الأعضاء والمصالح الخارجية لوزارة الصيد البحري صادق المجلس على "
        "الميزانية."
    )
    partner = (
        "نظمت الغرفة الفلاحية لجهة الشرق يوم الثلاثاء 10 مارس 2026 بوجدة يوما دراسيا بشراكة "
        "مع المصالح التقنية للمكتب الجهوي للاستثمار الفلاحي لملوية."
    )
    assert extract(services, gazetteer).as_contract("t.txt")["partners"] == []
    assert extract(partner, gazetteer).as_contract("t.txt")["partners"] == [
        "المكتب الجهوي للاستثمار الفلاحي لملوية"
    ]
