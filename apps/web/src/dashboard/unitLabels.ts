/** The long forms Vietnamese officials themselves abbreviate, longest first so "HĐND và UBND" reads whole. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/Hội đồng nhân dân/g, 'HĐND'],
  [/Ủy ban nhân dân/g, 'UBND'],
  [/Văn phòng/g, 'VP'],
  [/Trung tâm Phục vụ hành chính công/g, 'TT PVHCC'],
];

const MAX = 24;

export const shortUnitName = (name: string) =>
  ABBREVIATIONS.reduce((text, [long, short]) => text.replace(long, short), name);

/** Drops the words every sibling ends with (" phường Lào Cai" under UBND phường Lào Cai): they tell nothing apart. */
function withoutSharedEnding(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const words = names.map((name) => name.split(' '));
  let shared = 0;
  while (
    words.every((w) => w.length > shared + 1 && w[w.length - 1 - shared] === words[0][words[0].length - 1 - shared])
  )
    shared++;
  return words.map((w) => w.slice(0, w.length - shared).join(' '));
}

/**
 * Axis labels for sibling units: the short name when it fits and no sibling shares it, else the unit's code, which
 * is unique. Full names stay in the tooltip and the table.
 */
export function axisLabels(units: readonly { code: string; name: string }[]): string[] {
  const short = withoutSharedEnding(units.map((unit) => shortUnitName(unit.name)));
  const taken = new Map<string, number>();
  for (const label of short) taken.set(label, (taken.get(label) ?? 0) + 1);
  return short.map((label, i) => (label.length <= MAX && taken.get(label) === 1 ? label : units[i].code));
}
