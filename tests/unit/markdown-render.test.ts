import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../src/lib/markdown/render.ts';

const options = {
  steps: [{ id: 'fix-it', title: 'Fix <it>' }],
  stepLabel: 'Krok {n}',
  anchorLabel: 'Link',
};

describe('article body rendering', () => {
  test('renders GFM tables and step sections with their ids', () => {
    const { html, headings } = renderArticleBody(
      '## Tabela\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n:::step{#fix-it}\nText\n:::',
      options,
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<section id="fix-it" class="step" data-step="1">');
    expect(html).toContain('Fix &#x3C;it>');
    expect(headings.map((h) => h.id)).toEqual(['tabela', 'fix-it']);
  });

  test('removes scripts, event handlers, javascript: links and iframes from raw HTML', () => {
    const hostile = [
      '<script>window.x=1</script>',
      '<img src="x" onerror="alert(1)">',
      '[click](javascript:alert(1))',
      '<a href="jAvAsCrIpT:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg><script>alert(1)</script></svg>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<div style="background:url(javascript:alert(1))">s</div>',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    ].join('\n\n');
    const { html } = renderArticleBody(hostile, options);
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<svg|style=/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  test('keeps harmless raw HTML such as <kbd>', () => {
    expect(renderArticleBody('Press <kbd>Ctrl</kbd>.', options).html).toContain('<kbd>Ctrl</kbd>');
  });
});
