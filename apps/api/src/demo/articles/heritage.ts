import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `heritage` section (under `culture`). */
export const heritageArticles: ArticleDraft[] = [
  {
    slug: 'mir-castle-tower-restoration',
    section: 'heritage',
    daysAgo: 7,
    place: 'mir',
    image: { label: { en: 'Mir Castle', be: 'Мірскі замак' }, motif: 'castle' },
    tags: ['mir-castle', 'restoration', 'unesco'],
    links: { sites: ['mir-castle-complex'] },
    en: {
      headline: 'Restorers finish work on a tower of Mir Castle',
      lead: 'The tower’s brickwork and roof have been repaired using traditional materials.',
      body: [
        'Restorers have completed work on one of the towers of Mir Castle, a UNESCO World Heritage site. The brickwork was repaired with hand-made bricks matching the historical ones, and the roof was covered with ceramic tiles.',
        'Before work began, archaeologists studied the foundations and found fragments of tiled stoves and glazed ceramics, which will be shown in the castle museum.',
        {
          quote: 'At Mir we do not build anything new; we help the old walls to stand for another century, and every brick is documented.',
          by: 'Director of the Mir Castle Complex museum',
        },
        'The restored tower will open to visitors with a new exhibition about the castle’s builders.',
      ],
    },
    ru: {
      headline: 'Реставраторы завершили работы на башне Мирского замка',
      lead: 'Кладка и кровля башни восстановлены с использованием традиционных материалов.',
      body: [
        'Реставраторы завершили работы на одной из башен Мирского замка, объекта Всемирного наследия ЮНЕСКО. Кладку восстановили кирпичом ручной формовки, повторяющим исторический, а кровлю покрыли керамической черепицей.',
        'Перед началом работ археологи исследовали фундаменты и нашли фрагменты печных изразцов и поливной керамики, которые покажут в музее замка.',
        {
          quote: 'В Мире мы ничего не строим заново — мы помогаем старым стенам простоять еще столетие, и каждый кирпич задокументирован.',
          by: 'Директор музея «Замковый комплекс „Мир“»',
        },
        'Отреставрированная башня откроется для посетителей с новой экспозицией о строителях замка.',
      ],
    },
    be: {
      headline: 'Рэстаўратары завяршылі работы на вежы Мірскага замка',
      lead: 'Кладка і дах вежы адноўлены з выкарыстаннем традыцыйных матэрыялаў.',
      body: [
        'Рэстаўратары завяршылі работы на адной з вежаў Мірскага замка, аб’екта Сусветнай спадчыны ЮНЕСКА. Кладку аднавілі цэглай ручной фармоўкі, якая паўтарае гістарычную, а дах накрылі керамічнай чарапіцай.',
        'Перад пачаткам работ археолагі даследавалі падмуркі і знайшлі фрагменты пячных кафляў і паліванай керамікі, якія пакажуць у музеі замка.',
        {
          quote: 'У Міры мы нічога не будуем нанова — мы дапамагаем старым сценам прастаяць яшчэ стагоддзе, і кожная цагліна задакументавана.',
          by: 'Дырэктар музея «Замкавы комплекс „Мір“»',
        },
        'Адрэстаўраваная вежа адкрыецца для наведвальнікаў з новай экспазіцыяй пра будаўнікоў замка.',
      ],
    },
  },
  {
    slug: 'nesvizh-palace-interiors-restored',
    section: 'heritage',
    daysAgo: 18,
    place: 'nesvizh',
    image: { label: { en: 'Nesvizh Palace', be: 'Нясвіжскі палац' }, motif: 'palace' },
    tags: ['nesvizh', 'radziwill', 'restoration', 'unesco'],
    links: { sites: ['nesvizh-radziwill-complex'] },
    en: {
      headline: 'Two more halls of Nesvizh Palace open after restoration',
      lead: 'Visitors can now see the restored hunting hall and a gallery of Radziwill portraits.',
      body: [
        'Two more halls of the palace of the Radziwill family in Nesvizh have opened after restoration. The hunting hall has regained its carved ceiling, and a gallery displays portraits of the family from the museum’s collection.',
        'Restorers relied on old photographs, inventories and fragments of the original decoration found during the works.',
        {
          quote: 'Every hall we open is the result of years of research. We want visitors to see the palace as the Radziwills knew it, not as we imagine it.',
          by: 'Director of the Nesvizh National Historical and Cultural Museum-Reserve',
        },
        'The palace, part of a UNESCO World Heritage site, now has more than forty restored rooms open to the public.',
      ],
    },
    ru: {
      headline: 'В Несвижском дворце после реставрации открылись еще два зала',
      lead: 'Посетители увидят восстановленный охотничий зал и галерею портретов Радзивиллов.',
      body: [
        'Во дворце рода Радзивиллов в Несвиже после реставрации открылись еще два зала. Охотничьему залу вернули резной потолок, а в галерее представлены портреты членов рода из собрания музея.',
        'Реставраторы опирались на старые фотографии, инвентари и фрагменты первоначальной отделки, найденные во время работ.',
        {
          quote: 'Каждый открытый зал — результат многолетних исследований. Мы хотим, чтобы посетители увидели дворец таким, каким его знали Радзивиллы, а не таким, каким мы его себе представляем.',
          by: 'Директор Национального историко-культурного музея-заповедника «Несвиж»',
        },
        'Во дворце, входящем в объект Всемирного наследия ЮНЕСКО, открыто для посетителей уже более сорока отреставрированных помещений.',
      ],
    },
    be: {
      headline: 'У Нясвіжскім палацы пасля рэстаўрацыі адкрыліся яшчэ дзве залы',
      lead: 'Наведвальнікі ўбачаць адноўленую паляўнічую залу і галерэю партрэтаў Радзівілаў.',
      body: [
        'У палацы роду Радзівілаў у Нясвіжы пасля рэстаўрацыі адкрыліся яшчэ дзве залы. Паляўнічай зале вярнулі разную столь, а ў галерэі прадстаўлены партрэты членаў роду са збору музея.',
        'Рэстаўратары абапіраліся на старыя фотаздымкі, інвентары і фрагменты першапачатковай аздобы, знойдзеныя падчас работ.',
        {
          quote: 'Кожная адкрытая зала — вынік шматгадовых даследаванняў. Мы хочам, каб наведвальнікі ўбачылі палац такім, якім яго ведалі Радзівілы, а не такім, якім мы яго сабе ўяўляем.',
          by: 'Дырэктар Нацыянальнага гісторыка-культурнага музея-запаведніка «Нясвіж»',
        },
        'У палацы, які ўваходзіць у аб’ект Сусветнай спадчыны ЮНЕСКА, адкрыта для наведвальнікаў ужо больш за сорак адрэстаўраваных памяшканняў.',
      ],
    },
  },
  {
    slug: 'golshany-castle-conservation',
    section: 'heritage',
    daysAgo: 35,
    place: 'golshany',
    image: { label: { en: 'Golshany Castle', be: 'Гальшанскі замак' }, motif: 'castle' },
    tags: ['castles', 'conservation'],
    links: { sites: ['golshany-castle-ruins'] },
    en: {
      headline: 'Conservation of the Golshany castle ruins continues',
      lead: 'Volunteers and specialists are stabilising walls of the seventeenth-century castle.',
      body: [
        'Work to conserve the ruins of Golshany Castle in the Oshmyany district has entered a new stage. Specialists are stabilising the remaining walls of the seventeenth-century residence of the Sapieha family so that they do not collapse further.',
        'Volunteer camps help with clearing debris and sorting finds under the supervision of archaeologists.',
        {
          quote: 'Ruins are also heritage. Our task is to stop the loss, so that the walls can be studied and seen by future generations.',
          by: 'Head of the Department for the Protection of Historical and Cultural Heritage of the Ministry of Culture',
        },
      ],
    },
  },
  {
    slug: 'polotsk-saint-sophia-frescoes',
    section: 'heritage',
    daysAgo: 49,
    place: 'polotsk',
    image: { label: { en: 'Saint Sophia Cathedral', be: 'Сафійскі сабор' }, motif: 'church' },
    tags: ['polotsk', 'frescoes', 'architecture'],
    links: { sites: ['saint-sophia-cathedral-polotsk'] },
    en: {
      headline: 'Researchers study ancient frescoes in Polotsk’s Saint Sophia Cathedral',
      lead: 'Fragments of eleventh-century wall painting are being documented with modern imaging.',
      body: [
        'Researchers are documenting fragments of ancient wall paintings in the Saint Sophia Cathedral in Polotsk, one of the oldest stone buildings in Belarus.',
        'The fragments, found in the lower parts of the walls, are photographed in ultraviolet and infrared light to reveal drawings hidden under later layers.',
        {
          quote: 'These paintings are witnesses of the time when Polotsk was one of the leading cities of Eastern Europe. Every centimetre counts.',
          by: 'Director of the National Polotsk Historical and Cultural Museum-Reserve',
        },
        'The cathedral also serves as a concert hall with a large organ, and concerts continue during the research.',
      ],
    },
    ru: {
      headline: 'Исследователи изучают древние фрески Софийского собора в Полоцке',
      lead: 'Фрагменты росписей XI века документируют с помощью современных методов съемки.',
      body: [
        'Исследователи документируют фрагменты древних росписей в Софийском соборе Полоцка — одном из старейших каменных зданий Беларуси.',
        'Фрагменты, обнаруженные в нижних частях стен, фотографируют в ультрафиолетовом и инфракрасном свете, чтобы увидеть рисунки под поздними слоями.',
        {
          quote: 'Эти росписи — свидетели времени, когда Полоцк был одним из ведущих городов Восточной Европы. Важен каждый сантиметр.',
          by: 'Директор Национального Полоцкого историко-культурного музея-заповедника',
        },
        'Собор также служит концертным залом с большим органом, и концерты продолжаются во время исследований.',
      ],
    },
  },
  {
    slug: 'kossovo-palace-opens-new-halls',
    section: 'heritage',
    daysAgo: 74,
    place: 'kossovo',
    image: { label: { en: 'Kossovo Palace', be: 'Косаўскі палац' }, motif: 'palace' },
    tags: ['kossovo', 'palace', 'restoration'],
    links: { sites: ['kossovo-palace'] },
    en: {
      headline: 'Kossovo Palace opens restored halls to visitors',
      lead: 'The neo-Gothic palace of the Puslowski family continues its return from ruin.',
      body: [
        'The Puslowski Palace in Kossovo, a neo-Gothic building of the nineteenth century, has opened restored halls on its ground floor. Visitors can see the central oval hall and rooms furnished with period pieces.',
        'For decades the palace stood in ruins after a fire during the Second World War. Restoration began in the late 2000s and is being completed in stages.',
        {
          quote: 'When restoration started, only walls were left. Today we can show visitors halls where concerts are held again.',
          by: 'Director of the Kossovo Palace and Park Ensemble museum',
        },
        'Near the palace is the manor of Tadeusz Kościuszko, where a museum tells the story of his life.',
      ],
    },
    be: {
      headline: 'Косаўскі палац адкрыў для наведвальнікаў адрэстаўраваныя залы',
      lead: 'Неагатычны палац Пуслоўскіх працягвае вяртацца з руін.',
      body: [
        'Палац Пуслоўскіх у Косаве, неагатычны будынак XIX стагоддзя, адкрыў адрэстаўраваныя залы на першым паверсе. Наведвальнікі могуць убачыць цэнтральную авальную залу і пакоі з мэбляй таго часу.',
        'Дзесяцігоддзямі палац стаяў у руінах пасля пажару ў гады Другой сусветнай вайны. Рэстаўрацыя пачалася ў канцы 2000-х і вядзецца паэтапна.',
        {
          quote: 'Калі пачыналася рэстаўрацыя, засталіся толькі сцены. Сёння мы можам паказаць наведвальнікам залы, дзе зноў праходзяць канцэрты.',
          by: 'Дырэктар музея «Палацава-паркавы ансамбль у Косаве»',
        },
        'Побач з палацам знаходзіцца сядзіба Тадэвуша Касцюшкі, дзе музей расказвае пра яго жыццё.',
      ],
    },
  },
];
