import { type Locale, type Localized, resolveLocalized } from '@kraina/core';

// The site's own words; content arrives translated from the API, these are what the templates say around it.
const en = {
  skipToContent: 'Skip to main content',
  guidesLabel: 'Guides',
  languagesLabel: 'Language',
  homeHeading: 'News, events and places',
  homeDescription: 'The official portal: news, events and places to visit, in your language.',
  topNews: 'Top news',
  upcomingEvents: 'Upcoming events',
  featuredPlaces: 'Featured places',
  nothingPublishedYet: 'Nothing has been published here yet.',
  poweredBy: 'Built with Kraina, open-source software under the Apache-2.0 licence.',
  notFoundHeading: 'Page not found',
  notFoundLead: (path: string) => `There is no page at ${path}.`,
  notFoundHelp: 'It may have moved, or the address may have a typing mistake. These pages may help:',
  goHome: 'Go to the home page',
  serverErrorHeading: 'Something went wrong',
  serverErrorLead: 'The page could not be shown because of a problem on our side. Please try again in a moment.',
  guides: {
    events: 'Events Calendar',
    touristSites: 'Top Tourist Sites',
    unescoHeritage: 'UNESCO World Heritage Sites',
    sanatoria: 'Sanatoria and health resorts',
    souvenirs: 'Souvenirs',
    warMemorials: 'Great Patriotic War monuments',
  },
};

/** Every string the templates need, in one locale. */
export type Messages = typeof en;

const ru: Messages = {
  skipToContent: 'Перейти к основному содержанию',
  guidesLabel: 'Путеводители',
  languagesLabel: 'Язык',
  homeHeading: 'Новости, события и места',
  homeDescription: 'Официальный портал: новости, события и места, которые стоит посетить, на вашем языке.',
  topNews: 'Главные новости',
  upcomingEvents: 'Ближайшие события',
  featuredPlaces: 'Избранные места',
  nothingPublishedYet: 'Здесь пока ничего не опубликовано.',
  poweredBy: 'Сделано на Kraina — открытом программном обеспечении под лицензией Apache-2.0.',
  notFoundHeading: 'Страница не найдена',
  notFoundLead: (path) => `По адресу ${path} страницы нет.`,
  notFoundHelp: 'Возможно, она переехала или в адресе опечатка. Вот страницы, которые могут помочь:',
  goHome: 'Перейти на главную',
  serverErrorHeading: 'Что-то пошло не так',
  serverErrorLead: 'Страницу не удалось показать из-за ошибки на нашей стороне. Попробуйте ещё раз через минуту.',
  guides: {
    events: 'Календарь событий',
    touristSites: 'Главные достопримечательности',
    unescoHeritage: 'Объекты Всемирного наследия ЮНЕСКО',
    sanatoria: 'Санатории и курорты',
    souvenirs: 'Сувениры',
    warMemorials: 'Памятники Великой Отечественной войны',
  },
};

const be: Messages = {
  skipToContent: 'Перайсці да асноўнага зместу',
  guidesLabel: 'Даведнікі',
  languagesLabel: 'Мова',
  homeHeading: 'Навіны, падзеі і мясціны',
  homeDescription: 'Афіцыйны партал: навіны, падзеі і мясціны, якія варта наведаць, на вашай мове.',
  topNews: 'Галоўныя навіны',
  upcomingEvents: 'Бліжэйшыя падзеі',
  featuredPlaces: 'Выбраныя мясціны',
  nothingPublishedYet: 'Тут пакуль нічога не апублікавана.',
  poweredBy: 'Зроблена на Kraina — адкрытым праграмным забеспячэнні пад ліцэнзіяй Apache-2.0.',
  notFoundHeading: 'Старонка не знойдзена',
  notFoundLead: (path) => `Па адрасе ${path} старонкі няма.`,
  notFoundHelp: 'Магчыма, яна пераехала або ў адрасе памылка. Вось старонкі, якія могуць дапамагчы:',
  goHome: 'Перайсці на галоўную',
  serverErrorHeading: 'Нешта пайшло не так',
  serverErrorLead: 'Старонку не ўдалося паказаць праз памылку на нашым баку. Паспрабуйце яшчэ раз праз хвіліну.',
  guides: {
    events: 'Каляндар падзей',
    touristSites: 'Галоўныя славутасці',
    unescoHeritage: 'Аб’екты Сусветнай спадчыны ЮНЕСКА',
    sanatoria: 'Санаторыі і курорты',
    souvenirs: 'Сувеніры',
    warMemorials: 'Помнікі Вялікай Айчыннай вайны',
  },
};

const messages: Localized<Messages> = { en, ru, be };

/** The site's strings for a reader of `locale`, along core's fallback chain, so a new locale shows English until translated. */
export function messagesFor(locale: Locale): Messages {
  return resolveLocalized(messages, locale)?.value ?? en;
}
