import { describe, expect, it } from 'vitest';
import type { ImportReport } from './importApi';
import {
  canCommit,
  canContinue,
  importWizardReducer,
  initialImportState,
  type ImportWizardEvent,
  type ImportWizardState,
} from './importWizardState';

const file = (name: string, size = 2048) => ({ name, size }) as File;

const report = (errors: number, create = 3, update = 1, flagged = 0): ImportReport => ({
  totals: { rows: create + update + errors, create, update, unchanged: 0, errors, flagged },
  errors: Array.from({ length: errors }, (_, i) => ({
    row: i + 2,
    field: 'phone',
    code: 'PHONE_FORMAT',
    message: 'Số điện thoại không hợp lệ',
  })),
  review: [],
  committed: false,
});

const run = (...events: ImportWizardEvent[]): ImportWizardState =>
  events.reduce(importWizardReducer, initialImportState);

describe('the import wizard', () => {
  it('refuses a file the API would refuse before uploading it', () => {
    expect(run({ type: 'fileChosen', file: file('danh-sach.pdf') })).toMatchObject({
      file: null,
      problem: 'admin.import.upload.wrong_type',
    });
    expect(run({ type: 'fileChosen', file: file('danh-sach.XLSX', 11 * 1024 * 1024) }).problem).toBe(
      'admin.import.upload.too_large',
    );
    expect(run({ type: 'fileChosen', file: file('danh-sach.csv', 0) }).problem).toBe('admin.import.upload.empty');
    expect(run({ type: 'fileChosen', file: file('danh-sach.csv') })).toMatchObject({ problem: null, step: 'upload' });
  });

  it('goes from the upload to the preview with the dry run’s report', () => {
    const state = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checkStarted' },
      { type: 'checked', report: report(2) },
    );
    expect(state).toMatchObject({ step: 'preview', busy: null });
    expect(state.report?.totals.errors).toBe(2);
  });

  it('commits a file with errors only when the user chose to skip the wrong rows', () => {
    const atConfirm = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checked', report: report(2) },
      { type: 'toConfirm' },
    );
    expect(atConfirm.step).toBe('confirm');
    expect(canCommit(atConfirm)).toBe(false);
    expect(canCommit(importWizardReducer(atConfirm, { type: 'skipInvalidChanged', skipInvalid: true }))).toBe(true);
    const clean = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checked', report: report(0) },
      { type: 'toConfirm' },
    );
    expect(canCommit(clean)).toBe(true);
    expect(canCommit(importWizardReducer(clean, { type: 'commitStarted' }))).toBe(false);
  });

  it('commits flagged rows (role grants, CCCD matches) only once the user confirmed them, and asks again after a new check', () => {
    const atConfirm = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checked', report: report(0, 1, 1, 1) },
      { type: 'toConfirm' },
    );
    expect(canCommit(atConfirm)).toBe(false);
    const confirmed = importWizardReducer(atConfirm, { type: 'flaggedConfirmedChanged', confirmed: true });
    expect(canCommit(confirmed)).toBe(true);
    expect(importWizardReducer(confirmed, { type: 'checked', report: report(0, 1, 1, 1) }).flaggedConfirmed).toBe(
      false,
    );
    expect(
      importWizardReducer(confirmed, { type: 'commitRefused', report: report(0, 1, 1, 1), message: 'x' })
        .flaggedConfirmed,
    ).toBe(false);
  });

  it('has nothing to commit when every row is unchanged or wrong', () => {
    const nothing = run({ type: 'fileChosen', file: file('a.xlsx') }, { type: 'checked', report: report(1, 0, 0) });
    expect(canContinue(nothing)).toBe(false);
  });

  it('returns to the preview with the fresh report when the commit is refused', () => {
    const refused = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checked', report: report(0) },
      { type: 'toConfirm' },
      { type: 'commitStarted' },
      { type: 'commitRefused', report: report(1), message: 'Tệp còn dòng lỗi nên chưa nhập dữ liệu nào.' },
    );
    expect(refused).toMatchObject({
      step: 'preview',
      busy: null,
      problem: 'Tệp còn dòng lỗi nên chưa nhập dữ liệu nào.',
    });
    expect(refused.report?.totals.errors).toBe(1);
  });

  it('ends on the result, and starts over clean', () => {
    const done = run(
      { type: 'fileChosen', file: file('a.xlsx') },
      { type: 'checked', report: report(0) },
      { type: 'toConfirm' },
      { type: 'committed', report: { ...report(0), committed: true } },
    );
    expect(done.step).toBe('result');
    expect(importWizardReducer(done, { type: 'codesDownloaded' }).codesDownloaded).toBe(true);
    expect(importWizardReducer(done, { type: 'restart' })).toEqual(initialImportState);
  });
});
