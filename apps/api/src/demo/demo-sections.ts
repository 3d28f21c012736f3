import type { CreateSectionInput } from '@kraina/core';

// The news sections of the reference portal, parents before children so each parent exists when its child is made.

/** The demo news sections: seven roots, with `business` and `culture` holding sub-sections. */
export const demoSections: CreateSectionInput[] = [
  {
    slug: 'politics',
    parent: null,
    position: 0,
    name: { en: 'Politics', ru: 'Политика', be: 'Палітыка' },
    description: { en: 'Parliament, government and foreign relations', ru: 'Парламент, правительство и внешние связи', be: 'Парламент, урад і знешнія сувязі' },
  },
  {
    slug: 'business',
    parent: null,
    position: 1,
    name: { en: 'Business', ru: 'Бизнес', be: 'Бізнес' },
    description: { en: 'Companies, trade and the economy', ru: 'Компании, торговля и экономика', be: 'Кампаніі, гандаль і эканоміка' },
  },
  {
    slug: 'business-news',
    parent: 'business',
    position: 0,
    name: { en: 'Business news', ru: 'Новости бизнеса', be: 'Навіны бізнесу' },
    description: { en: 'Exports, investment and industry', ru: 'Экспорт, инвестиции и промышленность', be: 'Экспарт, інвестыцыі і прамысловасць' },
  },
  {
    slug: 'economy',
    parent: 'business',
    position: 1,
    name: { en: 'Economy', ru: 'Экономика', be: 'Эканоміка' },
    description: { en: 'Finance, agriculture, construction and statistics', ru: 'Финансы, сельское хозяйство, строительство и статистика', be: 'Фінансы, сельская гаспадарка, будаўніцтва і статыстыка' },
  },
  {
    slug: 'society',
    parent: null,
    position: 2,
    name: { en: 'Society', ru: 'Общество', be: 'Грамадства' },
    description: { en: 'Education, health, families and cities', ru: 'Образование, здравоохранение, семьи и города', be: 'Адукацыя, ахова здароўя, сем’і і гарады' },
  },
  {
    slug: 'culture',
    parent: null,
    position: 3,
    name: { en: 'Culture', ru: 'Культура', be: 'Культура' },
    description: { en: 'Festivals, theatre, cinema and museums', ru: 'Фестивали, театр, кино и музеи', be: 'Фестывалі, тэатр, кіно і музеі' },
  },
  {
    slug: 'heritage',
    parent: 'culture',
    position: 0,
    name: { en: 'Heritage', ru: 'Наследие', be: 'Спадчына' },
    description: { en: 'Castles, palaces and their restoration', ru: 'Замки, дворцы и их реставрация', be: 'Замкі, палацы і іх рэстаўрацыя' },
  },
  {
    slug: 'sport',
    parent: null,
    position: 4,
    name: { en: 'Sport', ru: 'Спорт', be: 'Спорт' },
    description: { en: 'Results, championships and mass sport', ru: 'Результаты, чемпионаты и массовый спорт', be: 'Вынікі, чэмпіянаты і масавы спорт' },
  },
  {
    slug: 'tourism',
    parent: null,
    position: 5,
    name: { en: 'Tourism', ru: 'Туризм', be: 'Турызм' },
    description: { en: 'Places to visit and ways to travel', ru: 'Куда поехать и как путешествовать', be: 'Куды паехаць і як падарожнічаць' },
  },
  {
    slug: 'science',
    parent: null,
    position: 6,
    name: { en: 'Science', ru: 'Наука', be: 'Навука' },
    description: { en: 'Research and innovation', ru: 'Исследования и инновации', be: 'Даследаванні і інавацыі' },
  },
];
