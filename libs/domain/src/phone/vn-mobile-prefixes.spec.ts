import { MOBILE_CARRIERS, MOBILE_PREFIXES, PHONE_CONVERSION_2018 } from './vn-mobile-prefixes';

describe('mobile prefix tables', () => {
  const carrierPrefixes = Object.values(MOBILE_CARRIERS).flat();

  it('has 36 prefixes, each belonging to exactly one carrier', () => {
    expect(MOBILE_PREFIXES).toHaveLength(36);
    expect([...carrierPrefixes].sort()).toEqual([...MOBILE_PREFIXES].sort());
    expect(new Set(carrierPrefixes).size).toBe(carrierPrefixes.length);
  });

  it('converts every retired 11-digit prefix into an assigned 10-digit one', () => {
    expect(Object.keys(PHONE_CONVERSION_2018)).toHaveLength(21);
    for (const [oldPrefix, newPrefix] of Object.entries(PHONE_CONVERSION_2018)) {
      expect(oldPrefix).toMatch(/^01\d{2}$/);
      expect(MOBILE_PREFIXES).toContain(newPrefix);
    }
  });

  it('leaves out the unassigned and disputed ranges', () => {
    for (const prefix of ['010', '020', '030', '031', '050', '051', '095']) {
      expect(MOBILE_PREFIXES).not.toContain(prefix);
    }
  });
});
