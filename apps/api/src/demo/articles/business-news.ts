import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `business-news` section (under `business`). */
export const businessNewsArticles: ArticleDraft[] = [
  {
    slug: 'belarus-china-business-forum-minsk',
    section: 'business-news',
    daysAgo: 2,
    place: 'minsk',
    image: { label: { en: 'Belarus – China business forum', be: 'Бізнес-форум Беларусь – Кітай' }, motif: 'city' },
    tags: ['china', 'forum', 'investment'],
    links: { articles: ['great-stone-park-registers-new-residents'] },
    en: {
      headline: 'Belarus–China business forum opens in Minsk',
      lead: 'More than 300 companies from both countries have come to look for partners.',
      body: [
        'The Belarusian-Chinese business forum has opened in Minsk. More than 300 companies are taking part, from machine builders and food producers to logistics operators and software developers.',
        'The programme includes panel discussions on industrial cooperation, cross-border e-commerce and the China–Europe rail route, as well as hundreds of one-to-one meetings between buyers and suppliers.',
        {
          quote: 'Five years ago our companies came to such forums to sell. Today they come to build joint production, and that is a different level of trust.',
          by: 'First Deputy Minister of Economy',
        },
        'Organisers expect agreements worth several hundred million US dollars to be signed by the end of the forum.',
      ],
    },
    ru: {
      headline: 'В Минске открылся белорусско-китайский бизнес-форум',
      lead: 'Более 300 компаний двух стран приехали искать партнеров.',
      body: [
        'В Минске открылся белорусско-китайский бизнес-форум. В нем участвуют более 300 компаний — от машиностроителей и производителей продуктов питания до логистических операторов и разработчиков программного обеспечения.',
        'В программе — панельные дискуссии о промышленной кооперации, трансграничной электронной торговле и железнодорожном маршруте Китай — Европа, а также сотни встреч покупателей и поставщиков.',
        {
          quote: 'Пять лет назад наши компании приезжали на такие форумы продавать. Сегодня они приезжают создавать совместные производства, а это другой уровень доверия.',
          by: 'Первый заместитель Министра экономики',
        },
        'Организаторы ожидают, что к завершению форума будут подписаны соглашения на несколько сотен миллионов долларов США.',
      ],
    },
    be: {
      headline: 'У Мінску адкрыўся беларуска-кітайскі бізнес-форум',
      lead: 'Больш за 300 кампаній дзвюх краін прыехалі шукаць партнёраў.',
      body: [
        'У Мінску адкрыўся беларуска-кітайскі бізнес-форум. У ім удзельнічаюць больш за 300 кампаній — ад машынабудаўнікоў і вытворцаў харчавання да лагістычных аператараў і распрацоўшчыкаў праграмнага забеспячэння.',
        'У праграме — панэльныя дыскусіі пра прамысловую кааперацыю, трансгранічны электронны гандаль і чыгуначны маршрут Кітай — Еўропа, а таксама сотні сустрэч пакупнікоў і пастаўшчыкоў.',
        {
          quote: 'Пяць гадоў таму нашы кампаніі прыязджалі на такія форумы прадаваць. Сёння яны прыязджаюць ствараць сумесныя вытворчасці, а гэта іншы ўзровень даверу.',
          by: 'Першы намеснік Міністра эканомікі',
        },
        'Арганізатары чакаюць, што да завяршэння форуму будуць падпісаны пагадненні на некалькі соцень мільёнаў долараў ЗША.',
      ],
    },
  },
  {
    slug: 'great-stone-park-registers-new-residents',
    section: 'business-news',
    daysAgo: 6,
    place: 'smolevichi',
    image: { label: { en: 'Great Stone industrial park', be: 'Індустрыяльны парк «Вялікі камень»' }, motif: 'factory' },
    tags: ['great-stone', 'china', 'investment'],
    en: {
      headline: 'Great Stone industrial park registers five new residents',
      lead: 'The new companies will make electronics components, medical devices and packaging.',
      body: [
        'The China-Belarus industrial park Great Stone near Smolevichi has registered five new residents. Together they plan to invest more than 60 million US dollars and create around 700 jobs.',
        'Among the newcomers are a maker of printed circuit boards, a producer of disposable medical devices and a packaging company that will supply food producers across the region.',
        {
          quote: 'Residents now come not only for tax benefits but for neighbours: suppliers and customers are already inside the park.',
          by: 'Head of the park administration',
        },
        'The park now has more than 120 residents from over a dozen countries.',
      ],
    },
    ru: {
      headline: 'В индустриальном парке «Великий камень» зарегистрированы пять новых резидентов',
      lead: 'Новые компании будут выпускать электронные компоненты, медицинские изделия и упаковку.',
      body: [
        'Китайско-белорусский индустриальный парк «Великий камень» под Смолевичами зарегистрировал пять новых резидентов. Вместе они планируют вложить более 60 миллионов долларов США и создать около 700 рабочих мест.',
        'Среди новичков — производитель печатных плат, изготовитель одноразовых медицинских изделий и упаковочная компания, которая будет снабжать пищевые предприятия региона.',
        {
          quote: 'Резиденты теперь приходят не только за налоговыми льготами, но и за соседями: поставщики и заказчики уже находятся внутри парка.',
          by: 'Руководитель администрации парка',
        },
        'Сейчас в парке более 120 резидентов из более чем десяти стран.',
      ],
    },
  },
  {
    slug: 'belaz-ships-mining-trucks',
    section: 'business-news',
    daysAgo: 12,
    place: 'zhodino',
    image: { label: { en: 'BelAZ mining trucks', be: 'Кар’ерныя самазвалы БелАЗ' }, motif: 'factory' },
    tags: ['belaz', 'exports', 'machine-building'],
    en: {
      headline: 'BelAZ ships a batch of heavy mining trucks to a coal producer',
      lead: 'The Zhodino plant delivered dump trucks with a payload of up to 220 tonnes.',
      body: [
        'BelAZ has shipped a batch of heavy mining dump trucks to a coal mining company. The machines, with a payload of up to 220 tonnes, will work in an open-pit mine.',
        'The trucks travel by rail in parts and are assembled on site by the plant’s service engineers, who also train the customer’s drivers and mechanics.',
        {
          quote: 'A mining truck is not a one-off sale. We stay with the customer for the whole life of the machine, which is often more than fifteen years.',
          by: 'Deputy Director General for Sales of BelAZ',
        },
        'Mining trucks made in Zhodino work in more than 80 countries.',
      ],
    },
    ru: {
      headline: 'БелАЗ отгрузил партию карьерных самосвалов угольной компании',
      lead: 'Жодинский завод поставил самосвалы грузоподъемностью до 220 тонн.',
      body: [
        'БелАЗ отгрузил партию карьерных самосвалов угледобывающей компании. Машины грузоподъемностью до 220 тонн будут работать на открытом разрезе.',
        'Самосвалы перевозят по железной дороге в разобранном виде и собирают на месте сервисные инженеры завода, которые также обучают водителей и механиков заказчика.',
        {
          quote: 'Карьерный самосвал — это не разовая продажа. Мы остаемся с заказчиком на весь срок службы машины, а это часто более пятнадцати лет.',
          by: 'Заместитель генерального директора БелАЗа по продажам',
        },
        'Карьерные самосвалы жодинского производства работают более чем в 80 странах.',
      ],
    },
    be: {
      headline: 'БелАЗ адгрузіў партыю кар’ерных самазвалаў вугальнай кампаніі',
      lead: 'Жодзінскі завод паставіў самазвалы грузападымальнасцю да 220 тон.',
      body: [
        'БелАЗ адгрузіў партыю кар’ерных самазвалаў вугальнай кампаніі. Машыны грузападымальнасцю да 220 тон будуць працаваць на адкрытым разрэзе.',
        'Самазвалы перавозяць па чыгунцы ў разабраным выглядзе і збіраюць на месцы сэрвісныя інжынеры завода, якія таксама навучаюць вадзіцеляў і механікаў заказчыка.',
        {
          quote: 'Кар’ерны самазвал — гэта не разовы продаж. Мы застаемся з заказчыкам на ўвесь тэрмін службы машыны, а гэта часта больш за пятнаццаць гадоў.',
          by: 'Намеснік генеральнага дырэктара БелАЗа па продажах',
        },
        'Кар’ерныя самазвалы жодзінскай вытворчасці працуюць больш чым у 80 краінах.',
      ],
    },
  },
  {
    slug: 'mtz-opens-tractor-assembly-abroad',
    section: 'business-news',
    daysAgo: 19,
    place: 'minsk',
    image: { label: { en: 'MTZ tractors' }, motif: 'field' },
    tags: ['mtz', 'tractors', 'exports'],
    en: {
      headline: 'Minsk Tractor Works launches another assembly line abroad',
      lead: 'The new line will assemble up to 1,500 tractors a year from kits made in Minsk.',
      body: [
        'Minsk Tractor Works has launched a new assembly line together with a partner company abroad. The line will assemble up to 1,500 tractors a year from kits supplied from Minsk.',
        'The first models to be assembled are mid-power tractors popular with small farms. The share of local components is to grow as suppliers are certified.',
        {
          quote: 'Assembling near the customer shortens delivery times and brings service closer. For a farmer that matters as much as the price.',
          by: 'Director General of Minsk Tractor Works',
        },
      ],
    },
    ru: {
      headline: 'Минский тракторный завод запустил еще одну сборочную линию за рубежом',
      lead: 'Новая линия будет собирать до 1 500 тракторов в год из машинокомплектов, изготовленных в Минске.',
      body: [
        'Минский тракторный завод вместе с зарубежным партнером запустил новую сборочную линию. Она будет собирать до 1 500 тракторов в год из машинокомплектов, поставляемых из Минска.',
        'Первыми на линии собирают тракторы средней мощности, популярные у небольших фермерских хозяйств. Доля местных комплектующих будет расти по мере сертификации поставщиков.',
        {
          quote: 'Сборка рядом с покупателем сокращает сроки поставки и приближает сервис. Для фермера это так же важно, как цена.',
          by: 'Генеральный директор Минского тракторного завода',
        },
      ],
    },
  },
  {
    slug: 'dairy-exports-reach-new-markets',
    section: 'business-news',
    daysAgo: 27,
    place: 'minsk',
    image: { label: { en: 'Dairy exports' }, motif: 'field' },
    tags: ['exports', 'agriculture', 'food'],
    en: {
      headline: 'Belarusian dairy producers reach new markets in Asia and Africa',
      lead: 'Milk powder, butter and cheese now go to more than 50 countries.',
      body: [
        'Belarusian dairy products are now exported to more than 50 countries. In recent months producers have received export permits for several markets in South-East Asia and North Africa.',
        'Milk powder, butter and hard cheeses make up the bulk of supplies. Producers are also testing demand for long-life products such as ultra-pasteurised milk and condensed milk.',
        {
          quote: 'Certification for a new market takes a year or more. Every permit we receive is the result of long work by veterinary services and the plants themselves.',
          by: 'Deputy Minister of Agriculture and Food',
        },
        'Dairy remains the largest item of Belarusian food exports.',
      ],
    },
  },
  {
    slug: 'furniture-makers-show-new-collections',
    section: 'business-news',
    daysAgo: 38,
    place: 'minsk',
    image: { label: { en: 'Furniture fair' }, motif: 'city' },
    tags: ['fair', 'furniture', 'wood'],
    en: {
      headline: 'Furniture makers show new collections at Minsk fair',
      lead: 'More than a hundred manufacturers took part, from large holdings to family workshops.',
      body: [
        'An international furniture fair has taken place in Minsk, bringing together more than a hundred manufacturers. Visitors saw kitchens, upholstered furniture, office systems and children’s rooms.',
        'Many exhibitors focused on solid oak and birch from Belarusian forests, as well as on modular furniture that can be shipped flat and assembled by the buyer.',
        {
          quote: 'Our strongest argument is wood. Customers abroad recognise the quality of Belarusian oak and birch and are ready to pay for it.',
          by: 'Chairman of the Bellesbumprom concern',
        },
      ],
    },
  },
  {
    slug: 'high-tech-park-exports-software',
    section: 'business-news',
    daysAgo: 51,
    place: 'minsk',
    image: { label: { en: 'High-Tech Park', be: 'Парк высокіх тэхналогій' }, motif: 'science' },
    tags: ['it', 'high-tech-park', 'exports'],
    en: {
      headline: 'High-Tech Park residents keep growing software exports',
      lead: 'Most of the park’s revenue comes from clients outside Belarus.',
      body: [
        'Residents of the High-Tech Park have reported growth in software and IT services exports. Most of their revenue comes from customers abroad, in fields ranging from banking to mobile games.',
        'The park has also registered new residents working on industrial automation and medical software for the domestic market.',
        {
          quote: 'We see more and more orders from Belarusian industry. Digitalising our own factories is becoming a market of its own.',
          by: 'Director of the High-Tech Park administration',
        },
        'The park runs free courses for schoolchildren and retraining programmes for adults who want to change careers.',
      ],
    },
    ru: {
      headline: 'Резиденты Парка высоких технологий наращивают экспорт программного обеспечения',
      lead: 'Большая часть выручки парка приходится на заказчиков за пределами Беларуси.',
      body: [
        'Резиденты Парка высоких технологий сообщили о росте экспорта программного обеспечения и ИТ-услуг. Большая часть их выручки поступает от зарубежных заказчиков — от банков до разработчиков мобильных игр.',
        'Парк также зарегистрировал новых резидентов, которые занимаются автоматизацией производства и медицинским программным обеспечением для внутреннего рынка.',
        {
          quote: 'Мы видим все больше заказов от белорусской промышленности. Цифровизация наших собственных заводов становится отдельным рынком.',
          by: 'Директор администрации Парка высоких технологий',
        },
        'Парк проводит бесплатные курсы для школьников и программы переподготовки для взрослых, которые хотят сменить профессию.',
      ],
    },
  },
  {
    slug: 'grodno-azot-completes-modernisation',
    section: 'business-news',
    daysAgo: 66,
    place: 'grodno',
    image: { label: { en: 'Grodno Azot' }, motif: 'factory' },
    tags: ['chemicals', 'modernisation'],
    en: {
      headline: 'Grodno Azot completes modernisation of an ammonia unit',
      lead: 'The upgraded unit uses less natural gas for every tonne of product.',
      body: [
        'Grodno Azot has completed the modernisation of one of its ammonia production units. The upgrade reduces natural gas consumption per tonne of product and cuts emissions.',
        'The work was carried out without stopping the rest of the plant, in several stages over two years. New control systems were developed together with Belarusian engineering companies.',
        {
          quote: 'Energy efficiency is now our main reserve. Every cubic metre of gas we save makes our fertilisers more competitive.',
          by: 'Director General of Grodno Azot',
        },
      ],
    },
    ru: {
      headline: '«Гродно Азот» завершил модернизацию агрегата аммиака',
      lead: 'Обновленный агрегат расходует меньше природного газа на каждую тонну продукции.',
      body: [
        '«Гродно Азот» завершил модернизацию одного из агрегатов по производству аммиака. Обновление снижает расход природного газа на тонну продукции и сокращает выбросы.',
        'Работы велись без остановки остального производства, в несколько этапов в течение двух лет. Новые системы управления разработаны вместе с белорусскими инжиниринговыми компаниями.',
        {
          quote: 'Энергоэффективность сейчас — наш главный резерв. Каждый сэкономленный кубометр газа делает наши удобрения конкурентоспособнее.',
          by: 'Генеральный директор «Гродно Азота»',
        },
      ],
    },
    draftLocales: ['ru'],
  },
];
