import { useId } from 'react';
import { useLocale } from './locale-context.js';
import { adminLocales, isAdminLocale } from './messages.js';

// Each language named in itself, so someone who cannot read the current one still finds theirs.
const names = { en: 'English', ru: 'Русский', be: 'Беларуская' } as const;

/** Chooses the interface language; the choice is kept on this device. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('interfaceLanguage')}</label>
      <select id={id} value={locale} onChange={(event) => isAdminLocale(event.target.value) && setLocale(event.target.value)}>
        {adminLocales.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
