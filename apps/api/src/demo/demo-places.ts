import type { LocalizedString } from '@kraina/core';

// Town names as datelines and event listings spell them in each locale, with the region each belongs to.

/** A town, its name per locale and the slug of its region. */
export interface DemoTown {
  name: { en: string; ru: string; be: string };
  region: string;
}

const town = (en: string, ru: string, be: string, region: string): DemoTown => ({ name: { en, ru, be }, region });

/** Every town the demo content names. */
export const towns = {
  minsk: town('Minsk', 'Минск', 'Мінск', 'minsk-city'),
  brest: town('Brest', 'Брест', 'Брэст', 'brest'),
  vitebsk: town('Vitebsk', 'Витебск', 'Віцебск', 'vitebsk'),
  gomel: town('Gomel', 'Гомель', 'Гомель', 'gomel'),
  grodno: town('Grodno', 'Гродно', 'Гродна', 'grodno'),
  mogilev: town('Mogilev', 'Могилев', 'Магілёў', 'mogilev'),
  polotsk: town('Polotsk', 'Полоцк', 'Полацк', 'vitebsk'),
  novopolotsk: town('Novopolotsk', 'Новополоцк', 'Наваполацк', 'vitebsk'),
  orsha: town('Orsha', 'Орша', 'Орша', 'vitebsk'),
  braslav: town('Braslav', 'Браслав', 'Браслаў', 'vitebsk'),
  nesvizh: town('Nesvizh', 'Несвиж', 'Нясвіж', 'minsk-region'),
  mir: town('Mir', 'Мир', 'Мір', 'grodno'),
  lida: town('Lida', 'Лида', 'Ліда', 'grodno'),
  novogrudok: town('Novogrudok', 'Новогрудок', 'Навагрудак', 'grodno'),
  pinsk: town('Pinsk', 'Пинск', 'Пінск', 'brest'),
  baranovichi: town('Baranovichi', 'Барановичи', 'Баранавічы', 'brest'),
  kamenets: town('Kamenets', 'Каменец', 'Камянец', 'brest'),
  kossovo: town('Kossovo', 'Коссово', 'Косава', 'brest'),
  golshany: town('Golshany', 'Гольшаны', 'Гальшаны', 'grodno'),
  bobruisk: town('Bobruisk', 'Бобруйск', 'Бабруйск', 'mogilev'),
  shklov: town('Shklov', 'Шклов', 'Шклоў', 'mogilev'),
  zhlobin: town('Zhlobin', 'Жлобин', 'Жлобін', 'gomel'),
  mozyr: town('Mozyr', 'Мозырь', 'Мазыр', 'gomel'),
  turov: town('Turov', 'Туров', 'Тураў', 'gomel'),
  soligorsk: town('Soligorsk', 'Солигорск', 'Салігорск', 'minsk-region'),
  molodechno: town('Molodechno', 'Молодечно', 'Маладзечна', 'minsk-region'),
  zhodino: town('Zhodino', 'Жодино', 'Жодзіна', 'minsk-region'),
  smolevichi: town('Smolevichi', 'Смолевичи', 'Смалявічы', 'minsk-region'),
  naroch: town('Naroch', 'Нарочь', 'Нарач', 'minsk-region'),
  borisov: town('Borisov', 'Борисов', 'Барысаў', 'minsk-region'),
  logoisk: town('Logoisk', 'Логойск', 'Лагойск', 'minsk-region'),
  raubichi: town('Raubichi', 'Раубичи', 'Раўбічы', 'minsk-region'),
  ozertso: town('Ozertso', 'Озерцо', 'Азярцо', 'minsk-region'),
  dudutki: town('Dudutki', 'Дудутки', 'Дудуткі', 'minsk-region'),
  shchomyslitsa: town('Shchomyslitsa', 'Щомыслица', 'Шчомысліца', 'minsk-region'),
} as const satisfies Record<string, DemoTown>;

/** A town the demo content names. */
export type TownKey = keyof typeof towns;

/** The agencies demo stories are credited to, as each locale writes the name. */
export const agencies = {
  belta: { en: 'BelTA', ru: 'БЕЛТА', be: 'БЕЛТА' },
  portal: { en: 'Kraina portal', ru: 'Портал Kraina', be: 'Партал Kraina' },
} as const satisfies Record<string, LocalizedString>;

/** An agency demo stories are credited to. */
export type AgencyKey = keyof typeof agencies;
