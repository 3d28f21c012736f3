import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `society` section. */
export const societyArticles: ArticleDraft[] = [
  {
    slug: 'schools-add-robotics-classes',
    section: 'society',
    daysAgo: 4,
    place: 'minsk',
    image: { label: { en: 'Robotics at school', be: 'Робататэхніка ў школе' }, motif: 'science' },
    tags: ['education', 'schools', 'robotics'],
    en: {
      headline: 'More schools add robotics and programming classes',
      lead: 'Pupils from the fifth form can now choose engineering clubs in every district.',
      body: [
        'Schools across the country are adding robotics and programming to their after-school clubs. Pupils from the fifth form upwards can build and program simple machines using kits made in Belarus.',
        'Teachers take retraining courses at regional institutes for education development, and the best pupils go on to national olympiads and summer engineering camps.',
        {
          quote: 'A child who has made a robot move understands mathematics differently. Our aim is to give that moment to every pupil, not only in the capital.',
          by: 'Minister of Education',
        },
        'Next year the clubs are to be extended to rural schools, with mobile laboratories visiting villages.',
      ],
    },
    ru: {
      headline: 'В школах появляется больше занятий по робототехнике и программированию',
      lead: 'Ученики с пятого класса могут выбрать инженерные кружки в каждом районе.',
      body: [
        'Школы по всей стране добавляют робототехнику и программирование в программы кружков. Ученики с пятого класса собирают и программируют простые механизмы с помощью наборов белорусского производства.',
        'Учителя проходят переподготовку в областных институтах развития образования, а лучшие ученики участвуют в республиканских олимпиадах и летних инженерных лагерях.',
        {
          quote: 'Ребенок, который заставил робота двигаться, понимает математику иначе. Наша цель — подарить этот момент каждому ученику, а не только в столице.',
          by: 'Министр образования',
        },
        'В следующем году кружки охватят сельские школы: по деревням будут ездить мобильные лаборатории.',
      ],
    },
    be: {
      headline: 'У школах з’яўляецца больш заняткаў па робататэхніцы і праграмаванні',
      lead: 'Вучні з пятага класа могуць выбраць інжынерныя гурткі ў кожным раёне.',
      body: [
        'Школы па ўсёй краіне дадаюць робататэхніку і праграмаванне ў праграмы гурткоў. Вучні з пятага класа збіраюць і праграмуюць простыя механізмы з дапамогай набораў беларускай вытворчасці.',
        'Настаўнікі праходзяць перападрыхтоўку ў абласных інстытутах развіцця адукацыі, а лепшыя вучні ўдзельнічаюць у рэспубліканскіх алімпіядах і летніх інжынерных лагерах.',
        {
          quote: 'Дзіця, якое прымусіла робата рухацца, разумее матэматыку інакш. Наша мэта — падарыць гэты момант кожнаму вучню, а не толькі ў сталіцы.',
          by: 'Міністр адукацыі',
        },
        'У наступным годзе гурткі ахопяць сельскія школы: па вёсках будуць ездзіць мабільныя лабараторыі.',
      ],
    },
  },
  {
    slug: 'volunteers-plant-trees-nationwide',
    section: 'society',
    daysAgo: 14,
    place: 'minsk',
    image: { label: { en: 'Tree planting', be: 'Пасадка лесу' }, motif: 'forest' },
    tags: ['volunteers', 'forest', 'environment'],
    en: {
      headline: 'Volunteers plant young trees across the country',
      lead: 'Schoolchildren, students and factory teams joined foresters for a day of planting.',
      body: [
        'Thousands of volunteers have joined foresters to plant young pines, spruces and oaks across the country. The action took place in every region, on clearings and on land damaged by storms.',
        'Seedlings were grown in state forestry nurseries. Foresters gave short lessons on how to plant a tree so that it takes root.',
        {
          quote: 'A tree planted today will be harvested by our grandchildren. Forestry teaches patience, and it is good when children learn it early.',
          by: 'Minister of Forestry',
        },
      ],
    },
    ru: {
      headline: 'Волонтеры высадили молодые деревья по всей стране',
      lead: 'Школьники, студенты и трудовые коллективы вместе с лесоводами провели день посадки леса.',
      body: [
        'Тысячи добровольцев вместе с лесоводами высадили молодые сосны, ели и дубы по всей стране. Акция прошла в каждой области — на вырубках и на участках, пострадавших от ураганов.',
        'Саженцы выращены в государственных лесных питомниках. Лесоводы провели короткие уроки о том, как посадить дерево, чтобы оно прижилось.',
        {
          quote: 'Дерево, посаженное сегодня, будут заготавливать наши внуки. Лесное хозяйство учит терпению, и хорошо, когда дети учатся ему рано.',
          by: 'Министр лесного хозяйства',
        },
      ],
    },
  },
  {
    slug: 'family-capital-programme-extended',
    section: 'society',
    daysAgo: 24,
    place: 'minsk',
    image: { label: { en: 'Family capital' }, motif: 'city' },
    tags: ['families', 'social-policy'],
    en: {
      headline: 'Family capital programme for large families extended',
      lead: 'Families with a third child will continue to receive the payment on a deposit account.',
      body: [
        'The government has extended the family capital programme for families with three or more children. The money is placed on a deposit account and can be used for housing, education or health care.',
        'Part of the sum may be spent earlier, for example on the repair of a family home or on medical services.',
        {
          quote: 'The programme is valued because it is long-term. Families know the money will be there when the children grow up.',
          by: 'Minister of Labour and Social Protection',
        },
      ],
    },
  },
  {
    slug: 'mogilev-hospital-opens-new-wing',
    section: 'society',
    daysAgo: 33,
    place: 'mogilev',
    image: { label: { en: 'Mogilev hospital' }, motif: 'city' },
    tags: ['health', 'hospital'],
    en: {
      headline: 'Mogilev regional hospital opens a new surgical wing',
      lead: 'The building houses eight operating theatres and a modern intensive care unit.',
      body: [
        'The Mogilev Regional Clinical Hospital has opened a new surgical wing with eight operating theatres and an intensive care unit.',
        'The wing is equipped for minimally invasive surgery, which shortens recovery time. Patients from district hospitals across the region will be referred here for complex operations.',
        {
          quote: 'Operations that used to require a trip to Minsk can now be done here, close to the patient’s family.',
          by: 'Head of the Health Department of the Mogilev Regional Executive Committee',
        },
      ],
    },
    ru: {
      headline: 'В Могилевской областной больнице открыт новый хирургический корпус',
      lead: 'В корпусе восемь операционных и современное отделение реанимации.',
      body: [
        'Могилевская областная клиническая больница открыла новый хирургический корпус с восемью операционными и отделением реанимации и интенсивной терапии.',
        'Корпус оснащен для малоинвазивной хирургии, которая сокращает срок восстановления. Сюда будут направлять пациентов районных больниц всей области для сложных операций.',
        {
          quote: 'Операции, ради которых раньше приходилось ехать в Минск, теперь можно делать здесь, рядом с семьей пациента.',
          by: 'Начальник главного управления по здравоохранению Могилевского облисполкома',
        },
      ],
    },
  },
  {
    slug: 'pensions-indexed',
    section: 'society',
    daysAgo: 47,
    place: 'minsk',
    image: { label: { en: 'Pensions', be: 'Пенсіі' }, motif: 'government' },
    tags: ['pensions', 'social-policy'],
    en: {
      headline: 'Pensions indexed in line with wage growth',
      lead: 'The increase applies automatically; pensioners do not need to apply.',
      body: [
        'Labour pensions have been recalculated in line with the growth of average wages. The increase is applied automatically, and pensioners do not need to submit any documents.',
        'The largest increases go to people with long work records and to pensioners over 75, who also receive a supplement for care.',
        {
          quote: 'Indexation follows wages, so pensioners share in the growth of the economy they helped to build.',
          by: 'Minister of Labour and Social Protection',
        },
        'Social protection offices will answer questions about the new amounts by phone and in person.',
      ],
    },
    ru: {
      headline: 'Пенсии проиндексированы с учетом роста заработной платы',
      lead: 'Перерасчет производится автоматически, обращаться никуда не нужно.',
      body: [
        'Трудовые пенсии пересчитаны с учетом роста средней заработной платы. Повышение производится автоматически, пенсионерам не нужно подавать документы.',
        'Наибольшую прибавку получат люди с большим трудовым стажем и пенсионеры старше 75 лет, которым также положена доплата на уход.',
        {
          quote: 'Индексация следует за зарплатами, поэтому пенсионеры получают свою долю роста экономики, которую они помогали строить.',
          by: 'Министр труда и социальной защиты',
        },
        'Ответы на вопросы о новых размерах пенсий дадут в управлениях социальной защиты по телефону и на личном приеме.',
      ],
    },
    be: {
      headline: 'Пенсіі праіндэксаваны з улікам росту заработнай платы',
      lead: 'Пералік праводзіцца аўтаматычна, звяртацца нікуды не трэба.',
      body: [
        'Працоўныя пенсіі пералічаны з улікам росту сярэдняй заработнай платы. Павышэнне праводзіцца аўтаматычна, пенсіянерам не трэба падаваць дакументы.',
        'Найбольшую прыбаўку атрымаюць людзі з вялікім працоўным стажам і пенсіянеры, старэйшыя за 75 гадоў, якім таксама належыць даплата на догляд.',
        {
          quote: 'Індэксацыя ідзе ўслед за заробкамі, таму пенсіянеры атрымліваюць сваю долю росту эканомікі, якую яны дапамагалі будаваць.',
          by: 'Міністр працы і сацыяльнай абароны',
        },
        'Адказы на пытанні пра новыя памеры пенсій дадуць ва ўпраўленнях сацыяльнай абароны па тэлефоне і на асабістым прыёме.',
      ],
    },
  },
  {
    slug: 'rural-libraries-reading-week',
    section: 'society',
    daysAgo: 61,
    place: 'pinsk',
    image: { label: { en: 'Reading week' }, motif: 'book' },
    tags: ['libraries', 'reading', 'villages'],
    en: {
      headline: 'Rural libraries of Polesie hold a week of reading',
      lead: 'Writers visited village libraries in the Pinsk district to meet their readers.',
      body: [
        'Libraries in the villages of the Pinsk district have held a week of reading. Belarusian writers and poets travelled to meet readers, and schoolchildren read aloud from their favourite books.',
        'Many rural libraries now also serve as community centres, with computer courses for older people and clubs for local historians.',
        {
          quote: 'In a village the library is often the only place where people meet in the evening. We want it to be warm and full of books.',
          by: 'Director of the Pinsk district library network',
        },
      ],
    },
  },
  {
    slug: 'brest-opens-inclusive-playgrounds',
    section: 'society',
    daysAgo: 79,
    place: 'brest',
    image: { label: { en: 'Inclusive playgrounds' }, motif: 'city' },
    tags: ['children', 'accessibility', 'city'],
    en: {
      headline: 'Brest opens playgrounds designed for every child',
      lead: 'Swings, ramps and sensory panels let children with disabilities play alongside their friends.',
      body: [
        'Brest has opened three new inclusive playgrounds in its parks. They have wheelchair swings, ramps instead of steps, and sensory panels for children with visual impairments.',
        'The designs were drawn up together with parents’ associations and specialists from the city rehabilitation centre.',
        {
          quote: 'We did not build separate playgrounds for some children. We built playgrounds where all children play together.',
          by: 'Deputy Chairman of the Brest City Executive Committee',
        },
      ],
    },
    ru: {
      headline: 'В Бресте открылись детские площадки для всех детей',
      lead: 'Качели, пандусы и сенсорные панели позволяют детям с инвалидностью играть вместе с друзьями.',
      body: [
        'В парках Бреста открылись три новые инклюзивные детские площадки. На них есть качели для колясок, пандусы вместо ступенек и сенсорные панели для детей с нарушениями зрения.',
        'Проекты разработаны вместе с родительскими объединениями и специалистами городского центра реабилитации.',
        {
          quote: 'Мы не строили отдельные площадки для некоторых детей. Мы построили площадки, где все дети играют вместе.',
          by: 'Заместитель председателя Брестского горисполкома',
        },
      ],
    },
  },
  {
    slug: 'minsk-metro-third-line-extension',
    section: 'society',
    daysAgo: 0,
    place: 'minsk',
    workflow: 'in-review',
    image: { label: { en: 'Minsk metro', be: 'Мінскае метро' }, motif: 'city' },
    tags: ['metro', 'transport', 'minsk'],
    en: {
      headline: 'Tunnelling begins on the next section of the Minsk metro’s third line',
      lead: 'The new stations will link the city centre with residential districts in the south-east.',
      body: [
        'Tunnelling has begun on the next section of the third line of the Minsk metro. The section will link the city centre with residential districts in the south-east of the capital.',
        'Station designs draw on local history, with each platform devoted to the neighbourhood above it.',
        {
          quote: 'The third line takes pressure off the busiest bus routes. For tens of thousands of people the trip to work will become shorter.',
          by: 'Chairman of the Minsk City Executive Committee',
        },
      ],
    },
    ru: {
      headline: 'Начата проходка тоннелей следующего участка третьей линии минского метро',
      lead: 'Новые станции свяжут центр города с жилыми районами на юго-востоке.',
      body: [
        'Началась проходка тоннелей следующего участка третьей линии минского метрополитена. Участок свяжет центр города с жилыми районами на юго-востоке столицы.',
        'Оформление станций посвящено местной истории: каждая платформа рассказывает о районе над ней.',
        {
          quote: 'Третья линия разгружает самые загруженные автобусные маршруты. Для десятков тысяч людей дорога на работу станет короче.',
          by: 'Председатель Минского горисполкома',
        },
      ],
    },
  },
];
