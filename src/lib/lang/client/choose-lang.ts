import { DEFAULT_LANG, LANGS, type Lang } from '~/i18n/keys.ts';

/** The localStorage key holding the language the reader chose on the site. */
export const LANG_STORAGE_KEY = 'kb-lang';

/**
 * The language to send a reader to: the one they chose before on the site, else the first of
 * their browser's languages the site has, else the default (`pl`).
 */
export function chooseLang(
  saved: string | null | undefined,
  browserLangs: readonly string[],
): Lang {
  if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return DEFAULT_LANG;
}

/** Reads the saved choice; storage may be blocked (private mode, sandboxed frames). */
export function readSavedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the reader's choice; ignores blocked storage. */
export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}
