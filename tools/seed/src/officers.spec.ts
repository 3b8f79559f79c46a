import { validateCitizenId, validatePhone } from '@motcua/domain';
import { generateOfficers } from './officers';

const units = ['T15-SYT', 'T15-STP', 'T15-X02647-VP'];

describe('generated demo officers', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateOfficers({ seed: 7, count: 50, unitCodes: units })).toEqual(
      generateOfficers({ seed: 7, count: 50, unitCodes: units }),
    );
    expect(generateOfficers({ seed: 8, count: 50, unitCodes: units })).not.toEqual(
      generateOfficers({ seed: 7, count: 50, unitCodes: units }),
    );
  });

  it('have unique usernames and a realistic mix of complete, missing and wrong data', () => {
    const officers = generateOfficers({ seed: 2023, count: 300, unitCodes: units });
    expect(new Set(officers.map((o) => o.username)).size).toBe(300);
    const validCccd = officers.filter(
      (o) =>
        o.citizenId &&
        validateCitizenId(o.citizenId, { birthDate: o.birthDate ?? undefined, gender: o.gender ?? undefined }).ok,
    ).length;
    const missingCccd = officers.filter((o) => !o.citizenId).length;
    const badPhone = officers.filter((o) => o.phone && !validatePhone(o.phone).ok).length;
    expect(validCccd).toBeGreaterThan(180);
    expect(missingCccd).toBeGreaterThan(20);
    expect(badPhone).toBeGreaterThan(0);
  });
});
