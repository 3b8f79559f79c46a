import type { LoginOutcome } from './authApi';

type ChipColor = 'success' | 'warning' | 'error' | 'default';

/** How alarming each outcome looks: a typo is a warning, a lock or a reused refresh token is an error. */
export const OUTCOME_COLORS: Record<LoginOutcome, ChipColor> = {
  success: 'success',
  wrong_password: 'warning',
  unknown_user: 'warning',
  otp_failed: 'warning',
  not_activated: 'default',
  locked: 'error',
  disabled: 'error',
  refresh_reuse: 'error',
};

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/coc_coc_browser/i, 'Cốc Cốc'],
  [/OPR\/|Opera/, 'Opera'],
  [/Zalo/i, 'Zalo'],
  [/Firefox\/|FxiOS/, 'Firefox'],
  [/Chrome\/|CriOS/, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux|X11/, 'Linux'],
];

/** "Chrome · Windows" from a user-agent string: enough for an officer to recognise their own device. */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return '—';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? (userAgent.length > 60 ? `${userAgent.slice(0, 57)}…` : userAgent);
}
