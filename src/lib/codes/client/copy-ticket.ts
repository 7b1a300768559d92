import { publishedUrl } from '../../permalinks/client/citation.ts';
import { copyRich } from '../../permalinks/client/clipboard.ts';
import { routes } from '../../routes.ts';
import { rankArticles, titleOf, type CodeToAnalyse } from '../format/analysis.ts';
import type { WireCode } from '../format/code-data.ts';
import { codesParam } from '../format/codes-param.ts';
import type { LogStrings } from '../format/log-strings.ts';
import { ticketText } from '../format/ticket.ts';
import { codeLabel } from './render.ts';

/** How many of the best articles go into a ticket (each with its steps citing the codes). */
const TICKET_ARTICLES = 5;

/**
 * Copies an analysis for a ticket: each code with what it is and how often, the best articles
 * and steps as absolute links, and the `?codes=` link that reopens the analysis. Never the log.
 */
export async function copyForTicket(
  s: LogStrings,
  codes: readonly CodeToAnalyse[],
  entries: ReadonlyMap<string, WireCode>,
): Promise<void> {
  const abs = (path: string) => new URL(path, s.site).href;
  const ranked = rankArticles(codes, (k) => entries.get(k));
  const links = ranked.slice(0, TICKET_ARTICLES).flatMap((a) => [
    { label: `KB${a.kb} · ${a.title}`, url: abs(routes.article(s.lang, a.kb)) },
    ...a.steps.map(([id, n, title]) => ({
      label: `KB${a.kb} · ${s.step.replace('{n}', String(n))}: ${title}`,
      url: abs(routes.article(s.lang, a.kb, id)),
    })),
  ]);
  const lines = codes.map((c) => {
    const title = titleOf(c.kind, entries.get(c.key)) ?? s.unknown;
    const count = c.count === undefined ? '' : ` (${c.count}×)`;
    return `${s.kinds[c.kind]} ${codeLabel(c.kind, c.code)}: ${title}${count}`;
  });
  const analysisUrl = publishedUrl(s.site, {
    pathname: routes.search(s.lang),
    search: `?codes=${codesParam(codes)}`,
    hash: '',
  });
  await copyRich(
    ticketText({
      heading: s.table,
      codes: lines,
      articlesHeading: s.articlesHeading,
      links,
      analysis: s.analysis,
      analysisUrl,
    }),
  );
}
