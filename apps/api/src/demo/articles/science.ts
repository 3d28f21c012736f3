import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `science` section. */
export const scienceArticles: ArticleDraft[] = [
  {
    slug: 'satellite-data-helps-foresters',
    section: 'science',
    daysAgo: 15,
    place: 'minsk',
    image: { label: { en: 'Satellite forest monitoring', be: 'Касмічны маніторынг лесу' }, motif: 'science' },
    tags: ['space', 'forest', 'academy-of-sciences'],
    en: {
      headline: 'Satellite images help foresters spot damaged stands early',
      lead: 'Scientists of the National Academy of Sciences have built a service that flags outbreaks of bark beetle.',
      body: [
        'Scientists of the National Academy of Sciences of Belarus have developed a service that analyses satellite images of forests and flags stands damaged by bark beetle, storms or drought.',
        'The service compares images taken at different times and highlights places where the colour of the canopy has changed. Foresters then check these places on the ground.',
        {
          quote: 'A forester cannot walk every hectare every month, but a satellite passes over every few days. Together they see much more.',
          by: 'Deputy Chairman of the Presidium of the National Academy of Sciences',
        },
        'The system is already used by forestry enterprises in two regions and will be extended to the whole country.',
      ],
    },
    ru: {
      headline: 'Спутниковые снимки помогают лесоводам рано находить поврежденные насаждения',
      lead: 'Ученые Национальной академии наук создали сервис, который выявляет очаги короеда.',
      body: [
        'Ученые Национальной академии наук Беларуси разработали сервис, который анализирует спутниковые снимки лесов и отмечает насаждения, поврежденные короедом, ветровалом или засухой.',
        'Сервис сравнивает снимки, сделанные в разное время, и выделяет участки, где изменился цвет крон. Затем лесоводы проверяют эти места на земле.',
        {
          quote: 'Лесничий не может обойти каждый гектар каждый месяц, а спутник пролетает раз в несколько дней. Вместе они видят гораздо больше.',
          by: 'Заместитель Председателя Президиума Национальной академии наук',
        },
        'Системой уже пользуются лесхозы двух областей, а затем она будет распространена на всю страну.',
      ],
    },
    be: {
      headline: 'Спадарожнікавыя здымкі дапамагаюць лесаводам рана знаходзіць пашкоджаныя насаджэнні',
      lead: 'Навукоўцы Нацыянальнай акадэміі навук стварылі сэрвіс, які выяўляе ачагі караеда.',
      body: [
        'Навукоўцы Нацыянальнай акадэміі навук Беларусі распрацавалі сэрвіс, які аналізуе спадарожнікавыя здымкі лясоў і адзначае насаджэнні, пашкоджаныя караедам, ветраломам або засухай.',
        'Сэрвіс параўноўвае здымкі, зробленыя ў розны час, і вылучае ўчасткі, дзе змяніўся колер крон. Затым лесаводы правяраюць гэтыя месцы на зямлі.',
        {
          quote: 'Ляснічы не можа абысці кожны гектар кожны месяц, а спадарожнік пралятае раз на некалькі дзён. Разам яны бачаць значна больш.',
          by: 'Намеснік Старшыні Прэзідыума Нацыянальнай акадэміі навук',
        },
        'Сістэмай ужо карыстаюцца лясгасы дзвюх абласцей, а затым яна будзе пашырана на ўсю краіну.',
      ],
    },
  },
  {
    slug: 'new-potato-varieties-academy',
    section: 'science',
    daysAgo: 30,
    place: 'minsk',
    image: { label: { en: 'New potato varieties' }, motif: 'field' },
    tags: ['agriculture', 'breeding', 'academy-of-sciences'],
    en: {
      headline: 'Breeders register new potato varieties resistant to disease',
      lead: 'The varieties were bred in Belarus and suit both farms and home gardens.',
      body: [
        'Breeders of the Scientific and Practical Centre for Potato, Fruit and Vegetable Growing have registered new potato varieties. They are resistant to late blight and to the potato cyst nematode.',
        'Two varieties are intended for crisps and chips, and one for home gardens, where growers rarely spray their crops.',
        {
          quote: 'Belarus has always been a potato country. A good variety saves farmers money on chemicals and gives families a reliable harvest.',
          by: 'Director General of the Scientific and Practical Centre for Potato, Fruit and Vegetable Growing',
        },
      ],
    },
  },
  {
    slug: 'supercomputer-centre-opens',
    section: 'science',
    daysAgo: 52,
    place: 'minsk',
    image: { label: { en: 'Supercomputer centre' }, motif: 'science' },
    tags: ['supercomputer', 'it', 'research'],
    en: {
      headline: 'New supercomputer centre opens for scientists and industry',
      lead: 'The centre will run simulations for engineering, medicine and climate research.',
      body: [
        'A new supercomputer centre has opened at the United Institute of Informatics Problems of the National Academy of Sciences. Its computing power is available to research institutes, universities and industrial companies.',
        'Among the first tasks are simulations of new tractor and truck designs, analysis of medical images, and regional climate models.',
        {
          quote: 'Computation has become the third way of doing science, alongside theory and experiment. Now our scientists do not need to queue for time abroad.',
          by: 'Director General of the United Institute of Informatics Problems',
        },
      ],
    },
  },
  {
    slug: 'printed-implants-minsk-surgeons',
    section: 'science',
    daysAgo: 77,
    place: 'minsk',
    image: { label: { en: '3D-printed implants' }, motif: 'science' },
    tags: ['medicine', '3d-printing', 'research'],
    en: {
      headline: 'Minsk surgeons use 3D-printed implants designed for each patient',
      lead: 'Implants are printed from titanium powder to match a scan of the patient’s bone.',
      body: [
        'Surgeons at a Minsk clinical centre have begun using titanium implants printed to match each patient’s anatomy. The implants are designed from computed tomography scans and printed in Belarus.',
        'Personalised implants shorten operations and help patients recover faster, especially after injuries of the face and skull.',
        {
          quote: 'Until recently we adapted the patient to the implant. Now we make the implant for the patient.',
          by: 'Chief freelance maxillofacial surgeon of the Ministry of Health',
        },
      ],
    },
  },
  {
    slug: 'space-research-school-programme',
    section: 'science',
    daysAgo: 0,
    place: 'minsk',
    workflow: 'draft',
    image: { label: { en: 'Space research for schools' }, motif: 'science' },
    tags: ['space', 'education'],
    en: {
      headline: 'Schoolchildren will receive data from a Belarusian satellite',
      lead: 'A new programme lets pupils work with real images from space.',
      body: [
        'A new programme will let secondary school pupils work with images from the Belarusian remote sensing satellite.',
        'Pupils will map changes in their own districts, from new housing to the state of rivers and forests.',
        'The first schools will join the programme after teachers complete a short training course.',
      ],
    },
  },
];
