import { foldVietnamese } from '@motcua/domain';
import type { Unit } from '@motcua/contracts';
import { isWithin, type TreeUnit } from '../units/unitTree';
import type { CampaignTarget } from '@motcua/contracts';

/**
 * The target picker's rules, kept apart from the screen: a unit chosen "with its sub-units" covers every unit
 * below it, so those are shown as covered and never sent twice.
 */

/** For each unit below a target that includes its subtree, the covering target unit's id. */
export function coveredUnits(units: readonly Unit[], targets: readonly CampaignTarget[]): Map<number, number> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const covering = targets
    .filter((target) => target.includeSubtree)
    .map((target) => byId.get(target.unitId))
    .filter((unit): unit is Unit => !!unit);
  const covered = new Map<number, number>();
  for (const unit of units) {
    const parent = covering.find((target) => target.id !== unit.id && isWithin(unit, target));
    if (parent) covered.set(unit.id, parent.id);
  }
  return covered;
}

/** Adds a unit (with its sub-units by default) or removes it. */
export function toggleTarget(
  targets: readonly CampaignTarget[],
  unitId: number,
  units: readonly Unit[],
): CampaignTarget[] {
  if (targets.some((target) => target.unitId === unitId))
    return plain(targets.filter((target) => target.unitId !== unitId));
  return withoutRedundant([...plain(targets), { unitId, includeSubtree: true }], units);
}

/** Switches "gồm đơn vị trực thuộc" for a chosen unit. */
export function setIncludeSubtree(
  targets: readonly CampaignTarget[],
  unitId: number,
  includeSubtree: boolean,
  units: readonly Unit[],
): CampaignTarget[] {
  return withoutRedundant(
    plain(targets).map((target) => (target.unitId === unitId ? { ...target, includeSubtree } : target)),
    units,
  );
}

/** A unit chosen under one that already includes its subtree adds nothing: it is dropped. */
function withoutRedundant(targets: CampaignTarget[], units: readonly Unit[]): CampaignTarget[] {
  const covered = coveredUnits(units, targets);
  return targets.filter((target) => !covered.has(target.unitId));
}

/** Only the fields the API accepts (a loaded campaign's targets also carry campaignId). */
const plain = (targets: readonly CampaignTarget[]): CampaignTarget[] =>
  targets.map(({ unitId, includeSubtree }) => ({ unitId, includeSubtree }));

/** The units to show: all when nothing is typed, else the matches (accents and case ignored) with their ancestors. */
export function visibleUnits<U extends Unit>(
  ordered: readonly TreeUnit<U>[],
  search: string,
  expanded: ReadonlySet<number>,
): TreeUnit<U>[] {
  const term = foldVietnamese(search.trim()).toLowerCase();
  if (term) {
    const matches = ordered.filter(
      (unit) => foldVietnamese(unit.name).toLowerCase().includes(term) || unit.code.toLowerCase().includes(term),
    );
    return ordered.filter((unit) => matches.some((match) => isWithin(match, unit)));
  }
  const present = new Set(ordered.map((unit) => unit.id));
  const byId = new Map(ordered.map((unit) => [unit.id, unit]));
  // A unit shows when every listed ancestor is expanded.
  return ordered.filter((unit) => {
    let parentId = unit.parentId;
    while (parentId !== null && present.has(parentId)) {
      if (!expanded.has(parentId)) return false;
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    return true;
  });
}

/** Opened at first: the roots, and the ancestors of every chosen unit so the choice is visible. */
export function initiallyExpanded(units: readonly TreeUnit[], targets: readonly CampaignTarget[]): Set<number> {
  const expanded = new Set(units.filter((unit) => unit.level === 0).map((unit) => unit.id));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  for (const target of targets) {
    const unit = byId.get(target.unitId);
    for (const id of unit?.path.split('/').filter(Boolean).map(Number) ?? []) if (id !== unit?.id) expanded.add(id);
  }
  return expanded;
}
