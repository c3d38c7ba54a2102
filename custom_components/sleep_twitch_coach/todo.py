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

from .const import DOMAIN
from .coordinator import CoachConfigEntry, CoachCoordinator
from .entity import CoachEntity
from .events import RoutineStep
from .wind_down import Step

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
    def _shown(self) -> object:
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

    @property
    def _steps(self) -> list[Step]:
        return self.coordinator.record.wind_down

    def _index(self, uid: str | None) -> int:
        for index, step in enumerate(self._steps):
            if step.uid == uid:
                return index
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_step",
            translation_placeholders={"uid": str(uid)},
        )

    @override
    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Add a step to the routine."""
        step = Step(ulid_now(), item.summary or "")
        await self.coordinator.async_change(
            partial(self._steps.append, step), partial(self._steps.remove, step)
        )

    @override
    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Rename a step, or mark it done or not done for tonight."""
        index = self._index(item.uid)
        old = self._steps[index]
        if item.summary is not None and item.summary != old.summary:
            renamed = Step(old.uid, item.summary)
            await self.coordinator.async_change(
                partial(self._steps.__setitem__, index, renamed),
                partial(self._steps.__setitem__, index, old),
            )
        done = {step.uid for step in self.coordinator.data.wind_down if step.done_at}
        if item.status == TodoItemStatus.COMPLETED and old.uid not in done:
            await self.coordinator.async_log(
                RoutineStep(time=dt_util.utcnow(), step=old.uid), self._context
            )
        elif item.status == TodoItemStatus.NEEDS_ACTION and old.uid in done:
            await self.coordinator.async_unmark_step(old.uid)

    @override
    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove steps from the routine; what the journal recorded stays."""
        indexes = {self._index(uid) for uid in uids}
        before = list(self._steps)
        await self.coordinator.async_change(
            partial(
                self._replace, [s for i, s in enumerate(before) if i not in indexes]
            ),
            partial(self._replace, before),
        )

    @override
    async def async_move_todo_item(
        self, uid: str, previous_uid: str | None = None
    ) -> None:
        """Move a step after another one, or to the top."""
        before = list(self._steps)
        moved = before[self._index(uid)]
        after = [step for step in before if step.uid != uid]
        position = (
            0
            if previous_uid is None
            else after.index(before[self._index(previous_uid)]) + 1
        )
        after.insert(position, moved)
        await self.coordinator.async_change(
            partial(self._replace, after), partial(self._replace, before)
        )

    def _replace(self, steps: list[Step]) -> None:
        self._steps[:] = steps
