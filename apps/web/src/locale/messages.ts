import { type Locale, type Localized, resolveLocalized } from '@kraina/core';
import { IntlMessageFormat } from 'intl-messageformat';

// The site's own words, as ICU messages; content arrives translated from the API, these are what the templates say
// around it. Plurals and numbers go through ICU, since Russian and Belarusian need one/few/many forms English lacks.
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
  notFoundLead: 'There is no page at {path}.',
  notFoundHelp: 'It may have moved, or the address may have a typing mistake. These pages may help:',
  goHome: 'Go to the home page',
  serverErrorHeading: 'Something went wrong',
  serverErrorLead: 'The page could not be shown because of a problem on our side. Please try again in a moment.',
  home: 'Home',
  news: 'News',
  newsDescription: 'The latest news from the official portal.',
  breadcrumbsLabel: 'You are here',
  sectionsLabel: 'News sections',
  paginationLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: 'Page {page, number}',
  pageOf: 'Page {page, number} of {totalPages, number}',
  articleCount: '{count, plural, one {# article} other {# articles}}',
  noNewsYet: 'There is no news in this section yet.',
  allNews: 'All news',
  published: 'Published',
  updated: 'Updated',
  photoCredit: 'Photo: {credit}',
  shownInLanguage: 'This article has not been translated yet, so it is shown in {language}.',
  tags: 'Tags',
  relatedArticles: 'Related news',
  relatedEvents: 'Related events',
  relatedPlaces: 'Related places',
  dayArchiveHeading: 'News of {date}',
  dayArchiveDescription: 'Everything published on {date}.',
  noNewsThatDay: 'No news was published on this day.',
  newsArchive: 'Archive',
  calendarLabel: 'News calendar',
  previousMonth: 'Previous month: {month}',
  nextMonth: 'Next month: {month}',
  dayWithNews: '{date}: {count, plural, one {# article} other {# articles}}',
  feedLink: 'RSS feed',
  feedTitle: '{site}: news',
  sectionFeedTitle: '{site}: {section}',
  allEvents: 'All events',
  allPlaces: 'All places',
  guides: {
    events: 'Events Calendar',
    touristSites: 'Top Tourist Sites',
    unescoHeritage: 'UNESCO World Heritage Sites',
    sanatoria: 'Sanatoria and health resorts',
    souvenirs: 'Souvenirs',
    warMemorials: 'Great Patriotic War monuments',
  },
};

/** Every string the templates need, in one locale, as ICU messages. */
export type Messages = typeof en;

/** The name of a message that has no placeholders, so it can be shown as it is. */
export type MessageKey = Exclude<keyof Messages, 'guides'>;

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
  notFoundLead: 'По адресу {path} страницы нет.',
  notFoundHelp: 'Возможно, она переехала или в адресе опечатка. Вот страницы, которые могут помочь:',
  goHome: 'Перейти на главную',
  serverErrorHeading: 'Что-то пошло не так',
  serverErrorLead: 'Страницу не удалось показать из-за ошибки на нашей стороне. Попробуйте ещё раз через минуту.',
  home: 'Главная',
  news: 'Новости',
  newsDescription: 'Последние новости официального портала.',
  breadcrumbsLabel: 'Вы здесь',
  sectionsLabel: 'Разделы новостей',
  paginationLabel: 'Страницы',
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageNumber: 'Страница {page, number}',
  pageOf: 'Страница {page, number} из {totalPages, number}',
  articleCount: '{count, plural, one {# новость} few {# новости} many {# новостей} other {# новости}}',
  noNewsYet: 'В этом разделе пока нет новостей.',
  allNews: 'Все новости',
  published: 'Опубликовано',
  updated: 'Обновлено',
  photoCredit: 'Фото: {credit}',
  shownInLanguage: 'Эта статья ещё не переведена, поэтому показана на языке: {language}.',
  tags: 'Теги',
  relatedArticles: 'Связанные новости',
  relatedEvents: 'Связанные события',
  relatedPlaces: 'Связанные места',
  dayArchiveHeading: 'Новости за {date}',
  dayArchiveDescription: 'Всё, что опубликовано {date}.',
  noNewsThatDay: 'В этот день новости не публиковались.',
  newsArchive: 'Архив',
  calendarLabel: 'Календарь новостей',
  previousMonth: 'Предыдущий месяц: {month}',
  nextMonth: 'Следующий месяц: {month}',
  dayWithNews: '{date}: {count, plural, one {# новость} few {# новости} many {# новостей} other {# новости}}',
  feedLink: 'RSS-лента',
  feedTitle: '{site}: новости',
  sectionFeedTitle: '{site}: {section}',
  allEvents: 'Все события',
  allPlaces: 'Все места',
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
  notFoundLead: 'Па адрасе {path} старонкі няма.',
  notFoundHelp: 'Магчыма, яна пераехала або ў адрасе памылка. Вось старонкі, якія могуць дапамагчы:',
  goHome: 'Перайсці на галоўную',
  serverErrorHeading: 'Нешта пайшло не так',
  serverErrorLead: 'Старонку не ўдалося паказаць праз памылку на нашым баку. Паспрабуйце яшчэ раз праз хвіліну.',
  home: 'Галоўная',
  news: 'Навіны',
  newsDescription: 'Апошнія навіны афіцыйнага партала.',
  breadcrumbsLabel: 'Вы тут',
  sectionsLabel: 'Раздзелы навін',
  paginationLabel: 'Старонкі',
  previousPage: 'Папярэдняя старонка',
  nextPage: 'Наступная старонка',
  pageNumber: 'Старонка {page, number}',
  pageOf: 'Старонка {page, number} з {totalPages, number}',
  articleCount: '{count, plural, one {# навіна} few {# навіны} many {# навін} other {# навіны}}',
  noNewsYet: 'У гэтым раздзеле пакуль няма навін.',
  allNews: 'Усе навіны',
  published: 'Апублікавана',
  updated: 'Абноўлена',
  photoCredit: 'Фота: {credit}',
  shownInLanguage: 'Гэты артыкул яшчэ не перакладзены, таму паказаны на мове: {language}.',
  tags: 'Тэгі',
  relatedArticles: 'Звязаныя навіны',
  relatedEvents: 'Звязаныя падзеі',
  relatedPlaces: 'Звязаныя мясціны',
  dayArchiveHeading: 'Навіны за {date}',
  dayArchiveDescription: 'Усё, што апублікавана {date}.',
  noNewsThatDay: 'У гэты дзень навіны не публікаваліся.',
  newsArchive: 'Архіў',
  calendarLabel: 'Каляндар навін',
  previousMonth: 'Папярэдні месяц: {month}',
  nextMonth: 'Наступны месяц: {month}',
  dayWithNews: '{date}: {count, plural, one {# навіна} few {# навіны} many {# навін} other {# навіны}}',
  feedLink: 'RSS-стужка',
  feedTitle: '{site}: навіны',
  sectionFeedTitle: '{site}: {section}',
  allEvents: 'Усе падзеі',
  allPlaces: 'Усе мясціны',
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

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Fills an ICU message's placeholders (`Page {page, number} of {totalPages, number}`) for a reader of `locale`.
 * Compiled messages are kept: the same few dozen are formatted on every page.
 */
export function formatMessage(locale: Locale, message: string, values: Record<string, string | number> = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  return String(format.format(values));
}
