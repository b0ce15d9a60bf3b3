"""One small registry type for every extension axis (formats, layers, optimizers, writers).

Adding a format, a layer kind or an optimizer must touch one place: the module
that registers it. A duplicate name is a bug, and an unknown name is answered
with the sorted list of known ones so a user can fix a typo at once.
"""

from __future__ import annotations

from typing import Generic, Iterator, TypeVar

from .errors import HarnessError

T = TypeVar("T")


class UnknownName(HarnessError, KeyError):
    """A name no entry of the registry has; the message lists the known ones."""

    def __str__(self) -> str:
        return str(self.args[0])


class Registry(Generic[T]):
    def __init__(self, axis: str) -> None:
        self.axis = axis
        self._items: dict[str, T] = {}

    def add(self, name: str, item: T) -> None:
        if name in self._items:
            raise ValueError(f"{self.axis} {name!r} is registered twice")
        self._items[name] = item

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items))
            raise UnknownName(f"unknown {self.axis} {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        return list(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)
