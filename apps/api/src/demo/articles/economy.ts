import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `economy` section (under `business`). */
export const economyArticles: ArticleDraft[] = [
  {
    slug: 'national-bank-keeps-refinancing-rate',
    section: 'economy',
    daysAgo: 3,
    place: 'minsk',
    image: { label: { en: 'National Bank', be: 'Нацыянальны банк' }, motif: 'government' },
    tags: ['national-bank', 'inflation', 'monetary-policy'],
    en: {
      headline: 'National Bank keeps refinancing rate unchanged',
      lead: 'The board said price growth remains within its forecast for the year.',
      body: [
        'The Board of the National Bank has decided to keep the refinancing rate unchanged. According to the bank, consumer price growth remains within the forecast range for the year.',
        'The board noted steady demand for loans from households and a gradual increase in savings in Belarusian roubles, which supports the stability of the exchange rate.',
        {
          quote: 'Our task is predictable prices. Businesses and families plan better when they know what tomorrow’s rouble will be worth.',
          by: 'Deputy Chairman of the Board of the National Bank',
        },
        'The next meeting of the board on monetary policy is scheduled in six weeks.',
      ],
    },
    ru: {
      headline: 'Национальный банк сохранил ставку рефинансирования',
      lead: 'Правление отметило, что рост цен остается в рамках прогноза на год.',
      body: [
        'Правление Национального банка приняло решение сохранить ставку рефинансирования. По данным банка, рост потребительских цен остается в пределах прогнозного диапазона на год.',
        'Правление отметило устойчивый спрос населения на кредиты и постепенный рост сбережений в белорусских рублях, что поддерживает стабильность обменного курса.',
        {
          quote: 'Наша задача — предсказуемые цены. Бизнес и семьи лучше планируют, когда знают, сколько будет стоить рубль завтра.',
          by: 'Заместитель Председателя Правления Национального банка',
        },
        'Следующее заседание правления по вопросам денежно-кредитной политики запланировано через шесть недель.',
      ],
    },
    be: {
      headline: 'Нацыянальны банк захаваў стаўку рэфінансавання',
      lead: 'Праўленне адзначыла, што рост цэн застаецца ў межах прагнозу на год.',
      body: [
        'Праўленне Нацыянальнага банка прыняло рашэнне захаваць стаўку рэфінансавання. Па звестках банка, рост спажывецкіх цэн застаецца ў межах прагнознага дыяпазону на год.',
        'Праўленне адзначыла ўстойлівы попыт насельніцтва на крэдыты і паступовы рост зберажэнняў у беларускіх рублях, што падтрымлівае стабільнасць абменнага курсу.',
        {
          quote: 'Наша задача — прадказальныя цэны. Бізнес і сем’і лепш плануюць, калі ведаюць, колькі будзе каштаваць рубель заўтра.',
          by: 'Намеснік Старшыні Праўлення Нацыянальнага банка',
        },
        'Наступнае пасяджэнне праўлення па пытаннях грашова-крэдытнай палітыкі запланавана праз шэсць тыдняў.',
      ],
    },
  },
  {
    slug: 'grain-harvest-results',
    section: 'economy',
    daysAgo: 16,
    place: 'minsk',
    image: { label: { en: 'Grain harvest', be: 'Ураджай збожжа' }, motif: 'field' },
    tags: ['harvest', 'agriculture', 'grain'],
    en: {
      headline: 'Farms sum up the grain harvest',
      lead: 'The Minsk and Grodno regions were again the leaders in yield.',
      body: [
        'Agricultural enterprises have summed up the results of the grain harvest. The Minsk and Grodno regions again reported the highest yields per hectare.',
        'Farms have already filled the state grain fund and laid in seed for the next season. Surplus feed grain will go to livestock complexes.',
        {
          quote: 'The weather did not spoil us this year, but the machinery was ready and the people worked without days off. That is why the result is there.',
          by: 'Minister of Agriculture and Food',
        },
        'The best combine harvester operators and farm managers will be honoured at the national harvest festival, Dazhynki.',
      ],
    },
    ru: {
      headline: 'Хозяйства подвели итоги уборки зерновых',
      lead: 'Лидерами по урожайности вновь стали Минская и Гродненская области.',
      body: [
        'Сельскохозяйственные предприятия подвели итоги уборки зерновых. Наивысшую урожайность с гектара вновь показали Минская и Гродненская области.',
        'Хозяйства уже заполнили государственный фонд зерна и заложили семена на следующий сезон. Излишки фуражного зерна пойдут на животноводческие комплексы.',
        {
          quote: 'Погода в этом году нас не баловала, но техника была готова, а люди работали без выходных. Поэтому и результат есть.',
          by: 'Министр сельского хозяйства и продовольствия',
        },
        'Лучших комбайнеров и руководителей хозяйств чествуют на республиканском празднике тружеников села «Дожинки».',
      ],
    },
  },
  {
    slug: 'brest-logistics-centre-expands',
    section: 'economy',
    daysAgo: 29,
    place: 'brest',
    image: { label: { en: 'Brest logistics centre' }, motif: 'factory' },
    tags: ['logistics', 'transit', 'rail'],
    en: {
      headline: 'Logistics centre near Brest doubles its warehouse space',
      lead: 'The expansion is meant to handle growing container traffic on the rail route between China and Europe.',
      body: [
        'A logistics centre near Brest has opened new warehouses, doubling its storage space. The centre handles goods moving by rail between China and the European Union.',
        'At Brest, trains switch between the wide Russian gauge and the standard European gauge, so containers are moved from one train to another. The new terminal allows this to be done faster and with less waiting.',
        {
          quote: 'Brest has been a gateway for a century and a half. Our job is to make sure a container spends hours here, not days.',
          by: 'Director of the Brest branch of Belarusian Railway',
        },
      ],
    },
  },
  {
    slug: 'gomel-region-investment-projects',
    section: 'economy',
    daysAgo: 41,
    place: 'gomel',
    image: { label: { en: 'Gomel region investment' }, motif: 'city' },
    tags: ['investment', 'regions'],
    en: {
      headline: 'Gomel region presents investment projects to foreign partners',
      lead: 'Sites for woodworking, food processing and tourism are on offer in the Polesie districts.',
      body: [
        'The Gomel Regional Executive Committee has presented a catalogue of investment projects to foreign partners. It includes ready sites for woodworking, food processing and roadside services.',
        'Special attention is paid to the southern districts of Polesie, where investors receive additional tax benefits under the programme for small and medium-sized towns.',
        {
          quote: 'We offer land with roads, power and water already in place. An investor should start building, not negotiating utilities.',
          by: 'Deputy Chairman of the Gomel Regional Executive Committee',
        },
        'Several projects in tourism are linked to the Pripyatsky National Park and the ancient town of Turov.',
      ],
    },
  },
  {
    slug: 'potash-output-soligorsk',
    section: 'economy',
    daysAgo: 55,
    place: 'soligorsk',
    image: { label: { en: 'Potash mining' }, motif: 'factory' },
    tags: ['potash', 'mining', 'exports'],
    en: {
      headline: 'Soligorsk miners open a new potash panel',
      lead: 'The new section of the mine will keep output steady for the next decade.',
      body: [
        'Miners in Soligorsk have started extracting ore from a new panel of the mine. The section was prepared over three years and will keep output steady for the next decade.',
        'Modern heading machines and conveyor systems allow ore to be mined deeper with fewer people underground.',
        {
          quote: 'Safety came first in every decision we made for this panel. Automation means fewer people in the most dangerous places.',
          by: 'Chief engineer of the mining administration',
        },
      ],
    },
    ru: {
      headline: 'Горняки Солигорска ввели в работу новую лаву',
      lead: 'Новый участок рудника обеспечит стабильную добычу на следующее десятилетие.',
      body: [
        'Горняки Солигорска начали добычу руды на новом участке рудника. Его готовили три года, и он обеспечит стабильную добычу на следующее десятилетие.',
        'Современные проходческие комбайны и конвейерные системы позволяют добывать руду глубже при меньшем числе людей под землей.',
        {
          quote: 'Безопасность была на первом месте в каждом решении по этому участку. Автоматизация означает меньше людей в самых опасных местах.',
          by: 'Главный инженер рудоуправления',
        },
      ],
    },
  },
  {
    slug: 'housing-programme-large-families',
    section: 'economy',
    daysAgo: 68,
    place: 'minsk',
    image: { label: { en: 'New housing', be: 'Новае жыллё' }, motif: 'city' },
    tags: ['housing', 'construction', 'families'],
    en: {
      headline: 'Builders hand over new flats to large families',
      lead: 'State-supported housing programmes continue in every regional centre.',
      body: [
        'Construction companies have handed over new blocks of flats built under the state housing programme. Large families receive the flats with subsidised loans and partial repayment of debt.',
        'The new districts include schools, kindergartens and clinics designed together with the housing, so that families do not have to wait years for services.',
        {
          quote: 'A flat is only half the job. A family needs a school within walking distance and a bus stop at the door.',
          by: 'Minister of Architecture and Construction',
        },
        'Construction under the programme continues in every regional centre and in many district towns.',
      ],
    },
    ru: {
      headline: 'Строители передали новые квартиры многодетным семьям',
      lead: 'Программы государственной поддержки жилищного строительства продолжаются во всех областных центрах.',
      body: [
        'Строительные организации сдали новые многоквартирные дома, построенные по государственной жилищной программе. Многодетные семьи получают квартиры с льготными кредитами и частичным погашением задолженности.',
        'Новые микрорайоны включают школы, детские сады и поликлиники, спроектированные вместе с жильем, чтобы семьям не приходилось годами ждать услуг.',
        {
          quote: 'Квартира — это только половина дела. Семье нужна школа в пешей доступности и остановка у дома.',
          by: 'Министр архитектуры и строительства',
        },
        'Строительство по программе продолжается во всех областных центрах и во многих районных городах.',
      ],
    },
    be: {
      headline: 'Будаўнікі перадалі новыя кватэры шматдзетным сем’ям',
      lead: 'Праграмы дзяржаўнай падтрымкі жыллёвага будаўніцтва працягваюцца ва ўсіх абласных цэнтрах.',
      body: [
        'Будаўнічыя арганізацыі здалі новыя шматкватэрныя дамы, пабудаваныя па дзяржаўнай жыллёвай праграме. Шматдзетныя сем’і атрымліваюць кватэры з льготнымі крэдытамі і частковым пагашэннем запазычанасці.',
        'Новыя мікрараёны ўключаюць школы, дзіцячыя садкі і паліклінікі, спраектаваныя разам з жыллём, каб сем’ям не даводзілася гадамі чакаць паслуг.',
        {
          quote: 'Кватэра — гэта толькі палова справы. Сям’і патрэбна школа ў пешай даступнасці і прыпынак каля дома.',
          by: 'Міністр архітэктуры і будаўніцтва',
        },
        'Будаўніцтва па праграме працягваецца ва ўсіх абласных цэнтрах і ў многіх раённых гарадах.',
      ],
    },
    draftLocales: ['be'],
  },
  {
    slug: 'retail-turnover-quarterly-review',
    section: 'economy',
    daysAgo: 0,
    place: 'minsk',
    workflow: 'draft',
    image: { label: { en: 'Retail turnover' }, motif: 'city' },
    tags: ['retail', 'statistics'],
    en: {
      headline: 'Retail turnover grows in the quarter, statistics committee says',
      lead: 'Food and household goods led the growth.',
      body: [
        'Retail turnover grew in the last quarter in comparable prices, according to preliminary data from the National Statistical Committee.',
        'Food and household goods accounted for most of the increase, while online sales continued to gain share.',
        'Final figures will be published after regional data have been checked.',
      ],
    },
  },
];
