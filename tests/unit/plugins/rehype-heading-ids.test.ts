import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeHeadingIds, {
  foldToAscii,
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
  test('slugs headings with github-slugger in ASCII, keeping the former id as an anchor', () => {
    const { html, headings } = render('# Title\n\n## Więcej informacji\n\n### Więcej informacji');
    expect(html).toContain(
      '<h2 id="wiecej-informacji"><span id="więcej-informacji" class="heading-alias"></span>',
    );
    expect(html).toContain(
      '<h3 id="wiecej-informacji-1"><span id="więcej-informacji-1" class="heading-alias"></span>',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(headings).toEqual([
      {
        depth: 2,
        id: 'wiecej-informacji',
        text: 'Więcej informacji',
        formerId: 'więcej-informacji',
      },
      {
        depth: 3,
        id: 'wiecej-informacji-1',
        text: 'Więcej informacji',
        formerId: 'więcej-informacji-1',
      },
    ]);
  });

  test('folds every Polish letter, ł included, and needs no anchor for an ASCII heading', () => {
    const { html } = render('## Zażółć gęślą jaźń ŁÓDŹ\n\n## Symptoms');
    expect(html).toContain('<h2 id="zazolc-gesla-jazn-lodz">');
    expect(html).toContain('<h2 id="symptoms">Symptoms</h2>');
    expect(foldToAscii('Straße æ ø')).toBe('Strasse ae o');
  });

  test('the other language takes the source ids and their former ids by position', () => {
    const { html } = render('## Solution', { ids: ['rozwiazanie'], formerIds: ['rozwiązanie'] });
    expect(html).toContain(
      '<h2 id="rozwiazanie"><span id="rozwiązanie" class="heading-alias"></span>Solution</h2>',
    );
  });

  test('a former id that another heading now has gets no second anchor', () => {
    const { html, headings } = render('## Łódź\n\n## Lodz');
    expect(html).toContain('<h2 id="lodz"><span id="łódź" class="heading-alias"></span>Łódź</h2>');
    expect(html).toContain('<h2 id="lodz-1">Lodz</h2>');
    expect(headings![1]).toEqual({ depth: 2, id: 'lodz-1', text: 'Lodz' });
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
