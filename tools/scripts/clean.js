// Removes build output folders before a build so stale files (a deleted migration, say) never ship.
const fs = require('node:fs');
for (const dir of process.argv.slice(2)) fs.rmSync(dir, { recursive: true, force: true });
