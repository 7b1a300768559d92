import { errorCodeSchema } from '../../schemas/error-code.ts';
import { eventSchema } from '../../schemas/event.ts';
import { isNormalisedCode, NORMAL_FORM_HINT } from '../codes/error-codes.ts';
import type { IssueList } from './content-error.ts';
import { excerpt } from './excerpt.ts';
import type { ErrorDoc, EventDoc } from './model.ts';
import type { YamlParser } from './positions.ts';
import { readContentFiles } from './read-files.ts';
import { parseEntry } from './zod-issues.ts';

/** Reads and validates `content/events/{Source}/{eventId}.yaml`. */
export function loadEvents(
  root: string,
  contentDir: string,
  issues: IssueList,
  parse?: YamlParser,
): EventDoc[] {
  const events: EventDoc[] = [];
  for (const raw of readContentFiles(root, contentDir, 'events', '.yaml', issues, parse)) {
    const data = parseEntry(eventSchema, raw.data, raw.file, issues);
    if (!data) continue;
    const parsed = { data };
    const [folder, name] = raw.parts;
    if (name !== `${parsed.data.id}.yaml`)
      issues.add(
        raw.file,
        'id',
        `is ${parsed.data.id}, but the file is named ${excerpt(name, 40)}; expected the file to be named ${parsed.data.id}.yaml`,
      );
    if (folder !== parsed.data.source)
      issues.add(
        raw.file,
        'source',
        `is "${parsed.data.source}", but the folder is ${excerpt(folder, 40)}; expected them to match`,
      );
    events.push({ ...parsed.data, key: `${parsed.data.source}/${parsed.data.id}`, file: raw.file });
  }
  return events.sort((a, b) => a.id - b.id || a.source.localeCompare(b.source));
}

/** Reads and validates `content/errors/{kind}/{code}.yaml`. */
export function loadErrors(
  root: string,
  contentDir: string,
  issues: IssueList,
  parse?: YamlParser,
): ErrorDoc[] {
  const errors: ErrorDoc[] = [];
  for (const raw of readContentFiles(root, contentDir, 'errors', '.yaml', issues, parse)) {
    const data = parseEntry(errorCodeSchema, raw.data, raw.file, issues);
    if (!data) continue;
    const parsed = { data };
    const { code, kind } = parsed.data;
    const [folder, name] = raw.parts;
    if (!isNormalisedCode(kind, code))
      issues.add(
        raw.file,
        'code',
        `"${code}" is not normalised; expected ${NORMAL_FORM_HINT[kind]}`,
      );
    if (name !== `${code}.yaml`)
      issues.add(
        raw.file,
        'code',
        `is "${code}", but the file is named ${excerpt(name, 40)}; expected the file to be named ${code}.yaml`,
      );
    if (folder !== kind)
      issues.add(
        raw.file,
        'kind',
        `is "${kind}", but the folder is ${excerpt(folder, 40)}; expected them to match`,
      );
    errors.push({ ...parsed.data, key: `${kind}/${code}`, file: raw.file });
  }
  return errors.sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code, 'en', { numeric: true }),
  );
}
