import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIST } from './fixture-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every HTML file of the build the tests run against. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

test('every built page passes html-validate (recommended preset)', async () => {
  const files = htmlFiles(SITE_DIST);
  expect(files.length).toBeGreaterThan(30);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages)
        problems.push(`${file}:${m.line}: ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('the HTML gate catches planted defects', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>unclosed<img src="a.png"><button>go</button></body></html>',
    join(process.cwd(), 'planted.html'),
  );
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toEqual(
    expect.arrayContaining(['close-order', 'wcag/h37', 'no-implicit-button-type']),
  );
});
