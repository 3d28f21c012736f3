import { at, monthStart, onOrAfter, plus } from '../demo-calendar.js';
import { type EventDraft, free, roubles, timed } from './build-event.js';
import { minskArena } from './event-venues.js';

/** Demo concerts. */
export const concertEvents: EventDraft[] = [
  {
    slug: 'polotsk-organ-evenings',
    category: 'concert',
    sessions: (c) => [
      {
        ...timed(onOrAfter(monthStart(c, 1), 6), '19:00', '20:30'),
        rrule: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=10',
        town: 'polotsk',
        venue: { site: 'saint-sophia-cathedral-polotsk' },
      },
    ],
    price: roubles(10, 20),
    image: { label: { en: 'Organ evenings', be: 'Арганныя вечары' }, motif: 'music' },
    tags: ['organ', 'polotsk', 'classical-music'],
    en: {
      title: 'Organ evenings in Saint Sophia Cathedral',
      summary: 'On the first Saturday of every month, organists play in the eleventh-century cathedral.',
      description: [
        'The large organ of the Saint Sophia Cathedral in Polotsk sounds on the first Saturday of each month. Programmes range from Bach to Belarusian composers, sometimes with choir or trumpet.',
      ],
    },
    ru: {
      title: 'Органные вечера в Софийском соборе',
      summary: 'В первую субботу каждого месяца органисты играют в соборе XI века.',
      description: [
        'Большой орган Софийского собора в Полоцке звучит в первую субботу каждого месяца. Программы — от Баха до белорусских композиторов, иногда с хором или трубой.',
      ],
    },
    be: {
      title: 'Арганныя вечары ў Сафійскім саборы',
      summary: 'У першую суботу кожнага месяца арганісты граюць у саборы XI стагоддзя.',
      description: [
        'Вялікі арган Сафійскага сабора ў Полацку гучыць у першую суботу кожнага месяца. Праграмы — ад Баха да беларускіх кампазітараў, часам з хорам або трубой.',
      ],
    },
  },
  {
    slug: 'gomel-park-sunday-concerts',
    category: 'concert',
    sessions: (c) => {
      const first = c.weekdayFrom(2, 7);
      return [
        {
          ...timed(first, '12:00', '13:00'),
          rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=10',
          // One extra concert on a weekday, for the city's holiday.
          rdates: [at(plus(first, 17), '12:00')],
          town: 'gomel',
          venue: { site: 'gomel-palace-and-park-ensemble' },
        },
      ];
    },
    price: free,
    image: { label: { en: 'Brass band in the park', be: 'Духавы аркестр у парку' }, motif: 'music' },
    tags: ['gomel', 'parks', 'music'],
    en: {
      title: 'Sunday brass band concerts in Gomel Park',
      summary: 'The city brass band plays waltzes and marches by the palace every Sunday at noon.',
      description: ['The Gomel city brass band plays in the park of the palace every Sunday at noon, with one extra concert on a weekday for the city holiday.'],
    },
  },
  {
    slug: 'folk-ensemble-national-tour',
    category: 'concert',
    // "Minsk, Brest, Gomel, Grodno, Vitebsk": one tour, a session per city on its own date.
    sessions: (c) => [
      { ...timed(c.day(20), '19:00', '21:00'), town: 'minsk' },
      { ...timed(c.day(24), '19:00', '21:00'), town: 'brest' },
      { ...timed(c.day(27), '19:00', '21:00'), town: 'gomel' },
      { ...timed(c.day(31), '19:00', '21:00'), town: 'grodno' },
      { ...timed(c.day(34), '19:00', '21:00'), town: 'vitebsk' },
    ],
    price: roubles(15, 45),
    image: { label: { en: 'Folk ensemble on tour', be: 'Народны ансамбль на гастролях' }, motif: 'music' },
    tags: ['folk-music', 'dance', 'touring'],
    en: {
      title: 'National folk ensemble on tour',
      summary: 'Songs and dances of every region of Belarus in five cities.',
      description: [
        'The national folk song and dance ensemble takes its new programme to Minsk, Brest, Gomel, Grodno and Vitebsk. The concert follows the year of a Belarusian village, from Kalyady to the harvest.',
      ],
    },
    ru: {
      title: 'Гастроли национального фольклорного ансамбля',
      summary: 'Песни и танцы всех регионов Беларуси в пяти городах.',
      description: [
        'Национальный ансамбль песни и танца везет новую программу в Минск, Брест, Гомель, Гродно и Витебск. Концерт проходит по году белорусской деревни — от Коляд до дожинок.',
      ],
    },
    be: {
      title: 'Гастролі нацыянальнага фальклорнага ансамбля',
      summary: 'Песні і танцы ўсіх рэгіёнаў Беларусі ў пяці гарадах.',
      description: [
        'Нацыянальны ансамбль песні і танца вязе новую праграму ў Мінск, Брэст, Гомель, Гродна і Віцебск. Канцэрт праходзіць па годзе беларускай вёскі — ад Калядаў да дажынак.',
      ],
    },
  },
  {
    slug: 'grodno-open-air-jazz',
    category: 'concert',
    eventStatus: 'postponed',
    statusNote: {
      en: 'Postponed by two weeks because of a storm warning. Tickets remain valid for the new date.',
      ru: 'Перенесен на две недели из-за штормового предупреждения. Билеты действительны на новую дату.',
      be: 'Перанесены на два тыдні з-за штармавога папярэджання. Квіткі сапраўдныя на новую дату.',
    },
    sessions: (c) => [{ ...timed(c.day(23), '19:00', '22:00'), town: 'grodno', venue: { site: 'grodno-castles-museum' } }],
    price: roubles(25, 40),
    image: { label: { en: 'Jazz at the castle', be: 'Джаз у замку' }, motif: 'music' },
    tags: ['jazz', 'grodno', 'open-air'],
    en: {
      title: 'Open-air jazz at the Grodno castles',
      summary: 'An evening of jazz in the courtyard of the Old Castle, now on a new date.',
      description: ['Belarusian and guest jazz bands play in the courtyard of the Old Castle above the Neman. The concert has been moved to a new date; see the notice above.'],
    },
    ru: {
      title: 'Джаз под открытым небом у гродненских замков',
      summary: 'Вечер джаза во дворе Старого замка — теперь в новую дату.',
      description: ['Белорусские и приглашенные джазовые коллективы играют во дворе Старого замка над Неманом. Концерт перенесен на новую дату; см. объявление выше.'],
    },
  },
  {
    slug: 'ice-show-minsk-arena',
    category: 'concert',
    eventStatus: 'cancelled',
    statusNote: {
      en: 'Cancelled by the organiser. Tickets are refunded where they were bought.',
      ru: 'Отменено организатором. Деньги за билеты возвращаются в местах покупки.',
      be: 'Адменена арганізатарам. Грошы за квіткі вяртаюцца ў месцах набыцця.',
    },
    sessions: (c) => [{ ...timed(c.day(15), '18:00', '20:30'), town: 'minsk', venue: minskArena }],
    price: roubles(30, 90),
    image: { label: { en: 'Ice show', be: 'Ледавае шоу' }, motif: 'sport' },
    tags: ['ice-show', 'minsk-arena'],
    en: {
      title: 'Ice show at Minsk-Arena',
      summary: 'A touring ice show with figure skaters and acrobats.',
      description: ['A touring company of figure skaters and acrobats was to present its new show at Minsk-Arena.'],
    },
    ru: {
      title: 'Ледовое шоу в «Минск-Арене»',
      summary: 'Гастрольное ледовое шоу с фигуристами и акробатами.',
      description: ['Гастрольная труппа фигуристов и акробатов должна была представить новое шоу в «Минск-Арене».'],
    },
    be: {
      title: 'Ледавае шоу ў «Мінск-Арэне»',
      summary: 'Гастрольнае ледавае шоу з фігурыстамі і акрабатамі.',
      description: ['Гастрольная трупа фігурыстаў і акрабатаў павінна была прадставіць новае шоу ў «Мінск-Арэне».'],
    },
  },
  {
    slug: 'new-year-eve-concert-minsk',
    category: 'concert',
    sessions: (c) => [
      {
        ...timed(c.annual(12, 31).start, '22:00', '01:30'),
        town: 'minsk',
        venue: { address: { en: 'Independence Square, Minsk', ru: 'Площадь Независимости, Минск' }, coordinates: { lat: 53.8933, lng: 27.5475 } },
      },
    ],
    price: free,
    image: { label: { en: 'New Year’s Eve', be: 'Навагодняя ноч' }, motif: 'city' },
    tags: ['new-year', 'minsk', 'open-air'],
    en: {
      title: 'New Year’s Eve concert and fireworks',
      summary: 'Open-air concert by the main New Year tree, with fireworks at midnight.',
      description: ['Bands and singers perform on the stage by the main New Year tree of the country until after midnight, when fireworks light up the square.'],
    },
    ru: {
      title: 'Новогодний концерт и фейерверк',
      summary: 'Концерт под открытым небом у главной елки страны и фейерверк в полночь.',
      description: ['Музыканты и певцы выступают на сцене у главной новогодней елки страны до глубокой ночи; в полночь площадь озаряет фейерверк.'],
    },
  },
];
