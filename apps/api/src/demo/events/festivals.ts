import { type EventDraft, free, onDays, roubles, timed } from './build-event.js';

/** Demo festivals and fairs. */
export const festivalEvents: EventDraft[] = [
  {
    slug: 'slavianski-bazaar-vitebsk',
    category: 'festival',
    sessions: (c) => [{ ...onDays(c.annual(7, 10, 6)), town: 'vitebsk', venue: { site: 'vitebsk-summer-amphitheatre' } }],
    organiser: { en: 'Slavianski Bazaar festival directorate', ru: 'Дирекция фестиваля «Славянский базар в Витебске»' },
    price: roubles(20, 250),
    image: { label: { en: 'Slavianski Bazaar', be: 'Славянскі базар' }, motif: 'music' },
    tags: ['slavianski-bazaar', 'music', 'vitebsk'],
    links: { articles: ['slavianski-bazaar-programme-announced'] },
    en: {
      title: 'Slavianski Bazaar in Vitebsk',
      summary: 'The international festival of arts: galas, song contests, theatre and a craft town in the old streets of Vitebsk.',
      description: [
        'For six days Vitebsk becomes a stage. The Summer Amphitheatre hosts the opening gala, the international contests for young singers and for children, and the closing concert.',
        'Theatre companies, exhibitions, folk ensembles and a town of masters fill the streets of the old town, and many open-air events are free.',
      ],
    },
    ru: {
      title: '«Славянский базар в Витебске»',
      summary: 'Международный фестиваль искусств: гала-концерты, песенные конкурсы, театр и город мастеров на старых улицах Витебска.',
      description: [
        'На шесть дней Витебск становится сценой. В Летнем амфитеатре проходят торжественное открытие, международные конкурсы молодых исполнителей и детский конкурс, заключительный концерт.',
        'Театральные коллективы, выставки, фольклорные ансамбли и город мастеров заполняют улицы старого города; многие мероприятия под открытым небом бесплатны.',
      ],
    },
    be: {
      title: '«Славянскі базар у Віцебску»',
      summary: 'Міжнародны фестываль мастацтваў: гала-канцэрты, песенныя конкурсы, тэатр і горад майстроў на старых вуліцах Віцебска.',
      description: [
        'На шэсць дзён Віцебск становіцца сцэнай. У Летнім амфітэатры праходзяць урачыстае адкрыццё, міжнародныя конкурсы маладых выканаўцаў і дзіцячы конкурс, заключны канцэрт.',
        'Тэатральныя калектывы, выстаўкі, фальклорныя ансамблі і горад майстроў запаўняюць вуліцы старога горада; многія мерапрыемствы пад адкрытым небам бясплатныя.',
      ],
    },
  },
  {
    slug: 'alexandria-gathers-friends',
    category: 'festival',
    sessions: (c) => [
      {
        ...onDays(c.annual(7, 6, 2)),
        town: 'shklov',
        venue: { address: { en: 'Meadow by the Dnieper, Alexandria, Shklov district', ru: 'Луг у Днепра, аг. Александрия, Шкловский район' } },
      },
    ],
    price: free,
    image: { label: { en: 'Kupalle on the Dnieper', be: 'Купалле на Дняпры' }, motif: 'lake' },
    tags: ['kupalle', 'folk-traditions', 'music'],
    links: { articles: ['alexandria-gathers-friends-festival'] },
    en: {
      title: 'Alexandria Gathers Friends: Kupalle festival',
      summary: 'Midsummer night on the Dnieper: wreaths on the water, the Kupalle fire and concerts until dawn.',
      description: [
        'The national Kupalle festival takes place on the meadows near the village of Alexandria. Folk ensembles recreate the rites of midsummer night, craftsmen run workshops, and the evening ends with a concert and fireworks.',
        'Special buses run from Mogilev and Shklov.',
      ],
    },
    ru: {
      title: '«Александрия собирает друзей»: праздник Купалья',
      summary: 'Купальская ночь на Днепре: венки на воде, купальский костер и концерты до рассвета.',
      description: [
        'Республиканский праздник Купалья проходит на лугах у деревни Александрия. Фольклорные коллективы воссоздают обряды купальской ночи, мастера проводят мастер-классы, а вечер завершается концертом и фейерверком.',
        'Из Могилева и Шклова ходят специальные автобусы.',
      ],
    },
    be: {
      title: '«Александрыя збірае сяброў»: свята Купалля',
      summary: 'Купальская ноч на Дняпры: вянкі на вадзе, купальскае вогнішча і канцэрты да світання.',
      description: [
        'Рэспубліканскае свята Купалля праходзіць на лугах каля вёскі Александрыя. Фальклорныя калектывы ўзнаўляюць абрады купальскай ночы, майстры праводзяць майстар-класы, а вечар завяршаецца канцэртам і феерверкам.',
        'З Магілёва і Шклова ходзяць спецыяльныя аўтобусы.',
      ],
    },
    draftLocales: ['be'],
  },
  {
    slug: 'mir-castle-knights-festival',
    category: 'festival',
    sessions: (c) => [{ ...onDays(c.annual(7, 26, 2)), town: 'mir', venue: { site: 'mir-castle-complex' } }],
    price: roubles(15, 30),
    image: { label: { en: 'Knights at Mir Castle', be: 'Рыцары ў Мірскім замку' }, motif: 'castle' },
    tags: ['knights', 'mir-castle', 'families'],
    en: {
      title: 'Knights’ festival at Mir Castle',
      summary: 'Tournaments, archery, early music and a medieval market by the walls of Mir Castle.',
      description: [
        'Historical re-enactment clubs pitch their camps by the castle walls for a weekend of foot and mounted tournaments, archery contests and displays of crafts.',
        'Children can try on armour, learn old dances and shoot a bow under supervision.',
      ],
    },
  },
  {
    slug: 'grodno-national-cultures-festival',
    category: 'festival',
    sessions: (c) => [{ ...onDays(c.annual(6, 5, 3)), town: 'grodno', venue: { address: { en: 'Streets and squares of central Grodno', ru: 'Улицы и площади центра Гродно' } } }],
    price: free,
    image: { label: { en: 'Festival of National Cultures', be: 'Фестываль нацыянальных культур' }, motif: 'music' },
    tags: ['grodno', 'folk-traditions', 'music'],
    en: {
      title: 'Republican Festival of National Cultures',
      summary: 'Communities of dozens of nationalities living in Belarus present their songs, dances and cuisine in Grodno.',
      description: [
        'Grodno hosts the Festival of National Cultures, where communities from across Belarus set up their own courtyards with music, dance and food.',
        'The parade of national costumes and the final concert are highlights of the weekend.',
      ],
    },
    ru: {
      title: 'Республиканский фестиваль национальных культур',
      summary: 'Общины десятков национальностей, живущих в Беларуси, представляют в Гродно свои песни, танцы и кухню.',
      description: [
        'Гродно принимает фестиваль национальных культур, где общины со всей Беларуси открывают свои подворья с музыкой, танцами и угощениями.',
        'Главные события выходных — парад национальных костюмов и заключительный концерт.',
      ],
    },
  },
  {
    slug: 'museum-night',
    category: 'festival',
    sessions: (c) => {
      const night = c.annual(5, 17).start;
      return [
        { ...timed(night, '18:00', '01:00'), town: 'minsk', venue: { site: 'national-art-museum' } },
        { ...timed(night, '18:00', '00:00'), town: 'minsk', venue: { site: 'great-patriotic-war-museum' } },
        { ...timed(night, '19:00', '23:00'), town: 'vitebsk', venue: { site: 'marc-chagall-house-museum' } },
      ];
    },
    price: roubles(5, 15),
    image: { label: { en: 'Museum Night', be: 'Ноч музеяў' }, motif: 'museum' },
    tags: ['museums', 'museum-night'],
    en: {
      title: 'Museum Night',
      summary: 'Museums stay open late with concerts, night tours and quests, each on its own timetable.',
      description: [
        'On International Museum Day weekend, museums open their doors in the evening. Each venue sets its own hours: the National Art Museum stays open until one in the morning.',
        'One ticket per museum; many venues offer free entry for children.',
      ],
    },
    ru: {
      title: '«Ночь музеев»',
      summary: 'Музеи работают допоздна: концерты, ночные экскурсии и квесты — у каждого свое расписание.',
      description: [
        'В выходные Международного дня музеев музеи открывают двери вечером. У каждой площадки свое расписание: Национальный художественный музей работает до часу ночи.',
        'Билет приобретается в каждом музее отдельно; на многих площадках дети проходят бесплатно.',
      ],
    },
    be: {
      title: '«Ноч музеяў»',
      summary: 'Музеі працуюць дапазна: канцэрты, начныя экскурсіі і квэсты — у кожнага свой расклад.',
      description: [
        'У выхадныя Міжнароднага дня музеяў музеі адчыняюць дзверы ўвечары. У кожнай пляцоўкі свой расклад: Нацыянальны мастацкі музей працуе да гадзіны ночы.',
        'Квіток набываецца ў кожным музеі асобна; на многіх пляцоўках дзеці праходзяць бясплатна.',
      ],
    },
  },
  {
    slug: 'heritage-days',
    category: 'festival',
    sessions: (c) => [
      { ...onDays(c.annual(9, 6, 2)), town: 'polotsk' },
      { ...onDays(c.annual(9, 13, 2)), town: 'grodno' },
      { ...onDays(c.annual(9, 20, 2)), town: 'nesvizh', venue: { site: 'nesvizh-radziwill-complex' } },
    ],
    price: free,
    image: { label: { en: 'Heritage Days', be: 'Дні спадчыны' }, motif: 'church' },
    tags: ['heritage', 'walking', 'architecture'],
    en: {
      title: 'Heritage Days',
      summary: 'Three weekends, three towns: free tours of buildings usually closed to visitors.',
      description: [
        'During Heritage Days, restorers, archaeologists and architects lead free tours of churches, palaces and workshops that are normally closed to the public.',
        'The programme moves from town to town: Polotsk opens the season, followed by Grodno and Nesvizh.',
      ],
    },
  },
  {
    slug: 'kalyady-at-ozertso',
    category: 'festival',
    sessions: (c) => [{ ...timed(c.annual(1, 7).start, '12:00', '17:00'), town: 'ozertso', venue: { site: 'folk-architecture-museum-ozertso' } }],
    price: roubles(8),
    image: { label: { en: 'Kalyady', be: 'Каляды' }, motif: 'church' },
    tags: ['kalyady', 'folk-traditions', 'winter'],
    en: {
      title: 'Kalyady at the Museum of Folk Architecture',
      summary: 'Carol singers with a star, a goat and masks go from house to house in the open-air museum.',
      description: [
        'The winter festival of Kalyady is celebrated as it was in Belarusian villages: carollers with a star and a goat go from house to house, sing and wish the hosts a good year.',
        'Visitors can join the procession, try traditional dishes and learn to make straw decorations.',
      ],
    },
    ru: {
      title: 'Коляды в музее народной архитектуры',
      summary: 'Колядовщики со звездой, «козой» и масками обходят хаты музея под открытым небом.',
      description: [
        'Зимний праздник Коляды отмечают так, как его встречали в белорусских деревнях: колядовщики со звездой и «козой» ходят от хаты к хате, поют и желают хозяевам доброго года.',
        'Гости могут присоединиться к шествию, попробовать традиционные блюда и научиться делать соломенные украшения.',
      ],
    },
  },
  {
    slug: 'maslenitsa-at-dudutki',
    category: 'festival',
    sessions: (c) => [{ ...timed(c.annual(3, 1).start, '11:00', '17:00'), town: 'dudutki', venue: { site: 'dudutki-museum' } }],
    price: roubles(12, 20),
    image: { label: { en: 'Maslenitsa', be: 'Масленіца' }, motif: 'field' },
    tags: ['maslenitsa', 'folk-traditions', 'families'],
    en: {
      title: 'Seeing off winter at Dudutki',
      summary: 'Pancakes, sledge rides, games and the burning of the winter effigy.',
      description: [
        'Dudutki sees off the winter with pancakes from the wood-fired oven, horse-drawn sledge rides and folk games. At the end of the day a straw effigy of winter is burned.',
      ],
    },
  },
  {
    slug: 'braslav-lakes-bird-weekend',
    category: 'other',
    sessions: (c) => [{ ...onDays(c.annual(5, 10, 2)), town: 'braslav', venue: { site: 'braslav-lakes-national-park' } }],
    price: free,
    image: { label: { en: 'Bird weekend', be: 'Птушыныя выхадныя' }, motif: 'lake' },
    tags: ['birds', 'national-park', 'families'],
    en: {
      title: 'Bird weekend at the Braslav Lakes',
      summary: 'Early-morning walks with ornithologists, ringing demonstrations and a bird photography exhibition.',
      description: [
        'Ornithologists of the national park lead walks at dawn to listen to the spring chorus, show how birds are ringed and help visitors identify species.',
        'Binoculars can be borrowed at the visitor centre.',
      ],
    },
  },
  {
    slug: 'turov-meadow-festival',
    category: 'festival',
    sessions: (c) => [{ ...onDays(c.annual(5, 24, 2)), town: 'turov', venue: { site: 'pripyatsky-national-park' } }],
    price: free,
    image: { label: { en: 'Turov Meadow', be: 'Тураўскі луг' }, motif: 'field' },
    tags: ['polesie', 'birds', 'folk-traditions'],
    en: {
      title: 'Turov Meadow festival',
      summary: 'A spring festival of Polesie nature and traditions on the floodplain of the Pripyat.',
      description: [
        'The floodplain meadow near Turov is one of the best places in Europe to watch migrating waders. The festival combines birdwatching with Polesie songs, crafts and local cuisine.',
      ],
    },
  },
  {
    slug: 'christmas-fair-minsk',
    category: 'fair',
    sessions: (c) => [
      {
        ...onDays(c.annual(12, 14, 24)),
        town: 'minsk',
        venue: { address: { en: 'Kastrychnitskaya Square, Minsk', ru: 'Октябрьская площадь, Минск' }, coordinates: { lat: 53.9025, lng: 27.5613 } },
      },
    ],
    price: free,
    image: { label: { en: 'Christmas fair', be: 'Калядны кірмаш' }, motif: 'city' },
    tags: ['christmas', 'fair', 'minsk'],
    en: {
      title: 'Christmas fair in the centre of Minsk',
      summary: 'Stalls with crafts and food, a skating rink and daily concerts across the festive season.',
      description: [
        'Wooden stalls with crafts, honey, cheese and hot drinks fill the square from mid-December until after Orthodox Christmas. A skating rink and a stage with concerts every evening complete the fair.',
      ],
    },
    ru: {
      title: 'Рождественская ярмарка в центре Минска',
      summary: 'Торговые ряды с ремеслами и угощениями, каток и ежедневные концерты в праздничный сезон.',
      description: [
        'Деревянные домики с ремесленными изделиями, медом, сыром и горячими напитками заполняют площадь с середины декабря до окончания православного Рождества. Каток и сцена с вечерними концертами дополняют ярмарку.',
      ],
    },
    be: {
      title: 'Калядны кірмаш у цэнтры Мінска',
      summary: 'Гандлёвыя рады з рамёствамі і пачастункамі, каток і штодзённыя канцэрты ў святочны сезон.',
      description: [
        'Драўляныя домікі з рамеснымі вырабамі, мёдам, сырам і гарачымі напоямі запаўняюць плошчу з сярэдзіны снежня да заканчэння праваслаўных Калядаў. Каток і сцэна з вячэрнімі канцэртамі дапаўняюць кірмаш.',
      ],
    },
  },
  {
    slug: 'bobruisk-fortress-reenactment',
    category: 'festival',
    sessions: (c) => [{ ...onDays(c.annual(8, 2, 2)), town: 'bobruisk', venue: { site: 'bobruisk-fortress' } }],
    price: roubles(10),
    image: { label: { en: 'Bobruisk Fortress', be: 'Бабруйская крэпасць' }, motif: 'castle' },
    tags: ['military-history', 'reenactment'],
    en: {
      title: 'Military history festival at Bobruisk Fortress',
      summary: 'Re-enactors stage the defence of the fortress in 1812, with a camp open to visitors.',
      description: [
        'Clubs from several countries recreate the uniforms, drill and camp life of the early nineteenth century and stage the defence of the fortress during the war of 1812.',
      ],
    },
  },
];
