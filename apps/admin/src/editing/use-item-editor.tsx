import { isAppError } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../api/session.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { wordSchemaMessagesIn } from '../locale/schema-messages.js';

/** What an editor page says of its kind, and how it reads one item of it. */
interface ItemEditorOptions<Item> {
  /** The query key of one item (`['event', id]`), and of the kind's lists, refreshed after a save. */
  itemKey: string;
  listKey: string;
  read: (id: string) => Promise<Item>;
  headings: { create: MessageKey; edit: MessageKey };
}

/**
 * The part every editor page (article, event, place) shares: the item in the address read for staff, what the page
 * shows instead while it loads or when it cannot be read, the saved copy kept in the cache, and "Saved at …".
 */
export function useItemEditor<Item extends { id: string; authorId?: string | null | undefined }>({ itemKey, listKey, read, headings }: ItemEditorOptions<Item>) {
  const { id } = useParams();
  const { t, locale } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [formDirty, setFormDirty] = useState(false);
  // Bumped when the form must start again from the stored item (a save, a workflow move, a conflict reloaded), but
  // not when a draft autosaves: that would rebuild the form under the writer's cursor.
  const [generation, setGeneration] = useState(0);
  usePageTitle(t(id === undefined ? headings.create : headings.edit));
  useEffect(() => wordSchemaMessagesIn(locale), [locale]);
  const item = useQuery({ queryKey: [itemKey, id], queryFn: () => read(id ?? ''), enabled: id !== undefined });

  let instead: ReactNode | undefined;
  if (!session) instead = null;
  else if (id !== undefined && item.isPending) instead = <p role="status">{t('loading')}</p>;
  else if (id !== undefined && item.isError) {
    const missing = isAppError(item.error) && (item.error.code === 'not-found' || item.error.code === 'invalid-input');
    instead = (
      <>
        <h1>{t(missing ? 'notFoundHeading' : headings.edit)}</h1>
        <p role="alert">{missing ? t('notFoundLead') : t('requestFailed', { message: item.error.message })}</p>
      </>
    );
  }

  /** Keeps a saved item as the page's copy; events and places are answered without their author, which stays known. */
  function keep(saved: Item) {
    queryClient.setQueryData([itemKey, saved.id], (before: Item | undefined) => ({
      ...saved,
      authorId: saved.authorId !== undefined ? saved.authorId : (before?.authorId ?? session?.user.id ?? null),
    }));
    void queryClient.invalidateQueries({ queryKey: [listKey] });
  }

  return {
    session,
    current: item.data,
    /** What to show instead of the editor, if anything: nothing before the session is known, a loading line, a failure. */
    instead,
    keep,
    /** Keeps a saved item, starts the form again from it, and says when it was saved. */
    showSaved: (saved: Item) => {
      keep(saved);
      setGeneration((count) => count + 1);
      setSavedAt(new Date());
    },
    /** The form's key: the item and how often it was saved by hand or moved, never its autosaves. */
    formKey: item.data ? `${item.data.id}:${generation}` : 'new',
    savedNotice: (
      <p role="status" className="outcome">
        {savedAt ? t('saved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
    ),
    formDirty,
    setFormDirty,
  };
}
