import { foldVietnamese } from '@motcua/domain';

/**
 * The stored, indexed search key behind accent-insensitive search: folded name, username, email, phone and
 * CCCD in one column, rewritten on every write that touches one of them.
 */
export const searchTextOf = (o: { fullName: string; username: string; email?: string | null; phone?: string | null; citizenId?: string | null }) =>
  [foldVietnamese(o.fullName), o.username, o.email ?? '', o.phone ?? '', o.citizenId ?? ''].filter(Boolean).join(' ').slice(0, 600);
