import { importFileProblem, type ImportReport } from './importApi';

export type ImportStep = 'upload' | 'preview' | 'confirm' | 'result';

/** The three numbered steps of the Stepper; the result replaces them once committed. */
export const IMPORT_STEPS: readonly ImportStep[] = ['upload', 'preview', 'confirm'];

export interface ImportWizardState {
  step: ImportStep;
  file: File | null;
  /** An i18n key (file checks) or the API's own message. */
  problem: string | null;
  busy: 'checking' | 'committing' | null;
  /** The dry run's report, or the refused commit's. */
  report: ImportReport | null;
  /** The committed import's report. */
  result: ImportReport | null;
  skipInvalid: boolean;
  /** The user has looked at the flagged rows (role grants, CCCD matches) and wants them applied. */
  flaggedConfirmed: boolean;
  codesDownloaded: boolean;
}

export type ImportWizardEvent =
  | { type: 'fileChosen'; file: File }
  | { type: 'checkStarted' }
  | { type: 'checked'; report: ImportReport }
  | { type: 'failed'; message: string }
  | { type: 'toConfirm' }
  | { type: 'back' }
  | { type: 'skipInvalidChanged'; skipInvalid: boolean }
  | { type: 'flaggedConfirmedChanged'; confirmed: boolean }
  | { type: 'commitStarted' }
  | { type: 'committed'; report: ImportReport }
  /** The API found errors at commit time (the file changed since the dry run, or rows were not skipped). */
  | { type: 'commitRefused'; report: ImportReport; message: string }
  | { type: 'codesDownloaded' }
  | { type: 'restart' };

export const initialImportState: ImportWizardState = {
  step: 'upload',
  file: null,
  problem: null,
  busy: null,
  report: null,
  result: null,
  skipInvalid: false,
  flaggedConfirmed: false,
  codesDownloaded: false,
};

export function importWizardReducer(state: ImportWizardState, event: ImportWizardEvent): ImportWizardState {
  switch (event.type) {
    case 'fileChosen': {
      const problem = importFileProblem(event.file);
      return { ...initialImportState, file: problem ? null : event.file, problem };
    }
    case 'checkStarted':
      return { ...state, busy: 'checking', problem: null };
    case 'checked':
      return {
        ...state,
        busy: null,
        step: 'preview',
        report: event.report,
        skipInvalid: false,
        flaggedConfirmed: false,
      };
    case 'failed':
      return { ...state, busy: null, problem: event.message };
    case 'toConfirm':
      return state.report ? { ...state, step: 'confirm', problem: null } : state;
    case 'back':
      return { ...state, step: state.step === 'confirm' ? 'preview' : 'upload', problem: null };
    case 'skipInvalidChanged':
      return { ...state, skipInvalid: event.skipInvalid };
    case 'flaggedConfirmedChanged':
      return { ...state, flaggedConfirmed: event.confirmed };
    case 'commitStarted':
      return { ...state, busy: 'committing', problem: null };
    case 'committed':
      return { ...state, busy: null, step: 'result', result: event.report };
    case 'commitRefused':
      return {
        ...state,
        busy: null,
        step: 'preview',
        report: event.report,
        skipInvalid: false,
        flaggedConfirmed: false,
        problem: event.message,
      };
    case 'codesDownloaded':
      return { ...state, codesDownloaded: true };
    case 'restart':
      return initialImportState;
  }
}

/** Rows the commit would write. */
export const rowsToWrite = (report: ImportReport) => report.totals.create + report.totals.update;

/**
 * A commit is possible when something would change, errors are either absent or knowingly skipped, and the
 * flagged rows (role grants, CCCD matches) have been looked at.
 */
export function canCommit(state: ImportWizardState): boolean {
  const { report } = state;
  if (!report || !state.file || state.busy) return false;
  return (
    rowsToWrite(report) > 0 &&
    (report.totals.errors === 0 || state.skipInvalid) &&
    (report.totals.flagged === 0 || state.flaggedConfirmed)
  );
}

/** Leaving the preview for the confirmation makes sense when at least one row could be written. */
export const canContinue = (state: ImportWizardState) => state.report !== null && rowsToWrite(state.report) > 0;
