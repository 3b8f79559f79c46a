import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it.each(['password', '123456', 'qwerty', 'iloveyou', 'PASSWORD', 'Dragon'])(
    'finds %p on the list, ignoring case',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['Password@123', 'password1!', 'Dragon2026', 'Monkey#1', 'Iloveyou!!!'])(
    'treats a common word with digits or symbols appended (%p) as common',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it('does not strip its way down to a listed stem shorter than 4 letters ("dog" is listed)', () => {
    expect(isCommonPassword('dog')).toBe(true);
    expect(isCommonPassword('Dog@2026')).toBe(false);
  });

  it.each(['MotCua@2026', 'Tr4m-Ngan-Ha!', 'correct horse battery staple 7'])('does not flag %p', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});
