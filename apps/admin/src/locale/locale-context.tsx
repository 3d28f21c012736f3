import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type AdminLocale, type MessageKey, formatMessage, isAdminLocale } from './messages.js';

const storageKey = 'kraina-admin-locale';

interface LocaleState {
  locale: AdminLocale;
  setLocale: (locale: AdminLocale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

/** The interface language last chosen on this device, else the browser's first one the app speaks, else English. */
export function initialLocale(stored: string | null, preferred: readonly string[]): AdminLocale {
  if (isAdminLocale(stored)) return stored;
  const match = preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isAdminLocale);
  return match ?? 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage turned off: the choice lasts until the tab closes
  }
}

/** Gives the tree the interface language, a way to change it (kept in localStorage), and `t` to format messages. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<AdminLocale>(() =>
    typeof window === 'undefined' ? 'en' : initialLocale(readStored(), navigator.languages),
  );
  const setLocale = useCallback((next: AdminLocale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // see readStored
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleState>(() => ({ locale, setLocale, t: (key, values) => formatMessage(locale, key, values) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The interface language and the message formatter for it. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale needs a LocaleProvider above it');
  return state;
}
