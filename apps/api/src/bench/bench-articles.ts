import { type CreateSectionInput, type WorkflowStatus, richTextFromParagraphs } from '@kraina/core';
import type { PublishedArticleImport } from '../article/article-import.js';
import { type BenchLocale, headline, paragraph, pickTown, someWords } from './bench-vocabulary.js';
import type { SeededRandom } from './seeded-random.js';

// A national news archive: five years of stories, about 55 a day, in sections of very different sizes (economy
// alone has over 5,660 stories, so its page 283 exists), each in English, Russian and Belarusian or some of them.

const name = (en: string, ru: string, be: string) => ({ en, ru, be });

/** The benchmark's sections, parents first; `weight` is the share of stories filed in it. */
export const benchSections: (CreateSectionInput & { weight: number })[] = [
  { slug: 'politics', parent: null, name: name('Politics', 'Политика', 'Палітыка'), weight: 12 },
  { slug: 'economy', parent: null, name: name('Economy', 'Экономика', 'Эканоміка'), weight: 6 },
  { slug: 'industry', parent: 'economy', name: name('Industry', 'Промышленность', 'Прамысловасць'), weight: 6 },
  { slug: 'agriculture', parent: 'economy', name: name('Agriculture', 'Сельское хозяйство', 'Сельская гаспадарка'), weight: 5 },
  { slug: 'business-news', parent: 'economy', name: name('Business news', 'Новости бизнеса', 'Навіны бізнесу'), weight: 5 },
  { slug: 'society', parent: null, name: name('Society', 'Общество', 'Грамадства'), weight: 8 },
  { slug: 'education', parent: 'society', name: name('Education', 'Образование', 'Адукацыя'), weight: 5 },
  { slug: 'health', parent: 'society', name: name('Health', 'Здравоохранение', 'Ахова здароўя'), weight: 5 },
  { slug: 'culture', parent: null, name: name('Culture', 'Культура', 'Культура'), weight: 6 },
  { slug: 'theatre', parent: 'culture', name: name('Theatre', 'Театр', 'Тэатр'), weight: 3 },
  { slug: 'museums', parent: 'culture', name: name('Museums', 'Музеи', 'Музеі'), weight: 3 },
  { slug: 'sport', parent: null, name: name('Sport', 'Спорт', 'Спорт'), weight: 7 },
  { slug: 'hockey', parent: 'sport', name: name('Hockey', 'Хоккей', 'Хакей'), weight: 4 },
  { slug: 'football', parent: 'sport', name: name('Football', 'Футбол', 'Футбол'), weight: 4 },
  { slug: 'science', parent: null, name: name('Science', 'Наука', 'Навука'), weight: 6 },
  { slug: 'tourism', parent: null, name: name('Tourism', 'Туризм', 'Турызм'), weight: 6 },
  { slug: 'regions', parent: null, name: name('Regions', 'Регионы', 'Рэгіёны'), weight: 5 },
];

/** The section whose numbered archive the benchmark pages through, with its sub-sections. */
export const benchSection = 'economy';

const sectionBag = benchSections.flatMap((s) => Array<string>(s.weight).fill(s.slug));
const agencies = [name('BelTA', 'БЕЛТА', 'БЕЛТА'), name('Kraina portal', 'Портал Kraina', 'Партал Kraina')];

/** The last instant of the archive; fixed rather than "now", so two runs generate the same stories. */
export const archiveEnd = Date.parse('2026-11-27T00:00:00Z');
const archiveYears = 5;

/** A UUID (version 4 form) drawn from the generator, for references such as a lead image's media id. */
export function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function localesOf(random: SeededRandom): Record<BenchLocale, WorkflowStatus | undefined> {
  const locales: Record<BenchLocale, WorkflowStatus | undefined> = {
    en: random.chance(0.9) ? 'published' : undefined,
    ru: random.chance(0.7) ? (random.chance(0.05) ? 'draft' : 'published') : undefined,
    be: random.chance(0.4) ? (random.chance(0.1) ? 'draft' : 'published') : undefined,
  };
  // Every story is readable in some language: one that only has drafts would be a draft.
  if (!Object.values(locales).includes('published')) locales[locales.ru === undefined ? 'en' : 'ru'] = 'published';
  return locales;
}

/** Story number `index` of `total`, oldest first; the same index always gives the same story. */
export function benchArticle(random: SeededRandom, index: number, total: number): PublishedArticleImport {
  const step = (archiveYears * 365 * 86_400_000) / total;
  const publishedAt = new Date(archiveEnd - (total - index) * step + Math.floor(random.next() * step)).toISOString();
  const town = pickTown(random);
  const agency = random.pick(agencies);
  const translations: PublishedArticleImport['input']['translations'] = {};
  const locales: Record<string, WorkflowStatus> = {};
  for (const [locale, status] of Object.entries(localesOf(random)) as [BenchLocale, WorkflowStatus | undefined][]) {
    if (status === undefined) continue;
    const paragraphs = Array.from({ length: random.int(2, 4) }, () => paragraph(random, locale));
    translations[locale] = { headline: headline(random, locale, town.name[locale]), lead: paragraph(random, locale), body: richTextFromParagraphs(paragraphs) };
    locales[locale] = status;
  }
  return {
    input: {
      section: random.pick(sectionBag),
      translations,
      dateline: { place: town.name, date: publishedAt.slice(0, 10), agency },
      leadImage: random.chance(0.7) ? { mediaId: seededUuid(random), caption: { en: 'Archive photo' }, alt: { en: `A view of ${town.name.en}` } } : null,
      tags: [...new Set(someWords(random, 'en', random.int(0, 3)))],
    },
    publishedAt,
    locales,
  };
}
