import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, vi, type MessageKey } from './messages';

export type Language = 'vi' | 'en';

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const STORAGE_KEY = 'par.lang';

interface I18n {
  lang: Language;
  locale: string;
  setLang(lang: Language): void;
  t(key: MessageKey): string;
  /** Points and indices: `vi-VN` writes 15,753 for 15.753. */
  formatNumber(value: number, fractionDigits?: number): string;
  formatDate(value: Date | string): string;
  /** Sorts Vietnamese names correctly (Đ after D, tones after the base letter). */
  compare(a: string, b: string): number;
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
    const locale = LOCALES[lang];
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return {
      lang,
      locale,
      setLang,
      t: (key) => DICTIONARIES[lang][key],
      formatNumber: (n, digits) =>
        new Intl.NumberFormat(
          locale,
          digits === undefined
            ? { maximumFractionDigits: 3 }
            : { minimumFractionDigits: digits, maximumFractionDigits: digits },
        ).format(n),
      formatDate: (d) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
          typeof d === 'string' ? new Date(d) : d,
        ),
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
