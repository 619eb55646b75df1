"""School data from the MIS (SIMS, Arbor, Bromcom): rosters and register marks.

Both imports are all or nothing: a file is checked whole, and if any row is bad,
ImportRejected lists every bad row with its line number and nothing is written.
Fix the rows and import again: re-importing is safe, it updates and never duplicates.
"""
from models.mis.columns import COLUMN_ALIASES
from models.mis.problems import ImportRejected, RowProblem
from models.mis.register import RegisterResult, import_register
from models.mis.roster import RosterResult, import_roster

__all__ = [
    "COLUMN_ALIASES", "ImportRejected", "RegisterResult", "RosterResult", "RowProblem",
    "import_register", "import_roster",
]
