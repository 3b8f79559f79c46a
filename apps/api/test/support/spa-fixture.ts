import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The SPA's real page (apps/web/index.html) as Vite builds it: the entry script becomes a hashed asset. */
const SOURCE_INDEX = path.resolve(__dirname, '../../../web/index.html');
export const SPA_ENTRY = '/assets/index-Cx7k2Pq9.js';

export interface SpaFixture {
  /** Pass as WEB_DIST_DIR. */
  dir: string;
  /** The served index.html. */
  indexHtml: string;
  remove(): void;
}

/** A built-SPA directory made from the web app's own index.html, for the API to serve without building the SPA. */
export function createSpaFixture(): SpaFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-spa-'));
  const indexHtml = fs
    .readFileSync(SOURCE_INDEX, 'utf8')
    .replace(
      /<script type="module" src="[^"]+"><\/script>/,
      `<script type="module" crossorigin src="${SPA_ENTRY}"></script>`,
    );
  if (!indexHtml.includes(SPA_ENTRY))
    throw new Error(`${SOURCE_INDEX} no longer has the entry script this fixture rewrites`);
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(dir, SPA_ENTRY), 'document.getElementById("root").textContent = "Một Cửa";');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  return { dir, indexHtml, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
