"""The wind-down to-do list of Sleep Twitch Coach: tonight's routine, reset each night."""

from __future__ import annotations

from functools import partial
from typing import override

from homeassistant.components.todo import (
    TodoItem,
    TodoItemStatus,
    TodoListEntity,
    TodoListEntityFeature,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util
from homeassistant.util.ulid import ulid_now

from .changes import arrange_steps, unmark_step
from .coach.events import RoutineStep
from .coach.wind_down import (
    STEP_MAX_LENGTH,
    Step,
    moved,
    renamed,
    shown,
    with_step,
    without,
)
from .const import DOMAIN
from .coordinator import CoachConfigEntry, CoachCoordinator
from .entity import CoachEntity
from .validation import is_text

# Edits write the journal file; one at a time.
PARALLEL_UPDATES = 1

WIND_DOWN = EntityDescription(key="wind_down", translation_key="wind_down")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the wind-down list of a sleeper."""
    async_add_entities([WindDownTodoList(entry.runtime_data, WIND_DOWN)])


class WindDownTodoList(CoachEntity, TodoListEntity):
    """Tonight's wind-down steps; checking one off records it in the journal."""

    _attr_supported_features = (
        TodoListEntityFeature.CREATE_TODO_ITEM
        | TodoListEntityFeature.UPDATE_TODO_ITEM
        | TodoListEntityFeature.DELETE_TODO_ITEM
        | TodoListEntityFeature.MOVE_TODO_ITEM
    )

    def __init__(
        self, coordinator: CoachCoordinator, description: EntityDescription
    ) -> None:
        """Show the steps as they are tonight."""
        super().__init__(coordinator, description)
        self._show_steps()

    @override
    def _fingerprint(self) -> object:
        return self.coordinator.data.wind_down

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        self._show_steps()
        super()._handle_coordinator_update()

    def _show_steps(self) -> None:
        self._attr_todo_items = [
            TodoItem(
                uid=step.uid,
                summary=step.summary,
                status=TodoItemStatus.NEEDS_ACTION
                if step.done_at is None
                else TodoItemStatus.COMPLETED,
                completed=step.done_at,
            )
            for step in self.coordinator.data.wind_down
        ]

    @override
    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Add a step to the routine."""
        step = Step(ulid_now(), _summary(item.summary or ""))
        await self.coordinator.async_apply(arrange_steps, partial(with_step, step=step))

    @override
    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Rename a step, or mark it done or not done for tonight.

        A default step keeps following the language until the user gives it a new name.
        """
        old = self._step(item.uid)
        if item.summary is not None and item.summary != shown(
            old, self.hass.config.language
        ):
            await self.coordinator.async_apply(
                arrange_steps,
                partial(renamed, uid=old.uid, summary=_summary(item.summary)),
            )
        done = {step.uid for step in self.coordinator.data.wind_down if step.done_at}
        if item.status == TodoItemStatus.COMPLETED and old.uid not in done:
            await self.coordinator.async_log(
                RoutineStep(time=dt_util.utcnow(), step=old.uid), self._context
            )
        elif item.status == TodoItemStatus.NEEDS_ACTION and old.uid in done:
            await self.coordinator.async_apply(
                unmark_step, self.coordinator.data.status.tonight, old.uid
            )

    @override
    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove steps from the routine; what the journal recorded stays."""
        gone = [self._step(uid).uid for uid in uids]
        await self.coordinator.async_apply(arrange_steps, partial(without, uids=gone))

    @override
    async def async_move_todo_item(
        self, uid: str, previous_uid: str | None = None
    ) -> None:
        """Move a step after another one, or to the top."""
        self._step(uid)
        if previous_uid is not None:
            self._step(previous_uid)
        await self.coordinator.async_apply(
            arrange_steps, partial(moved, uid=uid, previous_uid=previous_uid)
        )

    def _step(self, uid: str | None) -> Step:
        """Return the step with this uid; refuse an unknown one."""
        for step in self.coordinator.record.wind_down:
            if step.uid == uid:
                return step
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_step",
            translation_placeholders={"uid": str(uid)},
        )


def _summary(summary: str) -> str:
    """Return a step's name if it can be written to disk; refuse it otherwise."""
    if not is_text(summary) or len(summary) > STEP_MAX_LENGTH:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_summary",
            translation_placeholders={"max": str(STEP_MAX_LENGTH)},
        )
    return summary
