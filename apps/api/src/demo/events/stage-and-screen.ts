import { at, plus, until } from '../demo-calendar.js';
import { days, type EventDraft, free, onDays, roubles, timed } from './build-event.js';

/** Demo theatre, cinema, tours and lectures. */
export const stageAndScreenEvents: EventDraft[] = [
  {
    slug: 'puppet-theatre-sunday-matinees',
    category: 'theatre',
    // "Every Sunday at 15:00 and 17:00": one rule with two hours, and one Sunday off while the company tours.
    sessions: (c) => {
      const first = c.weekdayFrom(1, 7);
      const dayOff = plus(first, 28);
      return [
        {
          ...timed(first, '15:00', '16:10'),
          rrule: `FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0;UNTIL=${until(plus(first, 7 * 26))}`,
          exdates: [at(dayOff, '15:00'), at(dayOff, '17:00')],
          town: 'minsk',
          venue: { address: { en: 'Belarusian State Puppet Theatre, 20 Engels Street, Minsk', ru: 'Белорусский государственный театр кукол, ул. Энгельса, 20, Минск' } },
        },
      ];
    },
    price: roubles(12, 18),
    image: { label: { en: 'Sunday at the puppet theatre', be: 'Нядзеля ў тэатры лялек' }, motif: 'music' },
    tags: ['theatre', 'children', 'families'],
    en: {
      title: 'Sunday matinees at the Puppet Theatre',
      summary: 'Fairy tales for children every Sunday at 15:00 and 17:00.',
      description: [
        'The Belarusian State Puppet Theatre plays a fairy tale for children aged four and up every Sunday, with two performances: at 15:00 and at 17:00. Each show lasts about seventy minutes with no interval.',
        'There is no performance on one Sunday in the season while the company is on tour.',
      ],
    },
    ru: {
      title: 'Воскресные утренники в театре кукол',
      summary: 'Сказки для детей каждое воскресенье в 15:00 и 17:00.',
      description: [
        'Белорусский государственный театр кукол каждое воскресенье показывает сказку для детей от четырех лет — дважды, в 15:00 и в 17:00. Спектакль идет около семидесяти минут без антракта.',
        'В одно из воскресений сезона спектаклей нет: труппа на гастролях.',
      ],
    },
    be: {
      title: 'Нядзельныя ранішнікі ў тэатры лялек',
      summary: 'Казкі для дзяцей кожную нядзелю ў 15:00 і 17:00.',
      description: [
        'Беларускі дзяржаўны тэатр лялек кожную нядзелю паказвае казку для дзяцей ад чатырох гадоў — двойчы, у 15:00 і ў 17:00. Спектакль ідзе каля сямідзесяці хвілін без антракту.',
        'У адну з нядзель сезона спектакляў няма: трупа на гастролях.',
      ],
    },
  },
  {
    slug: 'mir-castle-evening-tours',
    category: 'other',
    sessions: (c) => {
      const first = c.weekdayFrom(3, 5);
      return [
        {
          ...timed(first, '20:00', '21:30'),
          rrule: `FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=${until(plus(first, 84))}`,
          town: 'mir',
          venue: { site: 'mir-castle-complex' },
        },
      ];
    },
    price: roubles(25),
    image: { label: { en: 'Evening at Mir Castle', be: 'Вечар у Мірскім замку' }, motif: 'castle' },
    tags: ['mir-castle', 'tours'],
    en: {
      title: 'Evening tours of Mir Castle',
      summary: 'Every Friday and Saturday at 20:00: the castle by candlelight, with stories of its owners.',
      description: ['A guide in historical costume leads visitors through the castle after closing time, with stories of the Ilinich and Radziwill families and of the castle’s legends.'],
    },
  },
  {
    slug: 'bolshoi-theatre-ballet-gala',
    category: 'theatre',
    sessions: (c) => [
      {
        ...timed(c.day(18), '19:00', '21:30'),
        town: 'minsk',
        venue: {
          address: { en: 'Bolshoi Theatre of Belarus, 1 Paris Commune Square, Minsk', ru: 'Большой театр Беларуси, пл. Парижской Коммуны, 1, Минск' },
          coordinates: { lat: 53.9103, lng: 27.5617 },
        },
      },
    ],
    price: roubles(20, 120),
    ticketUrl: 'https://tickets.kraina.example/bolshoi-ballet-gala',
    image: { label: { en: 'Ballet gala', be: 'Балетны гала' }, motif: 'music' },
    tags: ['ballet', 'theatre', 'minsk'],
    links: { articles: ['bolshoi-theatre-opera-premiere'] },
    en: {
      title: 'Ballet gala at the Bolshoi Theatre',
      summary: 'Principal dancers of the company in scenes from the great classical ballets.',
      description: ['The principal dancers of the Bolshoi Theatre of Belarus perform duets and scenes from classical ballets, accompanied by the theatre’s orchestra.'],
    },
    ru: {
      title: 'Балетный гала-концерт в Большом театре',
      summary: 'Ведущие солисты труппы в сценах из великих классических балетов.',
      description: ['Ведущие солисты Большого театра Беларуси исполняют дуэты и сцены из классических балетов в сопровождении оркестра театра.'],
    },
  },
  {
    slug: 'touring-film-programme',
    category: 'cinema',
    // "28 February – 11 December, cinemas of Minsk and the regional centres": months long, one run per city.
    sessions: (c) => [
      { ...days(c.day(10), 60), town: 'minsk' },
      { ...days(c.day(70), 30), town: 'brest' },
      { ...days(c.day(100), 30), town: 'gomel' },
      { ...days(c.day(130), 30), town: 'grodno' },
      { ...days(c.day(160), 30), town: 'vitebsk' },
      { ...days(c.day(190), 30), town: 'mogilev' },
    ],
    price: roubles(6, 9),
    image: { label: { en: 'Belarusian cinema on tour', be: 'Беларускае кіно' }, motif: 'museum' },
    tags: ['cinema', 'belarusfilm', 'touring'],
    en: {
      title: 'Belarusian cinema classics on the big screen',
      summary: 'Restored films of the Belarusfilm studio in the cinemas of Minsk and the regional centres.',
      description: ['Restored copies of classic Belarusfilm features and animated films are shown in Minsk and then in each regional centre in turn, with introductions by film historians.'],
    },
  },
  {
    slug: 'listapad-film-festival',
    category: 'cinema',
    sessions: (c) => [{ ...onDays(c.annual(11, 1, 8)), town: 'minsk' }],
    price: roubles(8, 12),
    image: { label: { en: 'Listapad', be: 'Лістапад' }, motif: 'museum' },
    tags: ['cinema', 'festival', 'listapad'],
    links: { articles: ['listapad-film-festival-jury'] },
    en: {
      title: 'Listapad Minsk International Film Festival',
      summary: 'A week of feature, documentary and youth competitions in the cinemas of Minsk.',
      description: ['Listapad, held every November, presents competition programmes of feature, documentary and youth films, retrospectives and meetings with directors.'],
    },
    ru: {
      title: 'Минский международный кинофестиваль «Лістапад»',
      summary: 'Неделя конкурсов игрового, документального и молодежного кино в кинотеатрах Минска.',
      description: ['«Лістапад», который проходит каждый ноябрь, представляет конкурсные программы игрового, документального и молодежного кино, ретроспективы и встречи с режиссерами.'],
    },
    be: {
      title: 'Мінскі міжнародны кінафестываль «Лістапад»',
      summary: 'Тыдзень конкурсаў ігравога, дакументальнага і маладзёжнага кіно ў кінатэатрах Мінска.',
      description: ['«Лістапад», які праходзіць кожны лістапад, прадстаўляе конкурсныя праграмы ігравога, дакументальнага і маладзёжнага кіно, рэтраспектывы і сустрэчы з рэжысёрамі.'],
    },
  },
  {
    slug: 'science-cafe-lectures',
    category: 'conference',
    eventStatus: 'moved-online',
    statusNote: {
      en: 'Moved online: the lectures are streamed live, with questions in the chat.',
      ru: 'Перенесено в онлайн: лекции транслируются в прямом эфире, вопросы — в чате.',
    },
    sessions: (c) => [
      {
        ...timed(c.weekdayFrom(3, 4), '18:30', '20:00'),
        rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=8',
        town: 'minsk',
        venue: { online: 'https://live.kraina.example/science-cafe' },
      },
    ],
    price: free,
    image: { label: { en: 'Science café', be: 'Навуковае кафэ' }, motif: 'science' },
    tags: ['science', 'lectures', 'academy-of-sciences'],
    en: {
      title: 'Science café: eight Thursday lectures',
      summary: 'Researchers of the Academy of Sciences explain their work, every Thursday evening for eight weeks.',
      description: ['Each week a researcher talks about a subject in plain language: satellites, potato breeding, lasers, the history of Polotsk, and more.'],
    },
  },
];
