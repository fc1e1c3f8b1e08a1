import { describe, expect, test } from 'vitest';
import { toSourceLines } from '../lines.ts';
import { classifyLine, stripFurniture } from './index.ts';

const context = { publications: [{ name: 'The Example Times', aliases: ['Example Times'] }] };
const strip = (text: string) => stripFurniture(toSourceLines(text), context);
const keptText = (text: string) =>
  strip(text)
    .kept.map((l) => l.text)
    .filter((t) => t.trim() !== '');

describe('classifyLine', () => {
  test('names the rule of each kind of furniture', () => {
    expect(classifyLine('Skip to main content', context)?.rule).toBe('navigation');
    expect(classifyLine('Example Times', context)?.rule).toBe('masthead');
    expect(classifyLine('Published 3 hours ago', context)?.rule).toBe('timestamp');
    expect(classifyLine('By Jane Doe', context)).toEqual({ rule: 'byline', byline: 'Jane Doe' });
  });
  test('a numbered kicker is a label over the headline, a list item below it', () => {
    expect(classifyLine('1. Long reads', context, true)?.rule).toBe('section-label');
    expect(classifyLine('1. Long reads', context, false)).toBeNull();
  });
  test('a sentence of reporting is not furniture', () => {
    expect(classifyLine('The Example Times reported that the vote was lost.', context)).toBeNull();
  });
});

describe('stripFurniture', () => {
  test('chrome before the headline goes, each line with its rule and line number', () => {
    const { removed } = strip(
      'Skip to main content\nExample Times\nPolitics\nCouncil tax to rise again\nThe rise was agreed.',
    );
    expect(removed).toEqual([
      { rule: 'navigation', line: 1, text: 'Skip to main content' },
      { rule: 'masthead', line: 2, text: 'Example Times' },
      { rule: 'section-label', line: 3, text: 'Politics' },
    ]);
  });
  test('the byline is kept, with its job title from the line below', () => {
    const result = strip(
      'Council tax to rise again\nBy Jane Doe\nLocal government correspondent\nThe rise was agreed.',
    );
    expect(result.byline).toBe('Jane Doe, Local government correspondent');
    expect(result.removed.map((r) => [r.line, r.rule])).toEqual([
      [2, 'byline'],
      [3, 'byline'],
    ]);
  });
  test('a bare name with a job title below it, under the headline, is a byline', () => {
    expect(
      strip('Council tax to rise again\nJane Doe\nPolitical Editor\nThe rise was agreed.').byline,
    ).toBe('Jane Doe, Political Editor');
  });
  test('the headlines under "More on this story" go with it; the list ends at a sentence', () => {
    const text = [
      'The rise was agreed by the council on Monday.',
      'Read more:',
      'Mayor defends the budget',
      '',
      'Opposition calls for an inquiry',
      'Councillors will vote again in March.',
    ].join('\n');
    expect(keptText(text)).toEqual([
      'The rise was agreed by the council on Monday.',
      'Councillors will vote again in March.',
    ]);
    expect(strip(text).removed.map((r) => r.rule)).toEqual([
      'related-links',
      'related-links',
      'related-links',
    ]);
  });
  test('topic lists under a topics header go', () => {
    const { removed } = strip('The rise was agreed.\nTopics\nCouncil tax\nLocal government');
    expect(removed.map((r) => r.rule)).toEqual(['topic-links', 'topic-links', 'topic-links']);
  });
  test('the title of a video under a player notice goes; a paragraph after it stays', () => {
    const text =
      'This video can not be played\nThe mayor on the budget vote\nThe rise was agreed on Monday.';
    expect(strip(text).removed.map((r) => r.rule)).toEqual(['media-notice', 'video-title']);
    expect(keptText(text)).toEqual(['The rise was agreed on Monday.']);
  });
  test('a donation appeal block goes and the sentence glued to its end stays', () => {
    const text =
      'Your support helps us to tell the story\nWe need reporters.\nYour support makes all the difference.The vote was lost.';
    const { kept, removed } = strip(text);
    expect(kept).toEqual([{ line: 3, text: 'The vote was lost.' }]);
    expect(removed[0]!.rule).toBe('donation-appeal');
  });
  test('a pull quote repeating a body sentence goes', () => {
    const text = [
      'Council tax to rise again',
      'The council agreed the rise on Monday evening after a long debate.',
      '“We had no choice but to raise the tax this year,” the leader said.',
      'We had no choice but to raise the tax this year',
    ].join('\n');
    expect(strip(text).removed).toEqual([
      { rule: 'pull-quote', line: 4, text: 'We had no choice but to raise the tax this year' },
    ]);
  });
  test('journalism mentioning Twitter, newsletters, comments and sharing is all kept', () => {
    const body = [
      'Council tax to rise again',
      'The leader shared the plan on Twitter before the meeting.',
      'A newsletter sent to residents set out the figures.',
      'Comments by the opposition leader drew jeers from the gallery.',
      'Follow-up talks are planned for the spring.',
      'Share prices in the council’s energy company fell.',
    ];
    const { kept, removed } = strip(body.join('\n'));
    expect(removed).toEqual([]);
    expect(kept.map((l) => l.text)).toEqual(body);
  });
});

describe('lines of reporting that open with furniture words', () => {
  test.each([
    'Local authorities across England say they face a shortfall of £4bn next year.',
    'Share prices of outsourcing firms fell after the announcement.',
    'Follow-up talks with the Treasury are planned for next week.',
    'Support for the plan among council leaders has fallen sharply, a survey found.',
    'Read the small print, one council leader said, and the picture is bleak.',
    'More than 40 councils have asked for emergency help.',
    'Comment from the Local Government Association was not available.',
    'Photographs of closed libraries were shared widely online.',
    'Source material for the survey came from 300 councils.',
    'Watch this space, the minister told MPs.',
    'Live music venues are among those affected.',
    'By the end of the year, six councils could issue section 114 notices.',
    'Home care services would be cut first.',
    'The minister said: "We will support councils. Follow the money and you will see that."',
    'Labour said it would publish its own plans in the spring.',
    'Sources close to the chancellor said no decision had been taken.',
    'Jane Doe, a council leader in the north, said: "We are at breaking point."',
    'Newsletter costs have been cut by three councils.',
    'Cookies and cakes were served at the meeting, which ran late.',
    'Thank you for your patience, the chairman told residents.',
    'Politics in the town hall has rarely been so tense.',
    'Analysis by the IFS suggests the gap could grow.',
    'Updated figures will be published in March.',
    'Published figures show reserves falling in every region.',
    'Image rights for the campaign were sold to a charity.',
    'Tags on the bins show which day they are emptied.',
  ])('"%s" is kept', (line) => {
    expect(classifyLine(line, context, true)).toBeNull();
  });
});

describe('bylines and menus by position', () => {
  test('a bare name under the headline is the byline; a name above it is not', () => {
    const under = strip(
      'Council tax to rise for a fourth year\nPriya Shah\nThe rise was agreed on Monday.',
    );
    expect(under.byline).toBe('Priya Shah');
    const above = strip(
      'Priya Shah\nCouncil tax to rise for a fourth year\nThe rise was agreed on Monday.',
    );
    expect(above.byline).toBeNull();
  });
  test('two names and a dateline under the standfirst are the byline', () => {
    const text = [
      'Council tax to rise for a fourth year',
      'Residents face another increase as the budget gap grows',
      'Priya Shah and Tom Reed in Leeds',
      'The rise was agreed on Monday.',
    ].join('\n');
    expect(strip(text).byline).toBe('Priya Shah and Tom Reed in Leeds');
  });
  test('a timestamp printed on the byline line is not part of the byline', () => {
    expect(
      strip(
        'Council tax to rise\nBy Tom Reed, Political Editor 18 February 2019 • 7:45pm\nIt rose.',
      ).byline,
    ).toBe('Tom Reed, Political Editor');
  });
  test('a menu copied one link a line is navigation; two labels are labels', () => {
    const menu = strip('Home\nNews\nSport\nWeather\nCouncil tax to rise\nIt rose.');
    expect(menu.removed.map((r) => r.rule)).toEqual([
      'navigation',
      'navigation',
      'navigation',
      'navigation',
    ]);
    const labels = strip('News\nPolitics\nCouncil tax to rise\nIt rose.');
    expect(labels.removed.map((r) => r.rule)).toEqual(['section-label', 'section-label']);
  });
  test('a stamp signed with the masthead is a timestamp', () => {
    expect(classifyLine('Monday February 18 2019, 10.00pm, The Example Times', context)?.rule).toBe(
      'timestamp',
    );
  });
  test('the topics under "Related Topics" are topic links', () => {
    const { removed } = strip('It rose.\nRelated Topics\nCouncil tax\nLocal government');
    expect(removed.map((r) => r.rule)).toEqual(['related-links', 'topic-links', 'topic-links']);
  });
});
