/** The long forms Vietnamese officials themselves abbreviate, longest first so "HĐND và UBND" reads whole. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/Hội đồng nhân dân/g, 'HĐND'],
  [/Ủy ban nhân dân/g, 'UBND'],
  [/Văn phòng/g, 'VP'],
  [/Trung tâm Phục vụ hành chính công/g, 'TT PVHCC'],
];

const MAX = 24;

export const shortUnitName = (name: string) => ABBREVIATIONS.reduce((text, [long, short]) => text.replace(long, short), name);

/**
 * Axis labels for sibling units: the short name when it fits and no sibling shares it, else the unit's code, which
 * is unique. Full names stay in the tooltip and the table.
 */
export function axisLabels(units: readonly { code: string; name: string }[]): string[] {
  const short = units.map((unit) => shortUnitName(unit.name));
  const taken = new Map<string, number>();
  for (const label of short) taken.set(label, (taken.get(label) ?? 0) + 1);
  return short.map((label, i) => (label.length <= MAX && taken.get(label) === 1 ? label : units[i].code));
}
