#!/usr/bin/env node
// Feature folders that import each other (folder = first path segment under a root), from madge's import graph.
// Usage: node tools/scripts/feature-cycles.js <root>... [--report <root>...]
// Exits 1 when a checked root has a cycle; roots after --report are only counted (not yet held to zero).
const path = require('node:path');
const madge = require('madge');

const MADGE_OPTIONS = {
  fileExtensions: ['ts', 'tsx'],
  tsConfig: 'tsconfig.base.json',
  excludeRegExp: [/\.spec\.tsx?$/, /\/test\//],
};

/** The folder graph: feature -> features it imports (files at the root's top level are their own feature). */
function featureGraph(files) {
  const featureOf = (file) => file.split('/')[0];
  const graph = new Map();
  for (const [file, imports] of Object.entries(files)) {
    const from = featureOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const imported of imports) {
      // Imports that leave the root (libs, other apps) are not features of it.
      if (imported.startsWith('..')) continue;
      const to = featureOf(imported);
      if (to !== from) graph.get(from).add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one feature (Tarjan). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (node) => {
    state.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) {
        state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
      }
    }
    if (state.get(node).low === state.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

/** Pairs inside a component that import each other directly: the edges to cut first. */
function mutualPairs(graph, component) {
  const pairs = [];
  for (const a of component)
    for (const b of component) if (a < b && graph.get(a)?.has(b) && graph.get(b)?.has(a)) pairs.push(`${a}<->${b}`);
  return pairs;
}

async function featureCycles(root) {
  const result = await madge(path.resolve(root), MADGE_OPTIONS);
  const graph = featureGraph(result.obj());
  return cycles(graph).map((component) => ({ component, pairs: mutualPairs(graph, component) }));
}

async function main(args) {
  const split = args.indexOf('--report');
  const checked = split === -1 ? args : args.slice(0, split);
  const reported = split === -1 ? [] : args.slice(split + 1);
  if (!checked.length && !reported.length) {
    console.error('usage: feature-cycles.js <root>... [--report <root>...]');
    return 2;
  }
  let failed = false;
  for (const root of [...checked, ...reported]) {
    const found = await featureCycles(root);
    const held = checked.includes(root);
    console.log(`${root}: ${found.length} feature cycle(s)${held ? '' : ' (reported only)'}`);
    for (const { component, pairs } of found)
      console.log(`  ${component.join(' -> ')}${pairs.length ? `  (both ways: ${pairs.join(', ')})` : ''}`);
    if (held && found.length) failed = true;
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}

module.exports = { featureGraph, cycles, featureCycles };
