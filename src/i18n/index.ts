import { en } from './en.ts';
import type { Dictionary, Lang, PluralKey, UiStrings } from './keys.ts';
import { pl } from './pl.ts';

export { LANGS, DEFAULT_LANG, isLang, type Lang } from './keys.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { pl, en };

/** BCP 47 locale used for dates and numbers in each language. */
export const LOCALES: Record<Lang, string> = { pl: 'pl-PL', en: 'en-US' };

/** A translator bound to one language. */
export interface Translator {
  lang: Lang;
  /** A UI string, with `{name}` placeholders filled from `vars`. */
  t: (key: keyof UiStrings, vars?: Record<string, string | number>) => string;
  /** A counted UI string in the right plural form (`5 wyników`). */
  plural: (key: PluralKey, n: number) => string;
  /** A date (`YYYY-MM-DD`) in the language's format (`25.11.2007`, `November 25, 2007`). */
  date: (iso: string) => string;
}

/** Fills `{name}` placeholders. */
function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const translators = new Map<Lang, Translator>();

/** The translator for a language; made once per language, since Intl formatters are costly to create. */
export function useTranslations(lang: Lang): Translator {
  let translator = translators.get(lang);
  if (!translator) {
    translator = makeTranslator(lang);
    translators.set(lang, translator);
  }
  return translator;
}

function makeTranslator(lang: Lang): Translator {
  const dict = DICTIONARIES[lang];
  const rules = new Intl.PluralRules(LOCALES[lang]);
  const dateFormat = new Intl.DateTimeFormat(
    LOCALES[lang],
    lang === 'pl'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' },
  );
  return {
    lang,
    t: (key, vars) => fill(dict.strings[key], vars),
    plural: (key, n) => {
      const forms = dict.plurals[key];
      return fill(forms[rules.select(n)] ?? forms.other, { n });
    },
    date: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** The other language of the site. */
export function otherLang(lang: Lang): Lang {
  return lang === 'pl' ? 'en' : 'pl';
}
