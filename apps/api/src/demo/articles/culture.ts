import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `culture` section. */
export const cultureArticles: ArticleDraft[] = [
  {
    slug: 'slavianski-bazaar-programme-announced',
    section: 'culture',
    daysAgo: 5,
    place: 'vitebsk',
    image: { label: { en: 'Slavianski Bazaar', be: 'Славянскі базар' }, motif: 'music' },
    tags: ['slavianski-bazaar', 'festival', 'music'],
    links: { events: ['slavianski-bazaar-vitebsk'], sites: ['vitebsk-summer-amphitheatre'] },
    en: {
      headline: 'Slavianski Bazaar in Vitebsk announces its programme',
      lead: 'The festival will bring singers, dancers and theatre companies from more than thirty countries.',
      body: [
        'The organisers of the International Festival of Arts Slavianski Bazaar in Vitebsk have announced this year’s programme. Performers from more than thirty countries are expected in the city.',
        'The main stage remains the Summer Amphitheatre, which hosts the opening gala and the international song contests for young performers and for children. Theatre productions, exhibitions and a craft fair fill the old town.',
        {
          quote: 'The festival has been held for more than three decades, and it has always been about the same thing: people meeting through music.',
          by: 'Director of the Slavianski Bazaar festival directorate',
        },
        'Tickets for the main concerts go on sale at the amphitheatre box office and online.',
      ],
    },
    ru: {
      headline: '«Славянский базар в Витебске» объявил программу',
      lead: 'На фестиваль приедут певцы, танцоры и театральные коллективы из более чем тридцати стран.',
      body: [
        'Организаторы Международного фестиваля искусств «Славянский базар в Витебске» объявили программу этого года. В городе ожидают артистов из более чем тридцати стран.',
        'Главной сценой остается Летний амфитеатр, где пройдут торжественное открытие и международные конкурсы исполнителей эстрадной песни — молодежный и детский. Спектакли, выставки и город мастеров заполнят старый город.',
        {
          quote: 'Фестиваль проводится больше трех десятилетий, и всегда он был об одном: о встрече людей через музыку.',
          by: 'Директор дирекции фестиваля «Славянский базар в Витебске»',
        },
        'Билеты на главные концерты продаются в кассах амфитеатра и онлайн.',
      ],
    },
    be: {
      headline: '«Славянскі базар у Віцебску» абвясціў праграму',
      lead: 'На фестываль прыедуць спевакі, танцоры і тэатральныя калектывы з больш чым трыццаці краін.',
      body: [
        'Арганізатары Міжнароднага фестывалю мастацтваў «Славянскі базар у Віцебску» абвясцілі праграму гэтага года. У горадзе чакаюць артыстаў з больш чым трыццаці краін.',
        'Галоўнай сцэнай застаецца Летні амфітэатр, дзе пройдуць урачыстае адкрыццё і міжнародныя конкурсы выканаўцаў эстраднай песні — маладзёжны і дзіцячы. Спектаклі, выстаўкі і горад майстроў запоўняць стары горад.',
        {
          quote: 'Фестываль праводзіцца больш за тры дзесяцігоддзі, і заўсёды ён быў пра адно: пра сустрэчу людзей праз музыку.',
          by: 'Дырэктар дырэкцыі фестывалю «Славянскі базар у Віцебску»',
        },
        'Квіткі на галоўныя канцэрты прадаюцца ў касах амфітэатра і анлайн.',
      ],
    },
  },
  {
    slug: 'bolshoi-theatre-opera-premiere',
    section: 'culture',
    daysAgo: 11,
    place: 'minsk',
    image: { label: { en: 'Bolshoi Theatre of Belarus', be: 'Вялікі тэатр Беларусі' }, motif: 'music' },
    tags: ['theatre', 'opera', 'premiere'],
    links: { events: ['bolshoi-theatre-ballet-gala'] },
    en: {
      headline: 'Bolshoi Theatre of Belarus prepares an opera premiere',
      lead: 'The new production is staged by a young director with designs inspired by Belarusian folk textiles.',
      body: [
        'The National Academic Bolshoi Opera and Ballet Theatre of Belarus is preparing a new opera premiere. The production is staged by a young director, and the sets and costumes draw on patterns from Belarusian woven textiles.',
        'Rehearsals are under way with two casts, so that soloists of the theatre’s young artists programme also get leading roles.',
        {
          quote: 'Our audience knows the classics by heart. The task is to let them hear a familiar score as if for the first time.',
          by: 'Artistic director of the Bolshoi Theatre of Belarus',
        },
      ],
    },
    ru: {
      headline: 'Большой театр Беларуси готовит оперную премьеру',
      lead: 'Новую постановку осуществляет молодой режиссер, а оформление вдохновлено белорусским народным ткачеством.',
      body: [
        'Национальный академический Большой театр оперы и балета Беларуси готовит новую оперную премьеру. Спектакль ставит молодой режиссер, а декорации и костюмы основаны на узорах белорусских тканых изделий.',
        'Репетиции идут в двух составах, чтобы солисты молодежной программы театра также получили главные партии.',
        {
          quote: 'Наш зритель знает классику наизусть. Задача — дать ему услышать знакомую партитуру словно впервые.',
          by: 'Художественный руководитель Большого театра Беларуси',
        },
      ],
    },
  },
  {
    slug: 'national-art-museum-acquires-paintings',
    section: 'culture',
    daysAgo: 20,
    place: 'minsk',
    image: { label: { en: 'National Art Museum' }, motif: 'museum' },
    tags: ['museum', 'painting', 'collection'],
    links: { sites: ['national-art-museum'] },
    en: {
      headline: 'National Art Museum adds landscapes by Belarusian painters to its collection',
      lead: 'The works, long kept in private hands, will be shown to the public for the first time.',
      body: [
        'The National Art Museum of the Republic of Belarus has acquired a group of landscapes by Belarusian painters of the late nineteenth and early twentieth centuries. The works were long kept in private collections.',
        'Restorers will clean and stabilise the canvases before they go on display in the museum’s permanent exhibition.',
        {
          quote: 'Each returned painting fills a gap in the story of our art. Visitors will see places they know, painted more than a century ago.',
          by: 'Director General of the National Art Museum',
        },
      ],
    },
  },
  {
    slug: 'listapad-film-festival-jury',
    section: 'culture',
    daysAgo: 26,
    place: 'minsk',
    image: { label: { en: 'Listapad film festival', be: 'Кінафестываль «Лістапад»' }, motif: 'museum' },
    tags: ['cinema', 'festival', 'listapad'],
    links: { events: ['listapad-film-festival'] },
    en: {
      headline: 'Listapad film festival names its jury',
      lead: 'Directors, actors and critics from several countries will judge the feature competition.',
      body: [
        'The Minsk International Film Festival Listapad has named the members of its jury. Directors, actors and film critics from several countries will judge the feature film competition.',
        'Separate juries will award prizes in the documentary and youth competitions, and audiences will choose their own favourite.',
        {
          quote: 'Listapad has always been a festival for viewers as much as for professionals. The cinemas are full, and that is the best reward for any film.',
          by: 'Director of the Listapad film festival',
        },
        'Screenings take place in cinemas across Minsk, and some programmes travel to regional centres.',
      ],
    },
    ru: {
      headline: 'Кинофестиваль «Лістапад» назвал состав жюри',
      lead: 'Конкурс игрового кино будут оценивать режиссеры, актеры и критики из нескольких стран.',
      body: [
        'Минский международный кинофестиваль «Лістапад» назвал членов жюри. Конкурс игрового кино будут оценивать режиссеры, актеры и кинокритики из нескольких стран.',
        'Отдельные жюри вручат призы в конкурсах документального и молодежного кино, а зрители выберут своего фаворита.',
        {
          quote: '«Лістапад» всегда был фестивалем для зрителей не меньше, чем для профессионалов. Полные залы — лучшая награда для любого фильма.',
          by: 'Директор кинофестиваля «Лістапад»',
        },
        'Показы проходят в кинотеатрах Минска, а часть программ едет в областные центры.',
      ],
    },
    be: {
      headline: 'Кінафестываль «Лістапад» назваў склад журы',
      lead: 'Конкурс ігравога кіно будуць ацэньваць рэжысёры, акцёры і крытыкі з некалькіх краін.',
      body: [
        'Мінскі міжнародны кінафестываль «Лістапад» назваў членаў журы. Конкурс ігравога кіно будуць ацэньваць рэжысёры, акцёры і кінакрытыкі з некалькіх краін.',
        'Асобныя журы ўручаць прызы ў конкурсах дакументальнага і маладзёжнага кіно, а гледачы выберуць свайго фаварыта.',
        {
          quote: '«Лістапад» заўсёды быў фестывалем для гледачоў не менш, чым для прафесіяналаў. Поўныя залы — лепшая ўзнагарода для любога фільма.',
          by: 'Дырэктар кінафестывалю «Лістапад»',
        },
        'Паказы праходзяць у кінатэатрах Мінска, а частка праграм едзе ў абласныя цэнтры.',
      ],
    },
  },
  {
    slug: 'straw-weaving-masters-exhibition',
    section: 'culture',
    daysAgo: 42,
    place: 'minsk',
    image: { label: { en: 'Straw weaving', be: 'Саломапляценне' }, motif: 'field' },
    tags: ['crafts', 'exhibition', 'folk-art'],
    en: {
      headline: 'Masters of straw weaving show their work in Minsk',
      lead: 'Figures, hats and decorations made of rye straw come from craft centres in every region.',
      body: [
        'An exhibition of straw weaving has opened in Minsk. More than two hundred works by craftsmen from every region are on show, from traditional “spiders” hung under the ceiling to life-size figures.',
        'Straw weaving is one of the most recognisable Belarusian crafts. Masters grow special varieties of rye and harvest the stalks by hand to keep them long and unbroken.',
        {
          quote: 'Straw is humble material, but in good hands it shines like gold. Children who try it in our workshops often come back for years.',
          by: 'Director of the Republican Centre of National Cultures',
        },
        'Workshops for children and adults are held at the exhibition every weekend.',
      ],
    },
  },
  {
    slug: 'alexandria-gathers-friends-festival',
    section: 'culture',
    daysAgo: 63,
    place: 'shklov',
    image: { label: { en: 'Kupalle on the Dnieper', be: 'Купалле на Дняпры' }, motif: 'lake' },
    tags: ['kupalle', 'festival', 'folk-traditions'],
    links: { events: ['alexandria-gathers-friends'] },
    en: {
      headline: 'Kupalle festival on the Dnieper gathers thousands of guests',
      lead: 'Folk rites, concerts and crafts filled the meadows near the village of Alexandria.',
      body: [
        'The festival “Alexandria Gathers Friends” has taken place near the village of Alexandria in the Shklov district. The celebration of Kupalle, the midsummer night, drew thousands of guests from Belarus and abroad.',
        'Visitors floated wreaths on the Dnieper, watched the lighting of the Kupalle fire and listened to folk ensembles and pop stars on the riverside stage.',
        {
          quote: 'Kupalle is the oldest of our holidays. People come here not only for concerts but to feel a tradition that is older than any of us.',
          by: 'Deputy Minister of Culture',
        },
      ],
    },
    ru: {
      headline: 'Купальский праздник на Днепре собрал тысячи гостей',
      lead: 'Народные обряды, концерты и ремесла заполнили луга у деревни Александрия.',
      body: [
        'У деревни Александрия Шкловского района прошел праздник «Александрия собирает друзей». Празднование Купалья, самой короткой ночи лета, собрало тысячи гостей из Беларуси и из-за рубежа.',
        'Гости пускали венки по Днепру, наблюдали за зажжением купальского костра и слушали фольклорные коллективы и эстрадных звезд на сцене у реки.',
        {
          quote: 'Купалье — самый древний из наших праздников. Люди приезжают сюда не только на концерты, но и чтобы прикоснуться к традиции, которая старше любого из нас.',
          by: 'Заместитель Министра культуры',
        },
      ],
    },
  },
  {
    slug: 'museum-night-results',
    section: 'culture',
    daysAgo: 88,
    place: 'minsk',
    workflow: 'archived',
    image: { label: { en: 'Museum Night' }, motif: 'museum' },
    tags: ['museums', 'museum-night'],
    en: {
      headline: 'Museum Night draws record crowds in Minsk',
      lead: 'Museums stayed open until after midnight with concerts, quests and guided tours.',
      body: [
        'Museums in Minsk stayed open until after midnight for the annual Museum Night. Visitors queued for concerts in exhibition halls, night tours and quests for children.',
        'The most visited venues were the National Art Museum and the Museum of the Great Patriotic War.',
        'Organisers thanked volunteers who helped guide visitors between venues.',
      ],
    },
    ru: {
      headline: '«Ночь музеев» собрала рекордное число посетителей в Минске',
      lead: 'Музеи работали до глубокой ночи с концертами, квестами и экскурсиями.',
      body: [
        'Музеи Минска работали до глубокой ночи в рамках ежегодной акции «Ночь музеев». Посетители стояли в очередях на концерты в выставочных залах, ночные экскурсии и детские квесты.',
        'Больше всего гостей приняли Национальный художественный музей и Музей истории Великой Отечественной войны.',
        'Организаторы поблагодарили волонтеров, которые помогали посетителям ориентироваться.',
      ],
    },
  },
];
