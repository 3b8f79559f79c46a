import { buildCitizenId, foldVietnamese, MOBILE_PREFIXES, type Gender } from '@motcua/domain';
import { BIRTH_PROVINCES, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PLACES } from './names';
import { seededRandom } from './random';

export interface DemoOfficer {
  username: string;
  fullName: string;
  unitCode: string;
  gender: Gender | null;
  birthDate: string | null;
  address: string | null;
  email: string | null;
  citizenId: string | null;
  phone: string | null;
  /** Supervisors lead a unit; everyone is an officer. */
  roles: ('officer' | 'supervisor')[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Realistic officers for the demo province and the benchmark, deterministic from `seed`: most records complete,
 * some with gaps (no CCCD, no phone), a few with the mistakes real data has (old 11-digit phone, a CCCD whose
 * year digits contradict the birth date) that the console flags as invalid.
 */
export function generateOfficers(options: {
  seed: number;
  count: number;
  unitCodes: readonly string[];
  usernamePrefix?: string;
}): DemoOfficer[] {
  const random = seededRandom(options.seed);
  const taken = new Set<string>();
  const officers: DemoOfficer[] = [];
  for (let i = 0; i < options.count; i++) {
    const gender: Gender = random.chance(0.52) ? 'female' : 'male';
    const fullName = `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES[gender])} ${random.pick(GIVEN_NAMES[gender])}`;
    const [family, ...rest] = foldVietnamese(fullName).split(' ');
    const given = rest.pop()!;
    let username = `${options.usernamePrefix ?? ''}${given}.${family[0]}${rest.map((w) => w[0]).join('')}`;
    for (let n = 2; taken.has(username); n++)
      username = `${options.usernamePrefix ?? ''}${given}.${family[0]}${rest.map((w) => w[0]).join('')}${n}`;
    taken.add(username);
    const year = random.int(1966, 2003);
    const birthDate = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const serial = pad(random.int(0, 999_999), 6);
    const profile = random.next();
    const complete = profile < 0.55;
    const missingCccd = !complete && random.chance(0.5);
    const wrongYear = !complete && !missingCccd && random.chance(0.15);
    const citizenId = missingCccd
      ? null
      : buildCitizenId(random.pick(BIRTH_PROVINCES), gender, wrongYear ? year + 1 : year, serial);
    const phone =
      !complete && random.chance(0.3)
        ? random.chance(0.3)
          ? `0168${pad(random.int(0, 9_999_999), 7)}`
          : null
        : `${random.pick(MOBILE_PREFIXES)}${pad(random.int(0, 9_999_999), 7)}`;
    officers.push({
      username,
      fullName,
      unitCode: random.pick(options.unitCodes),
      gender: complete || random.chance(0.6) ? gender : null,
      birthDate: complete || random.chance(0.7) ? birthDate : null,
      address: random.chance(0.8) ? `Số ${random.int(1, 250)} ${random.pick(PLACES)}` : null,
      email: random.chance(0.7) ? `${username}@laocai.gov.vn` : null,
      citizenId,
      phone,
      roles: random.chance(0.06) ? ['officer', 'supervisor'] : ['officer'],
    });
  }
  return officers;
}
