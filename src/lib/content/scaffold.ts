import { stringify } from 'yaml';
import { LANGS, type Lang } from '../../i18n/keys.ts';

/** The starting texts of a new article, per language: the author replaces them. */
const TEXTS: Record<
  Lang,
  {
    title: string;
    summary: string;
    step: string;
    question: string;
    yes: string;
    no: string;
    outcome: string;
    body: string[];
  }
> = {
  pl: {
    title: 'Tytuł artykułu',
    summary: 'Jedno lub dwa zdania: jaki problem rozwiązuje artykuł.',
    step: 'Pierwszy krok',
    question: 'Czy problem nadal występuje?',
    yes: 'Tak',
    no: 'Nie',
    outcome: 'Problem rozwiązany.',
    body: [
      '## Objawy',
      'Co widzi administrator: zdarzenia, komunikaty, kody błędów.',
      '## Przyczyna',
      'Dlaczego tak się dzieje.',
      ':::step{#first-step}\nCo zrobić, krok po kroku.\n:::',
    ],
  },
  en: {
    title: 'Article title',
    summary: 'One or two sentences: the problem this article solves.',
    step: 'First step',
    question: 'Does the problem still occur?',
    yes: 'Yes',
    no: 'No',
    outcome: 'The problem is solved.',
    body: [
      '## Symptoms',
      'What the administrator sees: events, messages, error codes.',
      '## Cause',
      'Why it happens.',
      ':::step{#first-step}\nWhat to do, step by step.\n:::',
    ],
  },
};

/** Options of {@link scaffoldArticle}. */
export interface ScaffoldOptions {
  /** The title in both languages (each language gets a placeholder otherwise). */
  title?: string;
  /** Today, as `YYYY-MM-DD` (the review date). */
  today: string;
}

/**
 * The two files of a new article: every required field, one step with its block, and a tree of
 * one question with two answers (one to the step, one closing), so it passes the content check
 * as written.
 */
export function scaffoldArticle(options: ScaffoldOptions): Record<Lang, string> {
  const files = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const t = TEXTS[lang];
    const frontmatter = {
      title: options.title ?? t.title,
      summary: t.summary,
      products: [],
      reviewed: options.today,
      revision: 1,
      events: [],
      errors: [],
      related: [],
      steps: [{ id: 'first-step', title: t.step }],
      tree: {
        start: 'still-failing',
        nodes: [
          {
            id: 'still-failing',
            question: t.question,
            answers: [
              { label: t.yes, step: 'first-step' },
              { label: t.no, outcome: t.outcome },
            ],
          },
        ],
      },
    };
    files[lang] = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${t.body.join('\n\n')}\n`;
  }
  return files;
}

/** Why a KB number cannot be used for a new article, or `undefined` when it can. */
export function kbNumberProblem(kb: string, existing: ReadonlySet<string>): string | undefined {
  if (!/^[1-9]\d*$/.test(kb))
    return `"${kb}" is not a KB number; expected digits without leading zeros, such as 123456`;
  if (existing.has(kb))
    return `KB ${kb} already exists (content/articles/${kb}/ or a former number of an article); expected a new number`;
  return undefined;
}
