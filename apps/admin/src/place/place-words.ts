import type { SiteKind } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// ICU select keys cannot hold a hyphen, so the messages name `tourist-site` as `tourist_site`.
const selectKey = (slug: string) => slug.replaceAll('-', '_');

/** The regions offered for a place, as the API and the public site name them. */
export const placeRegions = ['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-city', 'minsk-region', 'mogilev'] as const;

/** The message that names the values of a kind's enumerated field; a field without one (UNESCO criteria) shows its values as they are. */
export const optionMessages: Partial<Record<string, MessageKey>> = {
  attraction: 'placeAttractionValue',
  heritageCategory: 'placeHeritageCategoryValue',
  treatmentProfiles: 'placeTreatmentValue',
  protection: 'placeProtectionValue',
};

/** A kind of place in words. */
export const kindLabel = (t: Translate, kind: SiteKind) => t('placeKindValue', { kind: selectKey(kind) });

/** A region in words, or its slug when the app has no name for it. */
export const regionLabel = (t: Translate, region: string) => t('placeRegionValue', { region: selectKey(region) });

/** A kind's own field in words, by its name in the schema. */
export const fieldLabel = (t: Translate, name: string) => t('placeField', { field: name });

/** One value of an enumerated field in words. */
export function optionLabel(t: Translate, field: string, value: string): string {
  const message = optionMessages[field];
  return message ? t(message, { value: selectKey(value) }) : value;
}
