from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def collected_inbox(context, inbox=None) -> dict:
    """The admin index's collected drafts (collect.inbox); the inbox's other lists' drafts
    are marked with their source."""
    from collect.inbox import collected_drafts

    also = []
    if inbox:
        also = [*inbox.get("offered_list", ()), *inbox.get("duplicates_list", ())]
    return collected_drafts(context["request"].user, also=also)
