import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { paragraphId, rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkCaptions } from './remark-captions.ts';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkCaptions)
      .use(remarkRehype)
      .use(rehypeParagraphAnchors)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('paragraphId', () => {
  test('is p followed by the 1-based number', () => {
    expect(paragraphId(7)).toBe('p7');
  });
});

describe('rehypeParagraphAnchors', () => {
  test('numbers body paragraphs and links each to itself; headings and captions are not numbered', () => {
    const html = render(
      'One.\n\n## Crosshead\n\nTwo.\n\n:::caption{credit="PA"}\nA caption\n:::\n\nThree.\n',
    );
    expect(html).toContain(
      '<p id="p1">One. <a href="#p1" class="para-link" aria-label="Link to paragraph 1">¶</a></p>',
    );
    expect(html).toContain('<h2>Crosshead</h2>');
    expect(html).toContain('<p id="p2">Two.');
    expect(html).toContain('<p id="p3">Three.');
    expect(html).not.toContain('id="p4"');
  });
});

describe('remarkCaptions', () => {
  test('renders a caption directive as a figure with its credit', () => {
    expect(
      render(':::caption{credit="Getty Images"}\nLuciana Berger and Chris Leslie\n:::\n'),
    ).toBe(
      '<figure class="picture"><figcaption>Luciana Berger and Chris Leslie <span class="credit">Picture: Getty Images</span></figcaption></figure>',
    );
  });
  test('a credit alone still makes a figure', () => {
    expect(render(':::caption{credit="UK Parliament"}\n:::\n')).toBe(
      '<figure class="picture"><figcaption><span class="credit">Picture: UK Parliament</span></figcaption></figure>',
    );
  });
  test('markup in a credit stays text', () => {
    expect(render(':::caption{credit="<b>PA</b>"}\n:::\n')).toContain(
      'Picture: &#x3C;b>PA&#x3C;/b>',
    );
  });
});
