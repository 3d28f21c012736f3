import { type EventDraft, free, onDays, timed } from './build-event.js';

/** Demo public holidays and days of remembrance. */
export const holidayEvents: EventDraft[] = [
  {
    slug: 'independence-day',
    category: 'holiday',
    // Celebrated across the country on one day: a session per city, each with its own programme.
    sessions: (c) => {
      const day = c.annual(7, 3);
      return [
        { ...onDays(day), town: 'minsk', venue: { site: 'victory-square-minsk' } },
        { ...onDays(day), town: 'brest' },
        { ...onDays(day), town: 'gomel' },
        { ...onDays(day), town: 'grodno' },
        { ...onDays(day), town: 'vitebsk' },
        { ...onDays(day), town: 'mogilev' },
      ];
    },
    price: free,
    image: { label: { en: 'Independence Day', be: 'Дзень Незалежнасці' }, motif: 'city' },
    tags: ['public-holiday', 'independence-day'],
    en: {
      title: 'Independence Day',
      summary: 'The national holiday, marking the liberation of Minsk on 3 July 1944, with celebrations in every regional centre.',
      description: [
        'Independence Day is celebrated on the anniversary of the liberation of Minsk in 1944. The day begins with wreath-laying at the Victory Monument and continues with concerts, fairs and fireworks in every regional centre.',
      ],
    },
    ru: {
      title: 'День Независимости',
      summary: 'Государственный праздник в день освобождения Минска 3 июля 1944 года, торжества во всех областных центрах.',
      description: [
        'День Независимости отмечается в годовщину освобождения Минска в 1944 году. День начинается с возложения венков к монументу Победы и продолжается концертами, ярмарками и фейерверками во всех областных центрах.',
      ],
    },
    be: {
      title: 'Дзень Незалежнасці',
      summary: 'Дзяржаўнае свята ў дзень вызвалення Мінска 3 ліпеня 1944 года, урачыстасці ва ўсіх абласных цэнтрах.',
      description: [
        'Дзень Незалежнасці адзначаецца ў гадавіну вызвалення Мінска ў 1944 годзе. Дзень пачынаецца з ускладання вянкоў да манумента Перамогі і працягваецца канцэртамі, кірмашамі і феерверкамі ва ўсіх абласных цэнтрах.',
      ],
    },
  },
  {
    slug: 'victory-day',
    category: 'holiday',
    sessions: (c) => [{ ...onDays(c.annual(5, 9)), town: 'minsk', venue: { site: 'victory-square-minsk' } }],
    price: free,
    image: { label: { en: 'Victory Day', be: 'Дзень Перамогі' }, motif: 'memorial' },
    tags: ['public-holiday', 'victory-day', 'great-patriotic-war'],
    en: {
      title: 'Victory Day',
      summary: 'A public holiday in memory of the victory in the Great Patriotic War.',
      description: ['Wreaths are laid at the Victory Monument and at memorials across the country. A moment of silence is observed, and the day ends with a festive salute in the evening.'],
    },
    ru: {
      title: 'День Победы',
      summary: 'Государственный праздник в память о Победе в Великой Отечественной войне.',
      description: ['Венки возлагают к монументу Победы и к мемориалам по всей стране. Объявляется минута молчания, а вечером звучит праздничный салют.'],
    },
    be: {
      title: 'Дзень Перамогі',
      summary: 'Дзяржаўнае свята ў памяць пра Перамогу ў Вялікай Айчыннай вайне.',
      description: ['Вянкі ўскладаюць да манумента Перамогі і да мемарыялаў па ўсёй краіне. Аб’яўляецца хвіліна маўчання, а ўвечары гучыць святочны салют.'],
    },
  },
  {
    slug: 'day-of-remembrance-brest-fortress',
    category: 'holiday',
    sessions: (c) => [{ ...timed(c.annual(6, 22).start, '03:30', '05:00'), town: 'brest', venue: { site: 'brest-hero-fortress' } }],
    price: free,
    image: { label: { en: 'Day of Remembrance', be: 'Дзень памяці' }, motif: 'memorial' },
    tags: ['brest-fortress', 'remembrance', 'great-patriotic-war'],
    en: {
      title: 'Requiem at the Brest Fortress on the Day of Remembrance',
      summary: 'At dawn on 22 June, the hour the war began, candles are lit at the fortress.',
      description: ['Before dawn on 22 June thousands of people gather at the Brest Fortress. At four in the morning, the hour of the attack in 1941, the requiem begins and candles are lit along the walls.'],
    },
    ru: {
      title: 'Реквием в Брестской крепости в День всенародной памяти',
      summary: 'На рассвете 22 июня, в час начала войны, в крепости зажигают свечи.',
      description: ['Перед рассветом 22 июня тысячи людей собираются в Брестской крепости. В четыре часа утра, в час нападения в 1941 году, начинается реквием и вдоль стен зажигают свечи.'],
    },
  },
  {
    slug: 'khatyn-day-of-memory',
    category: 'other',
    sessions: (c) => [{ ...timed(c.annual(3, 22).start, '11:00', '13:00'), town: 'logoisk', venue: { site: 'khatyn-memorial' } }],
    price: free,
    image: { label: { en: 'Khatyn', be: 'Хатынь' }, motif: 'memorial' },
    tags: ['khatyn', 'remembrance'],
    en: {
      title: 'Day of memory at Khatyn',
      summary: 'A memorial meeting on the anniversary of the burning of Khatyn, 22 March 1943.',
      description: ['On the anniversary of the tragedy, the bells of Khatyn ring together and flowers are laid at the sculpture “The Unbowed Man”.'],
    },
  },
  {
    slug: 'day-of-belarusian-written-language',
    category: 'holiday',
    sessions: (c) => [{ ...onDays(c.nthWeekdayOf(9, 1, 7)), town: 'orsha' }],
    price: free,
    image: { label: { en: 'Day of Written Language', be: 'Дзень беларускага пісьменства' }, motif: 'book' },
    tags: ['books', 'language', 'holiday'],
    en: {
      title: 'Day of Belarusian Written Language',
      summary: 'A festival of books, printing and literature, held each year in a different historic town.',
      description: ['On the first Sunday of September writers, publishers and libraries gather in a historic town. This year’s host is Orsha, with book fairs, readings and exhibitions of old printing.'],
    },
    be: {
      title: 'Дзень беларускага пісьменства',
      summary: 'Свята кнігі, друку і літаратуры, якое штогод праходзіць у іншым гістарычным горадзе.',
      description: ['У першую нядзелю верасня пісьменнікі, выдаўцы і бібліятэкі збіраюцца ў гістарычным горадзе. Сёлета свята прымае Орша — з кніжнымі кірмашамі, чытаннямі і выстаўкамі старадрукаў.'],
    },
  },
  {
    slug: 'dazhynki-harvest-festival',
    category: 'holiday',
    sessions: (c) => [{ ...onDays(c.annual(9, 27)), town: 'zhlobin' }],
    price: free,
    image: { label: { en: 'Dazhynki', be: 'Дажынкі' }, motif: 'field' },
    tags: ['harvest', 'agriculture', 'holiday'],
    links: { articles: ['grain-harvest-results'] },
    en: {
      title: 'Dazhynki national harvest festival',
      summary: 'Farmers who brought in the harvest are honoured with a parade, fair and concert.',
      description: ['Dazhynki, the festival of the end of harvest, honours the best combine operators, farm workers and farms of the year. The host town prepares a fair of regional producers and a gala concert.'],
    },
  },
  {
    slug: 'minsk-city-day',
    category: 'holiday',
    sessions: (c) => [{ ...onDays(c.nthWeekdayOf(9, 2, 6, 2)), town: 'minsk' }],
    price: free,
    image: { label: { en: 'Minsk City Day', be: 'Дзень горада Мінска' }, motif: 'city' },
    tags: ['minsk', 'holiday', 'open-air'],
    en: {
      title: 'Minsk City Day',
      summary: 'Two days of concerts, festivals and fireworks across the capital on the second weekend of September.',
      description: ['Minsk celebrates its birthday with stages in every district, a festival of street food, sports competitions and fireworks over the Svisloch.'],
    },
    ru: {
      title: 'День города Минска',
      summary: 'Два дня концертов, фестивалей и фейерверков по всей столице во вторые выходные сентября.',
      description: ['Минск отмечает день рождения сценами во всех районах, фестивалем уличной еды, спортивными соревнованиями и фейерверком над Свислочью.'],
    },
    be: {
      title: 'Дзень горада Мінска',
      summary: 'Два дні канцэртаў, фестываляў і феерверкаў па ўсёй сталіцы ў другія выхадныя верасня.',
      description: ['Мінск адзначае дзень нараджэння сцэнамі ва ўсіх раёнах, фестывалем вулічнай ежы, спартыўнымі спаборніцтвамі і феерверкам над Свіслаччу.'],
    },
  },
];
