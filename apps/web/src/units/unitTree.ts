import type { Unit } from '@motcua/contracts';

/** A unit placed in a displayed tree: `level` counts from the shown roots, not from the province. */
export type TreeUnit<U extends Unit = Unit> = U & { level: number };

const collator = new Intl.Collator('vi');

const siblingOrder = (a: Unit, b: Unit) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.id - b.id;

/**
 * Depth-first order with siblings by their sort order then name, as the province's organisation chart reads.
 * (The API's `sort=path` compares ids as text, so '/1/10/' comes before '/1/4/'.) A unit whose parent is not in
 * the list — a unit admin's own unit, or a search hit — becomes a root.
 */
export function orderAsTree<U extends Unit>(units: readonly U[]): TreeUnit<U>[] {
  const present = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<number | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && present.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const ordered: TreeUnit<U>[] = [];
  const visit = (parent: number | null, level: number) => {
    for (const unit of [...(childrenOf.get(parent) ?? [])].sort(siblingOrder)) {
      ordered.push({ ...unit, level });
      visit(unit.id, level + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** Whether `unit` is `ancestor` itself or lies below it. */
export const isWithin = (unit: Pick<Unit, 'path'>, ancestor: Pick<Unit, 'path'>) => unit.path.startsWith(ancestor.path);

/** The units a unit may be moved under: anything but itself and its own subtree. */
export const possibleParents = <U extends Unit>(units: readonly U[], moving: Pick<Unit, 'path'> | undefined): U[] =>
  moving ? units.filter((unit) => !isWithin(unit, moving)) : [...units];
