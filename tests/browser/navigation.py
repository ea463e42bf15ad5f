"""Clicks that lead to another page.

Playwright's click returns once the click is dispatched, not once the next page has loaded, so a
read right after it may read the page being left (an empty list of results, a login not yet
answered). Every click that navigates goes through here and waits for the page it leads to.
"""


def follow(page, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)
