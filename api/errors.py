"""Errors as JSON: {"detail": a sentence, "errors": {parameter: [messages]}} for a 400, the
sentence alone otherwise; in the request's language (api.language)."""

from __future__ import annotations

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler

from api.language import activate_for


class ParameterError(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"

    def __init__(self, parameter: str | dict, message=None):
        # One parameter and its message, or {parameter: [messages]}.
        self.errors = parameter if isinstance(parameter, dict) else {parameter: [message]}
        super().__init__()


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, ParameterError):
        errors = {name: [str(m) for m in messages] for name, messages in exc.errors.items()}
        names = "، ".join(errors) if _lang_is_arabic() else ", ".join(errors)
        response.data = {
            "detail": _("قيمة غير صالحة في: %(names)s.") % {"names": names},
            "errors": errors,
        }
    elif isinstance(exc, (Http404, exceptions.NotFound)):
        # Not Django's sentence, which names the model in English.
        response.data = {"detail": _("لا يوجد مورد بهذا المعرف.")}
    elif isinstance(response.data, dict) and "detail" in response.data:
        response.data = {"detail": str(response.data["detail"])}
    return response


def _lang_is_arabic() -> bool:
    from django.utils.translation import get_language

    return (get_language() or "ar").startswith("ar")


def not_found(request, *args, **kwargs):
    """Any address under /api/ that names no resource."""
    activate_for(request)
    response = JsonResponse(
        {"detail": _("لا يوجد مورد بهذا العنوان.")},
        status=404,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Vary"] = "Accept-Language"
    return response
