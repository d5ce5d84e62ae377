"""The standard version being edited, as plain mutable values; `to_spec` hands it to the domain."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from certification.scoring import (
    ChoiceSpec,
    CriterionSpec,
    GroupSpec,
    StarBandSpec,
    VersionSpec,
)
from models.enums import CriterionKind

STARS = (1, 2, 3, 4, 5)


@dataclass
class DraftChoice:
    text: str
    acceptable: bool


@dataclass
class DraftCriterion:
    code: str
    text: str
    kind: CriterionKind = CriterionKind.YES_NO
    weight: Decimal = Decimal(1)
    critical: bool = False
    scale_max: int = 5
    unit: str = ""
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    choices: list[DraftChoice] = field(default_factory=list)

    def to_spec(self) -> CriterionSpec:
        return CriterionSpec(
            self.code,
            self.text,
            self.kind,
            self.weight,
            self.critical,
            self.scale_max if self.kind == CriterionKind.SCALE else None,
            self.unit if self.kind == CriterionKind.MEASUREMENT else "",
            self.min_value if self.kind == CriterionKind.MEASUREMENT else None,
            self.max_value if self.kind == CriterionKind.MEASUREMENT else None,
            tuple(ChoiceSpec(c.text, c.acceptable) for c in self.choices)
            if self.kind == CriterionKind.CHOICE
            else (),
        )


@dataclass
class DraftGroup:
    name: str
    weight: Decimal = Decimal(1)
    criteria: list[DraftCriterion] = field(default_factory=list)


@dataclass
class Draft:
    pass_mark: Decimal
    groups: list[DraftGroup]
    bands: dict[int, Decimal | None]  # stars → minimum score; None: no such band
    note: str = ""

    @classmethod
    def from_spec(cls, spec: VersionSpec) -> Draft:
        minimum = {b.stars: b.min_score for b in spec.star_bands}
        return cls(
            pass_mark=spec.pass_mark,
            note=spec.note,
            bands={stars: minimum.get(stars) for stars in STARS},
            groups=[
                DraftGroup(
                    g.name,
                    g.weight,
                    [
                        DraftCriterion(
                            c.code,
                            c.text,
                            c.kind,
                            c.weight,
                            c.critical,
                            c.scale_max or 5,
                            c.unit,
                            c.min_value,
                            c.max_value,
                            [DraftChoice(h.text, h.acceptable) for h in c.choices],
                        )
                        for c in g.criteria
                    ],
                )
                for g in spec.groups
            ],
        )

    def to_spec(self) -> VersionSpec:
        return VersionSpec(
            pass_mark=self.pass_mark,
            note=self.note,
            star_bands=tuple(
                StarBandSpec(stars, minimum)
                for stars, minimum in sorted(self.bands.items())
                if minimum is not None
            ),
            groups=tuple(
                GroupSpec(g.name, g.weight, tuple(c.to_spec() for c in g.criteria))
                for g in self.groups
            ),
        )

    def next_code(self, group: int) -> str:
        """A criterion number that follows the group's numbering: 2.4 after 2.3."""
        taken = {c.code for g in self.groups for c in g.criteria}
        n = len(self.groups[group].criteria) + 1
        while f"{group + 1}.{n}" in taken:
            n += 1
        return f"{group + 1}.{n}"
