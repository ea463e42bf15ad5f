"""Meeting categories as real press words them: invented articles, each showing a phenomenon
measured on real ones (issue 17)."""

from events.extraction.extract import extract


def _category(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")["category"]


def test_a_meeting_held_by_a_committee_or_the_bureau_is_the_boards(gazetteer):
    committee = (
        "عقدت لجنة التكوين بغرفة الصناعة التقليدية لجهة الشرق، يوم الاثنين 9 مارس 2026، "
        "اجتماعا بمقر الغرفة بوجدة لإعداد برنامج السنة."
    )
    bureau = (
        "عقد مكتب غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الخميس 5 مارس 2026 اجتماعه "
        "الشهري بوجدة."
    )
    assert _category(gazetteer, committee) == "board-meeting"
    assert _category(gazetteer, bureau) == "board-meeting"


def test_this_meeting_speaks_of_the_session_named_before(gazetteer):
    text = (
        "عقدت الغرفة الفلاحية لجهة درعة تافيلالت يوم الأربعاء 4 مارس 2026 بزاكورة الدورة "
        "الثانية لجمعها العام العادي. وتميز هذا الاجتماع بالمصادقة على الميزانية."
    )
    assert _category(gazetteer, text) == "general-assembly"


def test_an_exchange_meeting_for_farmers_is_an_information_day(gazetteer):
    farmers = (
        "احتضنت جماعة سيدي بنور يوم الخميس 5 مارس 2026 لقاء تواصليا من تنظيم الغرفة الفلاحية "
        "لجهة الدار البيضاء سطات استهدف فلاحي المنطقة حول الري بالتنقيط."
    )
    bodies = (
        "انعقد يوم الخميس 5 مارس 2026 بوجدة لقاء تواصلي بين غرفة التجارة والصناعة والخدمات "
        "لجهة الشرق وجمعيات التجار حول تنظيم الأسواق."
    )
    assert _category(gazetteer, farmers) == "information-day"
    assert _category(gazetteer, bodies) == "coordination-meeting"


def test_a_day_celebrated_is_a_ceremony(gazetteer):
    text = (
        "احتضنت قاعة المؤتمرات بالناظور يوم الأحد 8 مارس 2026 نشاطا بحضور منتخبين، تخليدا "
        "لليوم الوطني للصانع، من تنظيم غرفة الصناعة التقليدية لجهة الشرق."
    )
    assert _category(gazetteer, text) == "ceremony"


def test_an_exchange_and_awareness_meeting_for_fishermen_is_an_information_day(gazetteer):
    text = (
        "تحتضن جماعة رأس الماء بإقليم الناظور يوم السبت 14 مارس 2026 لقاء تواصليا وتحسيسيا "
        "لفائدة بحارة المنطقة، من تنظيم غرفة الصيد البحري المتوسطية، حول سلامة القوارب."
    )
    assert _category(gazetteer, text) == "information-day"


def test_a_bare_meeting_with_the_artisans_of_a_market_is_an_information_day(gazetteer):
    text = (
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم الاثنين 9 مارس 2026 لقاء مع حرفيي سوق "
        "الفخارين بوجدة من أجل تسجيلهم في السجل الوطني للصناعة التقليدية."
    )
    assert _category(gazetteer, text) == "information-day"


def test_a_delegation_that_visits_the_chamber_is_a_visit(gazetteer):
    verb = (
        "زار وفد من رجال الأعمال البرتغاليين مقر غرفة التجارة والصناعة والخدمات لجهة الشرق "
        "بوجدة يوم الثلاثاء 10 مارس 2026 للاطلاع على فرص الاستثمار بالجهة."
    )
    noun = (
        "شهد مقر الغرفة الفلاحية لجهة الشرق بوجدة يوم الجمعة 13 مارس 2026 زيارة قام بها وفد "
        "من مزارعي الأندلس. وخلال هذا اللقاء قدم رئيس الغرفة عرضا عن الفلاحة بالجهة."
    )
    assert _category(gazetteer, verb) == "visit"
    assert _category(gazetteer, noun) == "visit"


def test_a_chambers_general_assembly_named_by_its_possessive(gazetteer):
    text = (
        "تدارست الغرفة الفلاحية لجهة الشرق، خلال أشغال جمعيتها العامة المنعقدة بوجدة يوم "
        "الأربعاء 11 مارس 2026، وضعية الموسم الفلاحي. وعرف اللقاء الدراسي المنظم على هامشها "
        "تقديم عروض حول الري."
    )
    assert _category(gazetteer, text) == "general-assembly"


def test_an_agreement_signed_on_the_occasion_of_a_festival_leaves_it_a_fair(gazetteer):
    aside = (
        "تحتضن ساحة بمدينة وجدة على مدى عشرة أيام فعاليات الدورة الخامسة من مهرجان الحلي "
        "الفضية الذي تنظمه غرفة الصناعة التقليدية لجهة الشرق ابتداء من 3 مارس 2026، وأشار "
        "رئيس الغرفة إلى أنه تم بالمناسبة توقيع اتفاقية شراكة مع الغرفة الوطنية للسنغال."
    )
    signing = (
        "احتضن مقر غرفة الصناعة التقليدية لجهة الشرق بوجدة يوم 3 مارس 2026 حفل توقيع اتفاقية "
        "شراكة مع الغرفة الوطنية للسنغال، وذلك على هامش زيارة وفد سنغالي."
    )
    assert _category(gazetteer, aside) == "fair"
    assert _category(gazetteer, signing) == "agreement-signing"


def test_a_ceremony_held_within_the_frame_of_a_fair_is_a_ceremony(gazetteer):
    text = (
        "في إطار تثمين مشاركة الصناع التقليديين في المعرض الجهوي للصناعة التقليدية بمدينة "
        "وجدة، تم يوم الجمعة 6 مارس 2026 تنظيم حفل لتوزيع شواهد تقديرية من طرف غرفة الصناعة "
        "التقليدية لجهة الشرق."
    )
    assert _category(gazetteer, text) == "ceremony"


def test_a_ceremony_that_saw_agreements_signed_is_a_ceremony(gazetteer):
    text = (
        "نظمت الغرفة الفلاحية لجهة الشرق يوم الخميس 5 مارس 2026 ببركان حفلا لدعم التعاونيات "
        "الفلاحية بالمعدات. وشهد الحفل توقيع اتفاقيات شراكة مع بعض الجمعيات المهنية."
    )
    assert _category(gazetteer, text) == "ceremony"
