"""Storage: SQLAlchemy 2.0 ORM, engine and session factory, Alembic migrations.

The table modules do without `from __future__ import annotations`: their `Mapped[...]` are then
objects that SQLAlchemy reads as they are, rather than texts it must evaluate one by one (about a
third of declaring the classes, which every start and command pays). Related classes are named in
quotes, since they may be declared further down or in another module.
"""

from models.base import Base, utcnow
from models.certificates import Certificate, CertificateEvent, CertificateProduct, Lot
from models.codes import (
    CodeCheck,
    CodeCheckDay,
    CodeCheckMonth,
    Complaint,
    ImportedList,
    LabelBatch,
    LabelLot,
    ListedStatus,
    SigningKey,
    TrustedKey,
)
from models.inspections import Answer, Inspection, InspectionPhoto, NonConformity
from models.labels import (
    LabelPrint,
    LabelPrintRange,
    LabelSpoilage,
    LabelTemplateRecord,
    PrinterOffset,
)
from models.office import (
    AuditCheckpoint,
    AuditEntry,
    Committee,
    Counter,
    MarkImage,
    Region,
    Setting,
    User,
    UserRole,
)
from models.producers import Producer, Product, ProductCategory, ProductPhoto, fold
from models.sessions import CommitteeSession, ConflictDeclaration, Decision, SessionAttendance
from models.standards import (
    Criterion,
    CriterionChoice,
    CriterionGroup,
    Standard,
    StandardVersion,
    StarBand,
)

__all__ = [
    "Answer",
    "AuditCheckpoint",
    "AuditEntry",
    "Base",
    "Certificate",
    "CertificateEvent",
    "CertificateProduct",
    "CodeCheck",
    "CodeCheckDay",
    "CodeCheckMonth",
    "Committee",
    "CommitteeSession",
    "Complaint",
    "ConflictDeclaration",
    "Counter",
    "Criterion",
    "CriterionChoice",
    "CriterionGroup",
    "Decision",
    "ImportedList",
    "Inspection",
    "InspectionPhoto",
    "LabelBatch",
    "LabelLot",
    "LabelPrint",
    "LabelPrintRange",
    "LabelSpoilage",
    "LabelTemplateRecord",
    "ListedStatus",
    "Lot",
    "MarkImage",
    "NonConformity",
    "PrinterOffset",
    "Producer",
    "Product",
    "ProductCategory",
    "ProductPhoto",
    "Region",
    "SessionAttendance",
    "Setting",
    "SigningKey",
    "Standard",
    "StandardVersion",
    "StarBand",
    "TrustedKey",
    "User",
    "UserRole",
    "fold",
    "utcnow",
]
