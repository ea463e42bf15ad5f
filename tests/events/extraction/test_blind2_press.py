"""Failure kinds found on the second blind set of real articles (docs/extraction.md): each
article here is invented and shows one of them."""

from events.extraction.extract import extract
from tests.events.extraction.partner_checks import has_partner, partners_of


def _answer(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")


def test_a_conjunction_glued_after_ta_marbuta_opens_the_next_word(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم 4 مارس 2026 معرضا بوجدة بدعم من جماعة "
        "وجدةوبتنسيق مع المديرية الإقليمية للصناعة التقليدية بوجدة.",
    )
    assert has_partner(partners, "جماعة وجدة")
    assert not any("بتنسيق" in p for p in partners)


def test_an_organ_whose_earlier_meeting_is_told_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقد مكتب غرفة التجارة والصناعة والخدمات لجهة الشرق اجتماعه يوم 5 مارس 2026 بوجدة، "
        "وصادق على محضر اجتماع المكتب المنعقد بتاريخ 12 فبراير 2026.",
    )
    assert not any("المنعقد" in p for p in partners)


def test_a_range_whose_first_day_is_past_its_last_starts_the_month_before(gazetteer):
    answer = _answer(
        gazetteer,
        "تحتضن ساحة المدينة بوجدة ما بين 28 و4 مارس 2026 معرضا تنظمه غرفة الصناعة التقليدية "
        "لجهة الشرق.",
    )
    assert answer["date"] == "2026-02-28"
    assert answer["date_end"] == "2026-03-04"


def test_a_range_over_new_year_starts_the_year_before(gazetteer):
    answer = _answer(
        gazetteer,
        "تنظم غرفة الصناعة التقليدية لجهة الشرق بوجدة ما بين 29 و3 يناير 2026 معرضا للزرابي.",
    )
    assert answer["date"] == "2025-12-29"
    assert answer["date_end"] == "2026-01-03"


def test_a_fair_opened_a_day_into_its_range_still_ends_with_it(gazetteer):
    answer = _answer(
        gazetteer,
        "افتتح مساء يوم الثلاثاء 10 مارس 2026 بمدينة بركان المعرض الإقليمي للصناعة التقليدية "
        "الذي تنظمه غرفة الصناعة التقليدية لجهة الشرق. ويقام المعرض خلال الفترة الممتدة من 9 "
        "إلى 15 مارس الجاري بساحة البلدية.",
    )
    assert answer["date_end"] == "2026-03-15"
    assert answer["date"] in ("2026-03-09", "2026-03-10")


def test_a_ceremony_late_in_a_long_fair_has_no_end_of_its_own(gazetteer):
    answer = _answer(
        gazetteer,
        "على هامش المعرض الوطني المنظم من 1 إلى 20 مارس 2026 بوجدة، نظمت غرفة الصناعة "
        "التقليدية لجهة الشرق يوم الأحد 15 مارس 2026 حفلا لتكريم الحرفيين.",
    )
    assert answer["date"] == "2026-03-15"
    assert answer["date_end"] is None


def test_a_chamber_abroad_named_by_its_city(gazetteer):
    partners = partners_of(
        gazetteer,
        "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق والغرفة التجارية لمدريد يوم 3 مارس "
        "2026 بوجدة اتفاقية تعاون بين الغرفتين.",
    )
    assert has_partner(partners, "الغرفة التجارية لمدريد")


def test_a_chamber_abroad_named_in_latin_script(gazetteer):
    partners = partners_of(
        gazetteer,
        "تم يوم الجمعة 6 مارس 2026 بوجدة توقيع اتفاقية شراكة بين غرفة التجارة والصناعة "
        "والخدمات لجهة الشرق و غرفة التجارة والصناعة لTenerife قصد تبادل الخبرات.",
    )
    assert any("tenerife" in p for p in partners)


def test_a_strategy_stops_before_a_number_of_towns(gazetteer):
    programmes = _answer(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة الشرق يوم 3 مارس 2026 بوجدة لقاء في إطار استراتيجية تأهيل "
        "الأسواق القروية بعدد من الجماعات.",
    )["programmes"]
    assert not any("بعدد" in p for p in programmes)


def test_a_count_of_past_fairs_is_not_the_session(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت غرفة الصناعة التقليدية لجهة الشرق يوم الثلاثاء 3 مارس 2026 بمقرها بوجدة دورتها "
        "العادية. وذكر الرئيس بتنظيم عدة تظاهرات بلغ عددها 40 معرض محلي استفاد منها الحرفيون.",
    )
    assert answer["kind"] == "الدورة العادية"
    assert answer["category"] == "general-assembly"


def test_an_exchange_meeting_under_a_slogan_is_an_information_day(gazetteer):
    answer = _answer(
        gazetteer,
        "احتضن مقر غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة يوم الجمعة 6 مارس 2026 "
        "لقاء تواصليا نظمته الغرفة تحت شعار “التصدير فرصة للشباب”.",
    )
    assert answer["category"] == "information-day"


def test_an_exchange_meeting_without_a_public_stays_a_coordination(gazetteer):
    answer = _answer(
        gazetteer,
        "عقد رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الجمعة 6 مارس 2026 بوجدة "
        "لقاء تواصليا مع المدير الجهوي للاستثمار لتنسيق برامج الدعم.",
    )
    assert answer["category"] == "coordination-meeting"


def test_a_club_a_region_and_an_arrondissement_as_partners(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الدار البيضاء سطات يوم 3 مارس 2026 بالدار البيضاء "
        "معرضا بشراكة مع نادي الحرفيين الشباب وجهة الدار البيضاء-سطات وبتعاون مع مقاطعة "
        "سيدي مومن.",
    )
    assert has_partner(partners, "نادي الحرفيين الشباب")
    assert has_partner(partners, "جهة الدار البيضاء-سطات")
    assert has_partner(partners, "مقاطعة سيدي مومن")


def test_a_territory_the_meeting_is_on_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الدار البيضاء سطات يوم 3 مارس 2026 لقاء مع الحرفيين "
        "القاطنين بتراب مقاطعة سيدي مومن، وآخر بالمركب الثقافي لجماعة سيدي حجاج.",
    )
    assert not any("مقاطعه" in p or "جماعه" in p for p in partners)


def test_a_fishing_chamber_meets_on_its_other_coast(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الجنوبية جمعها العام يوم الخميس 5 مارس 2026 بمدينة "
        "الداخلة. وناقش الأعضاء آفاق الصيد بجهة العيون الساقية الحمراء، وتحدث ممثل إقليم "
        "طرفاية عن المشاكل المرتبطة بميناء طرفاية وعن حال مراكب طرفاية.",
    )
    assert answer["city"] == "الداخلة"
    assert answer["region"] == "dakhla-oued-ed-dahab"


def test_a_port_spoken_of_is_no_venue(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق دورتها العادية يوم الخميس 5 مارس 2026 بمدينة وجدة، "
        "وتطرق أحد الأعضاء للصعوبات المرتبطة بميناء الناظور.",
    )
    assert answer["city"] == "وجدة"
    assert "ميناء" not in (answer.get("venue") or "")


def test_a_decision_dated_earlier_is_not_the_session_date(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق، صباح اليوم الخميس، جمعيتها العامة العادية بمقرها "
        "بوجدة، بناء على مقررات مكتب الغرفة بتاريخ 12 فبراير 2026.",
    )
    assert answer["date"] is None


def test_a_meeting_held_in_a_town_abroad(gazetteer):
    answer = _answer(
        gazetteer,
        "تشارك غرفة الصيد البحري المتوسطية في لقاء ينظم بمالقة بإسبانيا يوم 9 مارس 2026، "
        "بحضور المدير الجهوي للصيد البحري بطنجة وممثلي الصيادين بالحسيمة.",
    )
    assert answer["city"] == "مالقة"
    assert answer["region"] == "tanger-tetouan-al-hoceima"


def test_an_awareness_campaign_is_a_kind(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت غرفة الصيد البحري المتوسطية يوم الأربعاء 4 مارس 2026 بميناء الحسيمة حملة "
        "تحسيسية حول السلامة البحرية لفائدة البحارة.",
    )
    assert answer["kind"] == "حملة تحسيسية"
    assert answer["category"] == "information-day"


def test_an_annex_that_hosts_the_meeting_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "شهدت ملحقة المعهد العالي للتكنولوجيا بالناظور يوم 4 مارس 2026 لقاء نظمته غرفة الصيد "
        "البحري المتوسطية بشراكة مع مندوبية الصيد البحري بالناظور.",
    )
    assert not any("المعهد" in p for p in partners)
    assert has_partner(partners, "مندوبية الصيد البحري")


def test_a_minister_who_opens_the_seat_is_a_party(gazetteer):
    answer = _answer(
        gazetteer,
        "أشرف وزير الفلاحة والصيد البحري، يوم الخميس 5 مارس 2026 بوجدة، على تدشين المقر الجديد "
        "للغرفة الفلاحية لجهة الشرق.",
    )
    assert any("وزير الفلاحة" in p for p in answer["partners"])
    assert answer["category"] == "ceremony"


def test_a_minister_under_whose_patronage_it_is_held_is_no_party(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة الشرق يوم الخميس 5 مارس 2026 بوجدة، تحت إشراف وزير الفلاحة "
        "والصيد البحري، يوما دراسيا حول الري.",
    )
    assert not any("وزير" in p for p in partners)


def test_a_commune_named_after_its_market_day(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة الرباط سلا القنيطرة يوم الثلاثاء 3 مارس 2026 يوما دراسيا "
        "حول الزراعات الزيتية، وذلك بمركز الاستشارة الفلاحية سبت المرابطين، وقد تجاوب الفلاحون "
        "إلى حد كبير مع العروض.",
    )
    assert answer["city"] == "سبت المرابطين"


def test_a_fair_lasting_until_a_day_of_this_month(gazetteer):
    answer = _answer(
        gazetteer,
        "افتتح مساء الأربعاء 4 مارس 2026 بالناظور المعرض الجهوي للمنتجات المجالية الذي تنظمه "
        "الغرفة الفلاحية لجهة الشرق، ويستمر إلى غاية 9 من الشهر الجاري.",
    )
    assert answer["date"] == "2026-03-04"
    assert answer["date_end"] == "2026-03-09"


def test_a_chamber_at_home_visiting_abroad_is_not_a_chamber_abroad(gazetteer):
    partners = partners_of(
        gazetteer,
        "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق والغرفة التجارية لمدريد يوم 3 مارس 2026 "
        "بوجدة اتفاقية تعاون، بعد زيارة قام بها وفد عن غرفة وجدة لمدريد.",
    )
    assert has_partner(partners, "الغرفة التجارية لمدريد")
    assert not any(p.startswith("غرفه وجده") for p in partners)


def test_the_date_an_earlier_agreement_was_signed_is_not_the_meetings(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق، أمس الخميس، لقاء بوجدة حول الاتفاقية "
        "الموقعة بين الحكومة والغرف المهنية بتاريخ 2 أبريل 2014.",
    )
    assert answer["date"] is None


def test_reaching_a_point_is_no_market_town(gazetteer):
    answer = _answer(
        gazetteer,
        "انعقدت الدورة العادية لغرفة الصناعة التقليدية لجهة الشرق يوم الخميس 5 مارس 2026، "
        "وبلغ النقاش فيها حد التوتر بين الأعضاء.",
    )
    assert answer["city"] != "حد التوتر"


def test_a_region_after_a_foreign_government_in_a_past_agreement_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "انعقدت الدورة العادية لغرفة التجارة والصناعة والخدمات لجهة الشرق يوم الخميس 5 مارس "
        "2026 بوجدة، وناقش الأعضاء مشروعا يموله شركاء إسبان في إطار تعاون حكومتهم وجهة الشرق.",
    )
    assert not any(p.startswith("جهه") for p in partners)


def test_an_agreement_of_two_joined_nouns_keeps_both(gazetteer):
    answer = _answer(
        gazetteer,
        "تم يوم السبت 7 مارس 2026 بوجدة توقيع اتفاقية تعاون وشراكة بين غرفة التجارة والصناعة "
        "والخدمات لجهة الشرق وغرفة التجارة لمدريد.",
    )
    assert answer["kind"] == "توقيع اتفاقية تعاون وشراكة"
    assert answer["category"] == "agreement-signing"


def test_a_meeting_of_the_session_is_the_session(gazetteer):
    answer = _answer(
        gazetteer,
        "انعقد بمقر عمالة وجدة يوم الجمعة 6 مارس 2026 اجتماع الدورة العادية الثانية لغرفة "
        "الصناعة التقليدية لجهة الشرق.",
    )
    assert answer["kind"] == "الدورة العادية الثانية"
    assert answer["category"] == "general-assembly"
