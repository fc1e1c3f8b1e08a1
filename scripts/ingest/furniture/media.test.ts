import { describe, expect, test } from 'vitest';
import { isPromoTitleAbove, isVideoTitleAfterNotice, mediaRule } from './media.ts';

describe('mediaRule: picture credits', () => {
  test.each([
    'Photograph: Jane Doe/PA',
    'Photograph: Stefan Rousseau/PA Wire',
    'Image: Getty',
    '(Image: PA)',
    '(Picture: Reuters)',
    'Credit: Jane Doe',
    'Picture by John Roe',
    'Getty Images',
    'AFP via Getty Images',
    'Jane Doe/Getty Images',
    'PA Media',
  ])('"%s" is a picture credit', (line) => {
    expect(mediaRule(line)).toBe('picture-credit');
  });
});

describe('mediaRule: media notices and video titles', () => {
  test.each([
    'Media caption, The chancellor spoke to reporters outside Downing Street',
    'This video can not be played',
    'This video cannot be played',
    'Your device may not support this video',
    'Watch:',
    'Watch: the moment the result was declared',
    'Image 1 of 5',
    'View gallery',
    '2:31',
    'Press play to listen to this article',
    'Please use Chrome browser for a more accessible video player',
  ])('"%s" is a media notice', (line) => {
    expect(mediaRule(line)).toBe('media-notice');
  });
  test.each([
    'Video - Starmer on the welfare vote',
    'Sunak questioned on waiting lists 02:45',
    'Video, Council tax: what the rise means for you, Duration 2,14',
  ])('"%s" is a video title', (line) => {
    expect(mediaRule(line)).toBe('video-title');
  });
  test('a title under a player notice is short and has no full stop', () => {
    expect(isVideoTitleAfterNotice('Starmer on the welfare vote')).toBe(true);
    expect(isVideoTitleAfterNotice('The Prime Minister answered questions for an hour.')).toBe(
      false,
    );
  });
});

describe('mediaRule leaves journalism alone', () => {
  test.each([
    'The photograph showed the minister leaving by a side door.',
    'He said he would watch the debate from the gallery.',
    'Reuters reported that the talks had stalled, citing two officials.',
    'Image caption, The prime minister spoke at a factory',
  ])('"%s" is not media furniture', (line) => {
    expect(mediaRule(line)).toBeNull();
  });
});

describe('isPromoTitleAbove: titles of other stories, told by the line below', () => {
  test('a short title over a "Watch:" notice is that video’s title', () => {
    expect(
      isPromoTitleAbove(
        'The chancellor on the spending squeeze',
        'Watch: Reeves at the despatch box',
        false,
      ),
    ).toBe(true);
    expect(
      isPromoTitleAbove('Our correspondent on the vote', 'Video: how the night unfolded', false),
    ).toBe(true);
  });
  test('a picture caption over a links header is a promo for another story', () => {
    expect(isPromoTitleAbove('Image caption, Who will stand next?', 'Related Topics', true)).toBe(
      true,
    );
  });
  test('a paragraph over a notice, a crosshead over a paragraph and a caption over the body stay', () => {
    expect(
      isPromoTitleAbove('The MPs left the chamber together.', 'Watch: the moment they left', false),
    ).toBe(false);
    expect(isPromoTitleAbove('What happens next?', 'Watch: the moment they left', false)).toBe(
      false,
    );
    expect(
      isPromoTitleAbove('Anger in the constituency', 'Members met on Friday night to vote.', false),
    ).toBe(false);
    expect(
      isPromoTitleAbove(
        'Image caption, The leader arrives for the meeting',
        'Mr Corbyn said he would stay.',
        false,
      ),
    ).toBe(false);
  });
});
