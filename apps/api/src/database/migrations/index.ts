import { CreateUnits1763900000000 } from './1763900000000-create-units';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const migrations = [CreateUnits1763900000000];
