import { towns } from '../demo/demo-places.js';
import type { SeededRandom } from './seeded-random.js';

// Newsroom words in the portal's three languages, commonest first (the generator picks early words more often),
// so search meets what it meets in production: a few words in most stories, many in a handful.

/** The benchmark's locales, the portal's defaults. */
export type BenchLocale = 'en' | 'ru' | 'be';

const words: Record<BenchLocale, readonly string[]> = {
  en: [
    'minsk', 'region', 'year', 'government', 'new', 'district', 'project', 'festival', 'harvest', 'export', 'plant', 'school', 'museum',
    'forum', 'president', 'ministry', 'agreement', 'record', 'season', 'team', 'championship', 'exhibition', 'students', 'hospital',
    'investment', 'grain', 'dairy', 'tractor', 'railway', 'bridge', 'heritage', 'castle', 'lake', 'forest', 'reserve', 'tourists',
    'concert', 'theatre', 'library', 'university', 'science', 'research', 'energy', 'potash', 'timber', 'flax', 'bison', 'stork',
    'parliament', 'delegation', 'partners', 'trade', 'growth', 'budget', 'pension', 'families', 'doctors', 'teachers', 'builders',
    'housing', 'roads', 'airport', 'border', 'customs', 'weather', 'frost', 'snow', 'spring', 'autumn', 'celebration', 'anniversary',
    'memorial', 'victory', 'veterans', 'youth', 'volunteers', 'athletes', 'hockey', 'football', 'biathlon', 'rowing', 'marathon',
    'orchestra', 'ballet', 'opera', 'painters', 'craftsmen', 'weaving', 'pottery', 'embroidery', 'cuisine', 'bakery', 'cheese',
    'apples', 'potatoes', 'rye', 'honey', 'mushrooms', 'berries', 'sanatorium', 'spa', 'cycling', 'kayaking', 'digital', 'startup',
    'software', 'satellite', 'laboratory', 'vaccine', 'clinic', 'ambulance', 'census', 'statistics', 'inflation', 'wages', 'contract',
    'factory', 'machinery', 'trucks', 'elevator', 'glassworks', 'porcelain', 'archive', 'manuscript', 'chronicle', 'cathedral',
  ],
  ru: [
    'минск', 'область', 'год', 'правительство', 'новый', 'район', 'проект', 'фестиваль', 'урожай', 'экспорт', 'завод', 'школа', 'музей',
    'форум', 'президент', 'министерство', 'соглашение', 'рекорд', 'сезон', 'команда', 'чемпионат', 'выставка', 'студенты', 'больница',
    'инвестиции', 'зерно', 'молоко', 'трактор', 'железная', 'мост', 'наследие', 'замок', 'озеро', 'лес', 'заповедник', 'туристы',
    'концерт', 'театр', 'библиотека', 'университет', 'наука', 'исследование', 'энергетика', 'калий', 'древесина', 'лён', 'зубр', 'аист',
    'парламент', 'делегация', 'партнёры', 'торговля', 'рост', 'бюджет', 'пенсия', 'семьи', 'врачи', 'учителя', 'строители',
    'жильё', 'дороги', 'аэропорт', 'граница', 'таможня', 'погода', 'мороз', 'снег', 'весна', 'осень', 'праздник', 'юбилей',
    'мемориал', 'победа', 'ветераны', 'молодёжь', 'волонтёры', 'спортсмены', 'хоккей', 'футбол', 'биатлон', 'гребля', 'марафон',
    'оркестр', 'балет', 'опера', 'художники', 'мастера', 'ткачество', 'керамика', 'вышивка', 'кухня', 'пекарня', 'сыр',
    'яблоки', 'картофель', 'рожь', 'мёд', 'грибы', 'ягоды', 'санаторий', 'курорт', 'велосипед', 'байдарки', 'цифровой', 'стартап',
    'программы', 'спутник', 'лаборатория', 'вакцина', 'клиника', 'скорая', 'перепись', 'статистика', 'инфляция', 'зарплаты', 'контракт',
    'фабрика', 'техника', 'грузовики', 'элеватор', 'стекло', 'фарфор', 'архив', 'рукопись', 'летопись', 'собор',
  ],
  be: [
    'мінск', 'вобласць', 'год', 'урад', 'новы', 'раён', 'праект', 'фестываль', 'ураджай', 'экспарт', 'завод', 'школа', 'музей',
    'форум', 'прэзідэнт', 'міністэрства', 'пагадненне', 'рэкорд', 'сезон', 'каманда', 'чэмпіянат', 'выстава', 'студэнты', 'бальніца',
    'інвестыцыі', 'збожжа', 'малако', 'трактар', 'чыгунка', 'мост', 'спадчына', 'замак', 'возера', 'лес', 'запаведнік', 'турысты',
    'канцэрт', 'тэатр', 'бібліятэка', 'універсітэт', 'навука', 'даследаванне', 'энергетыка', 'калій', 'драўніна', 'лён', 'зубр', 'бусел',
    'парламент', 'дэлегацыя', 'партнёры', 'гандаль', 'рост', 'бюджэт', 'пенсія', 'сем’і', 'лекары', 'настаўнікі', 'будаўнікі',
    'жыллё', 'дарогі', 'аэрапорт', 'мяжа', 'мытня', 'надвор’е', 'мароз', 'снег', 'вясна', 'восень', 'свята', 'юбілей',
    'мемарыял', 'перамога', 'ветэраны', 'моладзь', 'валанцёры', 'спартсмены', 'хакей', 'футбол', 'біятлон', 'веславанне', 'марафон',
    'аркестр', 'балет', 'опера', 'мастакі', 'майстры', 'ткацтва', 'кераміка', 'вышыўка', 'кухня', 'пякарня', 'сыр',
    'яблыкі', 'бульба', 'жыта', 'мёд', 'грыбы', 'ягады', 'санаторый', 'курорт', 'ровар', 'байдаркі', 'лічбавы', 'стартап',
    'праграмы', 'спадарожнік', 'лабараторыя', 'вакцына', 'клініка', 'хуткая', 'перапіс', 'статыстыка', 'інфляцыя', 'заробкі', 'кантракт',
    'фабрыка', 'тэхніка', 'грузавікі', 'элеватар', 'шкло', 'фарфор', 'архіў', 'рукапіс', 'летапіс', 'сабор',
  ],
};

const townList = Object.values(towns);

/** A town of the demo gazetteer, with its name in every locale and its region's slug. */
export const pickTown = (random: SeededRandom) => random.pick(townList);

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** `count` words of a locale, commonest most often. */
export function someWords(random: SeededRandom, locale: BenchLocale, count: number): string[] {
  return Array.from({ length: count }, () => random.pickSkewed(words[locale]));
}

/** A headline: a few words and a town, capitalised like a sentence. */
export function headline(random: SeededRandom, locale: BenchLocale, town: string): string {
  const before = someWords(random, locale, random.int(2, 5));
  const after = someWords(random, locale, random.int(1, 3));
  return capitalise([...before, town, ...after].join(' '));
}

/** A paragraph of two to four sentences. */
export function paragraph(random: SeededRandom, locale: BenchLocale): string {
  return Array.from({ length: random.int(2, 4) }, () => `${capitalise(someWords(random, locale, random.int(6, 14)).join(' '))}.`).join(' ');
}

// Readers search in their own language: Cyrillic words are asked by Russian and Belarusian readers, whose
// fallback chains (ru → en, be → ru → en) search those locales; an English reader's chain holds only English.
const terms = [
  ['minsk', 'en'], ['harvest', 'en'], ['festival', 'en'], ['bison', 'en'], ['dairy exports', 'en'],
  ['минск', 'ru'], ['урожай', 'ru'], ['фестиваль', 'ru'], ['экспорт молоко', 'ru'],
  ['мінск', 'be'], ['ураджай', 'be'], ['зубр', 'be'],
];

/** The searches the benchmarks rotate through, as API paths. */
export const benchSearchPaths = terms.map(([q = '', locale = 'en']) => `/api/v1/search?q=${encodeURIComponent(q)}&locale=${locale}`);
