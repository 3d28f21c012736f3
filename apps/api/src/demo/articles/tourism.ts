import type { ArticleDraft } from './build-article.js';

/** Demo stories for the `tourism` section. */
export const tourismArticles: ArticleDraft[] = [
  {
    slug: 'foreign-visitors-numbers-grow',
    section: 'tourism',
    daysAgo: 10,
    place: 'minsk',
    agency: 'portal',
    image: { label: { en: 'Visitors to Belarus', be: 'Госці Беларусі' }, motif: 'castle' },
    tags: ['tourism', 'visa-free', 'statistics'],
    links: { articles: ['visa-free-entry-extended'], sites: ['mir-castle-complex', 'brest-hero-fortress'] },
    en: {
      headline: 'More foreign visitors come to Belarus',
      lead: 'Castles, health resorts and national parks are the most popular destinations.',
      body: [
        'The number of foreign tourists visiting Belarus continues to grow, according to the Ministry of Sport and Tourism. Most visitors come from neighbouring countries, but arrivals from Asia and the Middle East are rising.',
        'The most visited places remain the castles of Mir and Nesvizh, the Brest Fortress and the Belovezhskaya Pushcha. Health resorts attract guests for longer stays.',
        {
          quote: 'Visitors tell us they did not expect so much to see so close to home. Our job is to make every trip easy to organise.',
          by: 'Minister of Sport and Tourism',
        },
      ],
    },
    ru: {
      headline: 'В Беларусь приезжает больше иностранных туристов',
      lead: 'Самые популярные направления — замки, санатории и национальные парки.',
      body: [
        'Число иностранных туристов, посещающих Беларусь, продолжает расти, сообщает Министерство спорта и туризма. Большинство гостей приезжают из соседних стран, но растет и поток из Азии и с Ближнего Востока.',
        'Самыми посещаемыми местами остаются замки в Мире и Несвиже, Брестская крепость и Беловежская пуща. Санатории привлекают гостей на более длительный срок.',
        {
          quote: 'Гости говорят нам, что не ожидали увидеть так много так близко от дома. Наша задача — сделать так, чтобы каждую поездку было легко организовать.',
          by: 'Министр спорта и туризма',
        },
      ],
    },
    be: {
      headline: 'У Беларусь прыязджае больш замежных турыстаў',
      lead: 'Самыя папулярныя напрамкі — замкі, санаторыі і нацыянальныя паркі.',
      body: [
        'Колькасць замежных турыстаў, якія наведваюць Беларусь, працягвае расці, паведамляе Міністэрства спорту і турызму. Большасць гасцей прыязджаюць з суседніх краін, але расце і плынь з Азіі і з Блізкага Усходу.',
        'Самымі наведвальнымі мясцінамі застаюцца замкі ў Міры і Нясвіжы, Брэсцкая крэпасць і Белавежская пушча. Санаторыі прыцягваюць гасцей на больш працяглы тэрмін.',
        {
          quote: 'Госці кажуць нам, што не чакалі ўбачыць так шмат так блізка ад дому. Наша задача — зрабіць так, каб кожнае падарожжа было лёгка арганізаваць.',
          by: 'Міністр спорту і турызму',
        },
      ],
    },
  },
  {
    slug: 'agroecotourism-homesteads-welcome-guests',
    section: 'tourism',
    daysAgo: 22,
    place: 'braslav',
    agency: 'portal',
    image: { label: { en: 'Rural homesteads' }, motif: 'field' },
    tags: ['agroecotourism', 'villages'],
    en: {
      headline: 'Rural homesteads welcome guests who want a quiet holiday',
      lead: 'Around two and a half thousand farmsteads now offer rooms, home cooking and crafts.',
      body: [
        'Agroecotourism keeps growing in Belarus. Around two and a half thousand rural homesteads offer rooms to guests, most of them near lakes, forests and national parks.',
        'Hosts cook with produce from their own gardens, run bathhouses and teach crafts such as pottery or weaving. Many have become the main employers in their villages.',
        {
          quote: 'A guest who has spent a week in a village leaves as a friend. That is why people come back to the same hosts year after year.',
          by: 'Chairperson of the Belarusian Association of Rural and Ecotourism',
        },
      ],
    },
  },
  {
    slug: 'braslav-lakes-new-trails',
    section: 'tourism',
    daysAgo: 37,
    place: 'braslav',
    image: { label: { en: 'Braslav Lakes', be: 'Браслаўскія азёры' }, motif: 'lake' },
    tags: ['braslav-lakes', 'national-park', 'hiking'],
    links: { sites: ['braslav-lakes-national-park'] },
    draftLocales: ['be'],
    en: {
      headline: 'Braslav Lakes National Park opens new walking and water trails',
      lead: 'Visitors can follow marked routes between lakes and a new canoe trail.',
      body: [
        'The Braslav Lakes National Park has opened new eco-trails. A walking trail leads to Mayak Hill, with a view over several lakes at once, and a canoe route links the lakes through narrow channels.',
        'Information boards tell about the park’s birds and the glacial origin of the lake landscape. Camping sites have new shelters and fireplaces.',
        {
          quote: 'We want visitors to enjoy the lakes without harming them. Marked trails protect the shores and the nesting places of birds.',
          by: 'Director of the Braslav Lakes National Park',
        },
        'Guides can be booked at the park’s visitor centre in Braslav.',
      ],
    },
    ru: {
      headline: 'Национальный парк «Браславские озера» открыл новые пешие и водные маршруты',
      lead: 'Посетители могут пройти по размеченным тропам между озерами и по новому байдарочному маршруту.',
      body: [
        'В национальном парке «Браславские озера» открылись новые экологические тропы. Пешая тропа ведет на гору Маяк с видом сразу на несколько озер, а байдарочный маршрут соединяет озера через узкие протоки.',
        'Информационные стенды рассказывают о птицах парка и ледниковом происхождении озерного ландшафта. На стоянках появились новые навесы и кострища.',
        {
          quote: 'Мы хотим, чтобы гости наслаждались озерами, не нанося им вреда. Размеченные тропы защищают берега и места гнездования птиц.',
          by: 'Директор национального парка «Браславские озера»',
        },
        'Заказать гида можно в визит-центре парка в Браславе.',
      ],
    },
    be: {
      headline: 'Нацыянальны парк «Браслаўскія азёры» адкрыў новыя пешыя і водныя маршруты',
      lead: 'Наведвальнікі могуць прайсці па размечаных сцежках паміж азёрамі і па новым байдарачным маршруце.',
      body: [
        'У нацыянальным парку «Браслаўскія азёры» адкрыліся новыя экалагічныя сцежкі. Пешая сцежка вядзе на гару Маяк з выглядам адразу на некалькі азёр, а байдарачны маршрут злучае азёры праз вузкія пратокі.',
        'Інфармацыйныя стэнды расказваюць пра птушак парку і ледавіковае паходжанне азёрнага ландшафту. На стаянках з’явіліся новыя навесы і кастрышчы.',
        {
          quote: 'Мы хочам, каб госці атрымлівалі асалоду ад азёр, не шкодзячы ім. Размечаныя сцежкі ахоўваюць берагі і месцы гнездавання птушак.',
          by: 'Дырэктар нацыянальнага парку «Браслаўскія азёры»',
        },
        'Замовіць гіда можна ў візіт-цэнтры парку ў Браславе.',
      ],
    },
  },
  {
    slug: 'brest-fortress-visitor-centre',
    section: 'tourism',
    daysAgo: 45,
    place: 'brest',
    image: { label: { en: 'Brest Fortress', be: 'Брэсцкая крэпасць' }, motif: 'memorial' },
    tags: ['brest-fortress', 'museum', 'tourism'],
    links: { sites: ['brest-hero-fortress'] },
    en: {
      headline: 'Brest Fortress memorial opens a new visitor centre',
      lead: 'The centre offers audio guides in several languages and a hall for school groups.',
      body: [
        'A new visitor centre has opened at the Brest Hero Fortress memorial complex. It offers audio guides in several languages, a hall for school groups and an exhibition introducing the history of the fortress.',
        'The centre is designed to help the many visitors who come to the memorial every year, especially on days of remembrance.',
        {
          quote: 'Brest Fortress is a place every visitor to our country should see. We want them to understand what happened here, in a language they know.',
          by: 'Director of the Brest Hero Fortress memorial complex',
        },
      ],
    },
  },
  {
    slug: 'naroch-eco-trail-opens',
    section: 'tourism',
    daysAgo: 60,
    place: 'naroch',
    image: { label: { en: 'Naroch eco-trail' }, motif: 'lake' },
    tags: ['naroch', 'national-park', 'hiking'],
    links: { sites: ['narochansky-national-park'] },
    en: {
      headline: 'A boardwalk trail opens through the Blue Lakes of Naroch',
      lead: 'The new route lets visitors cross a bog without leaving the path.',
      body: [
        'The Narochansky National Park has opened a boardwalk trail in the Blue Lakes reserve. The route crosses a raised bog and leads to viewpoints over the lakes.',
        'Walking on the boardwalk protects fragile mosses and plants, including rare orchids. Signs explain how bogs store water and carbon.',
        {
          quote: 'A bog is not a wasteland but one of the richest places in the park. The boardwalk lets people see that with dry feet.',
          by: 'Chief scientist of the Narochansky National Park',
        },
      ],
    },
  },
  {
    slug: 'father-frost-estate-belovezhskaya-pushcha',
    section: 'tourism',
    daysAgo: 84,
    place: 'kamenets',
    image: { label: { en: 'Belovezhskaya Pushcha', be: 'Белавежская пушча' }, motif: 'forest' },
    tags: ['belovezhskaya-pushcha', 'families', 'winter'],
    links: { sites: ['belovezhskaya-pushcha'] },
    en: {
      headline: 'Father Frost’s estate in Belovezhskaya Pushcha prepares for guests',
      lead: 'The fairy-tale estate deep in the ancient forest expects thousands of families.',
      body: [
        'The estate of Father Frost in Belovezhskaya Pushcha is preparing for its busiest season. Families come here from all over the country and from abroad to visit the Belarusian winter wizard in his wooden house.',
        'A visit usually combines the estate with the museum of nature and enclosures where visitors can see European bison, the symbol of the Pushcha.',
        {
          quote: 'For many children this is their first trip to a real ancient forest. We want them to remember the bison as well as the presents.',
          by: 'Director General of the Belovezhskaya Pushcha National Park',
        },
      ],
    },
  },
];
