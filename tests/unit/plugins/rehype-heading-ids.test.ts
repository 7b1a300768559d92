import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeHeadingIds, {
  type RehypeHeadingIdsOptions,
} from '../../../src/plugins/rehype-heading-ids.ts';

function render(markdown: string, options: RehypeHeadingIdsOptions = {}) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeHeadingIds, options)
    .use(rehypeStringify);
  const file = processor.processSync(markdown);
  return { html: String(file), headings: file.data.headings };
}

describe('rehype-heading-ids', () => {
  test('slugs headings with github-slugger, keeping Polish letters, and records them', () => {
    const { html, headings } = render('# Title\n\n## Więcej informacji\n\n### Więcej informacji');
    expect(html).toContain('<h2 id="więcej-informacji">');
    expect(html).toContain('<h3 id="więcej-informacji-1">');
    expect(html).toContain('<h1>Title</h1>');
    expect(headings).toEqual([
      { depth: 2, id: 'więcej-informacji', text: 'Więcej informacji' },
      { depth: 3, id: 'więcej-informacji-1', text: 'Więcej informacji' },
    ]);
  });

  test('takes the source language ids by position so fragments survive a language switch', () => {
    const { html } = render('## Symptoms\n\n## Cause\n\n## Extra', {
      ids: ['objawy', 'przyczyna'],
    });
    expect(html).toContain('<h2 id="objawy">Symptoms</h2>');
    expect(html).toContain('<h2 id="przyczyna">Cause</h2>');
    expect(html).toContain('<h2 id="extra">Extra</h2>');
  });

  test('an explicit {#id} wins and is removed from the text', () => {
    const { html, headings } = render('## Objawy {#symptoms}\n\n## Przyczyna', {
      ids: ['x', 'cause'],
    });
    expect(html).toContain('<h2 id="symptoms">Objawy</h2>');
    expect(html).toContain('<h2 id="cause">Przyczyna</h2>');
    expect(headings![0]).toEqual({ depth: 2, id: 'symptoms', text: 'Objawy' });
  });

  test('never gives a heading an id the page already uses', () => {
    const { html } = render('## Tree\n\n## Check auth', { reserved: ['tree', 'check-auth'] });
    expect(html).toContain('<h2 id="tree-1">');
    expect(html).toContain('<h2 id="check-auth-1">');
  });
});
