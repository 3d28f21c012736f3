import { type Article, richTextToPlainText } from '@kraina/core';
import type { ConflictingField } from '../editing/conflict-panel.js';
import type { ArticleFormValues } from './article-form-values.js';

export type { ConflictingField } from '../editing/conflict-panel.js';

/**
 * Where the version someone else saved differs from what this writer has in the form: the section, then each
 * locale's headline, lead and body (as plain text), in locale order. Fields both sides agree on are left out.
 */
export function conflictingFields(theirs: Article, mine: ArticleFormValues): ConflictingField[] {
  const fields: ConflictingField[] = [];
  if (theirs.section !== mine.section) fields.push({ field: 'section', theirs: theirs.section, mine: mine.section });
  if ((theirs.leadImage?.mediaId ?? '') !== (mine.leadImage?.mediaId ?? '')) {
    fields.push({ field: 'leadImage', theirs: theirs.leadImage?.mediaId ?? '', mine: mine.leadImage?.mediaId ?? '' });
  }
  const locales = [...new Set([...Object.keys(theirs.translations), ...Object.keys(mine.translations)])].sort();
  for (const locale of locales) {
    const their = theirs.translations[locale];
    const my = mine.translations[locale];
    const pairs: [string, string, string][] = [
      ['headline', their?.headline ?? '', my?.headline ?? ''],
      ['lead', their?.lead ?? '', my?.lead ?? ''],
      ['body', their ? richTextToPlainText(their.body) : '', my ? richTextToPlainText(my.body) : ''],
    ];
    for (const [name, a, b] of pairs) if (a.trim() !== b.trim()) fields.push({ field: `${locale} · ${name}`, theirs: a, mine: b });
  }
  return fields;
}
