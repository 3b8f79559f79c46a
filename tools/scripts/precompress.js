// Writes brotli (.br) and gzip (.gz) twins next to the SPA's hashed assets after `vite build`, which the API
// serves per Accept-Encoding (apps/api/src/bootstrap/spa.ts). Only text types, only when it saves bytes.
//   node tools/scripts/precompress.js [dir]   (default dist/apps/web/assets)
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.html', '.txt', '.map']);
const MIN_BYTES = 1024;

function precompress(dir) {
  let before = 0;
  let afterBrotli = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
    const raw = fs.readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    const brotli = zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    const gzip = zlib.gzipSync(raw, { level: 9 });
    if (brotli.length < raw.length) fs.writeFileSync(`${file}.br`, brotli);
    if (gzip.length < raw.length) fs.writeFileSync(`${file}.gz`, gzip);
    files += 1;
    before += raw.length;
    afterBrotli += Math.min(brotli.length, raw.length);
  }
  return { files, before, afterBrotli };
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? 'dist/apps/web/assets');
  const { files, before, afterBrotli } = precompress(dir);
  const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
  process.stdout.write(
    `precompress: ${files} files in ${path.relative(process.cwd(), dir) || dir}, ${kb(before)} → ${kb(afterBrotli)} (brotli)\n`,
  );
}

module.exports = { precompress };
