"""Validation problems: every one carries the path of the field it is about."""

from __future__ import annotations


class Problem:
    """One thing wrong with the input, e.g. ``outages[0].end: must be after start``.

    ``code`` and ``params`` let a user interface translate the message; ``message`` is the
    English text used by the command line. Immutable; equal when path, message and code are.
    (Written out rather than a frozen dataclass: every start imports this module, and Python
    compiles a dataclass's six methods when the class is made, ~0.8 ms.)
    """

    __slots__ = ("path", "message", "code", "params")

    def __init__(self, path: str, message: str, code: str = "invalid", params: dict | None = None):
        for name, value in (("path", path), ("message", message), ("code", code),
                            ("params", {} if params is None else params)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"a problem cannot be changed (field {name!r})")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce__(self):  # copied and pickled (batch workers send problems back) through __init__
        return Problem, (self.path, self.message, self.code, self.params)

    def _key(self) -> tuple:
        return self.path, self.message, self.code

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, Problem) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Problem(path={self.path!r}, message={self.message!r}, code={self.code!r}, params={self.params!r})"

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
