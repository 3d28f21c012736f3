/** What an update sends: the item's own fields that changed, and the locales whose texts did. */
export interface ChangedFields {
  fields: string[];
  locales: string[];
}

/** What a form's dirty fields say changed, as an event or place update names it. */
export function changedFieldsOf(dirty: Partial<Record<string, unknown>>): ChangedFields {
  return { fields: Object.keys(dirty).filter((field) => field !== 'translations'), locales: Object.keys((dirty.translations as object | undefined) ?? {}) };
}

/** Every field and locale of the form's values: what "keep mine" after a conflict sends, and what validity is judged on. */
export function everythingIn(values: { translations: Record<string, unknown> }): ChangedFields {
  return { fields: Object.keys(values), locales: Object.keys(values.translations) };
}
