import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { feedDescription, feedText } from '../../src/lib/feeds.ts';
import { neutraliseFormula, toCsv } from '../../src/lib/open-data.ts';

describe('CSV cells are never formulas (OWASP)', () => {
  test.each(['=HYPERLINK("http://evil.test","x")', '+1+1', '-2+3', '@SUM(A1)', '\tindent', '\rcr'])(
    '%j gets a leading apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(toCsv([{ title: cell }]).split('\r\n')[1]).toMatch(/^"?'/);
    },
  );

  test('ordinary text and numbers are unchanged', () => {
    expect(toCsv([{ title: 'Labour row', n: -3, date: '2019-02' }])).toBe(
      'title,n,date\r\nLabour row,-3,2019-02\r\n',
    );
    expect(toCsv([{ people: ['=x', 'y'] }])).toBe("people\r\n'=x|y\r\n");
  });
});

describe('feeds carry text that a reader cannot render as markup', () => {
  const hostile =
    'Row <img src=x onerror=alert(1)> over <script>alert(2)</script> & "vote"\u0000\u001b';

  test('a feed built from hostile text is valid XML whose description decodes to escaped HTML', async () => {
    const xml = await getRssString({
      title: 'Archive',
      description: 'Feed',
      site: 'https://archive.test',
      items: [{ title: feedText(hostile), link: '/a/', description: feedDescription(hostile) }],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    const item = new XMLParser({ processEntities: true }).parse(xml).rss.channel.item;
    // What a reader renders as HTML holds no tag: every "<" is still the entity.
    expect(String(item.description)).not.toContain('<');
    expect(String(item.description)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('plain feed text only loses what XML forbids', () => {
    expect(feedText('A\u0000 vote\u202e today \u{1F600}')).toBe('A vote today \u{1F600}');
  });
});
