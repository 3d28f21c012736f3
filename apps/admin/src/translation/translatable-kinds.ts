import {
  UpdateArticleInputSchema,
  UpdateEventInputSchema,
  type UpdateSiteInput,
  UpdateSiteInputSchema,
  translatedFields,
} from '@kraina/core';
import type { z } from 'zod';
import { api } from '../api/api-client.js';
import type { ContentKind } from '../history/content-kind.js';
import type { ContentItem } from '../history/revision-kinds.js';

/** How a translated field is written: one line, a short paragraph, or rich text. */
export type TextFieldShape = 'line' | 'paragraph' | 'rich';

/** One field of a locale's text that is translated, and whether the text can be saved without it. */
export interface TextField {
  name: string;
  shape: TextFieldShape;
  required: boolean;
}

/** What the translation screen needs of one kind of content: its translated fields and its routes. */
export interface TranslatableKind {
  fields: readonly TextField[];
  /** Core's update schema for the kind, which the form checks what it would send against. */
  updateSchema: z.ZodType;
  /** What saving one locale's text sends; a place's changes always say which kind of place it is. */
  updateInput: (item: ContentItem, translations: Record<string, Record<string, unknown>>) => Record<string, unknown>;
  update: (id: string, body: Record<string, unknown>, version: number) => Promise<ContentItem>;
  confirm: (id: string, locale: string, version: number) => Promise<ContentItem>;
  publish: (id: string, locales: string[], version: number) => Promise<ContentItem>;
}

// The shape of each translated field; which fields are translated is core's `translatedFields`, not a list here.
const shapes: Record<string, { shape: TextFieldShape; required: boolean }> = {
  headline: { shape: 'line', required: true },
  title: { shape: 'line', required: true },
  name: { shape: 'line', required: true },
  lead: { shape: 'paragraph', required: false },
  summary: { shape: 'paragraph', required: false },
  address: { shape: 'line', required: false },
  body: { shape: 'rich', required: true },
  description: { shape: 'rich', required: true },
};
const fieldsOf = (names: readonly string[]): TextField[] => names.map((name) => ({ name, ...(shapes[name] ?? { shape: 'paragraph', required: false }) }));
const publishing = (locales: string[]) => ({ action: 'publish' as const, locales: locales as [string, ...string[]] });

/** Each kind's translated fields and routes. */
export const translatableKinds: Record<ContentKind, TranslatableKind> = {
  article: {
    fields: fieldsOf(translatedFields.article),
    updateSchema: UpdateArticleInputSchema,
    updateInput: (_item, translations) => ({ translations }),
    update: (id, body, version) => api.updateArticle({ params: { id }, body, ifMatch: version }),
    confirm: (id, locale, version) => api.confirmArticleTranslation({ params: { id, locale }, body: {}, ifMatch: version }),
    publish: (id, locales, version) => api.changeArticleWorkflow({ params: { id }, body: publishing(locales), ifMatch: version }),
  },
  event: {
    fields: fieldsOf(translatedFields.event),
    updateSchema: UpdateEventInputSchema,
    updateInput: (_item, translations) => ({ translations }),
    update: (id, body, version) => api.updateEvent({ params: { id }, body, ifMatch: version }),
    confirm: (id, locale, version) => api.confirmEventTranslation({ params: { id, locale }, body: {}, ifMatch: version }),
    publish: (id, locales, version) => api.changeEventWorkflow({ params: { id }, body: publishing(locales), ifMatch: version }),
  },
  site: {
    fields: fieldsOf(translatedFields.site),
    updateSchema: UpdateSiteInputSchema,
    updateInput: (item, translations) => ({ kind: item.kind, translations }),
    update: (id, body, version) => api.updateSite({ params: { id }, body: body as UpdateSiteInput, ifMatch: version }),
    confirm: (id, locale, version) => api.confirmSiteTranslation({ params: { id, locale }, body: {}, ifMatch: version }),
    publish: (id, locales, version) => api.changeSiteWorkflow({ params: { id }, body: publishing(locales), ifMatch: version }),
  },
};
