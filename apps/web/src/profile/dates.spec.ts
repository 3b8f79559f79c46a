import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@motcua/contracts';
import { maskDateTyping, parseDisplayDate } from './dates';

describe('a birth date typed as dd/MM/yyyy', () => {
  it.each([
    ['02/03/1985', '1985-03-02'],
    ['2/3/1985', '1985-03-02'],
    [' 02-03-1985 ', '1985-03-02'],
    ['02.03.1985', '1985-03-02'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1999', '1999-12-31'],
  ])('reads %p as %p', (typed, iso) => {
    expect(parseDisplayDate(typed)).toBe(iso);
  });

  it.each(['29/02/2023', '31/04/1990', '00/01/1990', '12/13/1990', '1985-03-02', '02/03/85', '02/03', '', 'abc'])(
    'refuses %p, which is not a real dd/MM/yyyy date',
    (typed) => {
      expect(parseDisplayDate(typed)).toBeUndefined();
    },
  );

  it('shows an ISO date from the server as dd/MM/yyyy, and nothing for a missing one', () => {
    expect(formatIsoDate('1985-03-02')).toBe('02/03/1985');
    expect(formatIsoDate(null)).toBe('');
  });

  it('inserts the slashes while the officer types digits', () => {
    const steps = ['0', '02', '020', '0203', '02031', '020319', '0203198', '02031985'].map(maskDateTyping);
    expect(steps).toEqual(['0', '02', '02/0', '02/03', '02/03/1', '02/03/19', '02/03/198', '02/03/1985']);
  });

  it('keeps going after a slash the officer typed and stops after four year digits', () => {
    expect(maskDateTyping('02/031')).toBe('02/03/1');
    expect(maskDateTyping('2/3/1985')).toBe('2/3/1985');
    expect(maskDateTyping('02/03/19851')).toBe('02/03/1985');
    expect(maskDateTyping('02//')).toBe('02/');
  });

  it('lets the officer delete back through the slashes', () => {
    expect(maskDateTyping('02/03/')).toBe('02/03/');
    expect(maskDateTyping('02/0')).toBe('02/0');
    expect(maskDateTyping('02')).toBe('02');
  });

  it('turns other separators into slashes, drops letters, and turns a pasted ISO date around', () => {
    expect(maskDateTyping('02-03.1985')).toBe('02/03/1985');
    expect(maskDateTyping('02a/03b')).toBe('02/03');
    expect(maskDateTyping('1985-03-02')).toBe('02/03/1985');
  });

  it('every masked complete date parses back to the same day', () => {
    expect(parseDisplayDate(maskDateTyping('15081990'))).toBe('1990-08-15');
  });
});
