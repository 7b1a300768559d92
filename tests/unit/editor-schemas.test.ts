import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorSchemas, schemaText } from '../../src/lib/content/editor-schemas.ts';
import { parseYaml } from '../../src/lib/content/positions.ts';
import { replace, VALID_CONTENT } from './helpers/content-fixture.ts';

const schemas = editorSchemas();
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validators = {
  article: ajv.compile(schemas['article.schema.json']!),
  event: ajv.compile(schemas['event.schema.json']!),
  error: ajv.compile(schemas['error-code.schema.json']!),
};

/** The data of a content file as the loader parses it (frontmatter for Markdown). */
function dataOf(text: string): unknown {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return parseYaml(front ?? text).data;
}

/** Every file of a content tree with the validator for its kind. */
function filesOf(root: string): Array<[string, keyof typeof validators]> {
  const out: Array<[string, keyof typeof validators]> = [];
  for (const [dir, kind] of [
    ['articles', 'article'],
    ['events', 'event'],
    ['errors', 'error'],
  ] as const)
    for (const folder of readdirSync(join(root, dir)))
      for (const name of readdirSync(join(root, dir, folder)))
        out.push([join(root, dir, folder, name), kind]);
  return out;
}

test('the checked-in schemas are what `npm run schemas` generates from the Zod schemas', () => {
  for (const [file, schema] of Object.entries(schemas)) {
    expect(
      readFileSync(join('schemas', file), 'utf8'),
      `schemas/${file} is stale: run npm run schemas`,
    ).toBe(schemaText(schema));
  }
});

describe('the editor schemas accept all embedded content', () => {
  test.each(
    [...filesOf('content'), ...filesOf(VALID_CONTENT)].map(
      ([f, k]) => [f.slice(process.cwd().length + 1) || f, f, k] as const,
    ),
  )('%s', (_name, file, kind) => {
    const validate = validators[kind];
    expect(validate(dataOf(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });
});

describe('the editor schemas reject what the build refuses for its shape', () => {
  const article = readFileSync(join(VALID_CONTENT, 'articles/100001/en.md'), 'utf8');
  const event = readFileSync(join(VALID_CONTENT, 'events/TestSource/7004.yaml'), 'utf8');
  const error = readFileSync(join(VALID_CONTENT, 'errors/smtp/504.yaml'), 'utf8');
  test.each([
    ['a revision that is text', 'article', replace('revision: 2', 'revision: two')(article)],
    ['a missing title', 'article', replace(/^title: .*\n/m, '')(article)],
    [
      'a date that is not ISO',
      'article',
      replace('reviewed: 2007-11-25', 'reviewed: 25.11.2007')(article),
    ],
    [
      'an event reference without a source',
      'article',
      replace('events: [TestSource/7004]', 'events: ["7004"]')(article),
    ],
    [
      'a step id that is not a slug',
      'article',
      replace('id: first-step', 'id: First Step')(article),
    ],
    ['an answer leading nowhere', 'article', replace(/ {10}outcome: .*\n/, '')(article)],
    [
      'an answer with two targets',
      'article',
      replace('outcome: Done', 'outcome: Done\n          next: again')(article),
    ],
    ['an event id that is text', 'event', replace('id: 7004', 'id: seven')(event)],
    ['an event without its English title', 'event', replace(', en: Test event', '')(event)],
    ['an unknown event level', 'event', replace('level: error', 'level: fatal')(event)],
    ['an unknown error kind', 'error', replace('kind: smtp', 'kind: smtpx')(error)],
    ['an error without a description', 'error', replace(/^description: .*\n/m, '')(error)],
  ] as const)('%s', (_name, kind, text) => {
    expect(validators[kind](dataOf(text))).toBe(false);
  });
});
