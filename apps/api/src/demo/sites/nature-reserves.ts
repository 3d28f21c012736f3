import type { SiteDraft } from './build-site.js';

// Areas are the protected territories' published sizes, rounded; boundaries change from time to time.

/** Demo places of kind `nature-reserve`. */
export const natureReserveSites: SiteDraft[] = [
  {
    kind: 'nature-reserve',
    slug: 'braslav-lakes-national-park',
    region: 'vitebsk',
    district: 'braslav',
    coordinates: { lat: 55.6392, lng: 27.0436 },
    areaHectares: 69_115,
    protection: 'national-park',
    image: { label: { en: 'Braslav Lakes', be: 'Браслаўскія азёры' }, motif: 'lake' },
    tags: ['lakes', 'national-park', 'hiking'],
    links: { articles: ['braslav-lakes-new-trails'] },
    en: {
      name: 'Braslav Lakes National Park',
      summary: 'Some thirty lakes of glacial origin among wooded hills in the north-west of Belarus.',
      address: 'Braslav, Vitebsk region',
      description: [
        'The national park protects a landscape shaped by the last glaciation: chains of clear lakes with islands and bays, moraine hills and pine forests. The largest lakes are Drivyaty, Snudy and Strusto.',
        'The view from Mayak Hill in Braslav takes in several lakes at once. The park offers water routes, eco-trails and campsites.',
      ],
    },
    ru: {
      name: 'Национальный парк «Браславские озера»',
      summary: 'Около тридцати озер ледникового происхождения среди лесистых холмов на северо-западе Беларуси.',
      address: 'Браслав, Витебская область',
      description: [
        'Национальный парк охраняет ландшафт, сформированный последним оледенением: цепочки прозрачных озер с островами и заливами, моренные холмы и сосновые леса. Крупнейшие озера — Дривяты, Снуды и Струсто.',
        'С горы Маяк в Браславе видно сразу несколько озер. В парке есть водные маршруты, экотропы и стоянки.',
      ],
    },
    be: {
      name: 'Нацыянальны парк «Браслаўскія азёры»',
      summary: 'Каля трыццаці азёр ледавіковага паходжання сярод лясістых пагоркаў на паўночным захадзе Беларусі.',
      address: 'Браслаў, Віцебская вобласць',
      description: [
        'Нацыянальны парк ахоўвае ландшафт, сфармаваны апошнім зледзяненнем: ланцужкі празрыстых азёр з астравамі і залівамі, марэнныя пагоркі і хвойныя лясы. Найбуйнейшыя азёры — Дрывяты, Снуды і Струста.',
        'З гары Маяк у Браславе відаць адразу некалькі азёр. У парку ёсць водныя маршруты, экасцежкі і стаянкі.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'pripyatsky-national-park',
    region: 'gomel',
    district: 'petrikov',
    coordinates: { lat: 52.08, lng: 28.05 },
    areaHectares: 88_553,
    protection: 'national-park',
    image: { label: { en: 'Pripyatsky National Park', be: 'Прыпяцкі нацыянальны парк' }, motif: 'forest' },
    tags: ['polesie', 'national-park', 'floodplain'],
    en: {
      name: 'Pripyatsky National Park',
      summary: 'Floodplain meadows, oak forests and bogs of the Pripyat in the heart of Polesie.',
      address: 'Lyaskovichi, Petrikov district, Gomel region',
      description: [
        'The park protects the floodplain of the Pripyat, one of the largest natural river valleys in Europe. In spring the river floods meadows and forests for weeks, creating a resting place for migrating birds.',
        'Visitors can take boat trips along the Pripyat, walk eco-trails through oak woods and visit the nature museum in Lyaskovichi.',
      ],
    },
    ru: {
      name: 'Национальный парк «Припятский»',
      summary: 'Пойменные луга, дубравы и болота Припяти в сердце Полесья.',
      address: 'Лясковичи, Петриковский район, Гомельская область',
      description: [
        'Парк охраняет пойму Припяти — одну из крупнейших естественных речных долин Европы. Весной река на недели заливает луга и леса, создавая место отдыха для перелетных птиц.',
        'Гости могут совершить прогулку на катере по Припяти, пройти по экотропам через дубравы и посетить музей природы в Лясковичах.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'berezinsky-biosphere-reserve',
    region: 'vitebsk',
    district: 'lepel',
    coordinates: { lat: 54.733, lng: 28.328 },
    areaHectares: 85_200,
    protection: 'biosphere-reserve',
    image: { label: { en: 'Berezinsky Reserve', be: 'Бярэзінскі запаведнік' }, motif: 'forest' },
    tags: ['biosphere-reserve', 'forest', 'wildlife'],
    en: {
      name: 'Berezinsky Biosphere Reserve',
      summary: 'Forests and bogs of the upper Berezina, a UNESCO biosphere reserve since 1978.',
      address: 'Domzheritsy, Lepel district, Vitebsk region',
      description: [
        'The reserve protects the upper reaches of the Berezina with untouched forests and some of the largest raised bogs in Europe. Brown bears, elk, wolves, lynx and beavers live here.',
        'At Domzheritsy a nature museum and enclosures introduce visitors to the reserve’s animals, and guided routes lead into the forest.',
      ],
    },
    ru: {
      name: 'Березинский биосферный заповедник',
      summary: 'Леса и болота верховьев Березины, биосферный резерват ЮНЕСКО с 1978 года.',
      address: 'Домжерицы, Лепельский район, Витебская область',
      description: [
        'Заповедник охраняет верховья Березины с нетронутыми лесами и одними из крупнейших верховых болот Европы. Здесь обитают бурые медведи, лоси, волки, рыси и бобры.',
        'В Домжерицах музей природы и вольеры знакомят посетителей с животными заповедника, а экскурсионные маршруты ведут в лес.',
      ],
    },
    be: {
      name: 'Бярэзінскі біясферны запаведнік',
      summary: 'Лясы і балоты вярхоўяў Бярэзіны, біясферны рэзерват ЮНЕСКА з 1978 года.',
      address: 'Домжарыцы, Лепельскі раён, Віцебская вобласць',
      description: [
        'Запаведнік ахоўвае вярхоўі Бярэзіны з некранутымі лясамі і адными з найбуйнейшых верхавых балот Еўропы. Тут жывуць бурыя мядзведзі, ласі, ваўкі, рысі і бабры.',
        'У Домжарыцах музей прыроды і вальеры знаёмяць наведвальнікаў з жывёламі запаведніка, а экскурсійныя маршруты вядуць у лес.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'narochansky-national-park',
    region: 'minsk-region',
    district: 'myadel',
    coordinates: { lat: 54.8583, lng: 26.7686 },
    areaHectares: 97_300,
    protection: 'national-park',
    image: { label: { en: 'Narochansky National Park', be: 'Нацыянальны парк «Нарачанскі»' }, motif: 'lake' },
    tags: ['naroch', 'lakes', 'national-park'],
    links: { articles: ['naroch-eco-trail-opens'] },
    en: {
      name: 'Narochansky National Park',
      summary: 'The lake district around Naroch, the largest lake in Belarus, with the Blue Lakes reserve.',
      address: 'Naroch, Myadel district, Minsk region',
      description: [
        'The park takes in more than forty lakes, among them Naroch, Myastro and Batorino, surrounded by pine forests. Its Blue Lakes reserve protects deep glacial lakes and bogs.',
        'Beaches, cycle paths, eco-trails and numerous health resorts make Naroch the main holiday area of the country.',
      ],
    },
    ru: {
      name: 'Национальный парк «Нарочанский»',
      summary: 'Озерный край вокруг Нарочи, крупнейшего озера Беларуси, с заказником «Голубые озера».',
      address: 'Нарочь, Мядельский район, Минская область',
      description: [
        'В парк входят более сорока озер, среди них Нарочь, Мястро и Баторино, окруженные сосновыми лесами. Заказник «Голубые озера» охраняет глубокие ледниковые озера и болота.',
        'Пляжи, велодорожки, экотропы и многочисленные санатории делают Нарочь главным курортным районом страны.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'yelnya-bog-reserve',
    region: 'vitebsk',
    district: 'miory',
    coordinates: { lat: 55.57, lng: 27.86 },
    areaHectares: 25_301,
    protection: 'wildlife-refuge',
    image: { label: { en: 'Yelnya bog', be: 'Балота Ельня' }, motif: 'lake' },
    tags: ['bogs', 'birds', 'cranberries'],
    en: {
      name: 'Yelnya reserve',
      summary: 'One of the largest raised bogs in Europe, a resting place for thousands of migrating cranes and geese.',
      address: 'Miory district, Vitebsk region',
      description: [
        'Yelnya is a vast raised bog with more than a hundred small lakes. In spring and autumn it hosts thousands of migrating cranes and geese.',
        'A boardwalk trail and observation tower let visitors see the bog without disturbing it. Cranberries ripen here in the autumn.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'zvanets-reserve',
    region: 'brest',
    district: 'drogichin',
    coordinates: { lat: 51.96, lng: 24.8 },
    areaHectares: 16_227,
    protection: 'wildlife-refuge',
    image: { label: { en: 'Zvanets fen', be: 'Званец' }, motif: 'field' },
    tags: ['polesie', 'birds', 'fens'],
    en: {
      name: 'Zvanets reserve',
      summary: 'The largest open fen in Europe, home of the rare aquatic warbler.',
      address: 'Drogichin and Kobrin districts, Brest region',
      description: [
        'Zvanets is a vast sedge fen in Polesie, one of the last of its kind in Europe. It is a key breeding site of the aquatic warbler, a small songbird threatened worldwide.',
        'Controlled mowing and burning keep the fen open, as traditional haymaking once did.',
      ],
    },
  },
  {
    kind: 'nature-reserve',
    slug: 'nalibokskaya-pushcha',
    region: 'minsk-region',
    district: 'stolbtsy',
    coordinates: { lat: 53.85, lng: 26.45 },
    areaHectares: 82_000,
    protection: 'wildlife-refuge',
    image: { label: { en: 'Nalibokskaya Pushcha', be: 'Налібоцкая пушча' }, motif: 'forest' },
    tags: ['forest', 'wildlife', 'bison'],
    en: {
      name: 'Nalibokskaya Pushcha reserve',
      summary: 'One of the largest forest areas of Belarus, west of Minsk, home to bison, elk and beavers.',
      address: 'Stolbtsy and Volozhin districts, Minsk region',
      description: [
        'The Nalibokskaya Pushcha is a great forest on the left bank of the Neman. A herd of European bison was re-established here, and elk, lynx and black storks are common.',
        'During the war the forest sheltered large partisan units; memorials stand at several former camps.',
      ],
    },
  },
];
