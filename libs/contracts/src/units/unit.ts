import type { Locale } from '@motcua/domain';

export { validateUnitCode, UNIT_CODE_PATTERN, UNIT_CODE_MAX_LENGTH } from '@motcua/domain';

/** The unit kinds, from the province down. */
export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'office', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<Locale, Record<UnitKind, string>> = {
  vi: {
    province: 'Tỉnh / Thành phố',
    department: 'Sở, ban, ngành',
    district: 'UBND huyện / thị xã / thành phố',
    commune: 'UBND xã / phường / đặc khu',
    office: 'Phòng, ban',
    team: 'Tổ, bộ phận',
  },
  en: {
    province: 'Province / City',
    department: 'Department',
    district: 'District People’s Committee',
    commune: 'Commune / Ward People’s Committee',
    office: 'Office',
    team: 'Team',
  },
};

/** A row of GET /api/units. `path` lists the ids from the root, e.g. '/1/4/' for unit 4 under unit 1. */
export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  depth: number;
  sortOrder: number;
  version: number;
}

/** The body of POST /api/units. */
export interface CreateUnitRequest {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  sortOrder?: number;
}

/** The body of PATCH /api/units/:id: any field of the creation, with the version read. */
export type UpdateUnitRequest = Partial<CreateUnitRequest> & { version: number };
