import type { Locale } from '@kraina/core';
import type { Messages } from '../locale/messages.js';

// The reference portal's top menu; each guide is a filtered view of places, events or a news section.
/** The guides in the top menu, in the order a visitor sees them. */
export const guides = [
  { name: 'events', path: 'events/' },
  { name: 'touristSites', path: 'places/tourist-site/' },
  { name: 'unescoHeritage', path: 'places/unesco-heritage/' },
  { name: 'sanatoria', path: 'places/sanatorium/' },
  { name: 'souvenirs', path: 'news/souvenirs/' },
  { name: 'warMemorials', path: 'places/war-memorial/' },
] as const satisfies readonly { name: keyof Messages['guides']; path: string }[];

/** The list of guide links, used by the top menu and by pages that point lost readers somewhere useful. */
export function GuideLinks({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <ul>
      {guides.map((guide) => (
        <li key={guide.name}>
          <a href={`/${locale}/${guide.path}`}>{t.guides[guide.name]}</a>
        </li>
      ))}
    </ul>
  );
}

/** The top menu of guides. */
export function GuideMenu({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <nav className="guide-menu" aria-label={t.guidesLabel}>
      <GuideLinks locale={locale} t={t} />
    </nav>
  );
}
