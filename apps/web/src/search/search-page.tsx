import type { SearchHit } from '@kraina/core';
import { GuideLinks } from '../layout/guide-menu.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { type Messages, formatMessage, messagesFor } from '../locale/messages.js';
import { SearchBox } from './search-box.js';
import { SearchHitItem, hitPagePath } from './search-hit-item.js';
import { type SearchKind, searchKinds, searchPagePath } from './search-paths.js';
import { type SearchRequest, maxQueryLength } from './search-request.js';

/** What the API answered for a ready search. */
export interface SearchResults {
  hits: readonly SearchHit[];
  nextCursor: string | null;
}

const kindNames = { article: 'searchTypeArticle', event: 'searchTypeEvent', place: 'searchTypePlace' } as const satisfies Record<SearchKind, keyof Messages>;

/** Links that narrow a search to one kind of result, as tabs a reader can follow without JavaScript. */
function KindLinks({ frame, q, type, t }: { frame: PageFrame; q: string; type: SearchKind | undefined; t: Messages }) {
  const choices: { kind: SearchKind | undefined; name: string }[] = [
    { kind: undefined, name: t.searchTypeAll },
    ...searchKinds.map((kind) => ({ kind, name: t[kindNames[kind]] })),
  ];
  return (
    <nav className="search-kinds" aria-label={t.searchTypesLabel}>
      <ul>
        {choices.map(({ kind, name }) => (
          <li key={kind ?? 'all'}>
            <a href={searchPagePath(frame.locale, { q, type: kind })} aria-current={kind === type ? 'page' : undefined}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The search page: the form, then results with their snippets, or a plain word on why there are none. */
export function SearchPage({ frame, request, results }: { frame: PageFrame; request: SearchRequest; results?: SearchResults | undefined }) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const q = request.state === 'empty' ? '' : request.q;
  const heading = request.state === 'ready' ? formatMessage(locale, t.searchResultsHeading, { query: q }) : t.searchHeading;
  const shown = (results?.hits ?? []).flatMap((hit) => {
    const path = hitPagePath(hit, locale);
    return path === undefined ? [] : [{ hit, path }];
  });
  return (
    <PageLayout frame={frame} title={`${heading} · ${frame.siteName}`} description={t.searchDescription} noindex>
      <h1>{heading}</h1>
      <SearchBox locale={locale} t={t} id="search-page-q" query={q} className="search-box search-box--page" landmarkLabel={t.searchHeading} />
      {request.state === 'empty' ? <p className="lead">{t.searchEmptyQuery}</p> : null}
      {request.state === 'too-long' ? <p className="notice">{formatMessage(locale, t.searchTooLong, { max: maxQueryLength })}</p> : null}
      {request.state === 'invalid' ? <p className="notice">{t.searchInvalid}</p> : null}
      {request.state === 'ready' ? <KindLinks frame={frame} q={q} type={request.type} t={t} /> : null}
      {request.state === 'ready' && shown.length === 0 ? (
        <div className="search-none">
          <p className="lead">{formatMessage(locale, t.searchNoResults, { query: q })}</p>
          <p>{t.searchNoResultsHelp}</p>
          <GuideLinks locale={locale} t={t} />
        </div>
      ) : null}
      {request.state === 'ready' && shown.length > 0 ? (
        <>
          <p className="search-status">{formatMessage(locale, t.searchShownCount, { count: shown.length })}</p>
          <ol className="search-results">
            {shown.map(({ hit, path }) => (
              <SearchHitItem key={hit.id} hit={hit} path={path} locale={locale} t={t} />
            ))}
          </ol>
          <p className="search-more">
            {results?.nextCursor ? (
              <a href={searchPagePath(locale, { q, type: request.type, cursor: results.nextCursor })} rel="next">
                {t.searchMore}
              </a>
            ) : null}{' '}
            {request.cursor === undefined ? null : <a href={searchPagePath(locale, { q, type: request.type })}>{t.searchFromStart}</a>}
          </p>
        </>
      ) : null}
    </PageLayout>
  );
}
