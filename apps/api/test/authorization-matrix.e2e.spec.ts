import { METHODS } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { IMPORT_COLUMNS } from '../src/officers/import/import-columns';
import { bearer, binaryBody, createTestApp, TestApp } from '../src/testing/test-app';
import { AnswerLog, fetchDescription } from './support/api-description';
import {
  AuthorizationFixture,
  buildAuthorizationFixture,
  Caller,
  CALLERS,
  Side,
} from './support/authorization-fixture';
import { api } from '../src/testing/api-client';

/**
 * Issue 9: every route the application answers, called by every kind of caller against records inside and
 * outside unit A, compared with one declared row of outcomes per route and target.
 *
 * A cell is what the caller must get:
 * - `ok`      the call reached the handler: the route's own success status (or, for a deliberately empty body,
 *             the handler's validation 400 — guards run before pipes, so a 400 proves every guard let it pass);
 * - `401`     refused for want of a valid token (code UNAUTHENTICATED);
 * - `403`     refused by role or scope (ROLE_REQUIRED, OUT_OF_SCOPE, ADMIN_ACCOUNT_PROTECTED, CANNOT_GRANT_ADMIN);
 * - `404`     a personal resource of someone else, answered exactly like one that does not exist;
 * - `refused` the route's own refusal of the out-of-scope part (an import row), with nothing written.
 * Every refused call is checked to have changed nothing, and where the route names a record, to be answered
 * exactly as the same call aimed at a record that does not exist (so a refusal never confirms existence).
 */

type Cell = 'ok' | '401' | '403' | '404' | 'refused';
/** One cell per caller, in the order of CALLERS: anonymous, officer, supervisorA, unitAdminA, admin. */
type Row = `${Cell} ${Cell} ${Cell} ${Cell} ${Cell}`;
/** `none`: the route acts on the caller or on nothing in particular; `own` / `other`: the caller's or someone else's. */
type Target = 'none' | 'own' | 'other' | Side;

interface Call {
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: object;
  file?: { name: string; content: Buffer };
}

interface Prepared extends Call {
  /** What a refused call must leave untouched, read before and after it. */
  state?: () => Promise<unknown>;
  /** The same call aimed at a record that does not exist. */
  missing?: Call;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer of the API (or a Buffer for files), read field by field
type Json = any;

interface Proof {
  status: number;
  code?: string;
  check?: (body: Json) => boolean;
}

interface RouteSpec {
  expect: Partial<Record<Target, Row>>;
  ok: number | Proof;
  refused?: Proof;
  prepare?: (c: { caller: Caller; target: Target }) => Promise<Prepared> | Prepared;
}

interface Answer {
  status: number;
  body: Json;
}

let t: TestApp;
let fx: AuthorizationFixture;
const answers = new AnswerLog();

const NO_SUCH_ID = 999_999_999;
const VALIDATION: Proof = { status: 400, code: 'VALIDATION_FAILED' };
const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const side = (target: Target): Side => (target === 'outside' ? 'outside' : 'inside');
const idOf = (caller: Caller) => (caller === 'anonymous' ? fx.officerOf.inside : fx.callerId[caller]);
const versionOf = async (table: 'officers' | 'units' | 'campaigns', id: number) =>
  Number((await fx.one(`SELECT version FROM ${table} WHERE id = ?`, [id])).version);
const count = async (sql: string, params: unknown[]) =>
  Number((await fx.one(`SELECT COUNT(*) AS n FROM ${sql}`, params)).n);
const officer = (target: Target): Prepared => ({
  params: { id: fx.officerOf[side(target)] },
  state: () => fx.officerState(fx.officerOf[side(target)]),
  missing: { params: { id: NO_SUCH_ID } },
});
const disposable = async (target: Target, status?: 'locked' | 'disabled'): Promise<Prepared> => {
  const id = await fx.disposableOfficer(side(target), status);
  return { params: { id }, state: () => fx.officerState(id), missing: { params: { id: NO_SUCH_ID } } };
};
const freshCampaign = async (target: Target, status: 'draft' | 'active'): Promise<Prepared> => {
  const id = await fx.campaign(side(target), status);
  return {
    params: { id },
    state: () => fx.row('SELECT status, version FROM campaigns WHERE id = ?', [id]),
    missing: { params: { id: NO_SUCH_ID } },
  };
};
const compliance = (target: Target): Prepared => ({
  query: { campaignId: fx.provinceCampaign, unitId: target === 'inside' ? fx.units.a : fx.units.outside },
  missing: { query: { campaignId: fx.provinceCampaign, unitId: NO_SUCH_ID } },
});
const importFile = (username: string, unitCode: string) => ({
  name: 'can-bo.csv',
  content: Buffer.from(
    `${IMPORT_COLUMNS.map((c) => c.header).join(',')}\n${username},Phan Văn Nhập,,,,,,${unitCode},Cán bộ\n`,
    'utf8',
  ),
});

// prettier-ignore
const TABLE: Record<string, RouteSpec> = {
  //                                                   anonymous officer supervisorA unitAdminA admin
  // --- sign-in (public: the handler answers everyone) --------------------------------------------------
  'POST /api/auth/login':                  { expect: { none: 'ok ok ok ok ok' }, ok: VALIDATION },
  'POST /api/auth/otp':                    { expect: { none: 'ok ok ok ok ok' }, ok: VALIDATION },
  'POST /api/auth/refresh':                { expect: { none: 'ok ok ok ok ok' }, ok: { status: 401, code: 'SESSION_EXPIRED' } },
  'POST /api/auth/logout':                 { expect: { none: 'ok ok ok ok ok' }, ok: 204 },
  'POST /api/auth/activate':               { expect: { none: 'ok ok ok ok ok' }, ok: VALIDATION },
  'GET /api/health':                       { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  // The API description: every route it lists still needs its token.
  'GET /api/docs':                         { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  'GET /api/docs/':                        { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  'GET /api/docs/index.html':              { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  // Registered by Swagger UI only to answer 404 to everyone (so swagger-ui-dist's own file is never served).
  'GET /api/docs/LICENSE':                 { expect: { none: 'ok ok ok ok ok' }, ok: { status: 404, code: 'NOT_FOUND' } },
  'GET /api/docs/swagger-ui-init.js':      { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  'GET /api/docs/docs/swagger-ui-init.js': { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  'GET /api/docs-json':                    { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  'GET /api/docs-yaml':                    { expect: { none: 'ok ok ok ok ok' }, ok: 200 },
  // An avatar's URL is random per upload and handed only to whoever may see the profile: the URL is the permission.
  'GET /api/avatars/:key': { expect: { inside: 'ok ok ok ok ok', outside: 'ok ok ok ok ok' }, ok: 200, prepare: ({ target }) => ({ params: { key: fx.avatarKeyOf[side(target)] } }) },

  // --- the caller's own account and record: every signed-in caller, never anyone else's --------------
  'GET /api/auth/me':                      { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'POST /api/auth/change-password':        { expect: { none: '401 ok ok ok ok' }, ok: VALIDATION },
  'POST /api/me/2fa/setup':                { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'POST /api/me/2fa/enable':               { expect: { none: '401 ok ok ok ok' }, ok: VALIDATION },
  'POST /api/me/2fa/disable':              { expect: { none: '401 ok ok ok ok' }, ok: VALIDATION },
  'GET /api/me/logins':                    { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'GET /api/me/audit':                     { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'GET /api/me/profile':                   { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'PATCH /api/me/profile': {
    expect: { none: '401 ok ok ok ok' }, ok: 200,
    prepare: async ({ caller }) => ({ body: { version: await versionOf('officers', idOf(caller)) } }),
  },
  'POST /api/me/profile/confirm':          { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'PUT /api/me/avatar':                    { expect: { none: '401 ok ok ok ok' }, ok: { status: 400, code: 'VALIDATION_FAILED', check: (b) => b.errors?.[0]?.code === 'AVATAR_MISSING' } },
  'DELETE /api/me/avatar':                 { expect: { none: '401 ok ok ok ok' }, ok: 204 },
  'GET /api/me/notifications':             { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'GET /api/me/notifications/unread-count': { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'POST /api/me/notifications/read-all':   { expect: { none: '401 ok ok ok ok' }, ok: 204 },
  // Even an admin marks only their own notifications: someone else's is "not found", like one that does not exist.
  'POST /api/me/notifications/:id/read': {
    expect: { own: '401 ok ok ok ok', inside: '401 404 404 404 404', outside: '401 404 404 404 404' }, ok: 204,
    prepare: async ({ caller, target }) => {
      const id = await fx.notificationFor(target === 'own' ? idOf(caller) : fx.officerOf[side(target)]);
      return { params: { id }, state: () => fx.row('SELECT read_at FROM notifications WHERE id = ?', [id]), missing: { params: { id: NO_SUCH_ID } } };
    },
  },

  // --- the unit tree: the province's organisation chart, readable by every signed-in officer; changed by admins
  'GET /api/units':                        { expect: { none: '401 ok ok ok ok' }, ok: 200 },
  'GET /api/units/:id': { expect: { inside: '401 ok ok ok ok', outside: '401 ok ok ok ok' }, ok: 200, prepare: ({ target }) => ({ params: { id: fx.unitOf[side(target)] } }) },
  'POST /api/units': {
    expect: { inside: '401 403 403 403 ok', outside: '401 403 403 403 ok' }, ok: 201,
    prepare: ({ target }) => {
      const code = fx.unique('MOI-');
      return { body: { code, name: 'Tổ công tác mới', kind: 'office', parentId: target === 'inside' ? fx.units.a : fx.units.outside }, state: () => count('units WHERE code = ?', [code]) };
    },
  },
  'PATCH /api/units/:id': {
    expect: { inside: '401 403 403 403 ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: async ({ target }) => {
      const id = fx.unitOf[side(target)];
      const state = () => fx.one('SELECT name, parent_id, version FROM units WHERE id = ?', [id]);
      const { name, version } = await state();
      return { params: { id }, body: { version: Number(version), name }, state, missing: { params: { id: NO_SUCH_ID } } };
    },
  },
  'DELETE /api/units/:id': {
    expect: { inside: '401 403 403 403 ok', outside: '401 403 403 403 ok' }, ok: 204,
    prepare: async ({ target }) => {
      const id = await fx.emptyUnit(side(target));
      return { params: { id }, state: () => count('units WHERE id = ?', [id]), missing: { params: { id: NO_SUCH_ID } } };
    },
  },

  // --- province-wide trails: admins only ---------------------------------------------------------------
  'GET /api/audit':                        { expect: { none: '401 403 403 403 ok' }, ok: 200 },
  'GET /api/audit/export':                 { expect: { none: '401 403 403 403 ok' }, ok: 200, prepare: () => ({ query: { format: 'csv' } }) },
  'GET /api/login-events':                 { expect: { none: '401 403 403 403 ok' }, ok: 200 },
  'GET /api/outbox':                       { expect: { none: '401 403 403 403 ok' }, ok: 200 },
  'POST /api/outbox/:id/retry': {
    expect: { none: '401 403 403 403 ok' }, ok: 200,
    prepare: async () => {
      const id = await fx.failedEmail(fx.officerOf.inside);
      return { params: { id }, state: () => fx.row('SELECT status, next_attempt_at FROM email_outbox WHERE id = ?', [id]), missing: { params: { id: NO_SUCH_ID } } };
    },
  },

  // --- officers' records: supervisors read and verify inside their subtree, admins everywhere ------------
  'GET /api/officers/:id/profile':         { expect: { inside: '401 403 ok ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => officer(target) },
  // The record is the officer's own declaration: only an admin corrects it on their behalf (audited).
  'PATCH /api/officers/:id/profile': {
    expect: { inside: '401 403 403 403 ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: async ({ target }) => ({ ...officer(target), body: { version: await versionOf('officers', fx.officerOf[side(target)]) } }),
  },
  // Verification is the supervisor's act of leadership, not account administration: unit admins do not verify.
  'POST /api/officers/:id/verify':         { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => officer(target) },
  'POST /api/officers/:id/unverify':       { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => officer(target) },
  'POST /api/officers/:id/send-back':      { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => ({ ...officer(target), body: { reason: 'Đề nghị bổ sung ảnh đại diện rõ mặt.' } }) },

  // --- accounts: read by supervisors, managed by unit admins inside their subtree, admins everywhere ------
  'GET /api/officers':                     { expect: { none: '401 403 ok ok ok' }, ok: 200 },
  'GET /api/officers/export': {
    expect: { inside: '401 403 ok ok ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: ({ target }) => ({ query: { format: 'csv', unitId: fx.unitOf[side(target)] }, missing: { query: { format: 'csv', unitId: NO_SUCH_ID } } }),
  },
  // One officer's history: whoever reads that officer's record (supervisors included), within their subtree.
  'GET /api/officers/:id/audit':           { expect: { inside: '401 403 ok ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => officer(target) },
  'GET /api/officers/:id':                 { expect: { inside: '401 403 ok ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => officer(target) },
  'POST /api/officers': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 201,
    prepare: ({ target }) => {
      const username = fx.unique('moi.');
      const body = { username, fullName: 'Lò Văn Mới', unitId: fx.unitOf[side(target)], roles: ['officer'] };
      return { body, state: () => count('officers WHERE username = ?', [username]), missing: { body: { ...body, unitId: NO_SUCH_ID } } };
    },
  },
  'PATCH /api/officers/:id': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: async ({ target }) => {
      const { full_name, version } = (await fx.officerState(fx.officerOf[side(target)])) as { full_name: string; version: number };
      return { ...officer(target), body: { version: Number(version), fullName: full_name } };
    },
  },
  'POST /api/officers/bulk': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: async ({ target }) => {
      const id = await fx.disposableOfficer(side(target));
      return { body: { action: 'lock', ids: [id] }, state: () => fx.officerState(id), missing: { body: { action: 'lock', ids: [NO_SUCH_ID] } } };
    },
  },
  'POST /api/officers/:id/reset':          { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: async ({ target }) => ({ ...(await disposable(target)), body: {} }) },
  'POST /api/officers/:id/lock':           { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => disposable(target) },
  'POST /api/officers/:id/unlock':         { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => disposable(target, 'locked') },
  'POST /api/officers/:id/disable':        { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => disposable(target) },
  'POST /api/officers/:id/enable':         { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => disposable(target, 'disabled') },

  // --- imports: unit admins inside their subtree; an out-of-scope row is refused in the report, nothing written
  'GET /api/officers/import/template':     { expect: { none: '401 403 403 ok ok' }, ok: 200 },
  'POST /api/officers/import': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 refused ok' }, ok: 200,
    refused: { status: 400, code: 'IMPORT_HAS_ERRORS', check: (b) => b.report?.errors?.some((e: { field: string; code: string }) => e.field === 'unitCode' && e.code === 'OUT_OF_SCOPE') },
    prepare: ({ target }) => {
      const username = fx.unique('nhap.');
      return { query: { mode: 'commit' }, file: importFile(username, fx.unitCodeOf[side(target)]), state: () => count('officers WHERE username = ?', [username]) };
    },
  },
  // The dry run as a workbook: the same checks as POST /api/officers/import (an out-of-scope row is an error in it).
  'POST /api/officers/import/report':     { expect: { none: '401 403 403 ok ok' }, ok: VALIDATION },
  // The one-time activation-code sheet belongs to whoever ran the import; another admin's is "not found".
  'GET /api/officers/import/batches/:batchId/activation-codes': {
    expect: { own: '401 403 403 ok ok', other: '401 403 403 404 404' }, ok: 200,
    prepare: async ({ caller, target }) => {
      const batchId = await fx.importBatch(target === 'own' && caller !== 'anonymous' ? fx.callerId[caller] : fx.adminInA);
      return { params: { batchId }, state: () => fx.row('SELECT codes_encrypted, downloaded_at FROM import_batches WHERE id = ?', [batchId]), missing: { params: { batchId: '00000000-0000-4000-8000-000000000000' } } };
    },
  },

  // --- campaigns: followed by supervisors (campaign definitions are province policy), changed by admins and
  //     by the unit admins of the owning subtree -------------------------------------------------------
  'GET /api/campaigns':                    { expect: { none: '401 403 ok ok ok' }, ok: 200 },
  'GET /api/campaigns/:id': {
    expect: { inside: '401 403 ok ok ok', outside: '401 403 ok 403 ok' }, ok: 200,
    prepare: ({ target }) => ({ params: { id: fx.draftOf[side(target)] }, missing: { params: { id: NO_SUCH_ID } } }),
  },
  'POST /api/campaigns/preview': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: ({ target }) => ({ body: { targets: [{ unitId: fx.unitOf[side(target)] }] }, missing: { body: { targets: [{ unitId: NO_SUCH_ID }] } } }),
  },
  'POST /api/campaigns': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 201,
    prepare: ({ target }) => {
      const name = fx.unique('Đợt mới ');
      const body = { name, startsAt: iso(-1), deadlineAt: iso(20), requiredItems: ['phone'], targets: [{ unitId: fx.unitOf[side(target)] }] };
      return { body, state: () => count('campaigns WHERE name = ?', [name]), missing: { body: { ...body, targets: [{ unitId: NO_SUCH_ID }] } } };
    },
  },
  'PATCH /api/campaigns/:id': {
    expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: async ({ target }) => {
      const id = fx.draftOf[side(target)];
      const state = () => fx.one('SELECT name, status, version FROM campaigns WHERE id = ?', [id]);
      const { name, version } = await state();
      return { params: { id }, body: { version: Number(version), name }, state, missing: { params: { id: NO_SUCH_ID } } };
    },
  },
  'POST /api/campaigns/:id/activate':      { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => freshCampaign(target, 'draft') },
  'POST /api/campaigns/:id/close':         { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => freshCampaign(target, 'active') },
  'DELETE /api/campaigns/:id':             { expect: { inside: '401 403 403 ok ok', outside: '401 403 403 403 ok' }, ok: 204, prepare: ({ target }) => freshCampaign(target, 'draft') },

  // --- compliance of a unit's subtree and reminders to its officers: the three overseeing roles, scoped ----
  // The province campaign is not a unit admin's to read (GET /api/campaigns/:id is 403), so neither is its compliance.
  'GET /api/compliance/summary':           { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => compliance(target) },
  'GET /api/compliance/export':            { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => compliance(target) },
  'GET /api/compliance/officers':          { expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200, prepare: ({ target }) => compliance(target) },
  // Reminding through the province campaign is as much out of a unit admin's reach as reading it.
  'POST /api/reminders': {
    expect: { inside: '401 403 ok 403 ok', outside: '401 403 403 403 ok' }, ok: 200,
    prepare: ({ target }) => {
      const id = fx.officerOf[side(target)];
      return {
        body: { campaignId: fx.provinceCampaign, officerIds: [id] },
        state: () => count('notifications WHERE officer_id = ?', [id]),
        missing: { body: { campaignId: fx.provinceCampaign, officerIds: [NO_SUCH_ID] } },
      };
    },
  },
};

const DENIALS: Record<string, { cell: Cell; codes: string[] }> = {
  401: { cell: '401', codes: ['UNAUTHENTICATED'] },
  403: { cell: '403', codes: ['ROLE_REQUIRED', 'OUT_OF_SCOPE', 'ADMIN_ACCOUNT_PROTECTED', 'CANNOT_GRANT_ADMIN'] },
  404: { cell: '404', codes: ['NOT_FOUND'] },
};

const proves = (proof: number | Proof, answer: Answer) => {
  const { status, code, check } = typeof proof === 'number' ? { status: proof } : proof;
  return (
    answer.status === status &&
    (code === undefined || answer.body?.code === code) &&
    (check === undefined || check(answer.body ?? {}))
  );
};

function classify(spec: RouteSpec, answer: Answer): string {
  if (proves(spec.ok, answer)) return 'ok';
  if (spec.refused && proves(spec.refused, answer)) return 'refused';
  const denial = DENIALS[answer.status];
  if (denial?.codes.includes(answer.body?.code)) return denial.cell;
  return `${answer.status}:${answer.body?.code ?? '-'}`;
}

/** The standard error shape with a Vietnamese message, as every refusal must have. */
const standardError = (answer: Answer) =>
  answer.body?.statusCode === answer.status &&
  typeof answer.body.code === 'string' &&
  typeof answer.body.message === 'string' &&
  /[\u0080-\uFFFF]/.test(answer.body.message);

async function send(method: string, path: string, caller: Caller, call: Call): Promise<Answer> {
  const url = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(call.params?.[name])));
  let req = t.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
  if (caller !== 'anonymous') req = req.set(fx.auth[caller]);
  if (call.query) req = req.query(call.query);
  if (call.file) req = req.attach('file', call.file.content, call.file.name);
  else if (call.body !== undefined) req = req.send(call.body);
  const res = await req.buffer(true).parse(binaryBody as never);
  const raw = res.body as Buffer;
  const json = /json/.test(String(res.headers['content-type'])) && raw.length > 0;
  const answer = { status: res.status, body: json ? JSON.parse(raw.toString('utf8')) : raw };
  // The probe of a path no route has is the router's 404, no operation's.
  if (`${method} ${path}` in TABLE)
    answers.record({ method, route: path, status: answer.status, body: json ? answer.body : undefined });
  return answer;
}

/** Every route the HTTP server answers, read from the Express router Nest filled (global prefix included). */
function discoverRoutes(): { routes: string[]; middlewareMounts: string[]; subRouters: number } {
  const everyMethod = METHODS.map((m) => m.toLowerCase());
  const stack = t.app.getHttpAdapter().getInstance().router.stack as {
    route?: { path: string; methods: Record<string, boolean> };
    handle: { stack?: unknown[] };
  }[];
  const routes: string[] = [];
  const middlewareMounts: string[] = [];
  let subRouters = 0;
  for (const layer of stack) {
    if (!layer.route) {
      if (Array.isArray(layer.handle.stack)) subRouters++;
      continue;
    }
    const { path, methods: answered } = layer.route;
    const methods = Object.keys(answered).filter((m) => answered[m]);
    // Nest mounts `forRoutes('*')` middleware (pino-http) as an every-method route on the prefix; it only calls next().
    if (everyMethod.every((m) => methods.includes(m)) && ['/api', '/api/{*path}'].includes(path))
      middlewareMounts.push(path);
    else for (const method of methods) routes.push(`${method === '_all' ? 'ALL' : method.toUpperCase()} ${path}`);
  }
  return { routes, middlewareMounts, subRouters };
}

describe('the authorization matrix (issue 9)', () => {
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '10000', REQUIRE_ADMIN_2FA: 'true' } });
    fx = await buildAuthorizationFixture(t);
  });
  afterAll(() => t?.close());

  it('declares every route the application answers, and no route it does not', () => {
    const { routes, subRouters } = discoverRoutes();
    expect(routes.length).toBeGreaterThan(60);
    expect(subRouters).toBe(0);
    expect({
      undeclared: routes.filter((route) => !(route in TABLE)),
      stale: Object.keys(TABLE).filter((route) => !routes.includes(route)),
    }).toEqual({ undeclared: [], stale: [] });
  });

  it('lets the catch-all middleware mounts pass through: an undeclared path is a 404 for every caller and method', async () => {
    expect(discoverRoutes().middlewareMounts.length).toBeGreaterThan(0);
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const caller of ['anonymous', 'admin'] as const) {
        const answer = await send(method, '/api/khong-co-tuyen-nay', caller, {});
        expect({ method, caller, status: answer.status, code: answer.body.code }).toEqual({
          method,
          caller,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
    }
  });

  it.each(Object.keys(TABLE))('%s', async (route) => {
    const spec = TABLE[route];
    const [method, path] = route.split(' ');
    const actual: Partial<Record<Target, string>> = {};
    const problems: string[] = [];
    for (const [target, row] of Object.entries(spec.expect) as [Target, Row][]) {
      const expected = row.split(' ');
      const cells: string[] = [];
      for (const [i, caller] of CALLERS.entries()) {
        const prepared = (await spec.prepare?.({ caller, target })) ?? {};
        const before = await prepared.state?.();
        const answer = await send(method, path, caller, prepared);
        cells.push(classify(spec, answer));
        if (expected[i] === 'ok') continue;
        const where = `${caller} → ${target}`;
        if (!standardError(answer))
          problems.push(`${where}: refusal not in the standard shape: ${JSON.stringify(answer.body)}`);
        if (prepared.state) {
          const after = await prepared.state();
          if (!isDeepStrictEqual(after, before))
            problems.push(`${where}: refused call changed ${JSON.stringify(before)} into ${JSON.stringify(after)}`);
        }
        if (prepared.missing) {
          const ghost = await send(method, path, caller, { ...prepared, ...prepared.missing });
          if (ghost.status !== answer.status || !isDeepStrictEqual(ghost.body, answer.body)) {
            problems.push(
              `${where}: answered ${answer.status} ${JSON.stringify(answer.body)} but a missing record ${ghost.status} ${JSON.stringify(ghost.body)}`,
            );
          }
        }
      }
      actual[target] = cells.join(' ');
    }
    expect({ outcomes: actual, problems }).toEqual({ outcomes: spec.expect, problems: [] });
  });

  describe('no officer reaches another officer’s data', () => {
    const mine = () => fx.callerId.officer;
    const other = () => fx.officerOf.inside;
    const asOfficer = (method: string, path: string, call: Call = {}) => send(method, path, 'officer', call);

    it('reads only their own record, sign-in history, audit trail and notifications, whatever filter they try', async () => {
      expect((await asOfficer('GET', '/api/me/profile')).body.id).toBe(mine());

      const logins = await asOfficer('GET', '/api/me/logins', { query: { perPage: 100 } });
      expect(logins.body.total).toBe(await count('login_events WHERE officer_id = ?', [mine()]));
      expect(await count('login_events WHERE officer_id <> ?', [mine()])).toBeGreaterThan(0);

      const audit = await asOfficer('GET', '/api/me/audit', { query: { perPage: 100 } });
      expect(audit.body.data.length).toBeGreaterThan(0);
      expect(
        audit.body.data.filter(
          (e: { targetType: string; targetId: number }) => e.targetType !== 'officer' || e.targetId !== mine(),
        ),
      ).toEqual([]);
      expect(await count("audit_entries WHERE target_type = 'officer' AND target_id = ?", [other()])).toBeGreaterThan(
        0,
      );

      const notifications = await asOfficer('GET', '/api/me/notifications', { query: { perPage: 100 } });
      expect(notifications.body.data.filter((n: { officerId: number }) => n.officerId !== mine())).toEqual([]);
      expect(await count('notifications WHERE officer_id = ?', [other()])).toBeGreaterThan(0);

      const aimedElsewhere: [string, Record<string, string | number>][] = [
        ['/api/me/logins', { officerId: other() }],
        ['/api/me/logins', { username: 'noi.bo' }],
        ['/api/me/audit', { targetId: other() }],
        ['/api/me/audit', { actorId: fx.callerId.admin }],
        ['/api/me/audit', { targetType: 'unit' }],
        ['/api/me/notifications', { officerId: other() }],
      ];
      for (const [path, query] of aimedElsewhere) {
        const answer = await asOfficer('GET', path, { query });
        expect({ path, query, status: answer.status, code: answer.body.errors?.[0]?.code }).toEqual({
          path,
          query,
          status: 400,
          code: 'FILTER_NOT_ALLOWED',
        });
      }
    });

    it('marks, removes and edits only their own things: another officer’s notifications, avatar and record stay as they were', async () => {
      const before = await fx.officerState(other());
      const unreadOf = (id: number) => count('notifications WHERE officer_id = ? AND read_at IS NULL', [id]);
      const otherUnread = await unreadOf(other());
      expect(otherUnread).toBeGreaterThan(0);
      await fx.notificationFor(mine());

      expect((await asOfficer('POST', '/api/me/notifications/read-all')).status).toBe(204);
      expect(await unreadOf(mine())).toBe(0);
      expect(await unreadOf(other())).toBe(otherUnread);

      expect((await asOfficer('DELETE', '/api/me/avatar')).status).toBe(204);
      expect(
        (await send('GET', '/api/avatars/:key', 'anonymous', { params: { key: fx.avatarKeyOf.inside } })).status,
      ).toBe(200);

      // The profile PATCH names no officer, unit or role: any attempt to aim it elsewhere is an unknown field.
      const version = await versionOf('officers', mine());
      for (const aim of [
        { id: other() },
        { officerId: other() },
        { username: 'noi.bo' },
        { unitId: fx.units.outside },
        { roles: ['admin'] },
      ]) {
        const answer = await asOfficer('PATCH', '/api/me/profile', {
          body: { version, address: 'Số 9 phố Mạo Danh', ...aim },
        });
        expect({
          aim,
          status: answer.status,
          fields: answer.body.errors?.map((e: { field: string }) => e.field),
        }).toEqual({ aim, status: 400, fields: Object.keys(aim) });
      }
      expect(await versionOf('officers', mine())).toBe(version);
      expect(await fx.officerState(other())).toEqual(before);
    });
  });

  describe('a supervisor or unit admin of unit A stays inside its subtree', () => {
    const scoped = ['supervisorA', 'unitAdminA'] as const;
    const subtreeUnits = async () => {
      const { path } = await fx.one('SELECT path FROM units WHERE id = ?', [fx.units.a]);
      const units: { id: number; path: string }[] = await t.dataSource.query('SELECT id, path FROM units');
      return units.filter((u) => u.path.startsWith(String(path))).map((u) => Number(u.id));
    };

    it('lists, exports and reports only the officers of the subtree', async () => {
      const inA = await subtreeUnits();
      const campaignOfA = await fx.campaign('inside', 'active');
      for (const caller of scoped) {
        const list = await send('GET', '/api/officers', caller, { query: { perPage: 100 } });
        const ids = list.body.data.map((o: { id: number }) => o.id);
        expect(ids).toContain(fx.officerOf.inside);
        expect(ids).not.toContain(fx.officerOf.outside);
        expect(list.body.data.filter((o: { unitId: number }) => !inA.includes(o.unitId))).toEqual([]);
        expect((await send('GET', '/api/officers', caller, { query: { id: fx.officerOf.outside } })).body.data).toEqual(
          [],
        );

        const csv = (await send('GET', '/api/officers/export', caller, { query: { format: 'csv' } })).body.toString(
          'utf8',
        );
        expect(csv).toContain('Trịnh Văn Bình');
        expect(csv).not.toContain('Nguyễn Thị Hoa');

        const report = await send('GET', '/api/compliance/officers', caller, {
          query: { campaignId: campaignOfA, perPage: 100 },
        });
        expect(report.body.data.map((o: { id: number }) => o.id)).toContain(fx.officerOf.inside);
        expect(report.body.data.filter((o: { unitId: number }) => !inA.includes(o.unitId))).toEqual([]);
        expect(
          (await send('GET', '/api/compliance/summary', caller, { query: { campaignId: campaignOfA } })).body.unit.id,
        ).toBe(fx.units.a);
      }
      const campaigns = (await send('GET', '/api/campaigns', 'unitAdminA', { query: { perPage: 100 } })).body.data.map(
        (c: { id: number }) => c.id,
      );
      expect(campaigns).toContain(fx.draftOf.inside);
      expect(campaigns).not.toContain(fx.draftOf.outside);
    });

    it('never lets a unit admin move an officer out, grant admin, or touch an admin account, even inside the subtree', async () => {
      const insider = fx.officerOf.inside;
      const before = await fx.officerState(insider);
      const version = Number(before.version);
      const attempts: [string, string, Call, string][] = [
        [
          'PATCH',
          '/api/officers/:id',
          { params: { id: insider }, body: { version, unitId: fx.units.outside } },
          'OUT_OF_SCOPE',
        ],
        [
          'POST',
          '/api/officers/bulk',
          { body: { action: 'move', ids: [insider], unitId: fx.units.outside } },
          'OUT_OF_SCOPE',
        ],
        [
          'PATCH',
          '/api/officers/:id',
          { params: { id: insider }, body: { version, roles: ['admin', 'officer'] } },
          'CANNOT_GRANT_ADMIN',
        ],
        [
          'POST',
          '/api/officers',
          { body: { username: 'muon.lam.qtv', fullName: 'Hà Văn Muốn', unitId: fx.units.a, roles: ['admin'] } },
          'CANNOT_GRANT_ADMIN',
        ],
      ];
      const adminBefore = await fx.officerState(fx.adminInA);
      const adminVersion = Number(adminBefore.version);
      for (const action of ['lock', 'disable', 'reset'])
        attempts.push([
          'POST',
          `/api/officers/:id/${action}`,
          { params: { id: fx.adminInA }, body: {} },
          'ADMIN_ACCOUNT_PROTECTED',
        ]);
      attempts.push([
        'PATCH',
        '/api/officers/:id',
        { params: { id: fx.adminInA }, body: { version: adminVersion, fullName: 'Lý Thị Đổi' } },
        'ADMIN_ACCOUNT_PROTECTED',
      ]);
      attempts.push([
        'POST',
        '/api/officers/bulk',
        { body: { action: 'lock', ids: [fx.adminInA] } },
        'ADMIN_ACCOUNT_PROTECTED',
      ]);
      for (const [method, path, call, code] of attempts) {
        const answer = await send(method, path, 'unitAdminA', call);
        expect({ method, path, status: answer.status, code: answer.body.code }).toEqual({
          method,
          path,
          status: 403,
          code,
        });
      }
      expect(await fx.officerState(insider)).toEqual(before);
      expect(await fx.officerState(fx.adminInA)).toEqual(adminBefore);
      expect(await count('officers WHERE username = ?', ['muon.lam.qtv'])).toBe(0);
      // Reading the admin account of the subtree is fine; the same account is simply not theirs to change.
      expect((await send('GET', '/api/officers/:id', 'unitAdminA', { params: { id: fx.adminInA } })).status).toBe(200);
    });

    it('keeps the targets of a unit admin’s own campaign inside the subtree', async () => {
      const id = fx.draftOf.inside;
      const before = await send('GET', '/api/campaigns/:id', 'unitAdminA', { params: { id } });
      const answer = await send('PATCH', '/api/campaigns/:id', 'unitAdminA', {
        params: { id },
        body: { version: before.body.version, targets: [{ unitId: fx.units.outside }] },
      });
      expect([answer.status, answer.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
      expect((await send('GET', '/api/campaigns/:id', 'unitAdminA', { params: { id } })).body).toEqual(before.body);
    });

    it('refuses an import row that would change an account outside the subtree, and writes nothing', async () => {
      const before = await fx.officerState(fx.officerOf.outside);
      const answer = await send('POST', '/api/officers/import', 'unitAdminA', {
        query: { mode: 'commit' },
        file: importFile('officer', fx.unitCodeOf.inside),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('IMPORT_HAS_ERRORS');
      expect(answer.body.report.errors).toEqual([expect.objectContaining({ field: 'unitCode', code: 'OUT_OF_SCOPE' })]);
      expect(await fx.officerState(fx.officerOf.outside)).toEqual(before);
    });

    it('refuses an import row that would rename, move or strip the admin account inside the subtree', async () => {
      const before = await fx.officerState(fx.adminInA);
      const username = (await fx.row('SELECT username FROM officers WHERE id = ?', [fx.adminInA]))?.username;
      const answer = await send('POST', '/api/officers/import', 'unitAdminA', {
        query: { mode: 'commit' },
        file: importFile(String(username), fx.unitCodeOf.inside),
      });
      expect([answer.status, answer.body.code]).toEqual([400, 'IMPORT_HAS_ERRORS']);
      expect(answer.body.report.errors).toEqual([
        expect.objectContaining({ field: 'username', code: 'ADMIN_ACCOUNT_PROTECTED' }),
      ]);
      expect(await fx.officerState(fx.adminInA)).toEqual(before);
    });

    it('reminds nobody when one chosen officer is outside, nor anyone outside through a unit', async () => {
      const fresh = await fx.disposableOfficer('inside');
      const notes = (id: number) => count('notifications WHERE officer_id = ?', [id]);
      const outsideBefore = await notes(fx.officerOf.outside);
      for (const caller of scoped) {
        for (const body of [{ officerIds: [fresh, fx.officerOf.outside] }, { unitId: fx.units.outside }]) {
          const answer = await send('POST', '/api/reminders', caller, {
            body: { campaignId: fx.provinceCampaign, ...body },
          });
          expect({ caller, body, status: answer.status, code: answer.body.code }).toEqual({
            caller,
            body,
            status: 403,
            code: 'OUT_OF_SCOPE',
          });
        }
      }
      expect(await notes(fresh)).toBe(0);
      expect(await notes(fx.officerOf.outside)).toBe(outsideBefore);
      // The same officer alone is reminded: the refusal above was the outsider's doing.
      expect(
        (
          await send('POST', '/api/reminders', 'supervisorA', {
            body: { campaignId: fx.provinceCampaign, officerIds: [fresh] },
          })
        ).body,
      ).toEqual({ sent: 1, skipped: 0 });
      expect(await notes(fresh)).toBe(1);
    });
  });

  it('holds an officer who must change their password at the change: identity answers, nothing else does', async () => {
    const auth = await bearer(t, 'newofficer', 'DoiMatKhau@2026');
    expect((await api(t, auth).get('/api/auth/me')).status).toBe(200);
    for (const path of ['/api/me/profile', '/api/me/notifications', '/api/units']) {
      const res = await api(t, auth).get(path);
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 403,
        code: 'PASSWORD_CHANGE_REQUIRED',
      });
    }
  });
  // Issue 21: the description is checked against what the API really answered above, route by route.
  it('lists in /api/docs-json every status the matrix met, each answer in its documented shape', async () => {
    expect(answers.size).toBeGreaterThan(100);
    expect(answers.problems(await fetchDescription(t))).toEqual([]);
  });
});
