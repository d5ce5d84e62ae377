"""Messages for the register, standards, inspections, sessions, certificates and lots."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "auth.failed": QT_TRANSLATE_NOOP("messages", "Wrong user name or password."),
    "auth.wait": QT_TRANSLATE_NOOP(
        "messages",
        "Too many wrong passwords for this user name: wait {seconds} s, then try again.",
    ),
    "auth.role_required": QT_TRANSLATE_NOOP(
        "messages", "User {username} may not do this (it needs the role: {roles})."
    ),
    "category.bad_code": QT_TRANSLATE_NOOP(
        "messages", "Category code “{value}”: use Latin letters, digits, “-” or “_”."
    ),
    "category.exists": QT_TRANSLATE_NOOP("messages", "Category “{value}” already exists."),
    "category.not_found": QT_TRANSLATE_NOOP("messages", "No such product category: {code}."),
    "certificate.bad_scope": QT_TRANSLATE_NOOP(
        "messages", "The products of a certificate must all belong to its producer."
    ),
    "certificate.bad_transition": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a change of a certificate's state."
    ),
    "certificate.not_found": QT_TRANSLATE_NOOP("messages", "Certificate {number} not found."),
    "certificate.number_taken": QT_TRANSLATE_NOOP(
        "messages",
        "The number {number} is already in use: check the numbering format in the settings.",
    ),
    "certificate.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for changing the certificate's state."
    ),
    "certificate.scope_unchanged": QT_TRANSLATE_NOOP(
        "messages", "Choose the products the new certificate covers (a different list)."
    ),
    "certificate.transition_forbidden": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} is {status}: the action “{action}” is not allowed."
    ),
    "committee.already_set_up": QT_TRANSLATE_NOOP(
        "messages", "This database already belongs to a committee."
    ),
    "committee.bad_code": QT_TRANSLATE_NOOP(
        "messages", "Committee code “{value}”: 1 to 8 Latin letters or digits."
    ),
    "committee.not_set_up": QT_TRANSLATE_NOOP(
        "messages", "The committee is not set up in this database yet."
    ),
    "decision.bad_votes": QT_TRANSLATE_NOOP(
        "messages", "The votes do not add up: {eligible} members may vote on this item."
    ),
    "decision.conflict_of_interest": QT_TRANSLATE_NOOP(
        "messages",
        "{username} declared a conflict of interest with {producer} and cannot decide this.",
    ),
    "decision.grant_requires_pass": QT_TRANSLATE_NOOP(
        "messages",
        "Inspection {id} did not pass (score {score}); a certificate cannot be granted on it.",
    ),
    "decision.inspector_cannot_decide": QT_TRANSLATE_NOOP(
        "messages", "{username} carried out inspection {id} and cannot decide on it."
    ),
    "decision.no_majority": QT_TRANSLATE_NOOP(
        "messages", "A grant needs a majority: {votes_for} of {eligible} voted for it."
    ),
    "decision.no_quorum": QT_TRANSLATE_NOOP(
        "messages",
        "No quorum: {eligible} members present may decide this, {quorum} are needed.",
    ),
    "decision.not_present": QT_TRANSLATE_NOOP(
        "messages", "{username} is not marked present at this session."
    ),
    "decision.not_submitted": QT_TRANSLATE_NOOP(
        "messages", "Inspection {id} is not waiting for a decision."
    ),
    "decision.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for refusing or deferring."
    ),
    "demo.database_not_empty": QT_TRANSLATE_NOOP(
        "messages", "The demo needs an empty database; this one already holds a committee."
    ),
    "field.not_a_number": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a number."),
    "field.required": QT_TRANSLATE_NOOP("messages", "{field}: this must be filled in."),
    "field.too_long": QT_TRANSLATE_NOOP("messages", "{field}: at most {maximum} characters."),
    "input.bad_date": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a date (write 26.11.2026 or 2026-11-26)."
    ),
    "inspection.bad_choice": QT_TRANSLATE_NOOP(
        "messages", "Criterion {field}: choose one of the listed answers."
    ),
    "inspection.certificate_required": QT_TRANSLATE_NOOP(
        "messages", "A surveillance or renewal inspection needs the certificate it checks."
    ),
    "inspection.due_before_inspection": QT_TRANSLATE_NOOP(
        "messages", "The due date {value} is before the inspection."
    ),
    "inspection.future_date": QT_TRANSLATE_NOOP(
        "messages", "The inspection date {value} is in the future."
    ),
    "inspection.incomplete": QT_TRANSLATE_NOOP(
        "messages", "Answer every criterion before submitting; still open: {codes}."
    ),
    "inspection.not_draft": QT_TRANSLATE_NOOP(
        "messages", "Inspection {id} has been submitted and can no longer be changed."
    ),
    "inspection.not_found": QT_TRANSLATE_NOOP("messages", "Inspection {id} not found."),
    "inspection.not_yours": QT_TRANSLATE_NOOP(
        "messages", "Inspection {id} belongs to another inspector."
    ),
    "inspection.product_not_in_scope": QT_TRANSLATE_NOOP(
        "messages", "{product} is not covered by certificate {number}."
    ),
    "inspection.scale_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "Criterion {field}: give a score from 0 to {maximum}."
    ),
    "inspection.unknown_criterion": QT_TRANSLATE_NOOP(
        "messages", "The standard has no criterion {field}."
    ),
    "inspection.wrong_category": QT_TRANSLATE_NOOP(
        "messages", "Standard {standard} is for another product category than {product}."
    ),
    "lot.bad_number": QT_TRANSLATE_NOOP(
        "messages", "Lot number “{value}”: up to 20 Latin letters, digits, “-”, “/” or “.”."
    ),
    "lot.bad_quantity": QT_TRANSLATE_NOOP(
        "messages", "Quantity “{value}”: give a positive number."
    ),
    "lot.bad_unit": QT_TRANSLATE_NOOP("messages", "Unknown unit “{value}”."),
    "lot.best_before_too_early": QT_TRANSLATE_NOOP(
        "messages", "The best-before date {value} must come after the production date."
    ),
    "lot.certificate_not_active": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} is {status}: no new lots can be reported under it."
    ),
    "lot.duplicate": QT_TRANSLATE_NOOP(
        "messages", "{producer} already has a lot numbered {lot_number}."
    ),
    "lot.not_found": QT_TRANSLATE_NOOP(
        "messages", "Lot {lot_number} not found under certificate {number}."
    ),
    "lot.produced_before_certificate": QT_TRANSLATE_NOOP(
        "messages", "The lot was produced on {value}, before the certificate was issued ({issued})."
    ),
    "lot.produced_in_future": QT_TRANSLATE_NOOP(
        "messages", "The production date {value} is in the future."
    ),
    "lot.product_required": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} covers several products; name one: {products}."
    ),
    "lot.product_not_in_scope": QT_TRANSLATE_NOOP(
        "messages", "{product} is not covered by certificate {number}."
    ),
    "non_conformity.closed": QT_TRANSLATE_NOOP(
        "messages", "This non-conformity is already closed."
    ),
    "non_conformity.not_found": QT_TRANSLATE_NOOP("messages", "Non-conformity {id} not found."),
    "photo.bad_format": QT_TRANSLATE_NOOP(
        "messages", "Photos must be JPEG, PNG or WebP (this one is {format})."
    ),
    "photo.not_found": QT_TRANSLATE_NOOP("messages", "Photo {id} not found."),
    "photo.too_large": QT_TRANSLATE_NOOP(
        "messages", "The photo is {size_mb} MB; the limit is {limit_mb} MB."
    ),
    "photo.too_many_pixels": QT_TRANSLATE_NOOP(
        "messages", "The photo is {width}×{height} pixels, more than 50 megapixels."
    ),
    "photo.unreadable": QT_TRANSLATE_NOOP("messages", "The file is not a readable photo."),
    "producer.bad_count": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a sensible number of people."
    ),
    "producer.bad_email": QT_TRANSLATE_NOOP("messages", "“{value}” is not an e-mail address."),
    "producer.bad_phone": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a phone number (e.g. +996 555 123 456)."
    ),
    "producer.bad_tax_id": QT_TRANSLATE_NOOP(
        "messages", "The tax number (INN) has 14 digits; “{value}” does not."
    ),
    "producer.individual_is_one": QT_TRANSLATE_NOOP(
        "messages", "An individual producer counts as one member."
    ),
    "producer.more_than_members": QT_TRANSLATE_NOOP(
        "messages", "{field}: cannot be more than the {members} members."
    ),
    "producer.not_found": QT_TRANSLATE_NOOP("messages", "Producer {id} not found."),
    "product.category_locked": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is certified: its category cannot change while the certificate is in force.",
    ),
    "product.not_found": QT_TRANSLATE_NOOP("messages", "Product {id} not found."),
    "region.unknown": QT_TRANSLATE_NOOP("messages", "Unknown region “{value}”."),
    "session.chair_required": QT_TRANSLATE_NOOP("messages", "Choose who chairs the session."),
    "session.chair_absent": QT_TRANSLATE_NOOP(
        "messages", "The chair, {name}, must be among those present."
    ),
    "session.bad_chair": QT_TRANSLATE_NOOP(
        "messages", "{value} cannot chair a session (not a chair of the committee)."
    ),
    "session.bad_quorum": QT_TRANSLATE_NOOP(
        "messages", "Quorum “{value}”: give a number from 1 to {maximum}."
    ),
    "session.closed": QT_TRANSLATE_NOOP("messages", "Session {title} is closed."),
    "session.no_members": QT_TRANSLATE_NOOP(
        "messages", "The committee has no members yet: add users with the member role."
    ),
    "session.not_a_member": QT_TRANSLATE_NOOP("messages", "Not members of the committee: {names}."),
    "session.not_found": QT_TRANSLATE_NOOP("messages", "Session {id} not found."),
    "setting.bad_languages": QT_TRANSLATE_NOOP(
        "messages", "Documents can carry one or two of the languages ky, ru, en."
    ),
    "setting.bad_numbering": QT_TRANSLATE_NOOP(
        "messages",
        "Numbering format “{value}” must contain {{seq}} and may use {{region}}, {{year}}, "
        "{{committee}}.",
    ),
    "setting.bad_url_prefix": QT_TRANSLATE_NOOP(
        "messages",
        "The verification address “{value}” may hold only Latin letters, digits, “.”, “-”, “/”.",
    ),
    "setting.bad_value": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not accepted."),
    "setting.out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{field}: give a number from {minimum} to {maximum}."
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("messages", "There is no setting “{field}”."),
    "standard.bad_choices": QT_TRANSLATE_NOOP(
        "messages", "Criterion {code}: give at least two answers and mark the acceptable ones."
    ),
    "standard.bad_code": QT_TRANSLATE_NOOP(
        "messages", "Standard code “{value}”: 2 to 32 Latin letters, digits or “-”."
    ),
    "standard.bad_criterion_code": QT_TRANSLATE_NOOP(
        "messages", "Criterion number “{value}”: use digits, letters and dots, e.g. 2.3."
    ),
    "standard.bad_pass_mark": QT_TRANSLATE_NOOP(
        "messages", "The pass mark “{value}” must be between 0 and 100."
    ),
    "standard.bad_scale": QT_TRANSLATE_NOOP(
        "messages", "Criterion {code}: a scale needs a top score from 1 to 100."
    ),
    "standard.bad_star_bands": QT_TRANSLATE_NOOP(
        "messages", "Star bands: 1 to 5 stars, each needing a higher score than the one before."
    ),
    "standard.bad_weight": QT_TRANSLATE_NOOP(
        "messages", "{group}: the weight must be greater than zero."
    ),
    "standard.duplicate_code": QT_TRANSLATE_NOOP(
        "messages", "Criterion number {value} is used twice."
    ),
    "standard.empty_group": QT_TRANSLATE_NOOP("messages", "Group “{group}” has no criteria."),
    "standard.exists": QT_TRANSLATE_NOOP("messages", "Standard {value} already exists."),
    "standard.frozen": QT_TRANSLATE_NOOP(
        "messages",
        "{code} version {version} is used by inspections and cannot change; make a new version.",
    ),
    "standard.min_above_max": QT_TRANSLATE_NOOP(
        "messages", "Criterion {code}: the minimum is above the maximum."
    ),
    "standard.no_groups": QT_TRANSLATE_NOOP(
        "messages", "A standard needs at least one group of criteria."
    ),
    "standard.no_limits": QT_TRANSLATE_NOOP(
        "messages", "Criterion {code}: a measurement needs a minimum, a maximum or both."
    ),
    "standard.not_found": QT_TRANSLATE_NOOP("messages", "Standard {id} not found."),
    "standard.note_not_critical": QT_TRANSLATE_NOOP(
        "messages", "Criterion {code}: a note is not scored, so it cannot be critical."
    ),
    "standard.nothing_scored": QT_TRANSLATE_NOOP(
        "messages", "A standard needs at least one scored criterion."
    ),
    "standard.version_not_found": QT_TRANSLATE_NOOP("messages", "Standard version {id} not found."),
    "user.bad_username": QT_TRANSLATE_NOOP(
        "messages", "User name “{value}”: one word, up to 64 characters."
    ),
    "user.exists": QT_TRANSLATE_NOOP("messages", "User {username} already exists."),
    "user.no_roles": QT_TRANSLATE_NOOP("messages", "Give the user at least one role."),
    "user.not_found": QT_TRANSLATE_NOOP("messages", "User {username} not found."),
    "user.password_too_short": QT_TRANSLATE_NOOP(
        "messages", "The password needs at least {minimum} characters."
    ),
}
