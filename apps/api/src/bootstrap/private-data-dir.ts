import fs from 'node:fs';
import path from 'node:path';

/**
 * DATA_DIR holds the SQLite database (password hashes, CCCDs, phone numbers), its -wal/-shm files and the generated
 * keys: the directory becomes 0700 and every file in it 0600, including files an older version left readable, and
 * the umask makes whatever the process creates later (SQLite's -wal/-shm, a rotated key) private too.
 */
export function keepDataDirPrivate(dataDir: string): void {
  process.umask(0o077);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  restrict(dataDir);
}

function restrict(entry: string): void {
  const stat = fs.lstatSync(entry);
  // A symbolic link's own mode means nothing, and its target may be outside the directory: left alone.
  if (stat.isSymbolicLink()) return;
  if (!stat.isDirectory()) {
    fs.chmodSync(entry, 0o600);
    return;
  }
  fs.chmodSync(entry, 0o700);
  for (const name of fs.readdirSync(entry)) restrict(path.join(entry, name));
}
