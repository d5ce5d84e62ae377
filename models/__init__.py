"""Storage: SQLAlchemy 2.0 ORM, engine and session factory, Alembic migrations."""

from models.base import Base, utcnow
from models.certificates import Certificate, CertificateEvent, CertificateProduct, Lot
from models.inspections import Answer, Inspection, InspectionPhoto, NonConformity
from models.office import AuditEntry, Committee, Counter, Region, Setting, User, UserRole
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
    "AuditEntry",
    "Base",
    "Certificate",
    "CertificateEvent",
    "CertificateProduct",
    "Committee",
    "CommitteeSession",
    "ConflictDeclaration",
    "Counter",
    "Criterion",
    "CriterionChoice",
    "CriterionGroup",
    "Decision",
    "Inspection",
    "InspectionPhoto",
    "Lot",
    "NonConformity",
    "Producer",
    "Product",
    "ProductCategory",
    "ProductPhoto",
    "Region",
    "SessionAttendance",
    "Setting",
    "Standard",
    "StandardVersion",
    "StarBand",
    "User",
    "UserRole",
    "fold",
    "utcnow",
]
