import type { Lang } from '~/i18n/keys.ts';
import { routes } from '~/lib/routes.ts';
import { refInfo } from '../format/refs.ts';
import type { WireFragment, WireManifest } from '../format/wire.ts';
import type { SearchHit } from './hit.ts';
import type { IndexClient } from './index-client.ts';
import { bestLine, textRanges, type QueryMarks } from './marks.ts';

/** What marks a hit: the query's matched terms and codes, and the refs a code named as their own. */
export interface HitMarks extends Omit<QueryMarks, 'lang'> {
  own: ReadonlySet<number>;
}

/** The line of `texts` with the most matched words, with its marks; else the fallback, marked. */
function context(texts: readonly string[], fallback: string, marks: QueryMarks) {
  return bestLine(texts, marks) ?? { text: fallback, ranges: textRanges(fallback, marks) };
}

/** One ref as a result, from its fragment. */
function toHit(
  ref: number,
  f: WireFragment,
  manifest: WireManifest,
  lang: Lang,
  m: HitMarks,
): SearchHit {
  const info = refInfo(manifest, ref);
  const marks: QueryMarks = { lang, ...m };
  const base = { ref, step: info.step, badgeMark: m.own.has(ref) };
  if (f.kind !== 'article') {
    const c = context([f.body], f.context, marks);
    return {
      ...base,
      type: f.kind,
      href: f.kind === 'event' ? routes.event(lang, f.id) : routes.error(lang, f.id),
      badge: f.id,
      title: f.title,
      titleMarks: textRanges(f.title, marks),
      context: c.text,
      contextMarks: c.ranges,
    };
  }
  const step = info.kind === 'step' ? f.steps[info.step - 1] : undefined;
  const title = step ? step.title : f.title;
  const c = step
    ? context([step.text], f.title, marks)
    : context([f.body, ...f.steps.map((s) => s.text)], f.context, marks);
  return {
    ...base,
    type: step ? 'step' : 'article',
    href: routes.article(lang, f.id, step?.id),
    badge: `KB ${f.id}`,
    title,
    titleMarks: textRanges(title, marks),
    context: c.text,
    contextMarks: c.ranges,
  };
}

/** The refs as results: their fragments fetched (in parallel, each once), marked. */
export async function toHits(
  client: IndexClient,
  manifest: WireManifest,
  lang: Lang,
  refs: readonly number[],
  marks: HitMarks,
): Promise<SearchHit[]> {
  const fragments = await Promise.all(
    refs.map((r) => client.fragment(refInfo(manifest, r).fragment)),
  );
  return refs.map((ref, i) => toHit(ref, fragments[i]!, manifest, lang, marks));
}
