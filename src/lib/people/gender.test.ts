import { describe, expect, test } from 'vitest';
import { genderOf, honorificFits, likelyGender } from './gender.ts';

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
    const as = (honorific: 'Mr' | 'Ms' | 'Mrs') => ({ honorific, name: 'Sam Lee' });
    expect(honorificFits('Ms', as('Mrs'))).toBe(true);
    expect(honorificFits('Mrs', as('Ms'))).toBe(true);
    expect(honorificFits('Mr', as('Ms'))).toBe(false);
    expect(honorificFits('Ms', as('Mr'))).toBe(false);
    expect(honorificFits('Dr', as('Mr'))).toBe(true);
  });

  test('with no registered honorific, a given name borne by one sex only decides; others fit any', () => {
    expect(honorificFits('Mr', { name: 'Angela Smith' })).toBe(false);
    expect(honorificFits('Ms', { name: 'Angela Smith' })).toBe(true);
    expect(honorificFits('Sir', { name: 'Keir Starmer' })).toBe(true);
    expect(honorificFits('Dame', { name: 'Keir Starmer' })).toBe(false);
    expect(honorificFits('Mr', { name: 'Chris Smith' })).toBe(true);
    expect(honorificFits('Ms', { name: 'Chris Smith' })).toBe(true);
  });
});

describe('likelyGender', () => {
  test('the registered honorific first; the given name only when there is none', () => {
    expect(likelyGender({ honorific: 'Mr', name: 'Angela Smith' })).toBe('m');
    expect(likelyGender({ honorific: 'Dr', name: 'Angela Smith' })).toBeNull();
    expect(likelyGender({ name: 'Angela Smith' })).toBe('f');
    expect(likelyGender({ name: 'Hilary Benn' })).toBeNull();
  });
});
