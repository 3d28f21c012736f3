import type { Locale } from '@kraina/core';
import { nativeLocaleName } from '../locale/locale-name.js';
import type { Messages } from '../locale/messages.js';
import { siteLocales } from '../locale/site-locales.js';

/** Links to the same page in every served locale, each named in its own language. */
export function LanguageSwitch({ locale, t, hrefFor }: { locale: Locale; t: Messages; hrefFor: (l: Locale) => string }) {
  return (
    <nav className="language-switch" aria-label={t.languagesLabel}>
      <ul>
        {siteLocales.locales.map((other) => (
          <li key={other}>
            <a href={hrefFor(other)} hrefLang={other} lang={other} aria-current={other === locale ? 'true' : undefined}>
              {nativeLocaleName(other)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
