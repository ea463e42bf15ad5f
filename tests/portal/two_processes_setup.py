"""Run by test_two_processes.py: migrate the shared database, add three published meetings,
a draft and an editor; print the draft's id."""

import django


def main() -> None:
    django.setup()
    from django.core.management import call_command

    from tests.factories import make_meeting, make_user

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    for n in range(3):
        make_meeting(title=f"لقاء منشور {n}")
    draft = make_meeting(title="لقاء ينشر في العملية الأولى", status="draft")
    make_user(username="editor", superuser=True)
    print(draft.pk)


if __name__ == "__main__":
    main()
