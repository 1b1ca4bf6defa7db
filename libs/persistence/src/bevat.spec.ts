import { bevatPatroon } from './bevat';

describe('bevatPatroon', () => {
  it('finds the words anywhere, in small letters, with what LIKE would read as a wildcard searched for as itself', () => {
    expect(bevatPatroon(' Weert ')).toBe('%weert%');
    expect(bevatPatroon('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
