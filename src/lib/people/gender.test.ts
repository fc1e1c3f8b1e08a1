import { describe, expect, test } from 'vitest';
import { genderOf, honorificFits } from './gender.ts';

describe('genderOf', () => {
  test('from the honorific the press uses; none means unknown', () => {
    expect(genderOf({ honorific: 'Mr' })).toBe('m');
    expect(genderOf({ honorific: 'Mrs' })).toBe('f');
    expect(genderOf({ honorific: 'Ms' })).toBe('f');
    expect(genderOf({ honorific: 'Dr' })).toBeNull();
    expect(genderOf({})).toBeNull();
  });
});

describe('honorificFits', () => {
  test('Ms and Mrs are interchangeable; Mr never names a woman, nor Ms a man', () => {
    expect(honorificFits('Ms', { honorific: 'Mrs' })).toBe(true);
    expect(honorificFits('Mrs', { honorific: 'Ms' })).toBe(true);
    expect(honorificFits('Mr', { honorific: 'Ms' })).toBe(false);
    expect(honorificFits('Ms', { honorific: 'Mr' })).toBe(false);
    expect(honorificFits('Dr', { honorific: 'Mr' })).toBe(true);
  });
});
