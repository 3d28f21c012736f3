import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `sport` section. */
export const sportArticles: ArticleDraft[] = [
  {
    slug: 'dinamo-minsk-win-in-overtime',
    section: 'sport',
    daysAgo: 2,
    clock: '22:40',
    place: 'minsk',
    image: { label: { en: 'Dinamo Minsk', be: 'Дынама Мінск' }, motif: 'sport' },
    tags: ['ice-hockey', 'dinamo-minsk', 'khl'],
    en: {
      headline: 'Dinamo Minsk win at home in overtime',
      lead: 'A goal in the fourth minute of overtime brought the team two points in front of a full Minsk-Arena.',
      body: [
        'Dinamo Minsk beat their visitors 3:2 in overtime at Minsk-Arena. The home side twice came back from a goal down before scoring the winner in the fourth minute of extra time.',
        'The team’s goalkeeper made more than thirty saves and was named the best player of the match.',
        {
          quote: 'The lads did not give up when we were behind. With this crowd behind us, you simply cannot stop playing.',
          by: 'Head coach of Dinamo Minsk',
        },
        'Dinamo play their next game at home in three days.',
      ],
    },
    ru: {
      headline: '«Динамо-Минск» одержало домашнюю победу в овертайме',
      lead: 'Гол на четвертой минуте овертайма принес команде два очка при полной «Минск-Арене».',
      body: [
        '«Динамо-Минск» обыграло гостей со счетом 3:2 в овертайме на «Минск-Арене». Хозяева дважды отыгрывались, а победную шайбу забросили на четвертой минуте дополнительного времени.',
        'Вратарь команды отразил более тридцати бросков и был признан лучшим игроком матча.',
        {
          quote: 'Ребята не сдались, когда мы уступали. С такими болельщиками за спиной просто нельзя перестать играть.',
          by: 'Главный тренер «Динамо-Минск»',
        },
        'Следующий матч «Динамо» проведет дома через три дня.',
      ],
    },
    be: {
      headline: '«Дынама-Мінск» атрымала хатнюю перамогу ў авертайме',
      lead: 'Гол на чацвёртай хвіліне авертайма прынёс камандзе два ачкі пры поўнай «Мінск-Арэне».',
      body: [
        '«Дынама-Мінск» абыграла гасцей з лікам 3:2 у авертайме на «Мінск-Арэне». Гаспадары двойчы адыгрываліся, а пераможную шайбу закінулі на чацвёртай хвіліне дадатковага часу.',
        'Варатар каманды адбіў больш за трыццаць кідкоў і быў прызнаны лепшым гульцом матча.',
        {
          quote: 'Хлопцы не здаліся, калі мы саступалі. З такімі заўзятарамі за спінай проста нельга перастаць гуляць.',
          by: 'Галоўны трэнер «Дынама-Мінск»',
        },
        'Наступны матч «Дынама» правядзе дома праз тры дні.',
      ],
    },
  },
  {
    slug: 'raubichi-biathlon-championship',
    section: 'sport',
    daysAgo: 8,
    place: 'minsk',
    image: { label: { en: 'Biathlon at Raubichi', be: 'Біятлон у Раўбічах' }, motif: 'forest' },
    tags: ['biathlon', 'raubichi', 'championship'],
    en: {
      headline: 'National biathlon championship decided at Raubichi',
      lead: 'Young athletes challenged the favourites in the sprint and pursuit races.',
      body: [
        'The national biathlon championship has been held at the Raubichi Olympic sports centre near Minsk. Sprint, pursuit and mass-start races were contested over three days.',
        'Several junior athletes finished among the top six, and one of them won the women’s pursuit with clean shooting in all four bouts.',
        {
          quote: 'The generation coming up is strong and, above all, calm on the range. That is what wins biathlon races.',
          by: 'Head coach of the national biathlon team',
        },
      ],
    },
  },
  {
    slug: 'minsk-half-marathon-registration-opens',
    section: 'sport',
    daysAgo: 13,
    place: 'minsk',
    image: { label: { en: 'Minsk Half Marathon' }, motif: 'sport' },
    tags: ['running', 'half-marathon', 'minsk'],
    links: { events: ['minsk-half-marathon'] },
    en: {
      headline: 'Registration opens for the Minsk Half Marathon',
      lead: 'Runners can choose between 21.1 km, 10.55 km and a 5.5 km fun run.',
      body: [
        'Registration has opened for the Minsk Half Marathon, one of the largest mass sporting events in the country. Participants can run 21.1 km, 10.55 km or a 5.5 km fun run.',
        'The route passes along Independence Avenue and the embankments of the Svisloch, with finish in the city centre. Early registration is cheaper, and the number of places is limited.',
        {
          quote: 'Every year more people come to run their first distance with us. Start with the fun run: the atmosphere will do the rest.',
          by: 'Director of the Minsk Half Marathon',
        },
      ],
    },
  },
  {
    slug: 'bate-borisov-cup-quarter-final',
    section: 'sport',
    daysAgo: 21,
    place: 'borisov',
    image: { label: { en: 'Belarusian Cup football' }, motif: 'sport' },
    tags: ['football', 'bate', 'cup'],
    en: {
      headline: 'BATE reach the Belarusian Cup semi-final',
      lead: 'The Borisov club won the quarter-final second leg at Borisov-Arena.',
      body: [
        'BATE Borisov have reached the semi-final of the Belarusian Cup after winning the second leg of their quarter-final at Borisov-Arena.',
        'The decisive goal came from a set piece in the second half, after a first leg that ended in a goalless draw.',
        {
          quote: 'Cup matches are played on nerves. We waited for our chance and took it.',
          by: 'Head coach of BATE Borisov',
        },
      ],
    },
  },
  {
    slug: 'figure-skating-national-championship',
    section: 'sport',
    daysAgo: 34,
    place: 'minsk',
    image: { label: { en: 'Figure skating' }, motif: 'sport' },
    tags: ['figure-skating', 'championship'],
    en: {
      headline: 'Figure skaters compete for national titles in Minsk',
      lead: 'Singles, pairs and ice dancers took to the ice of Minsk-Arena’s training rink.',
      body: [
        'The national figure skating championship has taken place in Minsk. Singles skaters, pairs and ice dancers competed for titles and for places in the national team.',
        'Audiences especially welcomed a young pair from Grodno who landed a throw triple jump in their free programme.',
        {
          quote: 'The level is growing thanks to the new rinks in the regions. Children no longer have to move to Minsk to train seriously.',
          by: 'President of the Belarusian Skating Union',
        },
        'The winners will perform at the gala show that closes the championship.',
      ],
    },
  },
  {
    slug: 'rowing-regatta-zaslavl',
    section: 'sport',
    daysAgo: 53,
    place: 'minsk',
    image: { label: { en: 'Rowing regatta' }, motif: 'lake' },
    tags: ['rowing', 'canoe', 'regatta'],
    en: {
      headline: 'Rowers and canoeists race at the Zaslavl reservoir',
      lead: 'The regatta brought together clubs from every region and several neighbouring countries.',
      body: [
        'A rowing and canoe regatta has taken place at the Zaslavl reservoir near Minsk. Crews from every region and from several neighbouring countries competed over 200, 500 and 1,000 metres.',
        'The Belarusian women’s kayak four won the 500 metres, continuing a strong tradition of the discipline in the country.',
        {
          quote: 'Zaslavl is where many of our champions first sat in a boat. It is good to see full stands here again.',
          by: 'Chairman of the Belarusian Canoe Federation',
        },
      ],
    },
  },
  {
    slug: 'gomel-youth-wrestling-tournament',
    section: 'sport',
    daysAgo: 69,
    place: 'gomel',
    image: { label: { en: 'Youth wrestling', be: 'Юнацкая барацьба' }, motif: 'sport' },
    tags: ['wrestling', 'youth', 'gomel'],
    en: {
      headline: 'Gomel hosts international youth wrestling tournament',
      lead: 'More than 300 young wrestlers competed in freestyle and Greco-Roman wrestling.',
      body: [
        'An international youth wrestling tournament has been held in Gomel. More than 300 athletes under 18 competed in freestyle and Greco-Roman wrestling.',
        'Hosts from the Gomel region won the team event, and several winners earned places in the national youth squad.',
        {
          quote: 'Wrestling in Gomel has deep roots. Tournaments like this show children that the road to the national team starts in their own gym.',
          by: 'Head of the Sport and Tourism Department of the Gomel Regional Executive Committee',
        },
      ],
    },
    ru: {
      headline: 'В Гомеле прошел международный юношеский турнир по борьбе',
      lead: 'Более 300 юных борцов соревновались в вольной и греко-римской борьбе.',
      body: [
        'В Гомеле прошел международный юношеский турнир по борьбе. Более 300 спортсменов до 18 лет соревновались в вольной и греко-римской борьбе.',
        'Хозяева из Гомельской области выиграли командный зачет, а несколько победителей заслужили места в юношеской сборной страны.',
        {
          quote: 'У борьбы в Гомеле глубокие корни. Такие турниры показывают детям, что путь в сборную начинается в их собственном зале.',
          by: 'Начальник управления спорта и туризма Гомельского облисполкома',
        },
      ],
    },
  },
  {
    slug: 'brest-handball-season-preview',
    section: 'sport',
    daysAgo: -2,
    clock: '09:00',
    place: 'brest',
    workflow: 'scheduled',
    image: { label: { en: 'Handball in Brest' }, motif: 'sport' },
    tags: ['handball', 'brest'],
    en: {
      headline: 'Brest handball club prepares for the new season',
      lead: 'The team has renewed its squad and set its sights on the national title.',
      body: [
        'The handball club from Brest has completed its pre-season training camp. The team renewed its squad with young players from its own academy.',
        'Home matches will again be played at the Victoria sports complex, which seats several thousand spectators.',
        {
          quote: 'We want a team that Brest recognises as its own, with local players at its heart.',
          by: 'Head coach of the Brest handball club',
        },
      ],
    },
    ru: {
      headline: 'Брестский гандбольный клуб готовится к новому сезону',
      lead: 'Команда обновила состав и нацелена на чемпионский титул.',
      body: [
        'Гандбольный клуб из Бреста завершил предсезонный сбор. Команда обновила состав за счет молодых игроков собственной академии.',
        'Домашние матчи вновь пройдут в спорткомплексе «Виктория», вмещающем несколько тысяч зрителей.',
        {
          quote: 'Мы хотим команду, которую Брест узнает как свою, с местными игроками в основе.',
          by: 'Главный тренер брестского гандбольного клуба',
        },
      ],
    },
  },
];
