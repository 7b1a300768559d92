import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeRawIfNeeded from '../../../src/plugins/rehype-raw-if-needed.ts';
import { rehypeMarkOwnIds, rehypeRestoreOwnIds } from '../../../src/plugins/rehype-own-ids.ts';
import { sanitizeSchema } from '../../../src/lib/markdown/sanitize-schema.ts';

/** Markdown with raw HTML, our own ids given by hProperties (as remark-steps does). */
function render(markdown: string, reserved: string[] = []) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => (tree) => {
      // An element of our own, made before raw HTML is parsed: a step section.
      (tree as unknown as { children: unknown[] }).children.push({
        type: 'paragraph',
        data: { hName: 'section', hProperties: { id: 'own-step', className: ['step'] } },
        children: [
          {
            type: 'emphasis',
            data: { hName: 'h3', hProperties: { className: ['step-title'] } },
            children: [{ type: 'text', value: 'Own' }],
          },
        ],
      });
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeMarkOwnIds)
    .use(rehypeRawIfNeeded)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeRestoreOwnIds, { reserved })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

describe('rehype-own-ids', () => {
  test('raw HTML ids and names get the user-content- prefix; our own ids stay as they are', () => {
    const html = render('<img name="createElement" alt="x" src="/a.svg"> <span id="tree">t</span>');
    expect(html).toContain('name="user-content-createElement"');
    expect(html).toContain('id="user-content-tree"');
    expect(html).toContain('<section id="own-step" class="step"><h3 class="step-title">Own</h3>');
  });

  test('raw HTML cannot take our ids or pose as a step', () => {
    const html = render(
      '<section id="own-step" class="step"><h3 class="step-title">Fake</h3></section>\n\n<span id="user-content-x">a</span><span id="x">b</span>',
      ['user-content-x'],
    );
    expect(html.match(/id="own-step"/g)).toHaveLength(1);
    expect(html).toContain('<section id="user-content-own-step" class=""><h3 class="">Fake</h3>');
    // A prefixed id that repeats one in use is dropped, not duplicated.
    expect(html).toContain('<span>b</span>');
  });

  test('footnotes keep working: their ids and links match', () => {
    const html = render('Text[^1]\n\n[^1]: Note');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['user-content-fn-1', 'user-content-fnref-1']);
    for (const target of targets) expect(html).toContain(`id="${target}"`);
  });
});
