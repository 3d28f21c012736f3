import { type EditorialCalendar, type EditorialCalendarItem, isAppError } from '@kraina/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale } from '../locale/locale-context.js';
import { moveCalendarItem } from './move-calendar-item.js';
import { rescheduledAt } from './rescheduled-at.js';

/** What the last move came to, for the screen's live regions. */
export interface MoveOutcome {
  ok: boolean;
  text: string;
}

interface MoveRequest {
  item: EditorialCalendarItem;
  day: string;
}

const sameItem = (a: EditorialCalendarItem, b: EditorialCalendarItem) => a.id === b.id && a.type === b.type && a.at === b.at;

/**
 * Moving a scheduled publication or take-down to another day: the calendar shows it there at once and puts it back if the API
 * refuses (a 412 because someone changed it meanwhile, a time in the past), saying why in the API's own words.
 */
export function useCalendarMove(queryKey: readonly unknown[], formatDay: (day: string) => string) {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<MoveOutcome | undefined>();

  const move = useMutation({
    mutationFn: ({ item, day }: MoveRequest) => {
      const calendar = queryClient.getQueryData<EditorialCalendar>(queryKey);
      return moveCalendarItem(item, rescheduledAt(item.at, day, calendar?.timeZone ?? 'UTC'));
    },
    onMutate: async ({ item, day }) => {
      setOutcome({ ok: true, text: t('calendarMoving', { title: item.title }) });
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData<EditorialCalendar>(queryKey);
      if (before) {
        const at = rescheduledAt(item.at, day, before.timeZone);
        const items = before.items.map((shown) => (sameItem(shown, item) ? { ...shown, at, day } : shown)).sort((a, b) => a.at.localeCompare(b.at));
        queryClient.setQueryData<EditorialCalendar>(queryKey, { ...before, items });
      }
      return { before };
    },
    onError: (error, { item }, context) => {
      if (context?.before) queryClient.setQueryData(queryKey, context.before);
      const message = isAppError(error) ? [error.message, ...error.issues.map((issue) => issue.detail)].join(' ') : String(error);
      setOutcome({ ok: false, text: t('calendarMoveRefused', { title: item.title, message }) });
    },
    onSuccess: (_moved, { item, day }) => {
      setOutcome({ ok: true, text: t(item.type === 'unpublish' ? 'calendarMovedTakeDown' : 'calendarMoved', { title: item.title, day: formatDay(day) }) });
    },
    // The new versions (and anything else that changed) come from the API, so the next move is based on them.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['editorial-calendar'] }),
  });

  return { moveTo: (item: EditorialCalendarItem, day: string) => item.day !== day && move.mutate({ item, day }), isMoving: move.isPending, outcome };
}
