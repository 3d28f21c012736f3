import { days, type EventDraft, onDays, roubles } from './build-event.js';

/** Demo exhibitions, most running for months. */
export const exhibitionEvents: EventDraft[] = [
  {
    slug: 'belarusian-landscape-exhibition',
    category: 'exhibition',
    // "6 November – 7 February": the reference portal's own example of an exhibition running for months.
    sessions: (c) => [{ ...onDays(c.annual(11, 6, 94)), town: 'minsk', venue: { site: 'national-art-museum' } }],
    price: roubles(10, 15),
    image: { label: { en: 'The Belarusian landscape', be: 'Беларускі пейзаж' }, motif: 'museum' },
    tags: ['painting', 'landscape', 'museum'],
    links: { articles: ['national-art-museum-acquires-paintings'] },
    en: {
      title: 'The Belarusian Landscape: two centuries of painting',
      summary: 'Lakes, forests and villages through the eyes of Belarusian painters, including newly acquired works.',
      description: [
        'The exhibition follows the Belarusian landscape from the romantic views of the nineteenth century to contemporary painting. Among the works are landscapes recently returned from private collections and shown for the first time.',
        'Guided tours run on Saturdays; the audio guide is available in three languages.',
      ],
    },
    ru: {
      title: '«Белорусский пейзаж: два века живописи»',
      summary: 'Озера, леса и деревни глазами белорусских художников, включая недавно приобретенные работы.',
      description: [
        'Выставка прослеживает белорусский пейзаж от романтических видов XIX века до современной живописи. Среди работ — пейзажи, недавно вернувшиеся из частных собраний и показываемые впервые.',
        'Экскурсии проходят по субботам; аудиогид доступен на трех языках.',
      ],
    },
    be: {
      title: '«Беларускі пейзаж: два стагоддзі жывапісу»',
      summary: 'Азёры, лясы і вёскі вачыма беларускіх мастакоў, уключаючы нядаўна набытыя работы.',
      description: [
        'Выстаўка прасочвае беларускі пейзаж ад рамантычных краявідаў XIX стагоддзя да сучаснага жывапісу. Сярод работ — пейзажы, якія нядаўна вярнуліся з прыватных збораў і паказваюцца ўпершыню.',
        'Экскурсіі праходзяць па суботах; аўдыягід даступны на трох мовах.',
      ],
    },
  },
  {
    slug: 'chagall-graphics-exhibition',
    category: 'exhibition',
    sessions: (c) => [{ ...days(c.day(12), 120), town: 'vitebsk', venue: { site: 'marc-chagall-house-museum' } }],
    price: roubles(6, 10),
    image: { label: { en: 'Chagall: graphics', be: 'Шагал: графіка' }, motif: 'museum' },
    tags: ['chagall', 'graphics', 'vitebsk'],
    en: {
      title: 'Chagall’s Vitebsk in prints',
      summary: 'Etchings and lithographs in which the painter returned to the streets of his childhood.',
      description: [
        'The exhibition brings together prints from the museum collection in which Marc Chagall drew the houses, fences and people of Vitebsk long after he had left the city.',
      ],
    },
    ru: {
      title: '«Витебск Шагала в графике»',
      summary: 'Офорты и литографии, в которых художник возвращался на улицы своего детства.',
      description: [
        'Выставка объединяет графику из собрания музея, в которой Марк Шагал рисовал дома, заборы и жителей Витебска спустя много лет после отъезда из города.',
      ],
    },
  },
  {
    slug: 'radziwill-portraits-exhibition',
    category: 'exhibition',
    sessions: (c) => [{ ...days(c.day(25), 150), town: 'nesvizh', venue: { site: 'nesvizh-radziwill-complex' } }],
    price: roubles(8, 16),
    image: { label: { en: 'Radziwill portraits', be: 'Партрэты Радзівілаў' }, motif: 'palace' },
    tags: ['radziwill', 'portraits', 'nesvizh'],
    links: { articles: ['nesvizh-palace-interiors-restored'] },
    en: {
      title: 'Faces of a dynasty: Radziwill portraits',
      summary: 'Portraits of the Radziwill family from the collection of the Nesvizh museum-reserve.',
      description: [
        'The exhibition shows portraits of several generations of the Radziwills, from sixteenth-century princes to nineteenth-century owners of the palace, with the stories of the sitters and of the painters who portrayed them.',
      ],
    },
  },
  {
    slug: 'straw-weaving-touring-exhibition',
    category: 'exhibition',
    // One exhibition touring five cities, each stop with its own dates.
    sessions: (c) => [
      { ...days(c.day(5), 45), town: 'minsk' },
      { ...days(c.day(55), 40), town: 'grodno', venue: { site: 'grodno-castles-museum' } },
      { ...days(c.day(100), 40), town: 'brest' },
      { ...days(c.day(145), 40), town: 'gomel', venue: { site: 'gomel-palace-and-park-ensemble' } },
      { ...days(c.day(190), 40), town: 'vitebsk' },
    ],
    price: roubles(5),
    image: { label: { en: 'Straw weaving', be: 'Саломапляценне' }, motif: 'field' },
    tags: ['crafts', 'folk-art', 'touring'],
    links: { articles: ['straw-weaving-masters-exhibition'] },
    en: {
      title: 'Golden Straw: a touring exhibition',
      summary: 'Masterpieces of Belarusian straw weaving travel to Minsk, Grodno, Brest, Gomel and Vitebsk.',
      description: [
        'After opening in Minsk, the exhibition of straw weaving travels to four regional centres. Each stop adds works by local masters.',
        'Weekend workshops teach the basics of weaving a straw bird or a “spider” decoration.',
      ],
    },
    ru: {
      title: '«Золотая солома»: передвижная выставка',
      summary: 'Шедевры белорусского соломоплетения едут в Минск, Гродно, Брест, Гомель и Витебск.',
      description: [
        'После открытия в Минске выставка соломоплетения отправляется в четыре областных центра. На каждой остановке к ней добавляются работы местных мастеров.',
        'По выходным на мастер-классах учат плести соломенную птицу или «паука».',
      ],
    },
    be: {
      title: '«Залатая салома»: перасоўная выстаўка',
      summary: 'Шэдэўры беларускага саломапляцення едуць у Мінск, Гродна, Брэст, Гомель і Віцебск.',
      description: [
        'Пасля адкрыцця ў Мінску выстаўка саломапляцення адпраўляецца ў чатыры абласныя цэнтры. На кожным прыпынку да яе дадаюцца работы мясцовых майстроў.',
        'Па выхадных на майстар-класах вучаць плесці саламяную птушку або «павука».',
      ],
    },
  },
  {
    slug: 'children-art-exhibition-mogilev',
    category: 'exhibition',
    workflow: 'draft',
    sessions: (c) => [{ ...days(c.day(30), 30), town: 'mogilev' }],
    image: { label: { en: 'Children’s art' }, motif: 'museum' },
    tags: ['children', 'art'],
    en: {
      title: 'Children’s art of the Mogilev region',
      summary: 'Drawings and crafts by pupils of the region’s art schools.',
      description: ['Works by pupils of children’s art schools of the Mogilev region. Details of the venue will follow.'],
    },
  },
  {
    slug: 'partisan-movement-exhibition',
    category: 'exhibition',
    sessions: (c) => [{ ...days(c.day(40), 200), town: 'minsk', venue: { site: 'great-patriotic-war-museum' } }],
    price: roubles(8),
    image: { label: { en: 'Partisan Belarus', be: 'Партызанская Беларусь' }, motif: 'memorial' },
    tags: ['great-patriotic-war', 'partisans', 'museum'],
    en: {
      title: 'Partisan Belarus',
      summary: 'Documents, printing presses and personal belongings of partisans from the museum’s collection.',
      description: [
        'The exhibition tells the story of the partisan movement through underground newspapers, home-made weapons, letters and photographs, many shown for the first time.',
      ],
    },
    ru: {
      title: '«Партизанская Беларусь»',
      summary: 'Документы, типографии и личные вещи партизан из собрания музея.',
      description: [
        'Выставка рассказывает о партизанском движении через подпольные газеты, самодельное оружие, письма и фотографии, многие из которых показываются впервые.',
      ],
    },
  },
  {
    slug: 'brest-fortress-photographs-exhibition',
    category: 'exhibition',
    sessions: (c) => [{ ...days(c.day(75), 100), town: 'brest', venue: { site: 'brest-hero-fortress' } }],
    price: roubles(5),
    image: { label: { en: 'The fortress in photographs' }, motif: 'memorial' },
    tags: ['brest-fortress', 'photography'],
    en: {
      title: 'The fortress in photographs, 1900–1971',
      summary: 'Seventy years of the Brest Fortress in archive photographs, from garrison life to the opening of the memorial.',
      description: [
        'Archive photographs show the fortress before the war, its ruins after 1941, and the construction of the memorial complex that opened in 1971.',
      ],
    },
  },
  {
    slug: 'orchids-in-the-winter-garden',
    category: 'exhibition',
    sessions: (c) => [{ ...days(c.day(60), 21), town: 'gomel', venue: { site: 'gomel-palace-and-park-ensemble' } }],
    price: roubles(7),
    image: { label: { en: 'Orchids', be: 'Архідэі' }, motif: 'spa' },
    tags: ['flowers', 'gomel', 'families'],
    en: {
      title: 'Orchids in the winter garden of Gomel Palace',
      summary: 'Hundreds of flowering orchids from Belarusian collectors in the palace’s glasshouse.',
      description: ['Collectors and botanical gardens show flowering orchids of more than a hundred species and varieties, with talks on caring for them at home.'],
    },
  },
];
