"""How each resource reads in JSON: names in Arabic and French in every object.

Read-only serializers over the rows the views select (views.py says which related rows each
one prefetches); none of them queries the database by itself.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events import categories


@extend_schema_field({"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "example": "10:30"})
class ClockField(serializers.Field):
    """A time of day as HH:MM, as the CSV and /meetings.json write it."""

    def to_representation(self, value):
        return value.strftime("%H:%M")


class NamedSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()


class RegionSerializer(NamedSerializer):
    code = serializers.CharField()


class ProvinceSerializer(NamedSerializer):
    code = serializers.CharField()
    kind = serializers.CharField()
    region = NamedSerializer()


class CitySerializer(NamedSerializer):
    code = serializers.CharField()
    province = NamedSerializer()
    region = NamedSerializer(source="province.region")
    population = serializers.IntegerField(allow_null=True)


class ChamberSerializer(NamedSerializer):
    kind = serializers.CharField()
    region = NamedSerializer(allow_null=True)
    regions = NamedSerializer(many=True)
    seat = NamedSerializer(allow_null=True)


class ProgrammeSerializer(NamedSerializer):
    acronym = serializers.CharField()
    start_year = serializers.IntegerField(allow_null=True)
    end_year = serializers.IntegerField(allow_null=True)
    funders = NamedSerializer(many=True, read_only=True)
    description = serializers.CharField()


class PartnerSerializer(NamedSerializer):
    kind = serializers.CharField()
    acronym = serializers.CharField()
    region = NamedSerializer(allow_null=True)
    website = serializers.CharField()


class YearCountSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    count = serializers.IntegerField(source="n")


class NamedCountSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    count = serializers.IntegerField()


class PartnerDetailSerializer(PartnerSerializer):
    """A partner with its meetings counted per year, region and chamber, and the partners
    it meets most often (the partner page's own figures)."""

    per_year = YearCountSerializer(many=True, source="counts.per_year")
    undated = serializers.IntegerField(source="counts.undated")
    regions = NamedCountSerializer(many=True, source="counts.regions")
    chambers = NamedCountSerializer(many=True, source="counts.chambers")
    co_partners = NamedCountSerializer(many=True, source="counts.co_partners")


class CategorySerializer(serializers.Serializer):
    slug = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()


class PartnerRoleSerializer(serializers.Serializer):
    slug = serializers.CharField(source="partner.slug")
    name_ar = serializers.CharField(source="partner.name_ar")
    name_fr = serializers.CharField(source="partner.name_fr")
    role = serializers.CharField()


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField(source="source_url")
    outlet = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)


def category_of(meeting) -> dict | None:
    slug = meeting.category
    if not slug:
        return None
    return {
        "slug": slug,
        "name_ar": categories.label(slug, "ar"),
        "name_fr": categories.label(slug, "fr"),
    }


class MeetingSerializer(serializers.Serializer):
    """A meeting as the list shows it."""

    id = serializers.IntegerField(source="pk")
    url = serializers.SerializerMethodField(help_text="The meeting's public page.")
    api_url = serializers.SerializerMethodField(help_text="This meeting in the API.")
    title = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    date_end = serializers.SerializerMethodField(
        help_text="The last day of a meeting of several days; null for one day."
    )
    time = ClockField(allow_null=True)
    category = serializers.SerializerMethodField()
    kind = serializers.CharField(help_text="The phrase the article names the meeting with.")
    region = RegionSerializer(allow_null=True)
    chamber = NamedSerializer()
    city = NamedSerializer(allow_null=True)
    venue = serializers.CharField()
    partners = PartnerRoleSerializer(source="partner_roles", many=True)
    programmes = NamedSerializer(many=True)
    participants = serializers.IntegerField(allow_null=True)

    def _absolute(self, path: str) -> str:
        return self.context["request"].build_absolute_uri(path)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, meeting) -> str:
        # The page in the site's default language: the same answer whatever the request's.
        with translation.override(settings.LANGUAGE_CODE):
            return self._absolute(meeting.get_absolute_url())

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, meeting) -> str:
        return self._absolute(reverse("api:meeting", args=[meeting.pk]))

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_date_end(self, meeting):
        return meeting.date_end.isoformat() if meeting.date_end else None

    @extend_schema_field(CategorySerializer(allow_null=True))
    def get_category(self, meeting):
        return category_of(meeting)

    def to_representation(self, meeting):
        """The fields above, built directly: DRF's walk of the declared fields (a lookup, a
        check and a call per field and per nested object) was most of an uncached list's time
        (about 5 ms a meeting). The declarations stay the schema's; tests/api check that
        both give the same answer."""
        return {
            "id": meeting.pk,
            "url": self.get_url(meeting),
            "api_url": self.get_api_url(meeting),
            "title": _text(meeting.title),
            "date": meeting.date.isoformat() if meeting.date else None,
            "date_end": self.get_date_end(meeting),
            "time": meeting.time.strftime("%H:%M") if meeting.time else None,
            "category": category_of(meeting),
            "kind": _text(meeting.kind),
            "region": _named(meeting.region, code=True),
            "chamber": _named(meeting.chamber),
            "city": _named(meeting.city),
            "venue": _text(meeting.venue),
            "partners": [
                {**_named(role.partner), "role": _text(role.role)}
                for role in meeting.partner_roles.all()
            ],
            "programmes": [_named(programme) for programme in meeting.programmes.all()],
            "participants": meeting.participants,
        }


def _text(value):
    return None if value is None else str(value)


def _named(obj, code: bool = False) -> dict | None:
    """NamedSerializer's (and RegionSerializer's, with the code) answer for `obj`."""
    if obj is None:
        return None
    named = {"slug": _text(obj.slug), "name_ar": _text(obj.name_ar), "name_fr": _text(obj.name_fr)}
    if code:
        named["code"] = _text(obj.code)
    return named


class MeetingDetailSerializer(MeetingSerializer):
    """Every public field of one meeting."""

    # One meeting: the declared fields walked as DRF does.
    to_representation = serializers.Serializer.to_representation

    province = NamedSerializer(source="city.province", allow_null=True, default=None)
    summary = serializers.CharField()
    body = serializers.CharField()
    people = PersonSerializer(many=True)
    sources = serializers.SerializerMethodField()
    published_at = serializers.DateTimeField(allow_null=True)
    updated_at = serializers.DateTimeField()

    @extend_schema_field(SourceSerializer(many=True))
    def get_sources(self, meeting):
        article = meeting.article
        return SourceSerializer([article], many=True).data if article else []
