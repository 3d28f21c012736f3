import { at, plus } from '../demo-calendar.js';
import { type EventDraft, free, onDays, roubles, timed } from './build-event.js';
import { minskArena } from './event-venues.js';

/** Demo sporting events. */
export const sportEvents: EventDraft[] = [
  {
    slug: 'minsk-half-marathon',
    category: 'sport',
    sessions: (c) => [
      {
        ...timed(c.nthWeekdayOf(9, 2, 7).start, '08:00', '13:00'),
        town: 'minsk',
        venue: { address: { en: 'Start: Independence Avenue, Minsk', ru: 'Старт: проспект Независимости, Минск' } },
      },
    ],
    price: roubles(40, 90),
    image: { label: { en: 'Minsk Half Marathon', be: 'Мінскі паўмарафон' }, motif: 'sport' },
    tags: ['running', 'half-marathon', 'minsk'],
    links: { articles: ['minsk-half-marathon-registration-opens'] },
    en: {
      title: 'Minsk Half Marathon',
      summary: 'Runs of 21.1 km, 10.55 km and 5.5 km through the centre of Minsk.',
      description: [
        'Tens of thousands of runners take to the avenues and embankments of Minsk. The half-marathon starts at 08:00, followed by the 10.55 km race and the 5.5 km fun run.',
        'Roads in the centre are closed to traffic during the race; public transport runs on diverted routes.',
      ],
    },
    ru: {
      title: 'Минский полумарафон',
      summary: 'Забеги на 21,1 км, 10,55 км и 5,5 км по центру Минска.',
      description: [
        'Десятки тысяч бегунов выходят на проспекты и набережные Минска. Полумарафон стартует в 08:00, за ним — забег на 10,55 км и забег на 5,5 км.',
        'На время забега дороги в центре перекрываются, общественный транспорт идет по измененным маршрутам.',
      ],
    },
    be: {
      title: 'Мінскі паўмарафон',
      summary: 'Забегі на 21,1 км, 10,55 км і 5,5 км па цэнтры Мінска.',
      description: [
        'Дзясяткі тысяч бегуноў выходзяць на праспекты і набярэжныя Мінска. Паўмарафон стартуе а 08:00, за ім — забег на 10,55 км і забег на 5,5 км.',
        'На час забегу дарогі ў цэнтры перакрываюцца, грамадскі транспарт ідзе па змененых маршрутах.',
      ],
    },
  },
  {
    slug: 'raubichi-biathlon-cup',
    category: 'sport',
    sessions: (c) => [
      {
        ...onDays(c.annual(2, 20, 3)),
        town: 'raubichi',
        venue: { address: { en: 'Raubichi Olympic sports centre, Minsk district', ru: 'РЦОП «Раубичи», Минский район' } },
      },
    ],
    price: free,
    image: { label: { en: 'Biathlon at Raubichi', be: 'Біятлон у Раўбічах' }, motif: 'forest' },
    tags: ['biathlon', 'raubichi'],
    links: { articles: ['raubichi-biathlon-championship'] },
    en: {
      title: 'Biathlon cup at Raubichi',
      summary: 'Three days of sprint, pursuit and relay races near Minsk.',
      description: ['The national biathlon cup stage brings together senior and junior athletes. Spectators can watch the shooting range from the stands for free.'],
    },
  },
  {
    slug: 'christmas-ice-hockey-tournament',
    category: 'sport',
    sessions: (c) => [{ ...onDays(c.annual(12, 26, 6)), town: 'minsk', venue: minskArena }],
    price: free,
    image: { label: { en: 'Christmas ice hockey', be: 'Калядны хакей' }, motif: 'sport' },
    tags: ['ice-hockey', 'amateur', 'minsk-arena'],
    en: {
      title: 'International Christmas amateur ice hockey tournament',
      summary: 'Amateur teams from Belarus and abroad play at Minsk-Arena between Christmas and New Year.',
      description: ['The traditional amateur tournament fills the rinks of Minsk-Arena for six days. Entry for spectators is free.'],
    },
    ru: {
      title: 'Международный рождественский турнир по хоккею среди любителей',
      summary: 'Любительские команды Беларуси и других стран играют в «Минск-Арене» между Рождеством и Новым годом.',
      description: ['Традиционный любительский турнир шесть дней занимает ледовые арены «Минск-Арены». Вход для зрителей свободный.'],
    },
  },
  {
    slug: 'naroch-triathlon',
    category: 'sport',
    sessions: (c) => [
      { ...timed(c.annual(7, 19).start, '09:00', '15:00'), town: 'naroch', venue: { address: { en: 'Central beach, Naroch', ru: 'Центральный пляж, Нарочь' } } },
    ],
    price: roubles(60, 120),
    image: { label: { en: 'Naroch triathlon' }, motif: 'lake' },
    tags: ['triathlon', 'naroch'],
    en: {
      title: 'Naroch triathlon',
      summary: 'Swim in Lake Naroch, cycle and run through the national park; sprint and Olympic distances.',
      description: ['Athletes swim in the clear water of Lake Naroch before cycling and running through the pine forests of the national park. Children’s races are held the same day.'],
    },
  },
  {
    slug: 'dinamo-minsk-home-games',
    category: 'sport',
    // Each home game is an added date (RDATE) of one session rather than a rule: fixtures follow no pattern.
    sessions: (c) => {
      const first = c.day(4);
      return [
        {
          ...timed(first, '19:00', '21:30'),
          rdates: [at(plus(first, 4), '19:00'), at(plus(first, 11), '17:00'), at(plus(first, 18), '19:00')],
          town: 'minsk',
          venue: minskArena,
        },
      ];
    },
    price: roubles(15, 60),
    ticketUrl: 'https://tickets.kraina.example/dinamo-minsk',
    image: { label: { en: 'Dinamo Minsk at home', be: 'Дынама Мінск дома' }, motif: 'sport' },
    tags: ['ice-hockey', 'dinamo-minsk', 'khl'],
    links: { articles: ['dinamo-minsk-win-in-overtime'] },
    en: {
      title: 'Dinamo Minsk home games',
      summary: 'The next four home games of Dinamo Minsk at Minsk-Arena.',
      description: ['Dinamo Minsk play four home games at Minsk-Arena over the coming weeks. Most games face off at 19:00; the weekend game starts at 17:00.'],
    },
  },
];
