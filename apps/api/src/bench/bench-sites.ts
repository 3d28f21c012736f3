import { type CreateSiteInput, type SiteKind, type WorkflowStatus, richTextFromParagraphs, slugify } from '@kraina/core';
import { type BenchLocale, paragraph, someWords } from './bench-vocabulary.js';
import type { SeededRandom } from './seeded-random.js';

// Ten thousand places across Belarus: most around the regional centres, the rest anywhere in the country.

/** The regional centres, where places cluster; the benchmark's map boxes are drawn around them. */
export const regionalCentres = [
  { region: 'minsk-city', lat: 53.902, lng: 27.562, name: { en: 'Minsk', ru: 'Минск', be: 'Мінск' } },
  { region: 'brest', lat: 52.097, lng: 23.734, name: { en: 'Brest', ru: 'Брест', be: 'Брэст' } },
  { region: 'grodno', lat: 53.677, lng: 23.829, name: { en: 'Grodno', ru: 'Гродно', be: 'Гродна' } },
  { region: 'vitebsk', lat: 55.184, lng: 30.202, name: { en: 'Vitebsk', ru: 'Витебск', be: 'Віцебск' } },
  { region: 'gomel', lat: 52.441, lng: 30.987, name: { en: 'Gomel', ru: 'Гомель', be: 'Гомель' } },
  { region: 'mogilev', lat: 53.894, lng: 30.331, name: { en: 'Mogilev', ru: 'Могилев', be: 'Магілёў' } },
  { region: 'minsk-region', lat: 53.5, lng: 27.0, name: { en: 'Minsk Region', ru: 'Минская область', be: 'Мінская вобласць' } },
] as const;

// The country's extent, roughly: every generated point lies inside Belarus's bounding box.
const country = { south: 51.3, west: 23.3, north: 56.1, east: 32.7 };

const kinds: readonly SiteKind[] = ['tourist-site', 'unesco-heritage', 'sanatorium', 'war-memorial', 'museum', 'nature-reserve'];
const kindNames: Record<SiteKind, Record<BenchLocale, string>> = {
  'tourist-site': { en: 'manor', ru: 'усадьба', be: 'сядзіба' },
  'unesco-heritage': { en: 'heritage site', ru: 'объект наследия', be: 'аб’ект спадчыны' },
  sanatorium: { en: 'sanatorium', ru: 'санаторий', be: 'санаторый' },
  'war-memorial': { en: 'memorial', ru: 'мемориал', be: 'мемарыял' },
  museum: { en: 'museum', ru: 'музей', be: 'музей' },
  'nature-reserve': { en: 'reserve', ru: 'заказник', be: 'заказнік' },
};

function kindFields(random: SeededRandom, kind: SiteKind, index: number) {
  switch (kind) {
    case 'tourist-site':
      return { kind, attraction: random.pick(['castle', 'palace', 'church', 'monastery', 'square', 'park', 'estate', 'street', 'other'] as const) };
    case 'unesco-heritage':
      return { kind, inscriptionYear: random.int(1979, 2025), criteria: ['ii', 'iv'] as ('ii' | 'iv')[], referenceNumber: String(100 + (index % 1800)), heritageCategory: 'cultural' as const };
    case 'sanatorium':
      return { kind, treatmentProfiles: ['respiratory', 'musculoskeletal'] as ('respiratory' | 'musculoskeletal')[], accommodation: { beds: random.int(50, 600) }, booking: { phone: '+375 17 200-00-00' } };
    case 'war-memorial':
      return { kind, commemorates: { en: 'Those who fell in 1941–1944', ru: 'Павшим в 1941–1944 годах' }, yearOpened: random.int(1950, 2020) };
    case 'museum':
      return { kind, collection: { en: 'Local history and crafts' } };
    case 'nature-reserve':
      return { kind, areaHectares: random.int(100, 90_000), protection: random.pick(['national-park', 'nature-reserve', 'wildlife-refuge', 'natural-monument'] as const) };
  }
}

function placeOf(random: SeededRandom): { lat: number; lng: number; region: string } {
  const centre = random.pick(regionalCentres);
  if (random.chance(0.6)) {
    const lat = Math.min(country.north, Math.max(country.south, centre.lat + (random.next() - 0.5) * 0.6));
    const lng = Math.min(country.east, Math.max(country.west, centre.lng + (random.next() - 0.5) * 0.9));
    return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5, region: centre.region };
  }
  const lat = country.south + random.next() * (country.north - country.south);
  const lng = country.west + random.next() * (country.east - country.west);
  const nearest = [...regionalCentres].sort((a, b) => (a.lat - lat) ** 2 + (a.lng - lng) ** 2 - ((b.lat - lat) ** 2 + (b.lng - lng) ** 2))[0] ?? centre;
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5, region: nearest.region };
}

/** Place number `index`, with the locales it is published in. */
export function benchSite(random: SeededRandom, index: number): { input: CreateSiteInput; locales: Record<string, WorkflowStatus> } {
  const kind = kinds[index % kinds.length] as SiteKind;
  const { lat, lng, region } = placeOf(random);
  const translations: CreateSiteInput['translations'] = {};
  const locales: Record<string, WorkflowStatus> = {};
  // English always: the catalogue's slugs are made from the English name.
  for (const [locale, share] of [['en', 1], ['ru', 0.8], ['be', 0.6]] as const) {
    if (!random.chance(share)) continue;
    const words = someWords(random, locale, 2).join(' ');
    translations[locale] = {
      name: `${words.charAt(0).toLocaleUpperCase()}${words.slice(1)} ${kindNames[kind][locale]} ${index}`,
      summary: paragraph(random, locale),
      description: richTextFromParagraphs([paragraph(random, locale), paragraph(random, locale)]),
    };
    locales[locale] = 'published';
  }
  const enName = translations.en?.name ?? `place ${index}`;
  return {
    input: {
      ...kindFields(random, kind, index),
      slug: slugify(enName, `place-${index}`),
      translations,
      region,
      coordinates: { lat, lng },
      tags: [random.pick(['family', 'history', 'nature', 'wellness', 'architecture'])],
    },
    locales,
  };
}
