/**
 * Proper nouns of two or more words that are not people: organisations, places,
 * publications and programmes, events. The matcher recognises them so that neither
 * the unknown-name check nor a bare surname/first name inside them is mistaken for
 * a person. Case-sensitive, matched as whole token sequences.
 */
export const NON_PERSON_NAMES: readonly string[] = [
  // Parties, party bodies and groups
  'Labour Party',
  'Tory Party',
  'Conservative Party',
  'Liberal Democrats',
  'Lib Dems',
  'Lib Dem',
  'Green Party',
  'Scottish National Party',
  'Parliamentary Labour Party',
  'Labour Friends of Israel',
  'Another Europe is Possible',
  'National Health Action',
  'Health Action',
  'Independent Group',
  'Change UK',
  'Rotherham Council',
  'National Executive Committee',
  'Shadow Cabinet',
  'House of Commons',
  'House of Lords',
  // Places
  'Soviet Union',
  'Northern Ireland',
  'Parliament Square',
  'Greater Manchester',
  'United Kingdom',
  'European Union',
  // Publications and programmes
  'Novara Media',
  'Coffee House',
  'World at One',
  'Today programme',
  'The Herald',
  'The Independent',
  'The Times',
  'The Spectator',
  'Radio 4',
  'Getty Images',
  // Campaigns, laws and events
  "People's Vote",
  'Article 50',
  // Forms of address that stand before a name but are no part of it
  'Rt Hon',
  'Rt. Hon',
  'Right Hon',
  'Right Honourable',
];

/**
 * Capitalised words that open a sentence or qualify a name but are not part of one:
 * stripped from the front of a run of capitalised words before it is judged to be a
 * name ("If Corbyn", "Contender Yvette Cooper", "On Tuesday John Smith").
 */
export const LEADING_NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // function words
  ...(
    'A An The And But Or So Yet If In On At For With Without To From By Of As After Before Since ' +
    'While Whilst When Where Why What Who Whoever How Although Though Because Despite During Under ' +
    'Over Following Meanwhile However Instead Interestingly Indeed Also Now Then There Here This That ' +
    'These Those It Its He She They We You His Her Their Our My Your Some Other Others Many Most More ' +
    'Both Each Every All Any No Not Several Few Last Next Earlier Later Yesterday Today Tomorrow ' +
    'Asked Pressed Speaking Sources Dear'
  ).split(' '),
  // numbers
  ...'One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands'.split(' '),
  // days and months
  ...(
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December'
  ).split(' '),
  // party and job labels used before a name, and nationalities
  ...(
    'Labour Conservative Conservatives Tory Tories Liberal Democrat Green Independent Former Shadow ' +
    'Chancellor Minister Secretary Leader Deputy Contender Candidate Team Veteran Backbencher ' +
    'Councillor Activist Campaigner Journalist Comedian Author Broadcaster Jewish Iranian British ' +
    'Scottish Welsh Irish English'
  ).split(' '),
]);

/** Honorifics that may precede a surname. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'Mr Mrs Ms Miss Dr Sir Dame Lord Lady Baroness Rev Prof Professor Cllr'.split(' '),
);

/** Titles that may stand before a first name alone and still name a person: "Sir Keir". */
export const FIRST_NAME_TITLES: ReadonlySet<string> = new Set(['Sir', 'Dame']);

/**
 * Words that end an office's title: a capitalised run up to one of them is the office,
 * not a name ("Home Secretary", "Shadow Work and Pensions Secretary", "Chief Whip").
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  'Secretary Minister Chancellor Whip Spokesperson Spokesman Spokeswoman Leader'.split(' '),
);

/**
 * Occupations outside politics that, standing right before a name, say it is a
 * namesake's: "the United States captain Tom Watson", "the tennis player Andy Murray".
 * Only callings MPs do not also hold (lawyers, journalists and authors sit in the
 * Commons, so they are not here).
 */
export const NAMESAKE_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    'captain golfer player footballer cricketer boxer athlete cyclist jockey swimmer ' +
    'striker goalkeeper midfielder defender manager coach referee actor actress singer ' +
    'musician rapper guitarist drummer comedian chef artist painter novelist poet ' +
    'playwright astronaut bishop archbishop vicar priest'
  ).split(' '),
);

/**
 * Surnames and first names that are also ordinary English words ("Hope is fading",
 * "Will the minister…", "Major changes"). At the start of a sentence, where any word
 * is capitalised, such a name alone is read as the word, never as a person.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(
  (
    'Bacon Baker Bell Best Bird Black Blunt Bone Brake Brown Burns Bush Cable Cash Church ' +
    'Clay Cook Cross Day Drew Fell Field Flint Fox Frost Fuller Gale Gill Glass Goodwill ' +
    'Grant Gray Green Greening Grey Hall Hand Hands Hart Hill Hood Hope House Hunt Jack ' +
    'Joy Keen Key King Knight Lamb Law Little Long Lord Love Main Major Mann Marsh May ' +
    'Mills Moon More Page Park Pound Price Reed Rich Rose Savage Sharp Short Slaughter ' +
    'Spring Stone Strong Swift Wall Ware Wells West White Wise Wood Woods Young Will Mark ' +
    'Rob Bill Frank Faith Grace Dawn June Pat Sue Guy Ray Lee Sandy Hazel'
  ).split(' '),
);

/** Titles of peers (and of a knight's wife): before a surname they never name a sitting MP. */
export const PEER_TITLES: ReadonlySet<string> = new Set(['Lord', 'Lady', 'Baroness']);
