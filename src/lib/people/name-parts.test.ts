import { describe, expect, test } from 'vitest';
import { firstNameOf, surnameOf } from './name-parts.ts';

describe('surnameOf and firstNameOf', () => {
  test('the last and first word of the name by default', () => {
    expect(surnameOf({ name: 'Iain McNicol' })).toBe('McNicol');
    expect(firstNameOf({ name: 'Iain McNicol' })).toBe('Iain');
  });

  test('a recorded surname of two words wins', () => {
    expect(surnameOf({ name: 'Iain Duncan Smith', surname: 'Duncan Smith' })).toBe('Duncan Smith');
  });
});
