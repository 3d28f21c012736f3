import { useLocale } from '../locale/locale-context.js';
import { api } from '../api/api-client.js';
import { StaffListPage } from '../list/staff-list-page.js';
import { listQueryFromUrl, listQueryToUrl } from './list-query-url.js';
import { sectionOptions, useSections } from './use-sections.js';

const sorts = [
  ['updated-desc', 'sortUpdatedDesc'],
  ['updated-asc', 'sortUpdatedAsc'],
  ['created-desc', 'sortCreatedDesc'],
  ['created-asc', 'sortCreatedAsc'],
] as const;

/** Every article in any state: filtered by section too, searched, ordered and paged from the address, with bulk publish and archive. */
export function ArticleListPage() {
  const { t, locale } = useLocale();
  const sections = useSections();
  return (
    <StaffListPage
      words={{ heading: 'articlesHeading', create: 'newArticle', search: 'search', title: 'headline', none: 'noArticles' }}
      path="/articles"
      fromUrl={listQueryFromUrl}
      toUrl={listQueryToUrl}
      filterFields={['section']}
      filters={(query) => (
        <label>
          {t('section')}
          <select name="section" defaultValue={query.section ?? ''}>
            <option value="">{t('anySection')}</option>
            {sectionOptions(sections.data ?? [], locale).map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      sorts={sorts}
      listKey="articles"
      list={(query) => api.listStaffArticles({ query })}
      move={(article, action) => api.changeArticleWorkflow({ params: { id: article.id }, body: { action }, ifMatch: article.version })}
      titleOf={(article) => ({ text: article.headline, lang: article.headlineLocale })}
      columns={[{ header: 'section', cell: (article) => article.section }]}
      bulk={{ done: 'bulkDone', selectedCount: 'selectedCount', selectOne: (article) => t('selectArticle', { headline: article.headline }) }}
    />
  );
}
