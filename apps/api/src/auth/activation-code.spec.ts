import { hashActivationCode, newActivationCode } from './activation-code';

describe('activation codes', () => {
  it('are 12 characters a person can read from paper, all different, each character equally likely', () => {
    const codes = Array.from({ length: 10_000 }, () => newActivationCode().code);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const char of codes.join('').replace(/-/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    // 120,000 characters over 31 symbols: 3,871 each (σ ≈ 62). The band is ±5σ; a plain `byte % 31` would give eight
    // of the symbols 12.5 % more (≈ 4,355) and fail it.
    expect(counts.size).toBe(31);
    for (const n of counts.values()) expect(n).toBeGreaterThan(3560);
    for (const n of counts.values()) expect(n).toBeLessThan(4180);
  });

  it('are matched whatever the case, spaces or dashes the officer types', () => {
    const { code, hash } = newActivationCode();
    expect(hashActivationCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(hash);
  });
});
