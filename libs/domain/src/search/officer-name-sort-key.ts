import { foldVietnamese } from '../text/fold-vietnamese';

/**
 * The key staff lists sort by: the given name (tên, the last word) first, then the family and middle names, folded.
 * "Nguyễn Thị Hoa" → "hoa nguyen thi". Vietnamese rosters are ordered by tên, not by họ; a side effect that matters
 * at province scale is that the very common family names (Nguyễn, Trần, Lê…) spread across the whole order instead
 * of forming one block, so a page of "nguyen" search results is found within the first few hundred keys.
 */
export function officerNameSortKey(fullName: string): string {
  const words = foldVietnamese(fullName).split(' ').filter(Boolean);
  if (words.length < 2) return words.join(' ');
  return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
}
