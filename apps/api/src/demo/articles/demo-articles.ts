import type { ArticleDraft } from './build-article.js';
import { businessNewsArticles } from './business-news.js';
import { cultureArticles } from './culture.js';
import { economyArticles } from './economy.js';
import { heritageArticles } from './heritage.js';
import { politicsArticles } from './politics.js';
import { scienceArticles } from './science.js';
import { societyArticles } from './society.js';
import { sportArticles } from './sport.js';
import { tourismArticles } from './tourism.js';

/** Every demo article, section by section. */
export const articleDrafts: ArticleDraft[] = [
  ...politicsArticles,
  ...businessNewsArticles,
  ...economyArticles,
  ...societyArticles,
  ...cultureArticles,
  ...heritageArticles,
  ...sportArticles,
  ...tourismArticles,
  ...scienceArticles,
];
