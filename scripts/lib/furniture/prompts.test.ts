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
  ])('"%s" is journalism', (line) => {
    expect(promptRule(line)).toBeNull();
  });
});
