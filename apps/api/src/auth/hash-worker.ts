import { hashSync, verifySync } from '@node-rs/argon2';

/** A hashing thread of HashWorkers (run from the build: see `threadPool`): each export is one call. */
export const hash = (args: Parameters<typeof hashSync>): string => hashSync(...args);
export const verify = (args: Parameters<typeof verifySync>): boolean => verifySync(...args);
