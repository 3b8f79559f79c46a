const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Removes Vietnamese diacritics but keeps case and spacing: "Nguyễn Văn Đức" → "Nguyen Van Duc".
 * đ/Đ are separate letters in Unicode (not a base letter plus a mark), so they are mapped explicitly.
 */
export function removeDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Collapses every run of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The search key for Vietnamese text: lower case, no diacritics, đ → d, single spaces, trimmed.
 * "Nguyễn Văn Đức" → "nguyen van duc". Idempotent.
 */
export function foldVietnamese(text: string): string {
  return collapseWhitespace(removeDiacritics(text.normalize('NFC').toLowerCase()));
}
