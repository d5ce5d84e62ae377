"""The fixed wording of printed documents in Kyrgyz, Russian and English.

Documents are printed in the languages the committee chose (Kyrgyz and Russian by default), often
two at once, so their wording lives here as data rather than in the desktop app's translations.
Terms follow the project glossary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from certification.core.errors import InvalidInput

LANGUAGES = ("ky", "ru", "en")
DEFAULT_LANGUAGES = ("ky", "ru")

WORDS: dict[str, dict[str, str]] = {
    "certificate": {"ky": "СЕРТИФИКАТ", "ru": "СЕРТИФИКАТ", "en": "CERTIFICATE"},
    "certificate_of": {
        "ky": "аймактык бренддин сапат сертификаты",
        "ru": "сертификат качества регионального бренда",
        "en": "regional brand quality certificate",
    },
    "programme": {
        "ky": "Бир Айыл Бир Продукт",
        "ru": "Одно село — один продукт",
        "en": "One Village One Product",
    },
    "statement": {
        "ky": "Төмөнкү продукция көрсөтүлгөн стандарттын талаптарына шайкеш келет жана "
        "аймактык бренд белгиси менен сатылышы мүмкүн.",
        "ru": "Перечисленная продукция соответствует требованиям указанного стандарта и может "
        "реализовываться со знаком регионального бренда.",
        "en": "The products listed meet the requirements of the standard named below and may be "
        "sold under the regional brand mark.",
    },
    "number": {"ky": "Сертификаттын номери", "ru": "Номер сертификата", "en": "Certificate number"},
    "producer": {"ky": "Өндүрүүчү", "ru": "Производитель", "en": "Producer"},
    "products": {"ky": "Продукция", "ru": "Продукция", "en": "Products"},
    "standard": {"ky": "Стандарт", "ru": "Стандарт", "en": "Standard"},
    "version": {"ky": "{n}-версия", "ru": "версия\u00a0{n}", "en": "version\u00a0{n}"},
    "stars": {"ky": "Жылдыз", "ru": "Звёзды", "en": "Stars"},
    "issued": {"ky": "Берилген күнү", "ru": "Дата выдачи", "en": "Issue date"},
    "valid_until": {"ky": "Күчүндө болуу мөөнөтү", "ru": "Действителен до", "en": "Valid until"},
    "chair": {"ky": "Төрага", "ru": "Председатель", "en": "Chair"},
    "secretary": {"ky": "Катчы", "ru": "Секретарь", "en": "Secretary"},
    "signature": {"ky": "кол тамга", "ru": "подпись", "en": "signature"},
    "verify_hint": {
        "ky": "QR-кодду текшериңиз: анда ушул номер жазылган",
        "ru": "Проверьте QR-код: в нём записан этот номер",
        "en": "Check the QR code: it carries this number",
    },
    # phrases with a {number} or {date}: Kyrgyz puts them first, with no ending after them
    "replaces": {
        "ky": "№ {number} сертификатынын ордуна",
        "ru": "взамен № {number}",
        "en": "replaces No. {number}",
    },
    "reissued": {"ky": "КАЙРА БЕРИЛГЕН", "ru": "ПЕРЕОФОРМЛЕН", "en": "RE-ISSUED"},
    "status_active": {"ky": "күчүндө", "ru": "действителен", "en": "valid"},
    "status_suspended": {
        "ky": "УБАКТЫЛУУ ТОКТОТУЛГАН",
        "ru": "ПРИОСТАНОВЛЕН",
        "en": "SUSPENDED",
    },
    "status_withdrawn": {"ky": "КАЙТАРЫЛЫП АЛЫНГАН", "ru": "ОТОЗВАН", "en": "WITHDRAWN"},
    "status_expired": {"ky": "МӨӨНӨТҮ БҮТКӨН", "ru": "СРОК ИСТЁК", "en": "EXPIRED"},
    "status_superseded": {"ky": "АЛМАШТЫРЫЛГАН", "ru": "ЗАМЕНЁН", "en": "SUPERSEDED"},
    # inspection report
    "inspection_report": {
        "ky": "Текшерүүнүн актысы",
        "ru": "Акт проверки",
        "en": "Inspection report",
    },
    "product": {"ky": "Продукт", "ru": "Продукт", "en": "Product"},
    "inspector": {"ky": "Инспектор", "ru": "Инспектор", "en": "Inspector"},
    "inspected_on": {"ky": "Текшерүү күнү", "ru": "Дата проверки", "en": "Inspected on"},
    "place": {"ky": "Орду", "ru": "Место", "en": "Place"},
    "sample_lot": {"ky": "Сыноо партиясы", "ru": "Пробная партия", "en": "Sample lot"},
    "criterion": {"ky": "Критерий", "ru": "Критерий", "en": "Criterion"},
    "answer": {"ky": "Жооп", "ru": "Ответ", "en": "Answer"},
    "points": {"ky": "Балл", "ru": "Балл", "en": "Points"},
    "weight": {"ky": "Салмактык коэффициент", "ru": "Весовой коэффициент", "en": "Weight"},
    "critical": {"ky": "критикалык", "ru": "критический", "en": "critical"},
    "allowed": {"ky": "жол берилет", "ru": "допустимо", "en": "allowed"},
    "score": {"ky": "Жыйынтык балл", "ru": "Итоговый балл", "en": "Score"},
    "pass_mark": {"ky": "өтүү баллы", "ru": "проходной балл", "en": "pass mark"},
    "result": {"ky": "Натыйжа", "ru": "Результат", "en": "Result"},
    "passed": {"ky": "ӨТТҮ", "ru": "ПРОЙДЕНО", "en": "PASSED"},
    "failed": {"ky": "ӨТКӨН ЖОК", "ru": "НЕ ПРОЙДЕНО", "en": "FAILED"},
    "reasons": {"ky": "Себептери", "ru": "Причины", "en": "Reasons"},
    "non_conformities": {
        "ky": "Шайкеш келбөөлөр",
        "ru": "Несоответствия",
        "en": "Non-conformities",
    },
    "corrective_action": {
        "ky": "Оңдоо аракети",
        "ru": "Корректирующее действие",
        "en": "Corrective action",
    },
    "due": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Due"},
    "photos": {"ky": "Сүрөттөр", "ru": "Фото", "en": "Photos"},
    "yes": {"ky": "ооба", "ru": "да", "en": "yes"},
    "no": {"ky": "жок", "ru": "нет", "en": "no"},
    "none": {"ky": "жок", "ru": "нет", "en": "none"},
    "not_answered": {"ky": "жооп берилген жок", "ru": "нет ответа", "en": "not answered"},
    # why an inspection scored as it did (certification.scoring.ReasonKind)
    "reason_critical_failed": {
        "ky": "критикалык критерий аткарылган жок",
        "ru": "не выполнен критический критерий",
        "en": "critical criterion failed",
    },
    "reason_out_of_range": {
        "ky": "жол берилген чектен тышкары",
        "ru": "вне допустимых пределов",
        "en": "out of the allowed range",
    },
    "reason_not_acceptable": {
        "ky": "жол берилбеген жооп",
        "ru": "недопустимый ответ",
        "en": "answer not acceptable",
    },
    "reason_answered_no": {"ky": "аткарылган жок", "ru": "не выполнено", "en": "not met"},
    "reason_low_scale": {
        "ky": "баа шкаланын жарымынан төмөн",
        "ru": "оценка ниже половины шкалы",
        "en": "below half of the scale",
    },
    "reason_unanswered": {"ky": "жооп берилген жок", "ru": "нет ответа", "en": "not answered"},
    "reason_below_pass_mark": {
        "ky": "жыйынтык балл өтүү баллынан төмөн",
        "ru": "итоговый балл ниже проходного",
        "en": "score below the pass mark",
    },
    # labels
    "lot": {"ky": "Партия", "ru": "Партия", "en": "Lot"},
    "produced": {"ky": "Өндүрүлгөн", "ru": "Изготовлено", "en": "Produced"},
    "best_before": {"ky": "Жарактуу", "ru": "Годен до", "en": "Best before"},
    "serial": {"ky": "№", "ru": "№", "en": "No."},
    # register
    "register_sheet": {"ky": "Реестр", "ru": "Реестр", "en": "Register"},  # 31 letters at most
    "register": {
        "ky": "Сертификатталган продукциянын реестри",
        "ru": "Реестр сертифицированной продукции",
        "en": "Register of certified products",
    },
    "status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "village": {"ky": "Айыл", "ru": "Село", "en": "Village"},
    "region": {"ky": "Аймак / шаар", "ru": "Регион / город", "en": "Region"},
    "as_of": {"ky": "{date} абалы боюнча", "ru": "по состоянию на {date}", "en": "as of {date}"},
    "status_list": {
        "ky": "кол коюлган абалдар тизмеси",
        "ru": "подписанный список статусов",
        "en": "signed status list",
    },
}


def check_languages(languages: Sequence[str]) -> tuple[str, ...]:
    """The languages a document is printed in: one to three of ky, ru, en, without repeats."""
    langs = tuple(languages)
    if not langs or len(set(langs)) != len(langs) or any(x not in LANGUAGES for x in langs):
        raise InvalidInput("document.languages", languages=",".join(langs))
    return langs


def word(key: str, lang: str) -> str:
    return WORDS[key][lang]


def words(key: str, languages: Sequence[str], sep: str = " / ") -> str:
    """The same phrase in each chosen language, e.g. «Өндүрүүчү / Производитель»."""
    return sep.join(dict.fromkeys(WORDS[key][lang] for lang in languages))


def phrases(key: str, languages: Sequence[str], sep: str = " / ", **values: object) -> str:
    """A phrase with values in each chosen language: «02.12.2026 абалы боюнча / по состоянию на
    02.12.2026». Each language places the values where its word order wants them."""
    return sep.join(dict.fromkeys(WORDS[key][lang].format(**values) for lang in languages))


def date_text(day: date) -> str:
    """Dates on documents are dd.MM.yyyy whatever the language."""
    return day.strftime("%d.%m.%Y")
