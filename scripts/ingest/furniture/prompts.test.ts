import { describe, expect, test } from 'vitest';
import { promptRule } from './prompts.ts';

describe('promptRule', () => {
  test.each([
    ['Share', 'share-prompt'],
    ['Share this article', 'share-prompt'],
    ['Share on WhatsApp', 'share-prompt'],
    ['Click to share on X (Opens in new window)', 'share-prompt'],
    ['Copy link', 'share-prompt'],
    ['Facebook', 'share-prompt'],
    ['Reuse this content', 'share-prompt'],
    ['Follow', 'follow-prompt'],
    ['Follow Sky News on WhatsApp', 'follow-prompt'],
    ['Follow @JaneDoe on Twitter', 'follow-prompt'],
    ['Like us on Facebook', 'follow-prompt'],
    ['Sign up to our free politics newsletter', 'newsletter-prompt'],
    ['Subscribe to the Morning Briefing email', 'newsletter-prompt'],
    ['Get our daily politics briefing straight to your inbox', 'newsletter-prompt'],
    ['Newsletter', 'newsletter-prompt'],
    ["We use your sign-up to provide content in ways you've consented to.", 'newsletter-prompt'],
    ['Support the Guardian', 'donation-appeal'],
    ['Donate now', 'donation-appeal'],
    ['Become a member', 'donation-appeal'],
    [
      'If you value our reporting, please make a contribution: your support keeps our journalism free to read for everyone.',
      'donation-appeal',
    ],
    ['We use cookies to improve your experience. Manage your preferences', 'cookie-prompt'],
    ['Accept all', 'cookie-prompt'],
    ['Comments', 'comment-prompt'],
    ['214 comments', 'comment-prompt'],
    ['Have your say', 'comment-prompt'],
    ['Join the conversation', 'comment-prompt'],
    ['Comments are closed for this article', 'comment-prompt'],
    ['Share or comment on this article:', 'share-prompt'],
    ['Share on LinkedIn (opens new window)', 'share-prompt'],
    ['Sign up for the latest news from Westminster', 'newsletter-prompt'],
    ['The Example values your comments but asks that you keep them civil.', 'comment-prompt'],
    ['Join the conversation with other readers and see their replies', 'comment-prompt'],
    [
      'The Example Review is funded by its audience. Chip in a few pounds a month.',
      'donation-appeal',
    ],
    ['… as you are joining us today, we have a small favour to ask', 'donation-appeal'],
    ['If you can, support us today from as little as £1. It takes a minute.', 'donation-appeal'],
  ])('"%s" is %s', (line, rule) => {
    expect(promptRule(line)).toBe(rule);
  });

  test.each([
    'The MP shared the post on Twitter, where it was seen by thousands.',
    'She told followers on Facebook that she would not stand again.',
    'The party sent a newsletter to members on Monday urging them to vote.',
    'Support for Reform rose to 20 per cent in the poll.',
    'Support for Reform surges',
    'The minister said the cookie policy was a matter for the regulator.',
    'Comments made by the MP were condemned by both parties.',
    'Labour said it would support the bill at its second reading.',
    'The party is funded by its members and a handful of large donors, the report said.',
    'Readers of the paper were asked to vote on its endorsement.',
    'The rival site is funded by its readers, according to its latest accounts.',
  ])('"%s" is journalism', (line) => {
    expect(promptRule(line)).toBeNull();
  });
});
