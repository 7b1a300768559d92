import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, manifest, sharedSite, tempDir } from './helpers.ts';

test('a refused build names the problem and leaves the previous output byte for byte', () => {
  const root = tempDir('kb-atomic-');
  const out = join(root, 'dist');
  const content = join(root, 'content');
  // The previous output: a good build of this content (the fixture site the browser tests use).
  cpSync('tests/fixtures/content/site', content, { recursive: true });
  cpSync(sharedSite('fixture'), out, { recursive: true });
  const before = manifest(out);
  expect(Object.keys(before)).toContain(join('en', 'kb', '100001', 'index.html'));

  writeFileSync(
    join(content, 'events/TestSource/7006.yaml'),
    'id: 7006\nsource: TestSource\nlog: Application\nlevel: fatal\ntitle: { pl: a, en: b }\ndescription: { pl: a, en: b }\n',
  );
  const bad = build(out, { KB_CONTENT_DIR: content });
  expect(bad.status).not.toBe(0);
  expect(bad.output).toMatch(/events\/TestSource\/7006\.yaml:4:8 level: /);
  expect(bad.output).toContain('the previous');
  expect(manifest(out)).toEqual(before);
});
