import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `politics` section. */
export const politicsArticles: ArticleDraft[] = [
  {
    slug: 'parliament-passes-local-government-bill',
    section: 'politics',
    daysAgo: 1,
    place: 'minsk',
    image: { label: { en: 'Local government bill', be: 'Мясцовае кіраванне' }, motif: 'government' },
    tags: ['parliament', 'local-government', 'law'],
    en: {
      headline: 'Parliament passes bill on local government in second reading',
      lead: 'The bill gives district councils more say over local budgets and public services.',
      body: [
        'The House of Representatives has passed a bill on local government and self-government in the second reading. The document sets out how district and village councils share responsibilities with executive committees.',
        'Under the bill, councils will approve programmes for roads, housing maintenance and public transport in their districts, and residents will be able to put forward local initiatives through their deputies.',
        {
          quote: 'The closer a decision is taken to the people it concerns, the better it is understood and the faster it is carried out.',
          by: 'Chairman of the Standing Commission on State Building, Local Government and Regulations',
        },
        'The bill now goes to the Council of the Republic. If approved, it will take effect six months after its official publication, to give councils time to prepare.',
      ],
    },
    ru: {
      headline: 'Парламент принял во втором чтении законопроект о местном управлении',
      lead: 'Законопроект расширяет полномочия районных Советов в вопросах местного бюджета и коммунальных услуг.',
      body: [
        'Палата представителей приняла во втором чтении законопроект о местном управлении и самоуправлении. Документ определяет, как районные и сельские Советы делят полномочия с исполнительными комитетами.',
        'Согласно законопроекту, Советы будут утверждать программы по дорогам, содержанию жилья и общественному транспорту в своих районах, а жители смогут выдвигать местные инициативы через своих депутатов.',
        {
          quote: 'Чем ближе к людям принимается решение, тем лучше его понимают и тем быстрее его выполняют.',
          by: 'Председатель Постоянной комиссии по государственному строительству, местному самоуправлению и регламенту',
        },
        'Теперь законопроект направлен в Совет Республики. В случае одобрения он вступит в силу через шесть месяцев после официального опубликования, чтобы Советы успели подготовиться.',
      ],
    },
    be: {
      headline: 'Парламент прыняў у другім чытанні законапраект аб мясцовым кіраванні',
      lead: 'Законапраект пашырае паўнамоцтвы раённых Саветаў у пытаннях мясцовага бюджэту і камунальных паслуг.',
      body: [
        'Палата прадстаўнікоў прыняла ў другім чытанні законапраект аб мясцовым кіраванні і самакіраванні. Дакумент вызначае, як раённыя і сельскія Саветы дзеляць паўнамоцтвы з выканаўчымі камітэтамі.',
        'Паводле законапраекта, Саветы будуць зацвярджаць праграмы па дарогах, утрыманні жылля і грамадскім транспарце ў сваіх раёнах, а жыхары змогуць вылучаць мясцовыя ініцыятывы праз сваіх дэпутатаў.',
        {
          quote: 'Чым бліжэй да людзей прымаецца рашэнне, тым лепш яго разумеюць і тым хутчэй яго выконваюць.',
          by: 'Старшыня Пастаяннай камісіі па дзяржаўным будаўніцтве, мясцовым самакіраванні і рэгламенце',
        },
        'Цяпер законапраект накіраваны ў Савет Рэспублікі. У выпадку адабрэння ён уступіць у сілу праз шэсць месяцаў пасля афіцыйнага апублікавання, каб Саветы паспелі падрыхтавацца.',
      ],
    },
  },
  {
    slug: 'belarus-uzbekistan-commission-meets-in-minsk',
    section: 'politics',
    daysAgo: 9,
    place: 'minsk',
    image: { label: { en: 'Belarus – Uzbekistan', be: 'Беларусь – Узбекістан' }, motif: 'government' },
    tags: ['uzbekistan', 'trade', 'cooperation'],
    en: {
      headline: 'Belarus–Uzbekistan intergovernmental commission meets in Minsk',
      lead: 'The two countries agreed a plan for joint assembly plants, pharmaceuticals and education.',
      body: [
        'The intergovernmental commission for trade and economic cooperation between Belarus and Uzbekistan held its regular meeting in Minsk. Delegations reviewed a joint programme of more than forty projects.',
        'The sides discussed the assembly of Belarusian agricultural machinery and lifts in Uzbekistan, supplies of medicines, and a growing number of Uzbek students at Belarusian universities.',
        {
          quote: 'Our goal is not only to trade more, but to make things together: every joint plant is a bridge between our economies.',
          by: 'Deputy Prime Minister of Belarus, co-chair of the commission',
        },
        'The next meeting of the commission is planned in Tashkent. Before then, working groups will meet in both capitals to prepare new agreements.',
      ],
    },
    ru: {
      headline: 'В Минске прошло заседание белорусско-узбекской межправительственной комиссии',
      lead: 'Стороны согласовали план по совместным сборочным производствам, фармацевтике и образованию.',
      body: [
        'В Минске состоялось очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству Беларуси и Узбекистана. Делегации рассмотрели совместную программу, включающую более сорока проектов.',
        'Стороны обсудили сборку белорусской сельхозтехники и лифтов в Узбекистане, поставки лекарств и растущее число узбекских студентов в белорусских вузах.',
        {
          quote: 'Наша цель — не только больше торговать, но и производить вместе: каждое совместное предприятие — это мост между нашими экономиками.',
          by: 'Заместитель Премьер-министра Беларуси, сопредседатель комиссии',
        },
        'Следующее заседание комиссии планируется провести в Ташкенте. До этого рабочие группы встретятся в обеих столицах, чтобы подготовить новые соглашения.',
      ],
    },
  },
  {
    slug: 'forum-of-regions-opens-in-vitebsk',
    section: 'politics',
    daysAgo: 23,
    place: 'vitebsk',
    image: { label: { en: 'Forum of Regions', be: 'Форум рэгіёнаў' }, motif: 'city' },
    tags: ['forum', 'russia', 'regions'],
    links: { sites: ['vitebsk-summer-amphitheatre'] },
    en: {
      headline: 'Forum of Regions of Belarus and Russia opens in Vitebsk',
      lead: 'Governors, mayors and business people from both countries gathered for three days of talks.',
      body: [
        'The Forum of Regions of Belarus and Russia has opened in Vitebsk. This year the forum is devoted to cooperation between small towns and to the development of tourism across the border.',
        'Delegations from more than fifty regions are taking part. A plenary session is followed by sections on industry, agriculture, youth policy and culture, and regions are expected to sign dozens of cooperation agreements.',
        {
          quote: 'Regional ties are the everyday substance of our relations: trains, tourists, students and orders for our factories.',
          by: 'Chairperson of the Council of the Republic',
        },
        'An exhibition of regional producers is open in the city centre throughout the forum, and the closing concert takes place in the Summer Amphitheatre.',
      ],
    },
    ru: {
      headline: 'В Витебске открылся Форум регионов Беларуси и России',
      lead: 'Губернаторы, мэры и предприниматели двух стран собрались на трехдневные переговоры.',
      body: [
        'В Витебске открылся Форум регионов Беларуси и России. В этом году он посвящен сотрудничеству малых городов и развитию приграничного туризма.',
        'В работе форума участвуют делегации более чем пятидесяти регионов. После пленарного заседания пройдут секции по промышленности, сельскому хозяйству, молодежной политике и культуре; регионы подпишут десятки соглашений о сотрудничестве.',
        {
          quote: 'Межрегиональные связи — это повседневное наполнение наших отношений: поезда, туристы, студенты и заказы для наших заводов.',
          by: 'Председатель Совета Республики',
        },
        'Все дни форума в центре города работает выставка региональных производителей, а заключительный концерт пройдет в Летнем амфитеатре.',
      ],
    },
    be: {
      headline: 'У Віцебску адкрыўся Форум рэгіёнаў Беларусі і Расіі',
      lead: 'Губернатары, мэры і прадпрымальнікі дзвюх краін сабраліся на трохдзённыя перамовы.',
      body: [
        'У Віцебску адкрыўся Форум рэгіёнаў Беларусі і Расіі. Сёлета ён прысвечаны супрацоўніцтву малых гарадоў і развіццю памежнага турызму.',
        'У рабоце форуму ўдзельнічаюць дэлегацыі больш чым пяцідзесяці рэгіёнаў. Пасля пленарнага пасяджэння пройдуць секцыі па прамысловасці, сельскай гаспадарцы, моладзевай палітыцы і культуры; рэгіёны падпішуць дзясяткі пагадненняў аб супрацоўніцтве.',
        {
          quote: 'Міжрэгіянальныя сувязі — гэта штодзённае напаўненне нашых адносін: цягнікі, турысты, студэнты і заказы для нашых заводаў.',
          by: 'Старшыня Савета Рэспублікі',
        },
        'Усе дні форуму ў цэнтры горада працуе выстаўка рэгіянальных вытворцаў, а заключны канцэрт пройдзе ў Летнім амфітэатры.',
      ],
    },
    draftLocales: ['be'],
  },
  {
    slug: 'consular-services-move-online',
    section: 'politics',
    daysAgo: 31,
    place: 'minsk',
    image: { label: { en: 'Consular services online' }, motif: 'government' },
    tags: ['foreign-ministry', 'e-government'],
    en: {
      headline: 'Foreign Ministry moves more consular services online',
      lead: 'Citizens abroad can now request documents and book appointments through a single portal.',
      body: [
        'The Ministry of Foreign Affairs has expanded the list of consular services available online. Citizens living or travelling abroad can apply for certificates, legalisation of documents and appointments at embassies without visiting in person first.',
        'Applications are tracked in a personal account, and fees can be paid by bank card. Paper applications remain available for those who prefer them.',
        {
          quote: 'A citizen in another country should not have to travel hundreds of kilometres to hand in a form that can be sent in a minute.',
          by: 'Head of the Consular Department of the Ministry of Foreign Affairs',
        },
      ],
    },
    ru: {
      headline: 'МИД перевел в электронный вид новые консульские услуги',
      lead: 'Граждане за рубежом теперь могут заказать документы и записаться на прием через единый портал.',
      body: [
        'Министерство иностранных дел расширило перечень консульских услуг, доступных онлайн. Граждане, живущие или путешествующие за рубежом, могут подать заявление на справки, легализацию документов и запись на прием в посольство без предварительного личного визита.',
        'Заявления отслеживаются в личном кабинете, а пошлины можно оплатить банковской картой. Бумажные заявления по-прежнему принимаются.',
        {
          quote: 'Гражданин в другой стране не должен ехать за сотни километров, чтобы сдать анкету, которую можно отправить за минуту.',
          by: 'Начальник консульского управления МИД',
        },
      ],
    },
    draftLocales: ['ru'],
  },
  {
    slug: 'visa-free-entry-extended',
    section: 'politics',
    daysAgo: 44,
    place: 'minsk',
    image: { label: { en: 'Visa-free entry', be: 'Бязвізавы ўезд' }, motif: 'city' },
    tags: ['visa-free', 'tourism', 'border'],
    links: { articles: ['foreign-visitors-numbers-grow'] },
    en: {
      headline: 'Visa-free entry for citizens of European countries extended',
      lead: 'Visitors from 35 countries can continue to stay in Belarus for up to 30 days without a visa.',
      body: [
        'The government has extended the visa-free regime for citizens of 35 European countries. Visitors may enter through any checkpoint on the state border, including road crossings, and stay for up to 30 days.',
        'The measure was first introduced as a pilot. According to the border service, the number of foreign visitors entering by car and coach has grown steadily since then.',
        {
          quote: 'Tourists who came once come back with their families. The extension gives travel companies the certainty they need to plan.',
          by: 'Minister of Sport and Tourism',
        },
        'Visitors still need medical insurance valid in Belarus, and must register their stay if they remain longer than ten days outside a hotel.',
      ],
    },
    ru: {
      headline: 'Безвизовый въезд для граждан европейских стран продлен',
      lead: 'Граждане 35 стран по-прежнему могут находиться в Беларуси без визы до 30 дней.',
      body: [
        'Правительство продлило безвизовый режим для граждан 35 европейских стран. Въехать можно через любой пункт пропуска на государственной границе, включая автомобильные, и находиться в стране до 30 дней.',
        'Мера была введена в пилотном режиме. По данным пограничной службы, число иностранцев, въезжающих на автомобилях и автобусах, с тех пор стабильно растет.',
        {
          quote: 'Туристы, которые приехали один раз, возвращаются с семьями. Продление дает туркомпаниям уверенность, необходимую для планирования.',
          by: 'Министр спорта и туризма',
        },
        'Путешественникам по-прежнему нужна медицинская страховка, действующая в Беларуси, а при пребывании вне гостиницы дольше десяти дней необходимо зарегистрироваться.',
      ],
    },
    be: {
      headline: 'Бязвізавы ўезд для грамадзян еўрапейскіх краін падоўжаны',
      lead: 'Грамадзяне 35 краін па-ранейшаму могуць знаходзіцца ў Беларусі без візы да 30 дзён.',
      body: [
        'Урад падоўжыў бязвізавы рэжым для грамадзян 35 еўрапейскіх краін. Уехаць можна праз любы пункт пропуску на дзяржаўнай мяжы, уключаючы аўтамабільныя, і знаходзіцца ў краіне да 30 дзён.',
        'Мера была ўведзена ў пілотным рэжыме. Па звестках памежнай службы, колькасць замежнікаў, якія ўязджаюць на аўтамабілях і аўтобусах, з таго часу стабільна расце.',
        {
          quote: 'Турысты, якія прыехалі адзін раз, вяртаюцца з сем’ямі. Падаўжэнне дае турфірмам упэўненасць, неабходную для планавання.',
          by: 'Міністр спорту і турызму',
        },
        'Падарожнікам па-ранейшаму патрэбна медыцынская страхоўка, якая дзейнічае ў Беларусі, а пры знаходжанні па-за гасцініцай больш за дзесяць дзён неабходна зарэгістравацца.',
      ],
    },
  },
  {
    slug: 'eurasian-security-conference-minsk',
    section: 'politics',
    daysAgo: 58,
    place: 'minsk',
    image: { label: { en: 'Eurasian security conference' }, motif: 'government' },
    tags: ['conference', 'security', 'diplomacy'],
    en: {
      headline: 'Minsk hosts international conference on Eurasian security',
      lead: 'Diplomats and experts from over forty countries discussed a charter of principles for the continent.',
      body: [
        'The international conference on Eurasian security has opened in Minsk. Foreign ministers, parliamentarians and researchers from more than forty countries are taking part in the two-day meeting.',
        'Participants are discussing a draft charter on diversity and multipolarity, as well as transport corridors, food security and the role of international organisations.',
        {
          quote: 'Security cannot be built against someone; it can only be built together, and that starts with the willingness to sit at one table.',
          by: 'Minister of Foreign Affairs of Belarus',
        },
        'The conference closes with a round table of expert centres, whose recommendations will be published in a collection of papers.',
      ],
    },
    ru: {
      headline: 'В Минске проходит международная конференция по евразийской безопасности',
      lead: 'Дипломаты и эксперты из более чем сорока стран обсуждают хартию принципов для континента.',
      body: [
        'В Минске открылась международная конференция по евразийской безопасности. В двухдневной встрече участвуют министры иностранных дел, парламентарии и исследователи из более чем сорока стран.',
        'Участники обсуждают проект хартии многообразия и многополярности, а также транспортные коридоры, продовольственную безопасность и роль международных организаций.',
        {
          quote: 'Безопасность нельзя строить против кого-то — ее можно строить только вместе, и начинается это с готовности сесть за один стол.',
          by: 'Министр иностранных дел Беларуси',
        },
        'Завершится конференция круглым столом аналитических центров, рекомендации которого будут опубликованы в сборнике докладов.',
      ],
    },
  },
  {
    slug: 'youth-parliament-holds-session-in-mogilev',
    section: 'politics',
    daysAgo: 72,
    place: 'mogilev',
    image: { label: { en: 'Youth parliament' }, motif: 'government' },
    tags: ['youth', 'parliament'],
    en: {
      headline: 'Youth parliament holds visiting session in Mogilev',
      lead: 'Young deputies discussed first jobs for graduates and student housing.',
      body: [
        'The Youth Parliament under the National Assembly has held a visiting session in Mogilev. Its members, students and young workers from every region, met local employers and university rectors.',
        'The session focused on the first job placement of graduates and on the state of student hostels. The young deputies prepared proposals that will be passed to the relevant ministries.',
        {
          quote: 'We asked graduates what keeps them in their home town. The answers were simple: housing, a decent salary and a sense that they are heard.',
          by: 'Chair of the Youth Parliament',
        },
        'The next visiting session is planned in one of the district centres of the Brest region.',
      ],
    },
  },
  {
    slug: 'civil-service-academy-opens-admissions',
    section: 'politics',
    daysAgo: 0,
    place: 'minsk',
    workflow: 'draft',
    image: { label: { en: 'Academy of Public Administration' }, motif: 'book' },
    tags: ['civil-service', 'education'],
    en: {
      headline: 'Academy of Public Administration opens admissions for mid-career courses',
      lead: 'Applications for retraining programmes are accepted until the end of next month.',
      body: [
        'The Academy of Public Administration has begun admitting applicants to its mid-career retraining programmes in public management, economics and law.',
        'Courses are taught in the evening and remotely, so that civil servants from the regions can study without leaving their posts.',
        'Final enrolment figures will be published once the admission committee has reviewed all applications.',
      ],
    },
  },
];
