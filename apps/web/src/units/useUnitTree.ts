import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { Unit } from '@motcua/contracts';
import { orderAsTree, type TreeUnit } from './unitTree';

/** The API's page size limit for units: a province's whole tree fits in one page. */
export const UNIT_TREE_LIMIT = 1000;

/** Every unit the user can see, in tree order; cached for the session, as the tree rarely changes. */
export function useUnitTree(): { units: TreeUnit[]; total: number; isPending: boolean; truncated: boolean } {
  const { data, total, isPending } = useGetList<Unit>(
    'units',
    { pagination: { page: 1, perPage: UNIT_TREE_LIMIT }, sort: { field: 'path', order: 'ASC' } },
    { staleTime: 5 * 60 * 1000 },
  );
  const units = useMemo(() => orderAsTree(data ?? []), [data]);
  return { units, total: total ?? units.length, isPending, truncated: (total ?? 0) > units.length };
}
