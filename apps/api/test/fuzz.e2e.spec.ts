import { toVietnamInput } from '@motcua/contracts';
import fc from 'fast-check';
import { buildCitizenId, PROFILE_FIELDS } from '@motcua/domain';
import { bearer, createTestApp, DEMO_PASSWORD, TestApp } from '../src/testing/test-app';
import { UNKNOWN_CONSTRAINT } from '../src/common/validation/validation-messages';
import { placeholders } from '../src/database/sql-values';
import { UNIT_KINDS } from '../src/units/unit.entity';
import {
  ChangeLog,
  changedEntries,
  databaseFingerprinter,
  Fingerprint,
  installChangeLog,
} from './support/database-fingerprint';
import {
  Body,
  bodyFor,
  BodyShape,
  describeJson,
  describeQuery,
  Json,
  JsonObject,
  jsonBody,
  LiveValue,
  nastyIdSegment,
  obj,
  percentEncode,
  Query,
  queryFor,
  queryText,
  RawJson,
  toJsonText,
} from './support/fuzz-inputs';
import { api } from '../src/testing/api-client';
import { AnswerLog, fetchDescription } from './support/api-description';

/**
 * Issue 9: fast-check sends more than 10,000 hostile bodies, query strings and route ids to every write and list
 * endpoint, signed in as a role that gets past the guard, and checks that none answers 5xx, every 4xx has the
 * standard error shape with Vietnamese messages, no prototype is polluted, and a rejected request leaves the
 * database exactly as it was: triggers on every table the database lists log each committed write, checked after
 * every request, and a row-by-row fingerprint of the whole database confirms the log after every endpoint.
 */

const SEED = 20_261_209;
const MIN_REQUESTS = 10_000;

type Role = 'admin' | 'officer' | 'public';
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * What a rejected request may legitimately write, by table (or column group). Everything else must stay unchanged.
 * - `rate_limits`: the per-IP counter of the auth routes counts refused attempts too (that is its job).
 * - `login_events`: failed sign-ins, OTP and activation attempts are logged for the login history.
 * - `officers.failure_counters` (failed_attempts, locked_until): a wrong password or code for an existing
 *   username counts towards the lockout.
 * - `login_failures`: the same failure counted per username and source address (unknown usernames too).
 * - `notifications`, `email_outbox`: the failure that locks an account tells its officer.
 */
const AUTH_ATTEMPT_WRITES = ['rate_limits', 'login_events', 'officers.failure_counters', 'login_failures'];
/** A signed-in officer proving the password again: counted with sign-in failures, and may lock the account. */
const REAUTHENTICATION_WRITES = [...AUTH_ATTEMPT_WRITES, 'notifications', 'email_outbox'];
const FINGERPRINT_GROUPS = { officers: { failure_counters: ['failed_attempts', 'locked_until'] } };

interface Context {
  ids: {
    root: number;
    victimUnit: number;
    emptyUnit: number;
    officer: number;
    admin: number;
    victimOfficer: number;
    draftCampaign: number;
    activeCampaign: number;
    transitionCampaign: number;
  };
}

interface Endpoint {
  name: string;
  method: Method;
  as: Role;
  runs: number;
  path: (ctx: Context) => fc.Arbitrary<string>;
  body?: (ctx: Context) => fc.Arbitrary<Body>;
  query?: (ctx: Context) => fc.Arbitrary<Query>;
  /** Tables (or column groups) a rejected request may write (see AUTH_ATTEMPT_WRITES). */
  rejectedMayWrite?: readonly string[];
  /** A list route: a 200 is a page `{data, total}` of at most the requested perPage records. */
  list?: { maxPerPage?: number };
  /** After a 2xx: where to read the record back, and what of the response it must equal. */
  readBack?: (body: unknown, path: string) => { path: string; expected: unknown } | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Valid values, the starting point of most generated bodies

const vietnameseName = fc.constantFrom(
  'Nguyễn Thị Hoa',
  'Trần Văn Bình',
  'Lê Hoàng Đức',
  'Nguye\u0302\u0303n Va\u0306n An',
  'Đặng Thị Ngọc Ánh',
  'Phạm Minh',
);
const isoInstant = (days: number) => new Date(Date.UTC(2026, 10, 1) + days * 86_400_000).toISOString();
/** A campaign deadline must lie ahead of the real clock (DEADLINE_PASSED): `days` from now, as a Vietnamese wall clock "YYYY-MM-DDTHH:mm". */
const vietnamWallFromNow = (days: number) => toVietnamInput(new Date(Date.now() + days * 86_400_000).toISOString());
/** A well-formed CCCD; whether it agrees with the gender and birth date sent beside it is up to the draw. */
const citizenId = fc
  .record({
    gender: fc.constantFrom('male' as const, 'female' as const),
    year: fc.integer({ min: 1960, max: 2004 }),
    serial: fc.stringMatching(/^\d{6}$/),
  })
  .map(({ gender, year, serial }) => buildCitizenId('010', gender, year, serial));

const profileShape = (versionOf: string): BodyShape => ({
  required: ['version'],
  valid: {
    version: fc.constant(new LiveValue(versionOf)),
    fullName: vietnameseName,
    gender: fc.constantFrom<Json>('male', 'female', null, ''),
    birthDate: fc.constantFrom<Json>('1985-03-02', '1990-04-15', null),
    citizenId,
    phone: fc.constantFrom<Json>('0912345678', '0912 345 678', '+84 912 345 678', null),
    email: fc.constantFrom<Json>('hoa.nt@syt.laocai.gov.vn', 'a@b.vn', null, ''),
    address: fc.constantFrom<Json>('Số 1, đường Hoàng Liên, phường Cốc Lếu', null, ''),
    receiptAccount: fc.constantFrom<Json>('hoa.nt', null),
    receiptPassword: fc.constantFrom<Json>('MatKhauBienLai@1', ''),
    defaultPage: fc.constantFrom<Json>('/profile', '/login-history', null),
  },
});

const campaignFields = (ctx: Context): BodyShape['valid'] => ({
  name: fc.constantFrom('Chuẩn hóa thông tin cán bộ năm 2026', 'Đợt thử nghiệm', 'Cập nhật CCCD'),
  description: fc.constantFrom('Mô tả ngắn', ''),
  startsAt: fc.integer({ min: -30, max: 0 }).map(isoInstant),
  deadlineAt: fc.oneof(
    fc.integer({ min: 1, max: 60 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString()),
    fc.integer({ min: 1, max: 60 }).map(vietnamWallFromNow),
    fc.integer({ min: 1, max: 60 }).map((days) => `${vietnamWallFromNow(days)}+07:00`),
  ),
  requiredItems: fc.uniqueArray(fc.constantFrom(...PROFILE_FIELDS, 'confirmed', 'verified'), { minLength: 1 }),
  targets: fc.array(
    fc
      .record({ unitId: fc.constantFrom(ctx.ids.victimUnit, ctx.ids.root), includeSubtree: fc.boolean() })
      .map((t) => obj(t)),
    { minLength: 1, maxLength: 2 },
  ),
});

const sortable = (fields: readonly string[]) => ({
  page: fc.constantFrom('1', '2', '3'),
  perPage: fc.constantFrom('1', '10', '25', '100'),
  sort: fc.constantFrom(...fields),
  order: fc.constantFrom('ASC', 'DESC', 'asc', 'desc'),
  q: fc.constantFrom('hoa', 'Nguyễn', 'nguyen', 'Nguye\u0302\u0303n', 'T15'),
});
const isoDay = fc.constantFrom('2026-01-01', '2026-11-23T08:00:00Z', '2030-01-01T00:00+07:00');
const ids = (...values: number[]) => fc.constantFrom(...values.map(String));
const bool = fc.constantFrom('true', 'false');

/**
 * A route with one id segment: the record the test owns for it, a missing one, or a hostile spelling — never the
 * signed-in accounts themselves, whose reset would end the sessions the rest of the run needs.
 */
const idPath =
  (template: (id: string) => string, ...valid: number[]) =>
  (ctx: Context) => {
    const decoded = (segment: string) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    };
    const signedIn = (segment: string) =>
      /^\d+$/.test(decoded(segment)) && [ctx.ids.admin, ctx.ids.officer].includes(Number(decoded(segment)));
    return fc
      .oneof(
        { weight: 3, arbitrary: fc.constantFrom(...valid.map(String)) },
        { weight: 1, arbitrary: fc.constant('999999') },
        { weight: 3, arbitrary: nastyIdSegment },
      )
      .filter((segment) => !signedIn(segment))
      .map(template);
  };
const fixed = (path: string) => () => fc.constant(path);
const anyBody = () => bodyFor({ valid: {} });

const readOfficer = (body: unknown) => {
  const officer = (body as { officer?: { id: number } }).officer ?? (body as { id: number });
  return { path: `/api/officers/${officer.id}`, expected: officer };
};
/** verify/unverify answer the profile they changed, PATCH …/profile too. */
const readProfile = (body: unknown, path: string) => ({
  path: path.replace(/\/(verify|unverify)$/, '/profile'),
  expected: body,
});

// ---------------------------------------------------------------------------------------------------------------
// Every write and list endpoint (from the controllers' @Get/@Post/@Patch/@Put/@Delete)

const ENDPOINTS: Endpoint[] = [
  // Units (admin)
  {
    name: 'POST /api/units',
    method: 'post',
    as: 'admin',
    runs: 340,
    path: fixed('/api/units'),
    body: (ctx) =>
      bodyFor({
        required: ['code', 'name', 'kind', 'parentId'],
        valid: {
          code: fc.stringMatching(/^FZ-[A-Z0-9]{1,8}$/),
          name: fc.constantFrom('Phòng Thử nghiệm', 'Tổ Kiểm thử Đặc biệt', 'Ban Nguye\u0302\u0303n'),
          kind: fc.constantFrom(...UNIT_KINDS),
          parentId: fc.constantFrom(ctx.ids.victimUnit, ctx.ids.emptyUnit),
          sortOrder: fc.integer({ min: 0, max: 100_000 }),
        },
      }),
    readBack: (body) => ({ path: `/api/units/${(body as { id: number }).id}`, expected: body }),
  },
  {
    name: 'PATCH /api/units/:id',
    method: 'patch',
    as: 'admin',
    runs: 340,
    path: (ctx) => idPath((id) => `/api/units/${id}`, ctx.ids.victimUnit)(ctx),
    body: (ctx) =>
      bodyFor({
        required: ['version'],
        valid: {
          version: fc.constant(new LiveValue('unit')),
          code: fc.stringMatching(/^FZ-[A-Z0-9]{1,8}$/),
          name: fc.constantFrom('Phòng Thử nghiệm đã sửa', 'Tổ Đặc biệt'),
          kind: fc.constantFrom(...UNIT_KINDS),
          parentId: fc.constantFrom<Json>(ctx.ids.root, ctx.ids.emptyUnit),
          sortOrder: fc.integer({ min: 0, max: 100_000 }),
        },
      }),
    readBack: (body) => ({ path: `/api/units/${(body as { id: number }).id}`, expected: body }),
  },
  {
    name: 'DELETE /api/units/:id',
    method: 'delete',
    as: 'admin',
    runs: 130,
    path: (ctx) => idPath((id) => `/api/units/${id}`, ctx.ids.root, ctx.ids.victimUnit)(ctx),
    body: anyBody,
  },

  // Accounts (admin)
  {
    name: 'POST /api/officers',
    method: 'post',
    as: 'admin',
    runs: 340,
    path: fixed('/api/officers'),
    body: (ctx) =>
      bodyFor({
        required: ['username', 'fullName', 'unitId', 'roles'],
        valid: {
          username: fc.stringMatching(/^fz\.[a-z0-9]{3,12}$/),
          fullName: vietnameseName,
          unitId: fc.constant(ctx.ids.victimUnit),
          roles: fc.subarray(['officer', 'supervisor', 'unit_admin', 'admin'], { minLength: 1 }),
          email: fc.constantFrom('fz@example.vn', 'nguyen.van.an@laocai.gov.vn'),
          phone: fc.constantFrom('0912345678', '0987 654 321'),
        },
      }),
    readBack: readOfficer,
  },
  {
    name: 'PATCH /api/officers/:id',
    method: 'patch',
    as: 'admin',
    runs: 340,
    path: (ctx) => idPath((id) => `/api/officers/${id}`, ctx.ids.victimOfficer)(ctx),
    body: (ctx) =>
      bodyFor({
        required: ['version'],
        valid: {
          version: fc.constant(new LiveValue('victimOfficer')),
          fullName: vietnameseName,
          unitId: fc.constantFrom(ctx.ids.victimUnit, ctx.ids.emptyUnit),
          roles: fc.subarray(['officer', 'supervisor', 'unit_admin'], { minLength: 1 }),
        },
      }),
    readBack: readOfficer,
  },
  {
    name: 'POST /api/officers/bulk',
    method: 'post',
    as: 'admin',
    runs: 300,
    path: fixed('/api/officers/bulk'),
    body: (ctx) =>
      bodyFor({
        required: ['action', 'ids'],
        valid: {
          action: fc.constantFrom('lock', 'unlock', 'move'),
          ids: fc.constant([ctx.ids.victimOfficer]),
          unitId: fc.constantFrom(ctx.ids.victimUnit, ctx.ids.emptyUnit),
        },
      }),
  },
  {
    name: 'POST /api/officers/:id/reset',
    method: 'post',
    as: 'admin',
    runs: 180,
    path: (ctx) => idPath((id) => `/api/officers/${id}/reset`, ctx.ids.victimOfficer)(ctx),
    body: () => bodyFor({ valid: { resetTwoFactor: fc.boolean() } }),
    readBack: readOfficer,
  },
  ...(['lock', 'unlock', 'disable', 'enable'] as const).map((action): Endpoint => ({
    name: `POST /api/officers/:id/${action}`,
    method: 'post',
    as: 'admin',
    runs: 90,
    path: (ctx) => idPath((id) => `/api/officers/${id}/${action}`, ctx.ids.victimOfficer)(ctx),
    body: anyBody,
    readBack: readOfficer,
  })),
  {
    name: 'PATCH /api/officers/:id/profile',
    method: 'patch',
    as: 'admin',
    runs: 340,
    path: (ctx) => idPath((id) => `/api/officers/${id}/profile`, ctx.ids.victimOfficer)(ctx),
    body: () => bodyFor(profileShape('victimOfficer')),
    readBack: readProfile,
  },
  ...(['verify', 'unverify'] as const).map((action): Endpoint => ({
    name: `POST /api/officers/:id/${action}`,
    method: 'post',
    as: 'admin',
    runs: 90,
    path: (ctx) => idPath((id) => `/api/officers/${id}/${action}`, ctx.ids.victimOfficer)(ctx),
    body: anyBody,
    readBack: readProfile,
  })),
  {
    name: 'POST /api/officers/import',
    method: 'post',
    as: 'admin',
    runs: 130,
    path: fixed('/api/officers/import'),
    body: anyBody,
    query: () =>
      queryFor({ valid: { mode: fc.constantFrom('dry-run', 'commit'), skipInvalid: bool, confirmFlagged: bool } }),
  },
  {
    name: 'POST /api/officers/import/report',
    method: 'post',
    as: 'admin',
    runs: 60,
    path: fixed('/api/officers/import/report'),
    body: anyBody,
  },

  // Campaigns (admin)
  {
    name: 'POST /api/campaigns',
    method: 'post',
    as: 'admin',
    runs: 340,
    path: fixed('/api/campaigns'),
    body: (ctx) =>
      bodyFor({ required: ['name', 'startsAt', 'deadlineAt', 'requiredItems', 'targets'], valid: campaignFields(ctx) }),
    readBack: (body) => ({ path: `/api/campaigns/${(body as { id: number }).id}`, expected: body }),
  },
  {
    name: 'PATCH /api/campaigns/:id',
    method: 'patch',
    as: 'admin',
    runs: 340,
    path: (ctx) => idPath((id) => `/api/campaigns/${id}`, ctx.ids.draftCampaign)(ctx),
    body: (ctx) =>
      bodyFor({
        required: ['version'],
        valid: { version: fc.constant(new LiveValue('draftCampaign')), ...campaignFields(ctx) },
      }),
    readBack: (body) => ({ path: `/api/campaigns/${(body as { id: number }).id}`, expected: body }),
  },
  {
    name: 'POST /api/campaigns/preview',
    method: 'post',
    as: 'admin',
    runs: 300,
    path: fixed('/api/campaigns/preview'),
    body: (ctx) => bodyFor({ required: ['targets'], valid: { targets: campaignFields(ctx).targets } }),
  },
  ...(['activate', 'close'] as const).map((action): Endpoint => ({
    name: `POST /api/campaigns/:id/${action}`,
    method: 'post',
    as: 'admin',
    runs: 90,
    path: (ctx) => idPath((id) => `/api/campaigns/${id}/${action}`, ctx.ids.transitionCampaign)(ctx),
    body: anyBody,
    readBack: (body) => ({ path: `/api/campaigns/${(body as { id: number }).id}`, expected: body }),
  })),
  {
    name: 'DELETE /api/campaigns/:id',
    method: 'delete',
    as: 'admin',
    runs: 90,
    path: (ctx) => idPath((id) => `/api/campaigns/${id}`, ctx.ids.activeCampaign)(ctx),
    body: anyBody,
  },

  // Reminders and mail (admin)
  {
    name: 'POST /api/reminders',
    method: 'post',
    as: 'admin',
    runs: 300,
    path: fixed('/api/reminders'),
    body: (ctx) =>
      bodyFor({
        required: ['campaignId'],
        valid: {
          campaignId: fc.constant(ctx.ids.activeCampaign),
          officerIds: fc.subarray([ctx.ids.victimOfficer, ctx.ids.officer], { minLength: 1 }),
          unitId: fc.constantFrom(ctx.ids.victimUnit, ctx.ids.root),
        },
      }),
  },
  {
    name: 'POST /api/outbox/:id/retry',
    method: 'post',
    as: 'admin',
    runs: 90,
    path: idPath((id) => `/api/outbox/${id}/retry`, 1),
    body: anyBody,
  },

  // The signed-in officer's own record
  {
    name: 'PATCH /api/me/profile',
    method: 'patch',
    as: 'officer',
    runs: 420,
    path: fixed('/api/me/profile'),
    body: () => bodyFor(profileShape('officer')),
    readBack: (body) => ({ path: '/api/me/profile', expected: body }),
  },
  {
    name: 'POST /api/me/profile/confirm',
    method: 'post',
    as: 'officer',
    runs: 90,
    path: fixed('/api/me/profile/confirm'),
    body: anyBody,
    readBack: (body) => ({ path: '/api/me/profile', expected: body }),
  },
  { name: 'PUT /api/me/avatar', method: 'put', as: 'officer', runs: 130, path: fixed('/api/me/avatar'), body: anyBody },
  {
    name: 'DELETE /api/me/avatar',
    method: 'delete',
    as: 'officer',
    runs: 90,
    path: fixed('/api/me/avatar'),
    body: anyBody,
  },
  {
    name: 'POST /api/me/notifications/:id/read',
    method: 'post',
    as: 'officer',
    runs: 130,
    path: idPath((id) => `/api/me/notifications/${id}/read`, 1),
    body: anyBody,
  },
  {
    name: 'POST /api/me/notifications/read-all',
    method: 'post',
    as: 'officer',
    runs: 90,
    path: fixed('/api/me/notifications/read-all'),
    body: anyBody,
  },
  {
    name: 'POST /api/me/2fa/setup',
    method: 'post',
    as: 'officer',
    runs: 90,
    path: fixed('/api/me/2fa/setup'),
    body: anyBody,
    rejectedMayWrite: ['rate_limits'],
  },
  {
    name: 'POST /api/me/2fa/enable',
    method: 'post',
    as: 'officer',
    runs: 220,
    path: fixed('/api/me/2fa/enable'),
    body: () => bodyFor({ required: ['code'], valid: { code: fc.stringMatching(/^\d{6}$/) } }),
    rejectedMayWrite: ['rate_limits'],
  },
  // A valid-looking password costs an argon2 verification, hence fewer runs; the base password is wrong on purpose.
  {
    name: 'POST /api/me/2fa/disable',
    method: 'post',
    as: 'officer',
    runs: 110,
    path: fixed('/api/me/2fa/disable'),
    body: () => bodyFor({ required: ['password'], valid: { password: fc.constantFrom('SaiMatKhau@2026', 'x') } }),
    rejectedMayWrite: REAUTHENTICATION_WRITES,
  },
  {
    name: 'POST /api/auth/change-password',
    method: 'post',
    as: 'officer',
    runs: 110,
    path: fixed('/api/auth/change-password'),
    body: () =>
      bodyFor({
        required: ['currentPassword', 'newPassword'],
        valid: {
          currentPassword: fc.constantFrom('SaiMatKhau@2026', 'x'),
          newPassword: fc.constantFrom('MatKhauMoi@2026!', 'Ngắn'),
        },
      }),
    rejectedMayWrite: REAUTHENTICATION_WRITES,
  },

  // Public authentication routes
  {
    name: 'POST /api/auth/login',
    method: 'post',
    as: 'public',
    runs: 130,
    path: fixed('/api/auth/login'),
    body: () =>
      bodyFor({
        required: ['username', 'password'],
        valid: {
          username: fc.stringMatching(/^fz[a-z0-9.]{1,20}$/),
          password: fc.constantFrom('SaiMatKhau@2026', 'x'),
        },
      }),
    rejectedMayWrite: AUTH_ATTEMPT_WRITES,
  },
  {
    name: 'POST /api/auth/otp',
    method: 'post',
    as: 'public',
    runs: 260,
    path: fixed('/api/auth/otp'),
    body: () =>
      bodyFor({
        required: ['otpToken', 'code'],
        valid: {
          otpToken: fc.constantFrom(
            'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEsInR5cCI6Im90cCJ9.c2lnbmF0dXJl',
            'eyJhbGciOiJub25lIn0.eyJzdWIiOjEsInR5cCI6Im90cCJ9.',
          ),
          code: fc.constantFrom('123456', 'abcde-12345'),
        },
      }),
    rejectedMayWrite: AUTH_ATTEMPT_WRITES,
  },
  {
    name: 'POST /api/auth/activate',
    method: 'post',
    as: 'public',
    runs: 260,
    path: fixed('/api/auth/activate'),
    body: () =>
      bodyFor({
        required: ['username', 'code', 'newPassword'],
        valid: {
          username: fc.stringMatching(/^fz[a-z0-9.]{1,20}$/),
          code: fc.constantFrom('ABCD-EFGH-JKLM', '12345678'),
          newPassword: fc.constantFrom('MatKhauMoi@2026!'),
        },
      }),
    rejectedMayWrite: AUTH_ATTEMPT_WRITES,
  },
  // The refresh route allows 120 calls a minute per client: the later runs meet (and check) the 429.
  {
    name: 'POST /api/auth/refresh',
    method: 'post',
    as: 'public',
    runs: 130,
    path: fixed('/api/auth/refresh'),
    body: anyBody,
    rejectedMayWrite: ['rate_limits'],
  },
  {
    name: 'POST /api/auth/logout',
    method: 'post',
    as: 'public',
    runs: 90,
    path: fixed('/api/auth/logout'),
    body: anyBody,
    rejectedMayWrite: ['rate_limits'],
  },

  // Lists
  {
    name: 'GET /api/officers',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 340,
    path: fixed('/api/officers'),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['fullName', 'username', 'updatedAt', 'status', 'unitName']),
          id: fc.constantFrom(String(ctx.ids.officer), `${ctx.ids.officer},${ctx.ids.admin}`),
          unitId: ids(ctx.ids.root, ctx.ids.victimUnit),
          role: fc.constantFrom('officer', 'admin', 'supervisor', 'unit_admin'),
          status: fc.constantFrom('active', 'locked', 'disabled', 'pending_activation'),
          verified: bool,
          confirmed: bool,
          completeness: fc.constantFrom('complete', 'incomplete'),
        },
      }),
  },
  {
    name: 'GET /api/officers/export',
    method: 'get',
    as: 'admin',
    runs: 130,
    path: fixed('/api/officers/export'),
    query: (ctx) =>
      queryFor({
        valid: {
          format: fc.constantFrom('xlsx', 'csv'),
          unitId: ids(ctx.ids.root),
          q: fc.constant('hoa'),
          status: fc.constant('active'),
        },
      }),
  },
  {
    name: 'GET /api/units',
    list: { maxPerPage: 1000 },
    method: 'get',
    as: 'admin',
    runs: 300,
    path: fixed('/api/units'),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['name', 'code', 'sortOrder', 'depth', 'path']),
          perPage: fc.constantFrom('1', '100', '1000'),
          id: ids(ctx.ids.root),
          parentId: ids(ctx.ids.root),
          kind: fc.constantFrom(...UNIT_KINDS),
          subtreeOf: ids(ctx.ids.root, ctx.ids.victimUnit),
        },
      }),
  },
  {
    name: 'GET /api/campaigns',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 260,
    path: fixed('/api/campaigns'),
    query: () =>
      queryFor({
        valid: {
          ...sortable(['deadlineAt', 'startsAt', 'name', 'createdAt']),
          status: fc.constantFrom('draft', 'active', 'closed'),
        },
      }),
  },
  {
    name: 'GET /api/compliance/officers',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 260,
    path: fixed('/api/compliance/officers'),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['fullName', 'unitName', 'completedAt']),
          campaignId: ids(ctx.ids.activeCampaign),
          unitId: ids(ctx.ids.root, ctx.ids.victimUnit),
          status: fc.constantFrom('complete', 'complete_late', 'incomplete', 'overdue'),
        },
      }),
  },
  {
    name: 'GET /api/compliance/summary',
    method: 'get',
    as: 'admin',
    runs: 260,
    path: fixed('/api/compliance/summary'),
    query: (ctx) =>
      queryFor({
        valid: {
          campaignId: ids(ctx.ids.activeCampaign, ctx.ids.draftCampaign),
          unitId: ids(ctx.ids.root, ctx.ids.victimUnit),
        },
      }),
  },
  {
    name: 'GET /api/compliance/export',
    method: 'get',
    as: 'admin',
    runs: 90,
    path: fixed('/api/compliance/export'),
    query: (ctx) => queryFor({ valid: { campaignId: ids(ctx.ids.activeCampaign), unitId: ids(ctx.ids.victimUnit) } }),
  },
  {
    name: 'GET /api/audit',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 260,
    path: fixed('/api/audit'),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['createdAt']),
          actorId: ids(ctx.ids.admin),
          targetType: fc.constantFrom('officer', 'unit', 'campaign'),
          targetId: ids(ctx.ids.officer),
          officerId: ids(ctx.ids.officer),
          action: fc.constantFrom('profile.update', 'officer.create'),
          field: fc.constantFrom('fullName', 'phone', 'status'),
          from: isoDay,
          to: isoDay,
        },
      }),
  },
  {
    name: 'GET /api/audit/export',
    method: 'get',
    as: 'admin',
    runs: 60,
    path: fixed('/api/audit/export'),
    query: (ctx) =>
      queryFor({
        valid: {
          format: fc.constantFrom('xlsx', 'csv'),
          officerId: ids(ctx.ids.officer),
          action: fc.constant('profile.update'),
          from: isoDay,
          to: isoDay,
        },
      }),
  },
  {
    name: 'GET /api/officers/:id/audit',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 90,
    path: (ctx) => idPath((id) => `/api/officers/${id}/audit`, ctx.ids.officer)(ctx),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['createdAt']),
          actorId: ids(ctx.ids.admin),
          action: fc.constant('profile.update'),
          field: fc.constantFrom('fullName', 'phone'),
          from: isoDay,
          to: isoDay,
        },
      }),
  },
  {
    name: 'GET /api/me/audit',
    list: {},
    method: 'get',
    as: 'officer',
    runs: 220,
    path: fixed('/api/me/audit'),
    query: () =>
      queryFor({
        valid: { ...sortable(['createdAt']), field: fc.constantFrom('fullName', 'phone'), from: isoDay, to: isoDay },
      }),
  },
  {
    name: 'GET /api/login-events',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 220,
    path: fixed('/api/login-events'),
    query: (ctx) =>
      queryFor({
        valid: {
          ...sortable(['createdAt']),
          officerId: ids(ctx.ids.officer),
          username: fc.constantFrom('officer', 'ADMIN'),
          outcome: fc.constantFrom('success', 'wrong_password', 'unknown_user'),
          from: isoDay,
          to: isoDay,
        },
      }),
  },
  {
    name: 'GET /api/me/logins',
    list: {},
    method: 'get',
    as: 'officer',
    runs: 220,
    path: fixed('/api/me/logins'),
    query: () =>
      queryFor({ valid: { ...sortable(['createdAt']), outcome: fc.constantFrom('success', 'wrong_password') } }),
  },
  {
    name: 'GET /api/me/notifications',
    list: {},
    method: 'get',
    as: 'officer',
    runs: 220,
    path: fixed('/api/me/notifications'),
    query: () => queryFor({ valid: { ...sortable(['createdAt']), unread: bool } }),
  },
  {
    name: 'GET /api/outbox',
    list: {},
    method: 'get',
    as: 'admin',
    runs: 220,
    path: fixed('/api/outbox'),
    query: () =>
      queryFor({
        valid: { ...sortable(['createdAt', 'nextAttemptAt']), status: fc.constantFrom('pending', 'sent', 'failed') },
      }),
  },
  {
    name: 'GET one record by id',
    method: 'get',
    as: 'admin',
    runs: 260,
    path: (ctx) =>
      fc.oneof(
        idPath((id) => `/api/units/${id}`, ctx.ids.root)(ctx),
        idPath((id) => `/api/officers/${id}`, ctx.ids.victimOfficer)(ctx),
        idPath((id) => `/api/officers/${id}/profile`, ctx.ids.victimOfficer)(ctx),
        idPath((id) => `/api/campaigns/${id}`, ctx.ids.activeCampaign)(ctx),
        nastyIdSegment.map((key) => `/api/avatars/${key}`),
        fc.oneof(nastyIdSegment, fc.uuid()).map((id) => `/api/officers/import/batches/${id}/activation-codes`),
      ),
  },
];

// ---------------------------------------------------------------------------------------------------------------

interface Sent {
  description: string;
  status: number;
  body: unknown;
  text: string;
  contentType: string;
}

const VIETNAMESE_LETTER = /[À-ỹĐđ]/;
const LEAKS = /QueryFailedError|SQLITE_|node_modules|\bat [\w.]+ \(|"stack"/;

function assertAnswer(res: Sent): void {
  const fail = (why: string) => {
    throw new Error(`${why}\n  request: ${res.description}\n  answer: ${res.status} ${res.text.slice(0, 500)}`);
  };
  if (res.status >= 500 || res.status < 200) fail(`answered ${res.status}`);
  if (res.status < 400) return;
  if (!res.contentType.includes('application/json')) fail('a 4xx without a JSON body');
  const body = res.body as { statusCode?: unknown; code?: unknown; message?: unknown; errors?: unknown };
  if (body.statusCode !== res.status) fail('statusCode differs from the HTTP status');
  if (typeof body.code !== 'string' || !body.code) fail('no stable code');
  if (typeof body.message !== 'string' || !VIETNAMESE_LETTER.test(body.message)) fail('no Vietnamese message');
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) fail('errors is not a non-empty array');
    for (const error of body.errors as Record<string, unknown>[]) {
      if (typeof error !== 'object' || error === null || Object.keys(error).sort().join() !== 'code,field,message')
        fail('a field error is not {field, code, message}');
      if (
        typeof error.field !== 'string' ||
        typeof error.code !== 'string' ||
        !error.code ||
        typeof error.message !== 'string' ||
        !VIETNAMESE_LETTER.test(error.message)
      ) {
        fail('a field error lacks a field, a code or a Vietnamese message');
      }
      // The fallback for a class-validator constraint the message table does not know: each one must be mapped.
      if (error.code === UNKNOWN_CONSTRAINT.code)
        fail(`a field error with the unmapped-constraint code ${UNKNOWN_CONSTRAINT.code}`);
    }
  }
  if (LEAKS.test(res.text)) fail('the error leaks internals');
}

const prototypeKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
  fn: Object.getOwnPropertyNames(Function.prototype).sort().join(),
});

describe('fuzzing every write and list endpoint', () => {
  let t: TestApp;
  let ctx: Context;
  let changes: ChangeLog;
  let fingerprint: () => Promise<Fingerprint>;
  const tokens: Record<Role, Record<string, string>> = { admin: {}, officer: {}, public: {} };
  const cleanPrototypes = prototypeKeys();
  let sent = 0;
  const answers = new AnswerLog();

  const one = async <T>(sql: string, params: unknown[]): Promise<T> =>
    (await t.dataSource.query(placeholders(t.dataSource, sql), params))[0] as T;
  const versionOf = async (table: 'units' | 'officers' | 'campaigns', id: number) =>
    (await one<{ version: number } | undefined>(`SELECT version FROM ${table} WHERE id = ?`, [id]))?.version ?? 1;
  const live: Record<string, () => Promise<Json>> = {
    unit: () => versionOf('units', ctx.ids.victimUnit),
    victimOfficer: () => versionOf('officers', ctx.ids.victimOfficer),
    officer: () => versionOf('officers', ctx.ids.officer),
    draftCampaign: () => versionOf('campaigns', ctx.ids.draftCampaign),
  };

  const liveNames = (value: Json, into = new Set<string>()): Set<string> => {
    if (value instanceof LiveValue) into.add(value.name);
    else if (value instanceof JsonObject) value.entries.forEach(([, v]) => liveNames(v, into));
    else if (Array.isArray(value)) value.forEach((v) => liveNames(v, into));
    return into;
  };

  async function send(
    endpoint: Endpoint,
    path: string,
    body: Body | undefined,
    query: Query | undefined,
  ): Promise<Sent> {
    const url = query ? `${path}?${queryText(query)}` : path;
    let req = t.http()[endpoint.method](url).set(tokens[endpoint.as]);
    let description = `${endpoint.method.toUpperCase()} ${query ? `${path}?${describeQuery(query)}` : path} as ${endpoint.as}`;
    if (body?.kind === 'json') {
      const values: Record<string, Json> = {};
      for (const name of liveNames(body.value)) values[name] = await live[name]();
      req = req.set('Content-Type', 'application/json').send(toJsonText(body.value, (name) => values[name]));
      description += ` body=${describeJson(body.value)}`;
    } else if (body?.kind === 'raw') {
      req = req.set('Content-Type', body.contentType).send(body.data);
      description += ` body(${body.contentType})=${JSON.stringify(String(body.data).slice(0, 200))}`;
    }
    const res = await req;
    sent++;
    const [, route] = endpoint.name.split(' ');
    const named = route?.startsWith('/api/');
    answers.record({
      concrete: !named,
      method: endpoint.method,
      route: named ? route : path,
      status: res.status,
      body: res.body,
      contentType: String(res.headers['content-type'] ?? ''),
    });
    return {
      description,
      status: res.status,
      body: res.body,
      text: res.text ?? '',
      contentType: String(res.headers['content-type'] ?? ''),
    };
  }

  /**
   * Signs an account in again when an accepted request ended its session: a bulk lock of the signed-in officer
   * (unlocked first), a 2FA disable or a password change that happened to carry the real password (the account is
   * then reset and activated again with the demo password). A session ends only with a status or session-epoch
   * change, which one query sees, so most accepted requests cost no more than that.
   */
  let sessionState = '';
  const readSessionState = async () =>
    JSON.stringify(
      await t.dataSource.query(
        placeholders(t.dataSource, 'SELECT id, status, session_epoch FROM officers WHERE id IN (?, ?) ORDER BY id'),
        [ctx.ids.admin, ctx.ids.officer],
      ),
    );
  async function keepSessionsAlive(): Promise<void> {
    if ((await readSessionState()) === sessionState) return;
    for (const role of ['admin', 'officer'] as const) {
      if ((await api(t, tokens[role]).get('/api/auth/me')).status === 200) continue;
      const id = role === 'admin' ? ctx.ids.admin : ctx.ids.officer;
      const { status } = await one<{ status: string }>('SELECT status FROM officers WHERE id = ?', [id]);
      if (status === 'locked') await api(t, tokens.admin).post(`/api/officers/${id}/unlock`).expect(200);
      if (status === 'disabled') await api(t, tokens.admin).post(`/api/officers/${id}/enable`).expect(200);
      await t.dataSource.query(
        placeholders(t.dataSource, 'UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?'),
        [id],
      );
      const login = await api(t).post('/api/auth/login', { username: role, password: DEMO_PASSWORD });
      if (login.status === 200) {
        tokens[role] = { Authorization: `Bearer ${login.body.accessToken}` };
        continue;
      }
      const { activationCode } = (
        await api(t, tokens.admin).post(`/api/officers/${id}/reset`, { resetTwoFactor: true }).expect(200)
      ).body;
      const activated = await api(t)
        .post('/api/auth/activate', { username: role, code: activationCode, newPassword: DEMO_PASSWORD })
        .expect(200);
      tokens[role] = { Authorization: `Bearer ${activated.body.accessToken}` };
    }
    sessionState = await readSessionState();
  }

  /** Everything the change log recorded while a property ran, to check the fingerprint against it at the end. */
  let logged = new Set<string>();
  const take = async () => {
    const entries = await changes.take();
    entries.forEach((entry) => logged.add(entry));
    return entries;
  };

  /**
   * Sends one request and checks it: never 5xx, a 4xx in the standard shape, nothing written when it was refused
   * (beyond the endpoint's rejectedMayWrite), nothing written by any GET, an accepted list is a page, an accepted
   * write reads back as answered, no prototype polluted. The test's own writes afterwards (sessions kept alive) are taken off the log.
   */
  async function exercise(
    endpoint: Endpoint,
    path: string,
    body: Body | undefined,
    query: Query | undefined,
  ): Promise<Sent> {
    const res = await send(endpoint, path, body, query);
    try {
      assertAnswer(res);
      const written = await take();
      if (res.status >= 400 || endpoint.method === 'get') {
        const allowed = res.status >= 400 ? (endpoint.rejectedMayWrite ?? []) : [];
        const unexpected = written.filter((entry) => !allowed.includes(entry));
        if (unexpected.length)
          throw new Error(
            `${res.status} wrote ${unexpected.join(', ')}\n  request: ${res.description}\n  answer: ${res.text.slice(0, 300)}`,
          );
      }
      if (res.status < 400 && endpoint.list) {
        const page = res.body as { data?: unknown; total?: unknown };
        const perPage =
          query?.kind === 'entries'
            ? Number(query.entries.find(([name]) => name === 'perPage')?.[1] ?? 25)
            : (endpoint.list.maxPerPage ?? 100);
        if (
          !Array.isArray(page.data) ||
          typeof page.total !== 'number' ||
          page.data.length > perPage ||
          page.total < page.data.length
        ) {
          throw new Error(
            `accepted ${res.status} but not a page of at most ${perPage}\n  request: ${res.description}\n  answer: ${res.text.slice(0, 300)}`,
          );
        }
      }
      if (res.status < 400 && endpoint.method !== 'get') {
        const check = endpoint.readBack?.(res.body, path);
        if (check) {
          const read = await api(t, tokens[endpoint.as]).get(check.path);
          if (read.status !== 200 || JSON.stringify(read.body) !== JSON.stringify(check.expected)) {
            throw new Error(
              `accepted ${res.status} but ${check.path} reads back differently\n  request: ${res.description}\n  answer: ${res.text.slice(0, 300)}\n  read: ${read.status} ${read.text.slice(0, 300)}`,
            );
          }
        }
      }
      const polluted = ({} as Record<string, unknown>).polluted ?? ([] as unknown as Record<string, unknown>).polluted;
      if (
        polluted !== undefined ||
        JSON.stringify(prototypeKeys()) !== JSON.stringify(cleanPrototypes) ||
        typeof Object.prototype.toString !== 'function'
      ) {
        throw new Error(`prototype polluted by ${res.description}`);
      }
      return res;
    } finally {
      if (res.status < 400 && endpoint.method !== 'get') {
        await keepSessionsAlive();
        await take();
      }
    }
  }

  /** Runs `run`, then checks the change log against a row-by-row fingerprint: whatever changed was logged. */
  async function crossChecked(run: () => Promise<void>): Promise<void> {
    const before = await fingerprint();
    await take();
    logged = new Set();
    await run();
    const unlogged = changedEntries(before, await fingerprint()).filter((entry) => !logged.has(entry));
    expect(unlogged).toEqual([]);
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '10000' } });
    // Listening once, supertest reuses the server (and keep-alive connections) instead of starting one per request.
    await t.app.listen(0, '127.0.0.1');
    tokens.admin = await bearer(t, 'admin');
    tokens.officer = await bearer(t, 'officer');
    const admin = tokens.admin;
    const unitIdOf = async (code: string) =>
      (await api(t, admin).get(`/api/units?perPage=1000`).expect(200)).body.data.find(
        (u: { code: string }) => u.code === code,
      ).id as number;
    const root = await unitIdOf('T15');
    const victimUnit = (
      await api(t, admin)
        .post('/api/units', { code: 'FUZZ', name: 'Đơn vị của phép thử', kind: 'office', parentId: root })
        .expect(201)
    ).body.id;
    const emptyUnit = (
      await api(t, admin)
        .post('/api/units', { code: 'FUZZ-EMPTY', name: 'Đơn vị trống', kind: 'team', parentId: root })
        .expect(201)
    ).body.id;
    const victimOfficer = (
      await api(t, admin)
        .post('/api/officers', {
          username: 'fuzz.victim',
          fullName: 'Nguyễn Văn Thử',
          unitId: victimUnit,
          roles: ['officer'],
        })
        .expect(201)
    ).body.officer.id;
    const campaign = (name: string) => ({
      name,
      startsAt: isoInstant(-1),
      deadlineAt: `${vietnamWallFromNow(30)}+07:00`,
      requiredItems: ['phone', 'citizenId'],
      targets: [{ unitId: root }],
    });
    const draftCampaign = (await api(t, admin).post('/api/campaigns').send(campaign('Đợt nháp')).expect(201)).body.id;
    const activeCampaign = (await api(t, admin).post('/api/campaigns').send(campaign('Đợt đang diễn ra')).expect(201))
      .body.id;
    await api(t, admin).post(`/api/campaigns/${activeCampaign}/activate`).expect(200);
    const transitionCampaign = (
      await api(t, admin).post('/api/campaigns').send(campaign('Đợt để chuyển trạng thái')).expect(201)
    ).body.id;
    const idOf = async (token: Record<string, string>) =>
      (await api(t, token).get('/api/auth/me').expect(200)).body.id as number;
    ctx = {
      ids: {
        root,
        victimUnit,
        emptyUnit,
        victimOfficer,
        draftCampaign,
        activeCampaign,
        transitionCampaign,
        admin: await idOf(admin),
        officer: await idOf(tokens.officer),
      },
    };
    sessionState = await readSessionState();
    changes = await installChangeLog(t.dataSource, FINGERPRINT_GROUPS);
    fingerprint = await databaseFingerprinter(t.dataSource, FINGERPRINT_GROUPS);
  }, 60_000);
  afterAll(() => t?.close());

  ENDPOINTS.forEach((endpoint, index) => {
    it(`${endpoint.name}: ${endpoint.runs} generated requests, no 5xx, standard 4xx, no write when rejected`, async () => {
      const arbitrary = fc.record({
        path: endpoint.path(ctx),
        body: endpoint.body?.(ctx) ?? fc.constant(undefined),
        query: endpoint.query?.(ctx) ?? fc.constant(undefined),
      });
      await crossChecked(() =>
        fc.assert(
          fc.asyncProperty(arbitrary, async ({ path, body, query }) => {
            await exercise(endpoint, path, body, query);
          }),
          { seed: SEED + index, numRuns: endpoint.runs },
        ),
      );
    }, 300_000);
  });

  describe('the counterexamples the fuzzer found, replayed (each answered 500, left the standard shape or lost its code before its fix)', () => {
    interface Regression {
      name: string;
      endpoint: string;
      path: (ctx: Context) => string;
      body?: Json;
      query?: string;
      status: number;
      code: string;
      field?: RegExp;
    }
    const deep = (depth: number) => new RawJson(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
    const regressions: Regression[] = [
      {
        name: 'a field nested 3,000 arrays deep (class-transformer overflowed the stack)',
        endpoint: 'POST /api/units',
        path: () => '/api/units',
        body: obj({ name: 'Phòng Thử nghiệm', kind: 'province', code: deep(3000) }),
        status: 400,
        code: 'TOO_DEEP',
        field: /^code(\.0)+$/,
      },
      {
        name: 'null for a unit kind (NOT NULL column)',
        endpoint: 'PATCH /api/units/:id',
        path: (c) => `/api/units/${c.ids.victimUnit}`,
        body: obj({ version: new LiveValue('unit'), kind: null }),
        status: 400,
        code: 'NOT_ALLOWED_VALUE',
        field: /^kind$/,
      },
      {
        name: 'null for a campaign description (trimmed as a string)',
        endpoint: 'PATCH /api/campaigns/:id',
        path: (c) => `/api/campaigns/${c.ids.draftCampaign}`,
        body: obj({ version: new LiveValue('draftCampaign'), description: null }),
        status: 400,
        code: 'MUST_BE_STRING',
        field: /^description$/,
      },
      {
        name: 'null for the receipt password (handed to the cipher)',
        endpoint: 'PATCH /api/me/profile',
        path: () => '/api/me/profile',
        body: obj({ version: new LiveValue('officer'), receiptPassword: null }),
        status: 400,
        code: 'MUST_BE_STRING',
        field: /^receiptPassword$/,
      },
      {
        name: 'an unknown field named "Ỻ" (class-validator’s English message)',
        endpoint: 'POST /api/officers/:id/reset',
        path: (c) => `/api/officers/${c.ids.victimOfficer}/reset`,
        body: obj({ Ỻ: 0 }),
        status: 400,
        code: 'FIELD_NOT_ALLOWED',
        field: /^Ỻ$/,
      },
      {
        name: '128 × "ặ" as receipt password (sealed past varchar(512): 500 on PostgreSQL)',
        endpoint: 'PATCH /api/me/profile',
        path: () => '/api/me/profile',
        body: obj({ version: new LiveValue('officer'), receiptPassword: 'ặ'.repeat(128) }),
        status: 400,
        code: 'TOO_LONG',
        field: /^receiptPassword$/,
      },
      {
        name: 'a query string over 16 KB (Node answered 431 with no body)',
        endpoint: 'GET /api/officers',
        path: () => '/api/officers',
        query: `page=${percentEncode('ặ'.repeat(5000))}`,
        status: 431,
        code: 'HEADERS_TOO_LARGE',
      },
      {
        name: 'two targets for one unit (campaign_targets’ primary key: 500 on SQLite)',
        endpoint: 'POST /api/campaigns',
        path: () => '/api/campaigns',
        body: obj({
          name: 'Đợt trùng đơn vị',
          startsAt: isoInstant(0),
          deadlineAt: isoInstant(1),
          requiredItems: ['fullName'],
          targets: [obj({ unitId: 1 }), obj({ unitId: 1, includeSubtree: false })],
        }),
        status: 400,
        code: 'DUPLICATE_ITEMS',
        field: /^targets$/,
      },
      {
        name: 'a thirteenth month as a campaign start (answered the generic INVALID_VALUE, not INVALID_DATE)',
        endpoint: 'POST /api/campaigns',
        path: () => '/api/campaigns',
        body: obj({
          name: 'Đợt sai ngày',
          startsAt: '2026-13-01',
          deadlineAt: isoInstant(1),
          requiredItems: ['fullName'],
          targets: [obj({ unitId: 1 })],
        }),
        status: 400,
        code: 'INVALID_DATE',
        field: /^startsAt$/,
      },
      {
        name: 'NUL in a unit name (500 on PostgreSQL)',
        endpoint: 'POST /api/units',
        path: () => '/api/units',
        body: obj({ code: 'FZ-NUL', name: 'Phòng\u0000Thử', kind: 'team', parentId: 1 }),
        status: 400,
        code: 'INVALID_CHARACTER',
        field: /^name$/,
      },
      {
        name: 'NUL in a username at login (500 on PostgreSQL)',
        endpoint: 'POST /api/auth/login',
        path: () => '/api/auth/login',
        body: obj({ username: 'a\u0000b', password: 'x' }),
        status: 400,
        code: 'INVALID_CHARACTER',
        field: /^username$/,
      },
      {
        name: 'NUL in a search (500 on PostgreSQL and in SQLite’s full-text phrase)',
        endpoint: 'GET /api/officers',
        path: () => '/api/officers',
        query: 'q=hoa%00',
        status: 400,
        code: 'INVALID_CHARACTER',
        field: /^q$/,
      },
      {
        name: 'NUL in a path segment (the avatar key reached PostgreSQL)',
        endpoint: 'GET one record by id',
        path: () => '/api/avatars/%00',
        status: 400,
        code: 'INVALID_CHARACTER',
        field: /^path$/,
      },
      {
        name: 'an id filter above 2,147,483,647 (500 on PostgreSQL)',
        endpoint: 'GET /api/officers',
        path: () => '/api/officers',
        query: 'unitId=2147483648',
        status: 400,
        code: 'INVALID_FILTER',
        field: /^unitId$/,
      },
      {
        name: 'a body id above 2,147,483,647 (500 on PostgreSQL)',
        endpoint: 'POST /api/reminders',
        path: () => '/api/reminders',
        body: obj({ campaignId: 2_147_483_648 }),
        status: 400,
        code: 'TOO_LARGE',
        field: /^campaignId$/,
      },
      {
        name: 'a version of 2^53 + 1 (500 on PostgreSQL)',
        endpoint: 'PATCH /api/me/profile',
        path: () => '/api/me/profile',
        body: obj({ version: new RawJson('9007199254740993'), fullName: 'Nguyễn Thị Hoa' }),
        status: 400,
        code: 'TOO_LARGE',
        field: /^version$/,
      },
    ];

    it.each(regressions)('$name', async ({ endpoint: name, path, body, query, status, code, field }) => {
      const endpoint = ENDPOINTS.find((e) => e.name === name);
      if (!endpoint) throw new Error(`no endpoint ${name}`);
      const res = await exercise(
        endpoint,
        path(ctx),
        body === undefined ? undefined : jsonBody(body),
        query === undefined ? undefined : { kind: 'raw', text: query },
      );
      expect(res.status).toBe(status);
      const answer = res.body as { code: string; errors?: { field: string; code: string }[] };
      if (field)
        expect(answer.errors).toContainEqual(expect.objectContaining({ field: expect.stringMatching(field), code }));
      else expect(answer.code).toBe(code);
    });
  });

  it(`sent at least ${MIN_REQUESTS} generated requests and left every prototype clean`, () => {
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(prototypeKeys()).toEqual(cleanPrototypes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  // Issue 21: a client generating requests from /api/docs-json must find every answer the fuzzer met described there.
  it('lists in /api/docs-json every status the fuzzer met, each answer in its documented shape', async () => {
    expect(answers.problems(await fetchDescription(t))).toEqual([]);
  });
});
