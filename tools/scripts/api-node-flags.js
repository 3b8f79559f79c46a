// The Node flags the API process runs with, in one place: `npm start` (serve-api.js) and the benchmark use them.
//
// V8 sizes its old generation against the heap limit, which defaults to about a quarter of the machine's memory
// (4 GB here) although the API's live heap after a full collection is about 40 MB: with the default it lets garbage
// pile up to 300+ MB resident before collecting. 512 MB leaves room for the largest import the upload caps allow.
// Containers that run `node dist/apps/api/main.js` directly should pass the same flags (or set NODE_OPTIONS).
module.exports = ['--max-old-space-size=512'];
