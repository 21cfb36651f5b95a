"""Service-type suggestion: accuracy on the labelled set, learning, calibration, refresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog import service, suggest
from dispatchhub.catalog.suggest_model import Example, SuggestModel, TypeDocument, features
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.users.tables import User
from tests.catalog.labelled import accuracy, demo_documents, labelled
from tests.fixtures.catalog import DemoCatalog

ROWS = labelled()
TRAIN = [row for row in ROWS if row.train]
TEST = [row for row in ROWS if not row.train]
ROW_TIME = datetime(2026, 12, 1, 2, tzinfo=UTC)


def test_the_labelled_set_is_large_and_mixed_enough() -> None:
    assert len(TEST) >= 150 and len(TRAIN) >= 150
    assert {row.lang for row in TEST} == {"zh", "en"}
    assert sum(bool(row.ambiguous) for row in TEST) >= 10
    assert len({row.text for row in ROWS}) == len(ROWS)


def test_chinese_becomes_character_ngrams_and_english_stemmed_words() -> None:
    found = features("空调不制冷 AC not cooling")

    assert {"h:空", "h:制冷", "h:不制冷", "w:ac", "w:cool", "b:not_cool"} <= set(found)
    assert "w:not" not in found  # only meaningful next to the word it negates


def ranker(model: SuggestModel) -> Callable[[str], list[str]]:
    return lambda text: [type_id for type_id, _ in model.rank(text)]


def test_the_catalog_alone_ranks_most_descriptions_right() -> None:
    model = SuggestModel.train(demo_documents())

    top1, top3 = accuracy(ranker(model), TEST)

    assert top1 >= 0.82 and top3 >= 0.92
    for lang in ("zh", "en"):
        assert accuracy(ranker(model), [r for r in TEST if r.lang == lang])[0] >= 0.8


def test_confirmed_bookings_make_it_better() -> None:
    before = SuggestModel.train(demo_documents())
    after = SuggestModel.train(demo_documents(), [Example(r.text, r.type) for r in TRAIN])

    top1_before, top3_before = accuracy(ranker(before), TEST)
    top1_after, top3_after = accuracy(ranker(after), TEST)

    assert top1_after > top1_before and top3_after > top3_before
    assert top1_after >= 0.87 and top3_after >= 0.95


def test_confidence_tracks_how_often_the_top_suggestion_is_right() -> None:
    model = SuggestModel.train(demo_documents(), [Example(r.text, r.type) for r in TRAIN])

    ranked = [(model.rank(row.text)[0], row.type) for row in TEST]
    confident = [(conf, top == truth) for (top, conf), truth in ranked if conf >= 0.8]
    unsure = [(conf, top == truth) for (top, conf), truth in ranked if conf < 0.5]

    assert sum(right for _, right in confident) / len(confident) >= 0.9
    assert sum(right for _, right in unsure) / len(unsure) <= 0.6
    mean_confidence = sum(conf for (_, conf), _ in ranked) / len(ranked)
    top1 = sum(top == truth for (top, _), truth in ranked) / len(ranked)
    assert abs(mean_confidence - top1) < 0.1


def test_an_agents_correction_counts_more_than_a_plain_booking() -> None:
    docs = [
        TypeDocument("plumbing", ("水管疏通",), ("漏水", "水管")),
        TypeDocument("hvac", ("空调维修",), ("空调", "漏水")),
    ]
    text = "窗台外面一直在滴水"

    plain = SuggestModel.train(docs, [Example("外面滴水", "hvac")], calibrate=False)
    corrected = SuggestModel.train(
        docs, [Example("外面滴水", "hvac", corrected=True)], calibrate=False
    )

    assert dict(corrected.rank(text))["hvac"] > dict(plain.rank(text))["hvac"]


def test_a_description_with_nothing_known_gets_no_favourite() -> None:
    model = SuggestModel.train(demo_documents())

    ranked = model.rank("你好 hello 12345")

    assert {round(conf, 6) for _, conf in ranked} == {round(1 / 8, 6)}


async def _confirm_training_bookings(catalog: DemoCatalog) -> None:
    customer = User(name="客户 Customer", phone="+8613900000009")
    await customer.save()
    bookings = [
        Booking(
            number=f"T-{i}",
            customer=customer.id,
            service_type=catalog.type_id(row.type),
            description=row.text,
            scheduled_start=ROW_TIME,
            address="上海",
            status="CONFIRMED",
        )
        for i, row in enumerate(TRAIN)
    ]
    await Booking.insert(*bookings)
    corrected = [b for b, row in zip(bookings, TRAIN, strict=True) if row.ambiguous]
    await BookingEvent.insert(
        *(BookingEvent(booking=b.id, kind=suggest.CORRECTION_EVENT) for b in corrected)
    )


def by_code(catalog: DemoCatalog) -> dict[str, str]:
    return {str(row["id"]): code for code, row in catalog.types.items()}


async def ranked_codes(catalog: DemoCatalog, text: str) -> list[str]:
    codes = by_code(catalog)
    return [codes[str(s.service_type["id"])] for s in await suggest.suggest_service_types(text)]


async def test_the_process_model_learns_from_confirmed_bookings_in_the_database(
    demo_catalog: DemoCatalog,
) -> None:
    codes = by_code(demo_catalog)

    async def top(text: str) -> list[str]:
        found = await suggest.suggester.suggest(text, limit=3)
        return [codes[str(s.service_type["id"])] for s in found]

    ranked_before = [await top(row.text) for row in TEST]
    await _confirm_training_bookings(demo_catalog)
    await suggest.suggester.rebuild()
    ranked_after = [await top(row.text) for row in TEST]

    def score(ranked: list[list[str]]) -> float:
        return sum(r[0] == row.type for r, row in zip(ranked, TEST, strict=True)) / len(TEST)

    assert score(ranked_after) > score(ranked_before) >= 0.82
    assert suggest.suggester.model.examples == len(TRAIN)


async def test_a_new_service_type_is_suggested_as_soon_as_it_is_created(
    demo_catalog: DemoCatalog,
) -> None:
    assert "pest_control" not in await ranked_codes(demo_catalog, "厨房里有很多蟑螂")

    created = await service.create_service_type(
        {
            "code": "pest_control",
            "name_zh": "除虫灭鼠",
            "name_en": "Pest control",
            "keywords": ["蟑螂", "老鼠", "白蚁", "cockroach", "rats", "termites"],
        }
    )
    demo_catalog.types["pest_control"] = created

    assert (await ranked_codes(demo_catalog, "厨房里有很多蟑螂"))[0] == "pest_control"
    assert (await ranked_codes(demo_catalog, "We have rats in the attic"))[0] == "pest_control"


async def test_inactive_types_are_never_suggested(demo_catalog: DemoCatalog) -> None:
    await service.update_service_type(demo_catalog.type_id("locksmith"), {"active": False})

    assert "locksmith" not in await ranked_codes(demo_catalog, "钥匙丢了进不了门,需要开锁")


async def test_a_change_made_by_another_process_is_noticed(
    demo_catalog: DemoCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a built model, and a keyword added behind this process's back (stamped, as every
    # edit is, later than the rows the model was built from)
    await suggest.suggest_service_types("anything")
    edited_at = datetime.now(UTC) + timedelta(seconds=1)
    await ServiceType.update(
        {ServiceType.keywords: ["钥匙", "开锁", "门禁卡"], ServiceType.updated_at: edited_at}
    ).where(ServiceType.code == "locksmith")

    # when the periodic check comes round
    monkeypatch.setattr(suggest, "CHECK_SECONDS", 0.0)

    # then
    assert (await ranked_codes(demo_catalog, "门禁卡失灵了"))[0] == "locksmith"


async def test_learning_from_one_booking_takes_effect_at_once(demo_catalog: DemoCatalog) -> None:
    text = "窗台外面一直在滴水"
    before = await suggest.suggest_service_types(text, limit=8)
    hvac_before = next(s.confidence for s in before if s.service_type["code"] == "hvac")

    suggest.learn_from_booking("外机下面窗台一直滴水", demo_catalog.type_id("hvac"), True)

    after = await suggest.suggest_service_types(text, limit=8)
    assert next(s.confidence for s in after if s.service_type["code"] == "hvac") > hvac_before


async def test_suggestions_are_fast(demo_catalog: DemoCatalog) -> None:
    await suggest.suggest_service_types("warm up")
    started = time.perf_counter()
    for row in TEST:
        await suggest.suggest_service_types(row.text)
    per_call = (time.perf_counter() - started) / len(TEST)

    assert per_call < 0.02, f"{per_call * 1000:.1f} ms per suggestion"


async def test_learning_ignores_unknown_types(demo_catalog: DemoCatalog) -> None:
    await suggest.suggest_service_types("warm up")
    suggest.learn_from_booking("空调不制冷", UUID(int=0), corrected=False)
    assert suggest.suggester.model.examples == 0
