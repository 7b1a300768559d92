import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseWithPositions } from '../../src/lib/content/positions.ts';
import { cachedYaml } from '../../src/lib/content/yaml-cache.ts';

const GOOD = 'title: x\nsteps:\n  - id: a\n    errors: [smtp/1]\n';
const BAD = 'title: [x\n';

describe('the YAML cache of check:content', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kb-yaml-cache-')), 'yaml.json');

  test('a second run reads accepted data back, with the same positions', () => {
    const first = cachedYaml(file, 'v1');
    expect(first.parse(GOOD, 2).data).toEqual(parseWithPositions(GOOD).data);
    expect(first.parse(BAD, 2).problems).not.toEqual([]);
    first.save();
    // Only the accepted text is stored.
    expect(readFileSync(file, 'utf8')).not.toContain('"title":["x"]');

    const second = cachedYaml(file, 'v1');
    const again = second.parse(GOOD, 2);
    expect(again.data).toEqual(parseWithPositions(GOOD).data);
    expect(again.locate(['steps', 0, 'errors', 0])).toEqual(
      parseWithPositions(GOOD, 2).locate(['steps', 0, 'errors', 0]),
    );
    // A refused text is parsed again, so its problems and positions are the yaml package's.
    expect(second.parse(BAD, 2)).toMatchObject({ problems: parseWithPositions(BAD, 2).problems });
  });

  test('another parser version reuses nothing', () => {
    const run = cachedYaml(file, 'v2');
    const text = 'a: 1\n';
    expect(run.parse(text, 1).data).toEqual({ a: 1 });
    run.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 'v2' });
  });

  test('data JSON cannot hold is not cached', () => {
    const run = cachedYaml(file, 'v3');
    expect(run.parse('a: .inf\n', 1).data).toEqual({ a: Infinity });
    expect(run.parse('b: 1\n', 1).data).toEqual({ b: 1 });
    run.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 'v3' });
    expect(JSON.parse(readFileSync(file, 'utf8')).entries).toEqual([
      [expect.any(String), { b: 1 }],
    ]);
    expect(cachedYaml(file, 'v3').parse('a: .inf\n', 1).data).toEqual({ a: Infinity });
  });
});
