"""The Moroccan gazetteer, the chambers, and the partners and programmes meetings name."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.i18n import localised


class NamedMixin(models.Model):
    """Arabic and French names, and the other spellings the press uses (aliases)."""

    name_ar = models.CharField(_("الاسم بالعربية"), max_length=255)
    name_fr = models.CharField(_("الاسم بالفرنسية"), max_length=255, blank=True)
    aliases = models.JSONField(
        _("أسماء أخرى"),
        default=list,
        blank=True,
        help_text=_("صيغ أخرى للاسم كما تكتبها الصحافة، واحدة لكل عنصر."),
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, Arabic when no French name is known."""
        return localised(self.name_ar, self.name_fr)

    def all_names(self) -> list[str]:
        names = [self.name_ar, self.name_fr, *self.aliases]
        acronym = getattr(self, "acronym", "")
        if acronym:
            names.append(acronym)
        return [n for n in names if n]


class Region(NamedMixin):
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=2, unique=True)

    class Meta:
        verbose_name = _("جهة")
        verbose_name_plural = _("الجهات")
        ordering = ["code"]

    def get_absolute_url(self) -> str:
        return reverse("events:region", kwargs={"slug": self.slug})


class Province(NamedMixin):
    class Kind(models.TextChoices):
        PROVINCE = "province", _("إقليم")
        PREFECTURE = "prefecture", _("عمالة")

    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=16, unique=True)
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("الجهة")
    )

    class Meta:
        verbose_name = _("إقليم أو عمالة")
        verbose_name_plural = _("الأقاليم والعمالات")
        ordering = ["code"]


class City(NamedMixin):
    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=16, unique=True)
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="cities", verbose_name=_("الإقليم")
    )
    population = models.PositiveIntegerField(_("عدد السكان (2024)"), null=True, blank=True)

    class Meta:
        verbose_name = _("مدينة")
        verbose_name_plural = _("المدن")
        ordering = ["name_ar"]

    @property
    def region(self) -> Region:
        return self.province.region


class Chamber(NamedMixin):
    class Kind(models.TextChoices):
        CCIS = "ccis", _("غرفة التجارة والصناعة والخدمات")
        ARTISANAT = "artisanat", _("غرفة الصناعة التقليدية")
        AGRICULTURE = "agriculture", _("الغرفة الفلاحية")
        PECHE = "peche", _("غرفة الصيد البحري")

    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="chambers",
        verbose_name=_("جهة المقر"),
    )
    regions = models.ManyToManyField(
        Region,
        related_name="served_by",
        verbose_name=_("الجهات المشمولة"),
        help_text=_("غرف الصيد البحري تغطي واجهة ساحلية من عدة جهات."),
    )
    seat = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("المقر"),
    )
    annexes = models.ManyToManyField(
        City, blank=True, related_name="chamber_annexes", verbose_name=_("الملحقات")
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="chambers",
        verbose_name=_("المحررون"),
    )

    class Meta:
        verbose_name = _("غرفة")
        verbose_name_plural = _("الغرف")
        ordering = ["kind", "region__code", "slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "region"],
                condition=~Q(kind="peche"),
                name="one_chamber_of_a_kind_per_region",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("events:chamber", kwargs={"slug": self.slug})


class Partner(NamedMixin):
    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("وزارة أو مندوبية")
        COUNCIL = "council", _("مجلس منتخب")
        WILAYA = "wilaya", _("ولاية أو عمالة")
        AGENCY = "agency", _("وكالة أو مؤسسة عمومية")
        INTERNATIONAL = "international", _("تعاون دولي")
        ASSOCIATION = "association", _("جمعية")
        FEDERATION = "federation", _("اتحاد أو فدرالية")
        BANK = "bank", _("بنك أو مؤسسة تمويل")
        COMPANY = "company", _("مقاولة")
        UNIVERSITY = "university", _("جامعة أو معهد")
        OTHER = "other", _("أخرى")

    slug = models.SlugField(_("المعرف"), max_length=120, unique=True, allow_unicode=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    acronym = models.CharField(_("المختصر"), max_length=32, blank=True)
    region = models.ForeignKey(
        Region,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partners",
        verbose_name=_("الجهة"),
        help_text=_("للهيئات الجهوية فقط."),
    )
    website = models.URLField(_("الموقع"), blank=True)

    class Meta:
        verbose_name = _("شريك")
        verbose_name_plural = _("الشركاء")
        ordering = ["name_ar"]

    def get_absolute_url(self) -> str:
        return reverse("events:partner", kwargs={"slug": self.slug})


class Programme(NamedMixin):
    slug = models.SlugField(_("المعرف"), max_length=120, unique=True, allow_unicode=True)
    acronym = models.CharField(_("المختصر"), max_length=32, blank=True)
    start_year = models.PositiveSmallIntegerField(_("سنة البداية"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("سنة النهاية"), null=True, blank=True)
    funders = models.ManyToManyField(
        Partner, blank=True, related_name="funded_programmes", verbose_name=_("الممولون")
    )
    description = models.TextField(_("الوصف"), blank=True)

    class Meta:
        verbose_name = _("برنامج")
        verbose_name_plural = _("البرامج")
        ordering = ["name_ar"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(start_year__lte=models.F("end_year")),
                name="programme_period_in_order",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("events:programme", kwargs={"slug": self.slug})
