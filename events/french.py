"""French grammar for names that go into sentences: the region after "de"."""

from __future__ import annotations

_ELIDED = ("l'", "l’")


def of_region(name: str, *, word: bool = True) -> str:
    """ "de l'Oriental", "de la région Souss-Massa" (with `word`) or "de Souss-Massa".

    A region whose French name carries its own article ("L'Oriental") is named with it,
    lower-cased after "de"; the others are compound place names, which French introduces with
    "la région" ("de la région Souss-Massa", not "de Souss-Massa" in running text).
    """
    name = name.strip()
    if name[:2].lower() in _ELIDED:
        return "de l'" + name[2:]
    if word:
        return f"de la région {name}"
    return f"de {name}"
