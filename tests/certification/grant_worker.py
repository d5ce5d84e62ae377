"""Run in a separate process by test_concurrency: grant the given inspections one by one."""

import sys

from certification import sessions, users
from models.db import make_engine, session_factory, unit_of_work
from models.enums import DecisionOutcome


def main(url: str, session_id: int, inspection_ids: list[int]) -> None:
    factory = session_factory(make_engine(url))
    with unit_of_work(factory) as s:
        chair = users.get_user(s, "chair")
    for inspection_id in inspection_ids:
        with unit_of_work(factory) as s:
            d = sessions.decide(s, chair, session_id, inspection_id, DecisionOutcome.GRANT)
        print(d.certificate_number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3:]])
