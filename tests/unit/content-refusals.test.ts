import { describe, expect, test } from 'vitest';
import { ContentError, type ContentIssue } from '../../src/lib/content/content-error.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import { contentWith, replace, type Edit } from './helpers/content-fixture.ts';

/** Loads a mutated fixture and returns the issues it was refused with (fails if it was accepted). */
async function refusal(edits: Record<string, Edit>): Promise<readonly ContentIssue[]> {
  try {
    await loadSite(process.cwd(), contentWith(edits));
  } catch (e) {
    if (e instanceof ContentError) return e.issues;
    throw e;
  }
  throw new Error('expected the content to be refused, but it was accepted');
}

const EN = 'articles/100001/en.md';
const PL = 'articles/100001/pl.md';
const both = (edit: Edit) => ({ [EN]: edit, [PL]: edit });

describe('the valid fixture', () => {
  test('is accepted, with both languages of both articles', async () => {
    const site = await loadSite(process.cwd(), contentWith());
    expect(site.articles.map((a) => `${a.kb}/${a.lang}`)).toEqual([
      '100001/pl',
      '100001/en',
      '100002/pl',
      '100002/en',
    ]);
    expect(site.events).toHaveLength(2);
    expect(site.errors.map((e) => e.key)).toEqual(['hresult/0x8009030c', 'smtp/504']);
  });
});

describe('what the build refuses (CONTRACT.md), each naming the file, the field and what was expected', () => {
  const cases: Array<
    [
      string,
      Record<string, Edit>,
      { file?: string; field?: string; line?: number; message: RegExp },
    ]
  > = [
    [
      'a field of the wrong type',
      { [EN]: replace('revision: 2', 'revision: two') },
      { file: 'en.md', field: 'revision', message: /expected a number, got the text "two"/ },
    ],
    [
      'a missing field',
      { [EN]: replace(/^title: .*\n/m, '') },
      { file: 'en.md', field: 'title', message: /missing; expected a text/ },
    ],
    [
      'a date that is not ISO',
      { [EN]: replace('reviewed: 2007-11-25', 'reviewed: 25.11.2007') },
      { file: 'en.md', field: 'reviewed', message: /ISO date/ },
    ],
    [
      'a reference to a missing event',
      both(replace('events: [TestSource/7004]', 'events: [TestSource/7005]')),
      {
        field: 'events[0]',
        message: /no event "TestSource\/7005".*content\/events\/TestSource\/7005\.yaml/,
      },
    ],
    [
      'a step reference to a missing error code',
      both(replace('errors: [hresult/0x8009030c]', 'errors: [hresult/0x8009030e]')),
      { field: 'steps[1].errors[0]', message: /no error code "hresult\/0x8009030e"/ },
    ],
    [
      'a tree answer naming a missing step',
      both(replace('step: second-step', 'step: third-step')),
      { field: 'tree.nodes[1].answers[1].step', message: /no step has the id "third-step"/ },
    ],
    [
      'a tree answer naming a missing node',
      both(replace('next: again', 'next: nowhere')),
      { field: 'tree.nodes[0].answers[1].next', message: /no node has the id "nowhere"/ },
    ],
    [
      'a tree start that does not exist',
      both(replace('start: works', 'start: begin')),
      { field: 'tree.start', message: /no node has the id "begin"/ },
    ],
    [
      'a step without its block',
      both(replace(':::step{#second-step}\nDo the second thing.\n:::', '')),
      { field: 'steps[1]', message: /has no text; expected a block :::step\{#second-step\}/ },
    ],
    [
      'a block without its step',
      both(
        replace(
          'Do the first thing.\n:::',
          'Do the first thing.\n:::\n\n:::step{#ghost}\nBoo.\n:::',
        ),
      ),
      { field: 'body', line: 44, message: /:::step\{#ghost\} names no declared step/ },
    ],
    [
      'a step with two blocks',
      both(
        replace(
          'Do the first thing.\n:::',
          'Do the first thing.\n:::\n\n:::step{#first-step}\nAgain.\n:::',
        ),
      ),
      { field: 'steps[0]', message: /has 2 blocks/ },
    ],
    [
      'a tree with a cycle',
      both(replace('step: first-step', 'next: works')),
      { message: /cycle works → again → works/ },
    ],
    [
      'an unreachable node',
      both(replace('next: again', 'outcome: Stop')),
      { field: 'tree.nodes[1]', message: /"again" cannot be reached/ },
    ],
    [
      'a dead end: an answer leading nowhere',
      both(replace(/ {10}outcome: .*\n/, '')),
      {
        field: 'tree.nodes[0].answers[0]',
        message: /expected exactly one of next, step or outcome/,
      },
    ],
    [
      'a dead end: a question without answers',
      both(
        replace(
          /answers:\n(\s+- label: .*\n\s+step: first-step\n\s+- label: .*\n\s+step: second-step)/,
          'answers: []',
        ),
      ),
      { message: /at least one answer/ },
    ],
    [
      'languages differing in steps',
      { [EN]: (t) => t.replaceAll('second-step', 'other-step') },
      { file: 'en.md', field: 'steps', message: /differs from .*pl\.md/ },
    ],
    [
      'languages differing in events',
      { [EN]: replace('events: [TestSource/7004]', 'events: [TestSource/7006]') },
      { file: 'en.md', field: 'events', message: /expected the same in every language/ },
    ],
    [
      'languages differing in errors',
      { [EN]: replace('errors: [smtp/504]', 'errors: []') },
      { file: 'en.md', field: 'errors', message: /differs/ },
    ],
    [
      'languages differing in tree shape',
      { [EN]: replace('step: first-step', 'step: second-step') },
      { file: 'en.md', field: 'tree', message: /differs/ },
    ],
    [
      'an article in only one language',
      { 'articles/100002/en.md': null },
      {
        file: 'articles/100002/pl.md',
        message: /only in "pl"; expected content\/articles\/100002\/en\.md/,
      },
    ],
    [
      'a broken internal link to an article',
      { [EN]: replace('/en/kb/100002/', '/en/kb/100003/') },
      {
        file: 'en.md',
        field: 'body',
        line: 38,
        message: /broken link "\/en\/kb\/100003\/": no article 100003/,
      },
    ],
    [
      'a broken #fragment',
      { [EN]: replace('(#second-step)', '(#no-such-step)') },
      { file: 'en.md', field: 'body', line: 38, message: /has no section or step "#no-such-step"/ },
    ],
    [
      'a short link to an event that does not exist',
      { [EN]: replace('/en/kb/100002/', '/events/9999/') },
      {
        file: 'en.md',
        field: 'body',
        line: 38,
        message: /broken link "\/events\/9999\/": no event 9999 is in the catalog/,
      },
    ],
    [
      'a link to an error page that does not exist',
      { [EN]: replace('/en/kb/100002/', '/en/errors/0x80004005/') },
      { field: 'body', line: 38, message: /no error code 0x80004005 is in the catalog/ },
    ],
    [
      'a link to a path that is no page',
      { [EN]: replace('/en/kb/100002/', '/en/kb/') },
      { field: 'body', line: 38, message: /no page of this site/ },
    ],
    [
      'an event whose file name differs from its id',
      { 'events/TestSource/7006.yaml': replace('id: 7006', 'id: 7007') },
      { file: '7006.yaml', field: 'id', message: /expected the file to be named 7007\.yaml/ },
    ],
    [
      'an error code that is not normalised',
      { 'errors/hresult/0x8009030c.yaml': replace('"0x8009030c"', '"0x8009030C"') },
      {
        field: 'code',
        message: /not normalised; expected an HRESULT as 0x and 8 lowercase hex digits/,
      },
    ],
    [
      'a catalog entry missing its English text',
      { 'errors/smtp/504.yaml': replace(', en: Authentication required', '') },
      { file: '504.yaml', field: 'title.en', message: /missing/ },
    ],
    [
      'invalid YAML',
      { 'events/TestSource/7004.yaml': replace('level: error', 'level: [error') },
      { file: '7004.yaml', field: '(yaml)', message: /not valid YAML/ },
    ],
    [
      'a heading id that is already taken',
      both(replace('## ', '## Tree {#tree}\n\n## ')),
      { field: 'body', line: 36, message: /id "tree", which is already taken/ },
    ],
    [
      'a heading id that a troubleshooter question uses',
      both(replace('## ', '## Question {#tree-works}\n\n## ')),
      { field: 'body', line: 36, message: /id "tree-works", which is already taken/ },
    ],
    [
      'a step id used by the page layout',
      both((t) => t.replaceAll('first-step', 'tree')),
      { field: 'steps[0].id', message: /used by the page layout/ },
    ],
    [
      'an article folder that is not a KB number',
      { 'articles/abc/pl.md': '---\ntitle: x\n---\n' },
      { file: 'articles/abc/pl.md', field: '(folder)', message: /not a KB number/ },
    ],
    [
      'an article file in another language',
      { 'articles/100002/de.md': '---\ntitle: x\n---\n' },
      { file: 'de.md', field: '(file name)', message: /expected pl\.md or en\.md/ },
    ],
    [
      'a Markdown file without frontmatter',
      { 'articles/100002/en.md': 'Just text.' },
      { file: '100002/en.md', field: '(frontmatter)', message: /missing/ },
    ],
  ];

  test.each(cases)('%s', async (_name, edits, expected) => {
    const issues = await refusal(edits);
    const match = issues.find(
      (i) =>
        expected.message.test(i.message) &&
        (!expected.field || i.field === expected.field) &&
        (!expected.line || i.line === expected.line) &&
        (!expected.file || i.file.endsWith(expected.file)),
    );
    expect(
      match,
      `issues were:\n${issues.map((i) => `${i.file} | ${i.field} | ${i.message}`).join('\n')}`,
    ).toBeDefined();
  });
});

test('every problem is reported at once, each on its own line naming file and field', async () => {
  const issues = await refusal({
    [EN]: replace('revision: 2', 'revision: two'),
    'errors/smtp/504.yaml': replace('kind: smtp', 'kind: smtpx'),
  });
  expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['revision', 'kind']));
  const message = new ContentError(issues).message;
  expect(message).toMatch(/100001\/en\.md:6:11 revision: expected a number/);
  expect(message).toMatch(/504\.yaml:2:7 kind: /);
});

test('an unknown field is a warning naming file and field, not a refusal', async () => {
  const site = await loadSite(
    process.cwd(),
    contentWith({
      [EN]: replace('revision: 2', 'revison: 2\nrevision: 2'),
      'events/TestSource/7004.yaml': (t) => `${t}color: red\n`,
    }),
  );
  expect(site.warnings).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/100001\/en\.md:6:\d+ revison: unknown field/),
      expect.stringMatching(/7004\.yaml:7:\d+ color: unknown field/),
    ]),
  );
  expect(site.articles.find((a) => a.lang === 'en' && a.kb === '100001')!.data.revision).toBe(2);
});

test('a step the tree never reaches is a warning naming the step', async () => {
  const site = await loadSite(
    process.cwd(),
    contentWith(both(replace('step: second-step', 'outcome: Fine'))),
  );
  expect(site.warnings).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/100001\/pl\.md:\d+:\d+ tree: step "second-step" is not reachable/),
    ]),
  );
});

test('related KB numbers may be written with KB or Q; event levels in any case', async () => {
  const site = await loadSite(
    process.cwd(),
    contentWith({
      ...both(replace('related: [100002, 999999]', 'related: [KB100002, Q999999, 5]')),
      'events/TestSource/7004.yaml': replace('level: error', 'level: Error'),
    }),
  );
  expect(site.articles[0]!.data.related).toEqual(['100002', '999999', '5']);
  expect(site.events.find((e) => e.id === 7004)!.level).toBe('error');
});
