import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './harness';

/** The WCAG 2.1 A and AA rules, and axe's best practices (page-has-heading-one, landmarks…), which are reported. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['critical', 'serious']);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/** One line per rule, then up to five offending elements with axe's own explanation: what a failing assertion prints. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `[${violation.impact}] ${violation.id} (${violation.nodes.length}): ${violation.help}\n${nodes.join('\n')}${more}`;
  });
}

/** Runs axe-core on the page as it is now and keeps the full result as an artifact (artifacts/axe/<name>.json). */
export async function runAxe(page: Page, name: string): Promise<AxeResults> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const dir = path.join(ARTIFACTS, 'axe');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.json`),
    JSON.stringify(results.violations, null, 2),
  );
  return results;
}

/** The visible text of every level-one heading: a page has exactly one, naming it. */
export const headingOneTexts = (page: Page) =>
  page
    .locator('h1, [role="heading"][aria-level="1"]')
    .evaluateAll((headings) => headings.map((heading) => (heading as HTMLElement).innerText.trim()));

export interface AccessibilityProblems {
  page: string;
  /** Critical and serious axe violations, described by describeViolations. */
  violations: string[];
  /** 'one' when the page has exactly one non-empty h1, else the texts of the h1s it has. */
  headingOne: 'one' | string[];
}

/**
 * What blocks a page: every critical or serious axe violation, and anything but exactly one non-empty h1.
 * Moderate and minor violations are printed without blocking, so they stay visible in the journey's output.
 */
export async function accessibilityProblems(page: Page, name: string): Promise<AccessibilityProblems> {
  const { violations } = await runAxe(page, name);
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const other = violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''));
  if (other.length)
    console.info(
      `axe, ${name}, not blocking: ${other.map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length})`).join(', ')}`,
    );
  const headings = await headingOneTexts(page);
  return {
    page: name,
    violations: describeViolations(blocking),
    headingOne: headings.length === 1 && headings[0] !== '' ? 'one' : headings,
  };
}

export const isAccessible = (problems: AccessibilityProblems) =>
  problems.violations.length === 0 && problems.headingOne === 'one';

/** Fails, naming the page, the rules and the elements, unless the page as it is now has no blocking problem. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await accessibilityProblems(page, name)).toEqual({ page: name, violations: [], headingOne: 'one' });
}
