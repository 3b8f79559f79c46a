import type { Unit } from '@motcua/contracts';

/** A unit as the API answers it: code "U<id>", a province at the root and departments below, depth from its path. */
export const unitFixture = (id: number, name: string, parentId: number | null, path: string, sortOrder = 0): Unit => ({
  id,
  code: `U${id}`,
  name,
  kind: parentId === null ? 'province' : 'department',
  parentId,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  sortOrder,
  version: 1,
});
