import { foldVietnamese } from '../text/fold-vietnamese';

/**
 * The stored search key behind accent-insensitive officer search: folded name, username, email, phone and CCCD
 * in one string. The API rewrites it on every write; the benchmark's bulk loader builds the same key.
 */
export const officerSearchText = (o: {
  fullName: string;
  username: string;
  email?: string | null;
  phone?: string | null;
  citizenId?: string | null;
}): string =>
  [foldVietnamese(o.fullName), o.username, o.email ?? '', o.phone ?? '', o.citizenId ?? '']
    .filter(Boolean)
    .join(' ')
    .slice(0, 600);
