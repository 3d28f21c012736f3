import type { MessageKey } from '../locale/messages.js';

// The fields the history and translation screens name; any other field is shown by its stored name.
const fieldLabels: Record<string, MessageKey> = {
  headline: 'historyFieldHeadline',
  lead: 'historyFieldLead',
  body: 'historyFieldBody',
  title: 'historyFieldTitle',
  name: 'historyFieldName',
  summary: 'historyFieldSummary',
  description: 'historyFieldDescription',
  address: 'historyFieldAddress',
  slug: 'historyFieldSlug',
  status: 'historyFieldStatus',
  section: 'historyFieldSection',
  tags: 'historyFieldTags',
  dateline: 'historyFieldDateline',
  leadImage: 'historyFieldLeadImage',
  image: 'historyFieldImage',
  gallery: 'historyFieldGallery',
  alt: 'historyFieldAlt',
  caption: 'historyFieldCaption',
  related: 'historyFieldRelated',
  publishAt: 'historyFieldPublishAt',
  category: 'historyFieldCategory',
  region: 'historyFieldRegion',
  contacts: 'historyFieldContacts',
  openingHours: 'historyFieldOpeningHours',
};

/** A field's name in the interface language, or its stored name when the screens have no word for it. */
export function fieldLabel(field: string, t: (key: MessageKey) => string): string {
  const key = fieldLabels[field];
  return key === undefined ? field : t(key);
}

/** A content locale's name in the interface language: "Russian", "руская". */
export function languageName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // a code the browser cannot name is still a code the editor recognises
  }
}
