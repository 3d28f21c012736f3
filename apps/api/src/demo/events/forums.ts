import { days, type EventDraft, free, onDays, roubles } from './build-event.js';

/** Demo forums, conferences and trade fairs. */
export const forumEvents: EventDraft[] = [
  {
    slug: 'belarusian-industrial-forum',
    category: 'forum',
    sessions: (c) => [
      {
        ...onDays(c.annual(6, 3, 3)),
        town: 'minsk',
        venue: { address: { en: 'Football Manege exhibition centre, 20/2 Pobediteley Avenue, Minsk', ru: 'Футбольный манеж, пр-т Победителей, 20/2, Минск' } },
      },
    ],
    price: free,
    image: { label: { en: 'Industrial forum', be: 'Індустрыяльны форум' }, motif: 'factory' },
    tags: ['industry', 'forum', 'exhibition'],
    en: {
      title: 'Belarusian Industrial Forum',
      summary: 'Machine builders, metal producers and engineering companies show their latest products.',
      description: [
        'The forum combines an exhibition of machinery, tools and industrial automation with conferences on cooperation and import substitution. Business delegations from partner countries hold meetings with Belarusian plants.',
      ],
    },
    ru: {
      title: 'Белорусский промышленный форум',
      summary: 'Машиностроители, металлурги и инжиниринговые компании показывают новинки.',
      description: [
        'Форум объединяет выставку техники, инструмента и промышленной автоматизации с конференциями о кооперации и импортозамещении. Деловые делегации стран-партнеров проводят встречи с белорусскими заводами.',
      ],
    },
  },
  {
    slug: 'belagro-exhibition',
    category: 'fair',
    sessions: (c) => [
      { ...onDays(c.annual(6, 2, 5)), town: 'shchomyslitsa', venue: { address: { en: 'Exhibition ground, Shchomyslitsa, Minsk district', ru: 'Выставочная площадка, Щомыслица, Минский район' } } },
    ],
    price: roubles(5),
    image: { label: { en: 'Belagro', be: 'Белагра' }, motif: 'field' },
    tags: ['agriculture', 'exhibition', 'machinery'],
    en: {
      title: 'Belagro international agricultural exhibition',
      summary: 'Tractors, combines, seeds and livestock: the main farming exhibition of the year.',
      description: ['Belagro presents farm machinery in action on demonstration fields, breeding livestock, seed varieties and food products, with a programme of seminars for farmers.'],
    },
  },
  {
    slug: 'forum-of-regions-mogilev',
    category: 'forum',
    sessions: (c) => [{ ...days(c.day(330), 3), town: 'mogilev' }],
    image: { label: { en: 'Forum of Regions', be: 'Форум рэгіёнаў' }, motif: 'city' },
    tags: ['forum', 'regions', 'russia'],
    links: { articles: ['forum-of-regions-opens-in-vitebsk'] },
    en: {
      title: 'Forum of Regions of Belarus and Russia',
      summary: 'The next annual forum of regional cooperation, with an exhibition of regional producers.',
      description: ['Governors, mayors and business delegations meet for plenary and sectional sessions. An exhibition of regional producers is open to the public.'],
    },
  },
  {
    slug: 'minsk-international-book-fair',
    category: 'fair',
    sessions: (c) => [{ ...onDays(c.annual(3, 4, 5)), town: 'minsk' }],
    price: free,
    image: { label: { en: 'Minsk Book Fair', be: 'Мінскі кніжны кірмаш' }, motif: 'book' },
    tags: ['books', 'fair', 'reading'],
    en: {
      title: 'Minsk International Book Fair',
      summary: 'Publishers from dozens of countries, book launches and meetings with writers.',
      description: ['Publishers present new books, writers sign copies and discuss their work, and a children’s hall hosts readings and workshops every day.'],
    },
    ru: {
      title: 'Минская международная книжная выставка-ярмарка',
      summary: 'Издательства из десятков стран, презентации книг и встречи с писателями.',
      description: ['Издательства представляют новинки, писатели подписывают книги и рассказывают о своей работе, а в детском зале каждый день проходят чтения и мастер-классы.'],
    },
    be: {
      title: 'Мінская міжнародная кніжная выстаўка-кірмаш',
      summary: 'Выдавецтвы з дзясяткаў краін, прэзентацыі кніг і сустрэчы з пісьменнікамі.',
      description: ['Выдавецтвы прадстаўляюць навінкі, пісьменнікі падпісваюць кнігі і расказваюць пра сваю працу, а ў дзіцячай зале кожны дзень праходзяць чытанні і майстар-класы.'],
    },
  },
  {
    slug: 'eurasian-security-conference',
    category: 'conference',
    sessions: (c) => [{ ...onDays(c.annual(10, 30, 2)), town: 'minsk' }],
    image: { label: { en: 'Eurasian security conference' }, motif: 'government' },
    tags: ['conference', 'security', 'diplomacy'],
    links: { articles: ['eurasian-security-conference-minsk'] },
    en: {
      title: 'Minsk International Conference on Eurasian Security',
      summary: 'Foreign ministers, parliamentarians and experts discuss security on the continent.',
      description: ['The annual conference brings together official delegations and expert centres for plenary sessions and round tables.'],
    },
  },
];
