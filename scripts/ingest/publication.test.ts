import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Publication, publicationsFileSchema } from '../../src/schemas/editorial.ts';
import { identifyPublication, scanPublications } from './publication.ts';

const publications = publicationsFileSchema.parse(
  JSON.parse(readFileSync('src/data/publications.json', 'utf8')),
);
const identify = (text: string) => identifyPublication('a.txt', text, undefined, publications);
const body = 'Labour MPs met on Monday night to discuss the motion against their colleague.';

/** A short article in the shape a copied page takes, with the furniture lines given. */
const page = (...furniture: string[]) =>
  ['Labour row over deselection', body, ...furniture, 'The vote is next week.'].join('\n');

/** Two identifications per outlet family: [slug, page text, expected confidence]. */
const CASES: [string, string, 'high' | 'medium'][] = [
  ['bbc-news', page('image copyrightPA Media', 'More on this story'), 'high'],
  ['bbc-news', page('BBC News understands the meeting ran late.'), 'medium'],
  ['the-guardian', page('This article is more than 5 years old'), 'high'],
  ['the-guardian', page('One MP told the Guardian the mood was bleak.'), 'medium'],
  ['the-observer', page('The Observer'), 'high'],
  ['the-observer', page('A shadow minister told the Observer she would resign.'), 'medium'],
  ['the-times', page('© Times Media Limited 2024'), 'high'],
  ['the-times', page('The Times has learnt that the whips were told.'), 'medium'],
  ['the-sunday-times', page('The Sunday Times'), 'high'],
  ['the-sunday-times', page('A minister told The Sunday Times it was over.'), 'medium'],
  ['the-daily-telegraph', page('Copyright © Telegraph Media Group Limited 2019'), 'high'],
  ['the-daily-telegraph', page('The Telegraph understands the plan was shelved.'), 'medium'],
  [
    'financial-times',
    page('Copyright The Financial Times Limited 2019. All rights reserved.'),
    'high',
  ],
  ['financial-times', page('One adviser told the FT the plan was dead.'), 'medium'],
  ['the-independent', page('Join our commenting forum'), 'high'],
  ['the-independent', page('A source told The Independent it was a purge.'), 'medium'],
  ['the-i', page('inews.co.uk'), 'high'],
  ['the-i', page('Senior figures told i the leader was safe.'), 'medium'],
  ['daily-mail', page('By Jane Doe for MailOnline'), 'high'],
  ['daily-mail', page('A Cabinet source told MailOnline it would pass.'), 'medium'],
  ['daily-mirror', page('mirror.co.uk'), 'high'],
  ['daily-mirror', page('The Mirror understands the vote was close.'), 'medium'],
  ['the-sun', page('GOT a story? RING The Sun on 0207 782 4104'), 'high'],
  ['the-sun', page('The Sun can reveal the date was moved.'), 'medium'],
  ['daily-express', page('express.co.uk'), 'high'],
  ['daily-express', page('A Tory MP told Express.co.uk it was a stitch-up.'), 'medium'],
  ['evening-standard', page('© Evening Standard Limited'), 'high'],
  ['evening-standard', page('The Standard understands City Hall was told.'), 'medium'],
  ['metro', page('Get in touch with our news team by emailing us at webnews@metro.co.uk.'), 'high'],
  ['metro', page('A spokesperson told Metro.co.uk the claims were false.'), 'medium'],
  ['huffpost-uk', page('Popular in the Community'), 'high'],
  ['huffpost-uk', page('HuffPost UK understands the letter was sent.'), 'medium'],
  ['the-spectator', page('Subscribe to The Spectator'), 'high'],
  ['the-spectator', page('Coffee House understands a meeting is arranged.'), 'medium'],
  ['new-statesman', page('newstatesman.com'), 'high'],
  ['new-statesman', page('One aide told the New Statesman it was chaos.'), 'medium'],
  ['politicshome', page('PoliticsHome'), 'high'],
  ['politicshome', page('PoliticsHome understands the rebels will abstain.'), 'medium'],
  ['politico', page('POLITICO'), 'high'],
  ['politico', page('A senior official told POLITICO the deal was off.'), 'medium'],
  ['sky-news', page('Follow Sky News on WhatsApp'), 'high'],
  ['sky-news', page('Sky News understands the whip will be restored.'), 'medium'],
  ['itv-news', page('ITV News'), 'high'],
  ['itv-news', page('ITV News has learned the report is delayed.'), 'medium'],
  ['channel-4-news', page('Channel 4 News'), 'high'],
  ['channel-4-news', page('Channel 4 News has learned the minister was warned.'), 'medium'],
  ['the-herald', page('heraldscotland.com'), 'high'],
  ['the-herald', page('One Labour MP told The Herald there was real fear.'), 'medium'],
  ['the-scotsman', page('The Scotsman'), 'high'],
  ['the-scotsman', page('An SNP source told The Scotsman it was settled.'), 'medium'],
  ['daily-record', page('© Scottish Daily Record and Sunday Mail Ltd'), 'high'],
  ['daily-record', page('A union boss told the Record the offer was an insult.'), 'medium'],
  ['the-national', page('thenational.scot'), 'high'],
  ['the-national', page('A Yes campaigner told The National the march would go ahead.'), 'medium'],
  ['yorkshire-post', page('Support The Yorkshire Post'), 'high'],
  ['yorkshire-post', page('The council leader told The Yorkshire Post he was angry.'), 'medium'],
  ['manchester-evening-news', page('Manchester Evening News'), 'high'],
  ['manchester-evening-news', page('The mayor told the M.E.N. he would fight on.'), 'medium'],
  ['liverpool-echo', page('Liverpool Echo'), 'high'],
  ['liverpool-echo', page('A councillor told the ECHO the plan was flawed.'), 'medium'],
  ['kentonline', page('Read more: All the latest news from Canterbury'), 'high'],
  ['kentonline', page('More on KentOnline'), 'high'],
  ['kentonline', page('The MP told KentOnline she was disappointed.'), 'medium'],
  ['walesonline', page('WalesOnline'), 'high'],
  ['walesonline', page('A Senedd member told WalesOnline the vote was a disgrace.'), 'medium'],
  ['belfast-telegraph', page('Belfast Telegraph'), 'high'],
  ['belfast-telegraph', page('A DUP source told the Belfast Telegraph talks were over.'), 'medium'],
  ['labourlist', page("Sign up to LabourList's morning email for everything Labour."), 'high'],
  ['labourlist', page('A party official told LabourList the timetable was set.'), 'medium'],
  ['conservativehome', page('ConservativeHome'), 'high'],
  ['conservativehome', page('A minister told ConservativeHome the plan was sound.'), 'medium'],
  ['novara-media', page('Novara Media is funded by its audience.'), 'high'],
  ['novara-media', page('A shadow minister told Novara Media it was a mistake.'), 'medium'],
  ['press-association', page('By Jane Doe, PA Political Correspondent'), 'high'],
  ['press-association', page('A spokesman told the PA news agency it was under review.'), 'medium'],
];

describe('identifyPublication from evidence in the text', () => {
  test('the data covers every outlet the archive expects', () => {
    const slugs = new Set(publications.map((p) => p.slug));
    for (const [slug] of CASES) expect(slugs.has(slug), slug).toBe(true);
    expect(slugs.size).toBeGreaterThanOrEqual(37);
  });
  test.each(CASES)('%s: %#', (slug, text, confidence) => {
    const found = identify(text);
    expect(found.slug).toBe(slug);
    expect(found.source).toBe('signature');
    expect(found.confidence).toBe(confidence);
    expect(found.evidenceLine).toBe(3);
    expect(text.split('\n')[2]).toContain(found.evidence);
  });
});

describe('quoting another outlet is not evidence of being it', () => {
  test.each([
    'He told the BBC on Sunday that he would not resign.',
    'According to the Times, the whips were furious.',
    'The Guardian reported last week that the vote would be close.',
    'The claim was first made by the Daily Mail and repeated on Sky.',
    'She said the Sun had got the story wrong.',
  ])('%s', (line) => {
    expect(identify(page(line))).toEqual({ slug: null, name: 'Unknown', source: 'unknown' });
  });
  test('the outlet that prints its own furniture wins over one it quotes', () => {
    const text = page(
      'According to the Times, the whips were furious.',
      'told The Herald',
      'Read on.',
    );
    expect(identify(text).slug).toBe('the-herald');
    const quoted = page('One MP told the Guardian it was over.', 'Popular in the Community');
    expect(identify(quoted)).toMatchObject({ slug: 'huffpost-uk', confidence: 'high' });
  });
  test('an outlet the text quotes by name cannot win on its self-references', () => {
    const text = page('He told the Guardian it was over.', 'The Guardian reported he had quit.');
    expect(identify(text).source).toBe('unknown');
  });
});

describe('ties and editors', () => {
  test('two outlets with equally strong evidence are a tie: unknown', () => {
    expect(identify(page('The Guardian', 'The Times')).source).toBe('unknown');
    expect(identify(page('told The Herald', 'told The Scotsman')).source).toBe('unknown');
  });
  test('stronger evidence beats a self-reference of another outlet', () => {
    expect(identify(page('image copyrightPA', 'told The Herald')).slug).toBe('bbc-news');
  });
  test('outlets tied at the same strength are unknown however many pieces each has', () => {
    const text = page(
      'More on this story',
      'Media playback is unsupported on your device',
      'The Times',
    );
    expect(identify(text).source).toBe('unknown');
  });
  test('a page title signed with an outlet’s masthead is that outlet’s', () => {
    const signed = identify(page('Johnson resigns as Foreign Secretary - The Telegraph'));
    expect([signed.slug, signed.confidence]).toEqual(['the-daily-telegraph', 'high']);
    expect(identify(page('Johnson resigns | Sky News')).slug).toBe('sky-news');
  });
  test('a title whose last words are no masthead, or a dash inside a sentence, is no evidence', () => {
    expect(identify(page('Johnson resigns - and the party splits')).source).toBe('unknown');
  });
  test('a links header every outlet prints ("Related Topics") is no one’s evidence', () => {
    expect(identify(page('Sky News', 'Related Topics')).slug).toBe('sky-news');
  });
  test('a copyright phrase counts only on a copyright line', () => {
    expect(identify(page('Telegraph Media Group Limited was sold.')).source).toBe('unknown');
  });
  test('no evidence is unknown', () => {
    expect(identify(page())).toEqual({ slug: null, name: 'Unknown', source: 'unknown' });
  });
  test('an editor’s identification must rest on words in the seed', () => {
    const confirmed = { slug: 'the-herald', evidence: 'told The Herald' };
    expect(
      identifyPublication('a.txt', 'x\none MP told The Herald', confirmed, publications),
    ).toEqual({
      slug: 'the-herald',
      name: 'The Herald',
      source: 'editorial',
      evidence: 'told The Herald',
      evidenceLine: 2,
    });
    expect(() => identifyPublication('a.txt', 'nothing here', confirmed, publications)).toThrow(
      'a.txt:1: editorial evidence for The Herald ("told The Herald") does not occur in the seed',
    );
  });
});

describe('scanPublications', () => {
  const small: Publication[] = [publications.find((p) => p.slug === 'the-herald')!];
  test('reports each hit with its kind and line, in reading order', () => {
    const { hits } = scanPublications('The Herald\nAn MP told the Herald so.', small);
    expect(hits.map((h) => [h.kind, h.line, h.phrase])).toEqual([
      ['masthead', 1, 'The Herald'],
      ['selfReference', 2, 'told the Herald'],
    ]);
  });
  test('reads a long text in time proportional to its length', () => {
    const line = 'Labour MPs met on Monday and the vote is next week, a spokesman said.\n';
    const time = (n: number) => {
      const text = line.repeat(n);
      const start = performance.now();
      scanPublications(text, publications);
      return performance.now() - start;
    };
    time(500);
    const [short, long] = [time(2000), time(8000)];
    expect(long / Math.max(short, 1)).toBeLessThan(12);
  });
});

describe('the five seeds, without their editorial facts', () => {
  const facts = JSON.parse(readFileSync('src/data/article-facts.json', 'utf8')) as Record<
    string,
    { publication?: { slug: string } }
  >;
  test.each(Object.entries(facts))('%s is recognised as the editor identified it', (file, fact) => {
    const text = readFileSync(`seeds/${file}`, 'utf8');
    expect(identify(text).slug).toBe(fact.publication?.slug);
  });
});
