import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import rehypeRawIfNeeded from '../../../src/plugins/rehype-raw-if-needed.ts';

const render = (md: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRawIfNeeded)
      .use(rehypeStringify)
      .processSync(md),
  );

test('parses raw HTML into elements when the body has some', () => {
  expect(render('Press <kbd>Ctrl</kbd> and *go*.')).toBe(
    '<p>Press <kbd>Ctrl</kbd> and <em>go</em>.</p>',
  );
});

test('leaves a body without raw HTML as it is', () => {
  expect(render('Just **text** & `code <b>`.')).toBe(
    '<p>Just <strong>text</strong> &#x26; <code>code &#x3C;b></code>.</p>',
  );
});
