"""Validation problems: every one carries the path of the field it is about."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, e.g. ``outages[0].end: must be after start``.

    ``code`` and ``params`` let a user interface translate the message; ``message`` is the
    English text used by the command line.
    """

    path: str
    message: str
    code: str = "invalid"
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(Exception):
    """Raised with every problem found, never only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class Problems:
    """Collects problems while a document or an object is checked."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str, code: str = "invalid", **params) -> None:
        self.items.append(Problem(path, message, code, params))

    def extend(self, problems: list[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)
