"""A realistic sample register for training, screenshots and tests (Kyrgyz and Russian names).

Everything goes through the services, so the demo's audit chain, numbering and rules are the real
ones. Dates are relative to `today`, so the demo always has certificates expiring soon, surveillance
due, and one certificate in every lifecycle state.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from certification import (
    certificates,
    inspections,
    lots,
    office,
    producers,
    sessions,
    settings,
    standards,
    users,
)
from certification.codes import demo as codes_demo
from certification.core import clock
from certification.core.errors import RuleViolation
from certification.scoring import (
    AnswerValue,
    ChoiceSpec,
    CriterionSpec,
    GroupSpec,
    StarBandSpec,
    VersionSpec,
)
from models.enums import (
    CertificateEventKind,
    CriterionKind,
    DecisionOutcome,
    InspectionKind,
    ProducerKind,
    Role,
)

PASSWORD = "demo"
D = Decimal

CATEGORIES = [
    ("honey", "Бал", "Мёд", "Honey"),
    ("felt", "Кийиз буюмдар", "Войлочные изделия", "Felt goods"),
    ("jam", "Кыям", "Варенье и джемы", "Jams"),
    ("dried_apricot", "Кургатылган өрүк", "Курага", "Dried apricots"),
    ("soap", "Кол менен жасалган самын", "Мыло ручной работы", "Handmade soap"),
    ("sea_buckthorn", "Чычырканак ширеси", "Облепиховый сок", "Sea-buckthorn juice"),
]

# (category, measurement text, unit, min, max, good value, bad value)
MEASURES = {
    "honey": ("Нымдуулугу", "%", None, D(20), D("17.5"), D("21.4")),
    "felt": ("Жүндүн тыгыздыгы", "г/м²", D(900), None, D(1150), D(760)),
    "jam": ("Кургак заттардын үлүшү (Brix)", "°Bx", D(60), None, D(66), D(52)),
    "dried_apricot": ("Нымдуулугу", "%", None, D(20), D(16), D(24)),
    "soap": ("pH көрсөткүчү", "pH", D(8), D(10), D("9.2"), D("11.3")),
    "sea_buckthorn": ("Кургак заттардын үлүшү (Brix)", "°Bx", D(10), None, D(13), D(8)),
}

PRODUCTS = {
    "honey": ["Тоо балы", "Эспарцет балы", "Ак бал"],
    "felt": ["Шырдак", "Ала-кийиз", "Кийиз тапочка"],
    "jam": ["Чычырканак кыямы", "Кара карагат кыямы", "Өрүк кыямы"],
    "dried_apricot": ["Баткен өрүгү", "Кургатылган өрүк «Исфана»"],
    "soap": ["Чычырканак самыны", "Эчки сүтүнөн самын"],
    "sea_buckthorn": ["Чычырканак ширеси", "Чычырканак ширеси, канттуу эмес"],
}

# name, kind, region, district, village, category, members, women, youth
PRODUCERS = [
    (
        "«Ак-Суу бал» өндүрүш тобу",
        "group",
        "KG-Y",
        "Ак-Суу району",
        "Теплоключенка",
        "honey",
        12,
        7,
        3,
    ),
    ("«Айгерим» аялдар тобу", "group", "KG-Y", "Жети-Өгүз району", "Кызыл-Суу", "felt", 15, 15, 4),
    ("Асанова Гүлнара", "individual", "KG-Y", "Түп району", "Түп", "jam", 1, 1, 0),
    (
        "«Чычырканак» кооперативи",
        "group",
        "KG-Y",
        "Ак-Суу району",
        "Ак-Суу",
        "sea_buckthorn",
        9,
        5,
        2,
    ),
    ("«Бостери шыралары» тобу", "group", "KG-Y", "Ысык-Көл району", "Бостери", "jam", 6, 5, 1),
    ("Токтогулов Нурлан", "individual", "KG-Y", "Тоң району", "Бөкөнбаев", "honey", 1, 0, 1),
    ("«Ынтымак» аялдар тобу", "group", "KG-Y", "Тоң району", "Кажы-Сай", "felt", 11, 11, 2),
    ("«Жети-Өгүз кийиз» тобу", "group", "KG-Y", "Жети-Өгүз району", "Жети-Өгүз", "felt", 8, 6, 3),
    ("Мамбетова Айзада", "individual", "KG-Y", "Ысык-Көл району", "Чолпон-Ата", "soap", 1, 1, 1),
    ("«Караколдун алмасы» тобу", "group", "KG-Y", "Ак-Суу району", "Каракол", "jam", 7, 4, 2),
    ("«Нарын шырдагы» аялдар тобу", "group", "KG-N", "Нарын району", "Эмгекчил", "felt", 14, 14, 5),
    ("«Ат-Башы бал» кооперативи", "group", "KG-N", "Ат-Башы району", "Ат-Башы", "honey", 10, 3, 2),
    ("Осмонова Чолпон", "individual", "KG-N", "Кочкор району", "Кочкор", "felt", 1, 1, 0),
    ("«Кочкор кийиз» тобу", "group", "KG-N", "Кочкор району", "Кочкор", "felt", 9, 9, 1),
    (
        "«Баткен өрүгү» кооперативи",
        "group",
        "KG-B",
        "Баткен району",
        "Самаркандек",
        "dried_apricot",
        18,
        8,
        6,
    ),
    (
        "«Исфана таңы» аялдар тобу",
        "group",
        "KG-B",
        "Лейлек району",
        "Исфана",
        "dried_apricot",
        10,
        10,
        3,
    ),
    (
        "Жумабаев Эркин",
        "individual",
        "KG-B",
        "Кадамжай району",
        "Кадамжай",
        "dried_apricot",
        1,
        0,
        0,
    ),
    (
        "«Сары-Таш өрүгү» тобу",
        "group",
        "KG-B",
        "Баткен району",
        "Кара-Бак",
        "dried_apricot",
        7,
        3,
        2,
    ),
    ("«Аксы самыны» аялдар тобу", "group", "KG-J", "Аксы району", "Кербен", "soap", 8, 8, 3),
    (
        "«Арстанбап жаңгагы» кооперативи",
        "group",
        "KG-J",
        "Базар-Коргон району",
        "Арстанбап",
        "jam",
        13,
        6,
        4,
    ),
    ("Абдыкадырова Нургүл", "individual", "KG-J", "Сузак району", "Сузак", "soap", 1, 1, 1),
    ("«Таласс бал» тобу", "group", "KG-T", "Талас району", "Кара-Суу", "honey", 6, 2, 1),
    (
        "«Манас жолу» кооперативи",
        "group",
        "KG-T",
        "Бакай-Ата району",
        "Бакай-Ата",
        "sea_buckthorn",
        11,
        5,
        3,
    ),
    ("Бекова Сайкал", "individual", "KG-T", "Кара-Буура району", "Кызыл-Адыр", "felt", 1, 1, 1),
    ("«Чүй бал» өндүрүш тобу", "group", "KG-C", "Кемин району", "Кемин", "honey", 9, 4, 2),
    ("«Кегети» аялдар тобу", "group", "KG-C", "Чүй району", "Кегети", "jam", 12, 12, 3),
    ("Садыков Бакыт", "individual", "KG-C", "Ысык-Ата району", "Ысык-Ата", "soap", 1, 0, 0),
    (
        "«Ош базары» кооперативи",
        "group",
        "KG-O",
        "Кара-Суу району",
        "Кара-Суу",
        "dried_apricot",
        15,
        6,
        5,
    ),
    ("«Алай кийизи» аялдар тобу", "group", "KG-O", "Алай району", "Гүлчө", "felt", 10, 10, 2),
    ("«Өзгөн күрүчү» тобу", "group", "KG-O", "Өзгөн району", "Өзгөн", "jam", 8, 3, 2),
    ("«Бишкек табигый самыны»", "group", "KG-GB", "", "Бишкек", "soap", 5, 4, 3),
    ("«Тоо бал» ЖЧК", "group", "KG-GO", "", "Ош", "honey", 6, 2, 1),
    (
        "«Барскоон чычырканагы» тобу",
        "group",
        "KG-Y",
        "Жети-Өгүз району",
        "Барскоон",
        "sea_buckthorn",
        7,
        6,
        2,
    ),
    ("Орозбекова Динара", "individual", "KG-Y", "Түп району", "Сары-Булак", "honey", 1, 1, 1),
]

USERS = [
    ("admin", "Администратор", [Role.ADMIN, Role.INSPECTOR, Role.MEMBER, Role.CHAIR, Role.CLERK]),
    ("chair", "Жусупов Таалайбек", [Role.CHAIR, Role.MEMBER]),
    ("inspector", "Керимбекова Айнура", [Role.INSPECTOR]),
    ("clerk", "Сыдыкова Мээрим", [Role.CLERK]),
    ("aibek", "Осмонов Айбек", [Role.MEMBER]),
    ("gulnara", "Абдрахманова Гүлнара", [Role.MEMBER]),
    ("nurlan", "Токтосунов Нурлан", [Role.MEMBER]),
    ("inspector2", "Иманалиев Бакыт", [Role.INSPECTOR]),
]


@dataclass(frozen=True)
class DemoSummary:
    producers: int
    products: int
    inspections: int
    certificates: int
    lots: int


def standard_spec(category: str) -> VersionSpec:
    name, unit, low, high, _good, _bad = MEASURES[category]
    return VersionSpec(
        pass_mark=D(70),
        star_bands=(
            StarBandSpec(1, D(70)),
            StarBandSpec(2, D(78)),
            StarBandSpec(3, D(85)),
            StarBandSpec(4, D(92)),
            StarBandSpec(5, D(97)),
        ),
        groups=(
            GroupSpec(
                "Коопсуздук жана документтер",
                D(2),
                (
                    CriterionSpec(
                        "1.1",
                        "Санитардык-ветеринардык документтер бар",
                        CriterionKind.YES_NO,
                        critical=True,
                    ),
                    CriterionSpec(
                        "1.2",
                        name,
                        CriterionKind.MEASUREMENT,
                        D(2),
                        critical=True,
                        unit=unit,
                        min_value=low,
                        max_value=high,
                    ),
                    CriterionSpec(
                        "1.3", "Чийки зат жергиликтүү, келип чыгышы белгилүү", CriterionKind.YES_NO
                    ),
                ),
            ),
            GroupSpec(
                "Продукциянын сапаты",
                D(3),
                (
                    CriterionSpec(
                        "2.1", "Сырткы көрүнүшү жана түсү", CriterionKind.SCALE, scale_max=5
                    ),
                    CriterionSpec(
                        "2.2",
                        "Даамы, жыты же колго урунушу",
                        CriterionKind.SCALE,
                        D(2),
                        scale_max=5,
                    ),
                    CriterionSpec(
                        "2.3",
                        "Сапаттын туруктуулугу (партиялар ортосунда)",
                        CriterionKind.SCALE,
                        scale_max=5,
                    ),
                ),
            ),
            GroupSpec(
                "Таңгак жана этикетка",
                D(1),
                (
                    CriterionSpec(
                        "3.1",
                        "Таңгактын түрү",
                        CriterionKind.CHOICE,
                        choices=(
                            ChoiceSpec("Айнек идиш же табигый материал", True),
                            ChoiceSpec("Тамак-ашка ылайыктуу пластик", True),
                            ChoiceSpec("Таңгаксыз / ылайыксыз идиш", False),
                        ),
                    ),
                    CriterionSpec(
                        "3.2",
                        "Этикеткада өндүрүүчү, дата жана курам көрсөтүлгөн",
                        CriterionKind.YES_NO,
                    ),
                    CriterionSpec("3.3", "Инспектордун эскертүүсү", CriterionKind.NOTE),
                ),
            ),
        ),
    )


def _answers(category: str, quality: str, rng: random.Random) -> dict[str, AnswerValue]:
    """quality: 'excellent', 'good', 'weak' (below pass mark) or 'critical' (fails a limit)."""
    _name, _unit, _low, _high, good, bad = MEASURES[category]
    high = {"excellent": 5, "good": 4, "weak": 2, "critical": 4}[quality]
    scale = [max(0, min(5, high - rng.choice([0, 0, 1]))) for _ in range(3)]
    return {
        "1.1": AnswerValue(yes=True),
        "1.2": AnswerValue(number=bad if quality == "critical" else good),
        "1.3": AnswerValue(yes=quality != "weak"),
        "2.1": AnswerValue(number=D(scale[0])),
        "2.2": AnswerValue(number=D(scale[1])),
        "2.3": AnswerValue(number=D(scale[2])),
        "3.1": AnswerValue(choice=2 if quality == "weak" else rng.choice([0, 0, 1])),
        "3.2": AnswerValue(yes=quality != "weak"),
        "3.3": AnswerValue(
            note="Үлгү партиядан алынды."
            if quality != "weak"
            else "Этикетка жок, таңгак ылайыксыз."
        ),
    }


def build(session: Session, today: date | None = None, seed: int = 2026) -> DemoSummary:
    """Fill an empty, migrated database. Refuses a database that already has a committee."""
    today = today or clock.today()
    rng = random.Random(seed)
    if office.is_set_up(session):
        raise RuleViolation("demo.database_not_empty")
    office.set_up(
        session,
        region_code="KG-Y",
        code="Y1",
        admin_username="admin",
        admin_full_name=USERS[0][1],
        admin_password=PASSWORD,
        name_ky="Ысык-Көл облустук бренд-комитети",
        name_ru="Иссык-Кульский областной бренд-комитет",
        name_en="Issyk-Kul Regional Brand Committee",
        address="Каракол ш., Абдрахманов к., 130",
        admin_roles=USERS[0][2],
    )
    for username, full_name, roles in USERS[1:]:
        users.create_user(session, "admin", username, full_name, PASSWORD, roles)
    settings.put(session, "admin", "verify_url_prefix", "")
    people = {u.username: u for u in users.list_users(session)}
    admin, clerk = people["admin"], people["clerk"]

    category_ids = {}
    for code, ky, ru, en in CATEGORIES:
        category_ids[code] = producers.add_category(session, admin, code, ky, ru, en).id
    version_ids = {}
    for code, _ky, _ru, _en in CATEGORIES:
        info = standards.create_standard(
            session,
            "admin",
            f"BABP-{code.upper().replace('_', '-')}",
            "БАБП сапат стандарты",
            category_ids[code],
            standard_spec(code),
        )
        version_ids[code] = info.id

    product_rows: list[tuple[int, int, str]] = []  # (producer id, product id, category)
    for name, kind, region, district, village, category, members, women, youth in PRODUCERS:
        form = producers.ProducerForm(
            kind=ProducerKind(kind),
            name=name,
            region_code=region,
            district=district,
            village=village,
            members=members,
            women=women,
            youth=youth,
            contact_person=name if kind == "individual" else "",
            phone=f"+996 {rng.choice(['555', '700', '772', '505'])} {rng.randint(100, 999)} "
            f"{rng.randint(100, 999)}",
        )
        producer = producers.register_producer(session, clerk, form)
        names = PRODUCTS[category]
        for product_name in rng.sample(names, k=min(len(names), rng.choice([1, 1, 2]))):
            product = producers.add_product(
                session,
                clerk,
                producer.id,
                product_name,
                category_ids[category],
                description=f"{village}, {district}".strip(", "),
            )
            product_rows.append((producer.id, product.id, category))

    inspector = people["inspector"]
    inspector2 = people["inspector2"]
    chair = people["chair"]
    count = {"inspections": 0}

    def inspect(
        idx: int,
        when: date,
        quality: str,
        *,
        kind: InspectionKind = InspectionKind.INITIAL,
        certificate: str | None = None,
        submit: bool = True,
    ) -> int:
        _producer_id, product_id, category = product_rows[idx]
        who = inspector if idx % 3 else inspector2
        info = inspections.start_inspection(
            session,
            who,
            product_id,
            version_ids[category],
            when,
            kind=kind,
            certificate_number=certificate,
            place="Өндүрүш жайы",
            sample_lot=f"S-{idx:03d}",
        )
        inspections.record_answers(session, who, info.id, _answers(category, quality, rng))
        if quality in ("weak", "critical"):
            inspections.add_non_conformity(
                session,
                who,
                info.id,
                "Талаптарга шайкеш келбөө аныкталды",
                "Кемчиликти оңдоп, кайра текшерүүгө берүү",
                when + timedelta(days=60),
                criterion_code="1.2" if quality == "critical" else "3.2",
            )
        if submit:
            inspections.submit(session, who, info.id)
        count["inspections"] += 1
        return info.id

    def hold(
        when: date,
        grants: list[int],
        refuse: tuple[int, ...] = (),
        defer: tuple[int, ...] = (),
        close: bool = True,
    ) -> dict[int, str]:
        s = sessions.open_session(
            session,
            people["clerk"],
            when,
            place="Каракол, облустук администрация",
            quorum=3,
            chair="chair",
            present=["chair", "aibek", "gulnara", "nurlan"],
        )
        issued = {}
        for inspection_id in grants:
            d = sessions.decide(session, chair, s.id, inspection_id, DecisionOutcome.GRANT)
            assert d.certificate_number is not None
            issued[inspection_id] = d.certificate_number
        for inspection_id in refuse:
            sessions.decide(
                session,
                chair,
                s.id,
                inspection_id,
                DecisionOutcome.REFUSE,
                "Стандарттын талаптарына жооп бербейт",
            )
        for inspection_id in defer:
            sessions.decide(
                session,
                chair,
                s.id,
                inspection_id,
                DecisionOutcome.DEFER,
                "Кошумча лабораториялык анализ күтүлүүдө",
            )
        if close:
            sessions.close_session(session, people["clerk"], s.id)
        return issued

    # Three years ago: the oldest certificates, now expired or renewed.
    t1 = today - timedelta(days=3 * 365 + 75)
    old = [inspect(i, t1 - timedelta(days=14), "good") for i in (0, 1, 2, 3)]
    first = hold(t1, old)
    # Late in that year: one certificate that is about to expire.
    t2 = today - timedelta(days=3 * 365 - 25)
    expiring_insp = inspect(4, t2 - timedelta(days=10), "excellent")
    hold(t2, [expiring_insp])
    # Last year's session: the bulk of the register.
    t3 = today - timedelta(days=400)
    mid = [
        inspect(i, t3 - timedelta(days=20), rng.choice(["good", "excellent"])) for i in range(5, 21)
    ]
    failed = inspect(21, t3 - timedelta(days=20), "critical")
    mid_issued = hold(t3, mid, refuse=(failed,))
    # Before the oldest expired: one of them renewed (the old one is superseded).
    t_renew = t1 + timedelta(days=3 * 365 - 40)
    renewal = inspect(
        1,
        t_renew - timedelta(days=12),
        "excellent",
        kind=InspectionKind.RENEWAL,
        certificate=first[old[1]],
    )
    hold(t_renew, [renewal])
    # This autumn: new grants, a refusal and a deferral.
    t4 = today - timedelta(days=35)
    new = [
        inspect(i, t4 - timedelta(days=12), rng.choice(["good", "excellent"]))
        for i in range(22, 28)
    ]
    weak = inspect(28, t4 - timedelta(days=12), "weak")
    deferred = inspect(29, t4 - timedelta(days=12), "good")
    hold(t4, new, refuse=(weak,), defer=(deferred,))
    # Waiting for the next session, and drafts still in the field.
    for i in range(30, min(34, len(product_rows))):
        inspect(i, today - timedelta(days=6), "good")
    for i in range(34, min(36, len(product_rows))):
        inspect(i, today - timedelta(days=2), "good", submit=False)

    # One certificate in every lifecycle state.
    mid_numbers = list(mid_issued.values())
    certificates.change_status(
        session,
        chair,
        mid_numbers[0],
        CertificateEventKind.SUSPENDED,
        "Мониторингде нымдуулук нормадан жогору",
        today,
    )
    certificates.change_status(
        session,
        chair,
        mid_numbers[1],
        CertificateEventKind.WITHDRAWN,
        "Өндүрүүчүнүн арызы боюнча",
        today,
    )
    certificates.change_status(
        session,
        chair,
        mid_numbers[2],
        CertificateEventKind.SUSPENDED,
        "Этикетка талаптарга ылайык эмес",
        today,
    )
    certificates.change_status(
        session,
        chair,
        mid_numbers[2],
        CertificateEventKind.RESTORED,
        "Кемчилик оңдолду, кайра текшерилди",
        today,
    )
    sessions.declare_conflict(
        session,
        people["gulnara"],
        "gulnara",
        product_rows[30][0],
        "Өндүрүш тобунун мүчөсүнүн жакын тууганы",
    )
    # Today's session is open, with the inspections submitted this week on its agenda.
    sessions.open_session(
        session,
        people["clerk"],
        today,
        place="Каракол, облустук администрация",
        quorum=3,
        chair="chair",
        present=["chair", "aibek", "gulnara", "nurlan"],
    )

    # Lots for every active certificate.
    lot_count = 0
    for cert in certificates.list_certificates(session, today=today):
        if cert.status.value != "active":
            continue
        for _ in range(rng.choice([2, 3])):
            produced = max(cert.issued_on, today - timedelta(days=rng.randint(5, 120)))
            lots.report_lot(
                session,
                clerk,
                cert.number,
                cert.product_ids[0],
                f"{produced:%y%m}-{lot_count + 1:03d}",
                produced,
                produced + timedelta(days=365),
                D(rng.choice([50, 120, 200, 500])),
                "pcs",
                reported_on=today,
            )
            lot_count += 1
    codes_demo.add_codes(session, today, rng)
    return DemoSummary(
        len(PRODUCERS),
        len(product_rows),
        count["inspections"],
        len(certificates.list_certificates(session, today=today)),
        lot_count,
    )
