import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { registeredMessages, type Localized, type MessageKey } from './messages';

export type { Localized } from './messages';

export type Language = 'vi' | 'en';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const STORAGE_KEY = 'par.lang';

interface I18n {
  lang: Language;
  locale: string;
  setLang(lang: Language): void;
  /** The text of `key`; `{name}` placeholders take their value from `params`. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Picks the reader's language from a `{ vi, en }` pair. */
  localize(text: Localized): string;
  /** Points and indices: `vi-VN` writes 15,753 for 15.753. */
  formatNumber(value: number, fractionDigits?: number): string;
  formatDate(value: Date | string): string;
  formatDateTime(value: Date | string): string;
  /** Sorts Vietnamese names correctly (Đ after D, tones after the base letter). */
  compare(a: string, b: string): number;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const format = new Intl.DateTimeFormat(locale, options);
  return (value: Date | string) => format.format(typeof value === 'string' ? new Date(value) : value);
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children, language }: { children: ReactNode; language?: Language }) {
  const [lang, setLangState] = useState<Language>(language ?? initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(() => {
    // Read at each call: a page's chunk registers its feature's texts after this provider rendered.
    const text = (key: MessageKey) => registeredMessages()[key][lang];
    const locale = LOCALES[lang];
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return {
      lang,
      locale,
      setLang,
      t: (key, params) =>
        params
          ? text(key).replace(/\{(\w+)\}/g, (whole, name: string) =>
              name in params ? String(params[name]) : whole,
            )
          : text(key),
      localize: (text) => text[lang],
      formatNumber: (n, digits) =>
        new Intl.NumberFormat(
          locale,
          digits === undefined
            ? { maximumFractionDigits: 3 }
            : { minimumFractionDigits: digits, maximumFractionDigits: digits },
        ).format(n),
      formatDate: dateFormat(locale, { dateStyle: 'medium' }),
      formatDateTime: dateFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
      compare: (a, b) => collator.compare(a, b),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs <I18nProvider>');
  return value;
}
