"""What is wrong with an import, said row by row."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class RowProblem:
    """One bad row: where it is (line 1 is a CSV's header; JSON counts records) and why."""

    line: int
    reason: str
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.line}: {self.reason}"


class ImportRejected(Exception):
    """The file was refused and nothing was written; `problems` says why, row by row."""

    def __init__(self, problems: list[RowProblem]):
        self.problems = sorted(problems)
        super().__init__(
            f"{len(self.problems)} problem(s), nothing imported: "
            + "; ".join(str(p) for p in self.problems[:5])
            + (" ..." if len(self.problems) > 5 else "")
        )
