import type { SiteDraft } from './build-site.js';

// Booking contacts use the reserved `.example` domain (RFC 2606): real resorts' numbers and addresses do not belong in
// demo data that anyone may load and publish. Positions are those of each resort's grounds, to within a kilometre or so.

const bookAt = (name: string) => ({ email: `booking@${name}.example`, url: `https://${name}.example/booking` });

/** Demo places of kind `sanatorium`. */
export const sanatoriumSites: SiteDraft[] = [
  {
    kind: 'sanatorium',
    slug: 'priozerny-sanatorium',
    region: 'minsk-region',
    district: 'myadel',
    coordinates: { lat: 54.8985, lng: 26.699 },
    treatmentProfiles: ['cardiovascular', 'respiratory', 'nervous-system'],
    accommodation: {
      rooms: 270,
      beds: 500,
      description: { en: 'Single and double rooms and suites in three buildings among pines on the lake shore.' },
    },
    booking: bookAt('priozerny'),
    image: { label: { en: 'Priozerny sanatorium', be: 'Санаторый «Прыазёрны»' }, motif: 'spa' },
    tags: ['naroch', 'sanatoria', 'lakes'],
    links: { sites: ['narochansky-national-park'] },
    en: {
      name: 'Priozerny sanatorium',
      summary: 'A health resort on the shore of Lake Naroch treating heart, lung and nervous conditions.',
      address: 'Naroch resort settlement, Myadel district, Minsk region',
      description: [
        'The sanatorium stands in a pine forest on the shore of Lake Naroch, the largest lake in Belarus. Treatment combines the local mineral water and sapropel mud with physiotherapy and the clean air of the lake district.',
        'Guests have a sandy beach, a swimming pool, walking trails and bicycle hire.',
      ],
    },
    ru: {
      name: 'Санаторий «Приозерный»',
      summary: 'Здравница на берегу озера Нарочь: лечение болезней сердца, органов дыхания и нервной системы.',
      address: 'курортный поселок Нарочь, Мядельский район, Минская область',
      description: [
        'Санаторий стоит в сосновом лесу на берегу Нарочи, крупнейшего озера Беларуси. Лечение сочетает местную минеральную воду и сапропелевые грязи с физиотерапией и чистым воздухом Поозерья.',
        'К услугам гостей песчаный пляж, бассейн, терренкуры и прокат велосипедов.',
      ],
    },
    be: {
      name: 'Санаторый «Прыазёрны»',
      summary: 'Здраўніца на беразе возера Нарач: лячэнне хвароб сэрца, органаў дыхання і нервовай сістэмы.',
      address: 'курортны пасёлак Нарач, Мядзельскі раён, Мінская вобласць',
      description: [
        'Санаторый стаіць у хвойным лесе на беразе Нарачы, найбуйнейшага возера Беларусі. Лячэнне спалучае мясцовую мінеральную ваду і сапрапелевыя гразі з фізіятэрапіяй і чыстым паветрам Паазер’я.',
        'Да паслуг гасцей пясчаны пляж, басейн, тэрэнкуры і пракат веласіпедаў.',
      ],
    },
  },
  {
    kind: 'sanatorium',
    slug: 'sosny-sanatorium',
    region: 'minsk-region',
    district: 'myadel',
    coordinates: { lat: 54.9025, lng: 26.688 },
    treatmentProfiles: ['musculoskeletal', 'digestive', 'rehabilitation'],
    accommodation: { beds: 350 },
    booking: bookAt('sosny-naroch'),
    image: { label: { en: 'Sosny sanatorium', be: 'Санаторый «Сосны»' }, motif: 'spa' },
    tags: ['naroch', 'sanatoria'],
    en: {
      name: 'Sosny sanatorium',
      summary: 'A Naroch resort specialising in joints, spine and digestive disorders, and in recovery after surgery.',
      address: 'Naroch resort settlement, Myadel district, Minsk region',
      description: [
        'The sanatorium treats diseases of the joints and spine and of the digestive system, and offers rehabilitation after operations. Programmes include mud applications, hydrotherapy and exercise therapy.',
        'Its pine park leads straight to the lake promenade.',
      ],
    },
    ru: {
      name: 'Санаторий «Сосны»',
      summary: 'Нарочанская здравница: лечение суставов, позвоночника и органов пищеварения, восстановление после операций.',
      address: 'курортный поселок Нарочь, Мядельский район, Минская область',
      description: [
        'Санаторий лечит заболевания суставов и позвоночника, органов пищеварения и проводит реабилитацию после операций. В программах — грязелечение, водолечение и лечебная физкультура.',
        'Сосновый парк санатория выходит прямо к озерному променаду.',
      ],
    },
  },
  {
    kind: 'sanatorium',
    slug: 'naroch-sanatorium',
    region: 'minsk-region',
    district: 'myadel',
    coordinates: { lat: 54.9065, lng: 26.672 },
    treatmentProfiles: ['cardiovascular', 'endocrine', 'respiratory'],
    accommodation: { rooms: 200, description: { en: 'Rooms with balconies, many facing the lake.' } },
    booking: bookAt('naroch-sanatorium'),
    image: { label: { en: 'Naroch sanatorium', be: 'Санаторый «Нарач»' }, motif: 'lake' },
    tags: ['naroch', 'sanatoria'],
    en: {
      name: 'Naroch sanatorium',
      summary: 'A lakeside health resort for cardiovascular, endocrine and respiratory conditions.',
      address: 'Naroch resort settlement, Myadel district, Minsk region',
      description: [
        'The sanatorium offers courses of treatment for cardiovascular and endocrine conditions and for diseases of the respiratory system, with a salt cave and inhalation rooms.',
        'In winter guests ski along forest trails; in summer the sanatorium has its own pier and boat hire.',
      ],
    },
  },
  {
    kind: 'sanatorium',
    slug: 'chenki-sanatorium',
    region: 'gomel',
    district: 'gomel-district',
    coordinates: { lat: 52.356, lng: 31.044 },
    treatmentProfiles: ['cardiovascular', 'nervous-system', 'paediatric'],
    accommodation: { beds: 400, description: { en: 'Family rooms; children are treated together with their parents.' } },
    booking: bookAt('chenki'),
    image: { label: { en: 'Chenki sanatorium', be: 'Санаторый «Чонкі»' }, motif: 'spa' },
    tags: ['gomel', 'sanatoria', 'families'],
    en: {
      name: 'Chenki sanatorium',
      summary: 'A resort in the pine forests on the Sozh river near Gomel, welcoming families with children.',
      address: 'Chenki, Gomel district, Gomel region',
      description: [
        'The sanatorium stands in a pine forest on the high bank of the Sozh a few kilometres from Gomel. It treats cardiovascular and nervous conditions in adults and offers programmes for children.',
        'Mineral water is drawn from the resort’s own well.',
      ],
    },
    ru: {
      name: 'Санаторий «Ченки»',
      summary: 'Здравница в сосновых лесах на берегу Сожа под Гомелем, принимающая семьи с детьми.',
      address: 'д. Ченки, Гомельский район, Гомельская область',
      description: [
        'Санаторий расположен в сосновом бору на высоком берегу Сожа в нескольких километрах от Гомеля. Здесь лечат заболевания сердечно-сосудистой и нервной системы у взрослых и проводят программы для детей.',
        'Минеральная вода поступает из собственной скважины.',
      ],
    },
  },
  {
    kind: 'sanatorium',
    slug: 'pridneprovsky-sanatorium',
    region: 'gomel',
    district: 'rogachev',
    coordinates: { lat: 53.0725, lng: 30.083 },
    treatmentProfiles: ['digestive', 'endocrine', 'urological'],
    accommodation: { rooms: 150 },
    booking: bookAt('pridneprovsky'),
    image: { label: { en: 'Pridneprovsky sanatorium', be: 'Санаторый «Прыдняпроўскі»' }, motif: 'spa' },
    tags: ['dnieper', 'sanatoria'],
    en: {
      name: 'Pridneprovsky sanatorium',
      summary: 'A resort on the Dnieper near Rogachev treating digestive, endocrine and urological conditions.',
      address: 'near Rogachev, Gomel region',
      description: [
        'The sanatorium lies in a forest on the bank of the Dnieper. Its programmes use drinking mineral water, diet therapy and physiotherapy for digestive, metabolic and urological disorders.',
        'Guests can fish, take boat trips and visit the old town of Rogachev.',
      ],
    },
  },
  {
    kind: 'sanatorium',
    slug: 'belorusochka-sanatorium',
    region: 'minsk-region',
    district: 'minsk-district',
    coordinates: { lat: 53.965, lng: 27.418 },
    treatmentProfiles: ['musculoskeletal', 'gynaecological', 'skin', 'rehabilitation'],
    accommodation: { beds: 300 },
    booking: bookAt('belorusochka'),
    image: { label: { en: 'Belorusochka sanatorium', be: 'Санаторый «Беларусачка»' }, motif: 'spa' },
    tags: ['minsk', 'sanatoria'],
    en: {
      name: 'Belorusochka sanatorium',
      summary: 'A resort on the Drozdy reservoir just outside Minsk, for treatment without a long journey.',
      address: 'Drozdy reservoir, Minsk district',
      description: [
        'Belorusochka stands in a forest park on the shore of the Drozdy reservoir, within easy reach of the capital. It treats musculoskeletal, gynaecological and skin conditions and runs rehabilitation courses.',
        'Weekend programmes are popular with Minsk residents who cannot take a long holiday.',
      ],
    },
    ru: {
      name: 'Санаторий «Белорусочка»',
      summary: 'Здравница на берегу Дроздовского водохранилища у Минска — лечение без долгой дороги.',
      address: 'Дроздовское водохранилище, Минский район',
      description: [
        '«Белорусочка» расположена в лесопарке на берегу водохранилища Дрозды, недалеко от столицы. Здесь лечат заболевания опорно-двигательного аппарата, гинекологические и кожные болезни, проводят курсы реабилитации.',
        'Программы выходного дня пользуются спросом у минчан, которые не могут взять долгий отпуск.',
      ],
    },
  },
];
