/**
 * Hand-checked facts about the five seeds, written by reading them, not by running
 * the ingest: what each page must show, and which text is publisher boilerplate.
 */
export interface SeedExpectation {
  file: string;
  title: string;
  dateLabel: string;
  datetime: string;
  publication: string;
  /** Exact boilerplate strings in the seed; everything else is journalism. */
  boilerplate: string[];
  /** Text that is not a sentence of the journalism (a date marker). */
  markers: string[];
}

export const SEED_EXPECTATIONS: SeedExpectation[] = [
  {
    file: '000_2444523fcf13c80a.txt',
    title:
      'McDonnell brushes aside claims of hard-left infiltration as Labour MPs face deselection threats',
    dateLabel: '11 September 2018',
    datetime: '2018-09-11',
    publication: 'The Herald',
    boilerplate: [],
    markers: ['date 2018-09-11'],
  },
  {
    file: '001_d840d03a09efda8c.txt',
    title: 'Labour row erupts over no confidence vote in Luciana Berger',
    dateLabel: 'February 2019',
    datetime: '2019-02',
    publication: 'BBC News',
    boilerplate: ['More on this story'],
    markers: ['image copyright', 'image caption'],
  },
  {
    file: '002_62f1b93d153f28be.txt',
    title: "Team Burnham raises Tory 'entryism' fears with Labour's general secretary",
    dateLabel: 'August 2015',
    datetime: '2015-08',
    publication: 'The Spectator (Coffee House)',
    boilerplate: ['Comments'],
    markers: [],
  },
  {
    file: '003_1fc4576d440fb9c0.txt',
    title: 'Jeremy Corbyn refuses to intervene to stop deselection of Labour MPs',
    dateLabel: 'September 2018',
    datetime: '2018-09',
    publication: 'The Independent',
    boilerplate: [
      'Your support helps us to tell the story',
      "From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is developing. Whether it's investigating the financials of Elon Musk's pro-Trump PAC or producing our latest documentary, 'The A Word', which shines a light on the American women fighting for reproductive rights, we know how important it is to parse out the facts from the messaging.",
      'At such a critical moment in US history, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.',
      'The Independent is trusted by Americans across the entire political spectrum. And unlike many other quality news outlets, we choose not to lock Americans out of our reporting and analysis with paywalls. We believe quality journalism should be available to everyone, paid for by those who can afford it.',
      'Your support makes all the difference.',
      'Join our commenting forum',
      'Join thought-provoking conversations, follow other Independent readers and see their replies',
      'Comments',
    ],
    markers: [],
  },
  {
    file: '004_b2604c3d629a670c.txt',
    title: "Labour Leadership Election Candidates 'To Meet Over Infiltrator Claims'",
    dateLabel: 'August 2015',
    datetime: '2015-08',
    publication: 'HuffPost UK',
    boilerplate: ['Popular in the Community'],
    markers: [],
  },
];

/**
 * Splits seed text into the sentences of its journalism: boilerplate strings and
 * markers are cut out first, then each line is split after . ? ! (and closing quotes).
 */
export function journalismSentences(seedText: string, expectation: SeedExpectation): string[] {
  let text = seedText;
  for (const piece of [...expectation.boilerplate].sort((a, b) => b.length - a.length)) {
    text = text.split(piece).join('\n');
  }
  for (const marker of expectation.markers) text = text.split(marker).join('\n');
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!]["'”’]?)\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Collapses whitespace so text from the DOM and from the seed compare equal. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
