import type { StepBlock } from '../../plugins/remark-steps.ts';
import { treeShape, validateTree } from '../tree/validate-tree.ts';
import type { IssueList } from './content-error.ts';
import type { ArticleVersion, ErrorDoc, EventDoc } from './model.ts';
import { checkTreeSize } from './check-limits.ts';
import { excerpt } from './excerpt.ts';
import { findText } from './positions.ts';
import { layoutIds } from './reserved-ids.ts';

/**
 * The keys an article's references are checked against (`Source/id`, `kind/code`), built once
 * per load: building them per article made the check grow with articles × catalog entries.
 */
export interface CatalogKeys {
  events: ReadonlySet<string>;
  errors: ReadonlySet<string>;
}

/** The keys of the catalogs, for {@link checkArticle}. */
export function catalogKeys(events: readonly EventDoc[], errors: readonly ErrorDoc[]): CatalogKeys {
  return { events: new Set(events.map((e) => e.key)), errors: new Set(errors.map((e) => e.key)) };
}

/**
 * Checks one language of an article: its references exist in the catalogs, step ids are unique
 * and free, every declared step has exactly one `:::step` block and every block names a step,
 * and the tree is well formed. A step the tree never reaches is a warning.
 */
export function checkArticle(
  version: ArticleVersion,
  blocks: readonly StepBlock[],
  bodyLine: number,
  catalogs: CatalogKeys,
  issues: IssueList,
  body = '',
): void {
  const { data, file } = version;
  const { events, errors } = catalogs;
  const refs = (
    list: readonly string[],
    known: ReadonlySet<string>,
    field: string,
    what: string,
    dir: string,
  ) =>
    list.forEach((ref, i) => {
      if (!known.has(ref))
        issues.add(
          file,
          `${field}[${i}]`,
          `no ${what} ${excerpt(ref)} in the catalog; expected a file content/${dir}/${ref.length > 60 ? '{name}' : ref}.yaml`,
        );
    });
  refs(data.events, events, 'events', 'event', 'events');
  refs(data.errors, errors, 'errors', 'error code', 'errors');

  const taken = new Set(layoutIds(data.tree));
  const seen = new Set<string>();
  data.steps.forEach((step, i) => {
    refs(step.events, events, `steps[${i}].events`, 'event', 'events');
    refs(step.errors, errors, `steps[${i}].errors`, 'error code', 'errors');
    if (seen.has(step.id))
      issues.add(
        file,
        `steps[${i}].id`,
        `duplicate step id ${excerpt(step.id)}; expected each step id once`,
      );
    if (taken.has(step.id))
      issues.add(
        file,
        `steps[${i}].id`,
        `${excerpt(step.id)} is used by the page layout; expected another id (not ${[...taken].join(', ')})`,
      );
    seen.add(step.id);
    const count = blocks.filter((b) => b.id === step.id).length;
    if (count === 0)
      issues.add(
        file,
        `steps[${i}]`,
        `step ${excerpt(step.id)} has no text; expected a block :::step{#${excerpt(step.id).slice(1, -1)}} … ::: in the body`,
      );
    if (count > 1)
      issues.add(
        file,
        `steps[${i}]`,
        `step ${excerpt(step.id)} has ${count} blocks; expected exactly one :::step{#${excerpt(step.id).slice(1, -1)}}`,
      );
  });
  for (const block of blocks) {
    const at = { line: (block.line ?? 1) + bodyLine - 1, column: block.column ?? 1 };
    if (block.id === undefined)
      issues.add(file, 'body', 'a :::step block without an id; expected :::step{#step-id}', at);
    else if (!seen.has(block.id))
      issues.add(
        file,
        'body',
        `block :::step{#${excerpt(block.id).slice(1, -1)}} names no declared step; expected one of: ${[...seen].join(', ') || 'none (declare it under steps)'}`,
        at,
      );
  }
  for (const [alias, target] of Object.entries(data.aliases.steps)) {
    if (!seen.has(target))
      issues.add(
        file,
        `aliases.steps.${alias}`,
        `points to ${excerpt(target)}, which is not a step; expected a current step id`,
      );
    if (seen.has(alias))
      issues.add(
        file,
        `aliases.steps.${alias}`,
        `${excerpt(alias)} is still a step id; expected only former ids as aliases`,
      );
    if (taken.has(alias))
      issues.add(
        file,
        `aliases.steps.${alias}`,
        `${excerpt(alias)} is used by the page layout; expected another former id`,
      );
  }
  data.related.forEach((kb, i) => {
    if (kb === version.kb)
      issues.add(
        file,
        `related[${i}]`,
        `KB ${kb} is this article itself; expected other articles only`,
      );
  });

  // Step titles carry their step's id; any other heading must leave step, alias, tree and layout ids free.
  const ownIds = new Set([...taken, ...seen, ...Object.keys(data.aliases.steps)]);
  const headingIds = new Set<string>();
  for (const h of version.headings.filter((x) => !x.step)) {
    if (ownIds.has(h.id) || headingIds.has(h.id)) {
      const at = findText(body, `{#${h.id}}`, bodyLine) ??
        findText(body, h.text, bodyLine) ?? { text: `{#${h.id}}` };
      issues.add(
        file,
        'body',
        `heading ${excerpt(h.text)} has the id ${excerpt(h.id)}, which is already taken on the page (by a step, the troubleshooter, the layout or another heading); expected another {#id}`,
        at,
      );
    }
    headingIds.add(h.id);
  }

  if (data.tree && checkTreeSize(data.tree, file, issues)) {
    for (const p of validateTree(
      data.tree,
      data.steps.map((s) => s.id),
    )) {
      if (p.severity === 'error') issues.add(file, p.field, p.message);
      else issues.warn(file, p.field, p.message);
    }
  }
}

/** The sorted, comma-joined list, to compare sets between languages. */
const asSet = (list: readonly string[]) => [...new Set(list)].sort().join(', ');

/** Refuses two languages of one article that differ in steps, events, errors or tree shape. */
export function checkParity(a: ArticleVersion, b: ArticleVersion, issues: IssueList): void {
  const differ = (field: string, left: string, right: string) => {
    if (left !== right)
      issues.add(
        b.file,
        field,
        `differs from ${a.file}: "${right || '(none)'}" here, "${left || '(none)'}" there; expected the same in every language`,
      );
  };
  differ(
    'steps',
    a.data.steps.map((s) => s.id).join(', '),
    b.data.steps.map((s) => s.id).join(', '),
  );
  differ('events', asSet(a.data.events), asSet(b.data.events));
  differ('errors', asSet(a.data.errors), asSet(b.data.errors));
  a.data.steps.forEach((step, i) => {
    const other = b.data.steps[i];
    if (!other || other.id !== step.id) return;
    differ(`steps[${i}].events`, asSet(step.events), asSet(other.events));
    differ(`steps[${i}].errors`, asSet(step.errors), asSet(other.errors));
  });
  differ('aliases', JSON.stringify(a.data.aliases), JSON.stringify(b.data.aliases));
  differ(
    'tree',
    a.data.tree ? treeShape(a.data.tree) : '',
    b.data.tree ? treeShape(b.data.tree) : '',
  );
}
