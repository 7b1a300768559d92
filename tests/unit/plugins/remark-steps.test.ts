import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkSteps from '../../../src/plugins/remark-steps.ts';

const steps = [
  { id: 'check-auth', title: 'Check authentication' },
  { id: 'check-firewall', title: 'Check the firewall' },
];

function render(markdown: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkSteps, {
      steps,
      stepLabel: (n: number) => `Step ${n}`,
      anchorLabel: 'Link to this step',
    })
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = processor.processSync(markdown);
  return { html: String(file), blocks: file.data.stepBlocks };
}

describe('remark-steps', () => {
  test('turns each step block into a numbered section with the step id and title', () => {
    const { html } = render(
      '## Fix\n\n:::step{#check-firewall}\nTurn it **off** briefly.\n:::\n\n:::step{#check-auth}\nLook.\n:::',
    );
    expect(html).toContain(
      '<section id="check-firewall" class="step" data-step="2"><h3 class="step-title"><span class="step-number">Step 2</span> Check the firewall <a href="#check-firewall" class="anchor">',
    );
    expect(html).toContain('<p>Turn it <strong>off</strong> briefly.</p></section>');
    expect(html).toContain('<section id="check-auth" class="step" data-step="1">');
  });

  test('records every block, known or not, with its line and column, for the validator', () => {
    const { blocks } = render(
      'Intro\n\n:::step{#check-auth}\nA\n:::\n\n:::step{#ghost}\nB\n:::\n\n:::step\nC\n:::',
    );
    expect(blocks).toEqual([
      { id: 'check-auth', line: 3, column: 1 },
      { id: 'ghost', line: 7, column: 1 },
      { id: undefined, line: 11, column: 1 },
    ]);
  });

  test('keeps text that only looks like a directive (times, codes, URLs)', () => {
    const { html } = render('Error:SEC_E_LOGON_DENIED at 10:30, see http://x:80 and :name[label].');
    expect(html).toContain('Error:SEC_E_LOGON_DENIED at 10:30, see http://x:80 and :name[label].');
  });

  test('renders note callouts as asides and other containers as plain blocks', () => {
    const { html } = render(':::note\nCareful.\n:::\n\n:::weird\nKept.\n:::');
    expect(html).toContain('<aside class="callout note"><p>Careful.</p></aside>');
    expect(html).toContain('<div class="directive"><p>Kept.</p></div>');
  });

  test('puts the step heading one level below the heading before it', () => {
    const { html } = render('### Deep\n\n:::step{#check-auth}\nA\n:::');
    expect(html).toContain('<h4 class="step-title">');
  });
});
