import { randomUUID } from 'node:crypto';
import type { Role } from '@motcua/domain';
import sharp from 'sharp';
import { AvatarService } from '../../src/profile/avatar.service';
import { EncryptionService } from '../../src/crypto/encryption.service';
import { ImportBatch } from '../../src/officers/import/import-batch.entity';
import { Notification, OutboxEmail } from '../../src/notifications/notification.entity';
import { OfficerRole } from '../../src/accounts/officer.entity';
import { placeholders } from '../../src/database/sql-values';
import { bearer, TestApp } from '../../src/testing/test-app';
import { api } from '../../src/testing/api-client';

/** Who calls: nobody, a plain officer of unit A, unit A's supervisor and unit admin, a province admin. */
export const CALLERS = ['anonymous', 'officer', 'supervisorA', 'unitAdminA', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;

/** Where the record a call touches sits: unit A's subtree or elsewhere in the province. */
export type Side = 'inside' | 'outside';

type Auth = { Authorization: string };

/**
 * The world of the authorization matrix, on top of the demo province. Unit A is "UBND phường Lào Cai"
 * (T15-X02647) with its child offices; "outside" is Sở Y tế (T15-SYT).
 *
 * - callers: `can.bo.a` (officer, T15-X02647-VP) and `giam.sat.a` (supervisor, T15-X02647), created and activated
 *   through the API, the demo `unitadmin` (T15-X02647) and the demo `admin` (T15-SNV, 2FA-exempt), each signed in once;
 * - target officers: `noi.bo` inside (T15-X02647-KT) and the demo `officer` outside (T15-SYT), both with an
 *   avatar, an unread notification and an audit entry; `qtv.a`, an admin account inside unit A;
 * - an active province-wide campaign (owned by the admin's unit, so outside A) and factories for fresh
 *   records a state-changing call may consume.
 */
export interface AuthorizationFixture {
  t: TestApp;
  auth: Record<SignedInCaller, Auth>;
  /** Officer id of each signed-in caller. */
  callerId: Record<SignedInCaller, number>;
  units: { root: number; a: number; aChild: number; outside: number };
  unitOf: Record<Side, number>;
  unitCodeOf: Record<Side, string>;
  officerOf: Record<Side, number>;
  /** An admin account inside unit A's subtree: unit admins must not touch it. */
  adminInA: number;
  avatarKeyOf: Record<Side, string>;
  /** Active, targets the whole province, owned by the admin's unit (outside A). */
  provinceCampaign: number;
  /** Drafts kept for reading and harmless edits: one owned by unit A, one owned outside it. */
  draftOf: Record<Side, number>;
  /** A name unique in this test file. */
  unique(prefix: string): string;
  /** A fresh account awaiting activation, or locked or disabled, made by the admin through the API. */
  disposableOfficer(side: Side, status?: 'locked' | 'disabled'): Promise<number>;
  /** A fresh campaign owned by unit A (created by its unit admin) or outside it (by the admin). */
  campaign(side: Side, status: 'draft' | 'active'): Promise<number>;
  /** A fresh unit without children or accounts, under unit A or under the outside unit. */
  emptyUnit(side: Side): Promise<number>;
  notificationFor(officerId: number): Promise<number>;
  failedEmail(officerId: number): Promise<number>;
  /** An import batch whose activation-code sheet has not been downloaded yet. */
  importBatch(createdBy: number): Promise<string>;
  /** Everything of an officer row a call might change, credentials and roles included. */
  officerState(id: number): Promise<Record<string, unknown>>;
  /** The first row of a query (placeholders `?` on both engines), or undefined. */
  row(sql: string, params: unknown[]): Promise<Record<string, unknown> | undefined>;
  /** The one row a query must find. */
  one(sql: string, params: unknown[]): Promise<Record<string, unknown>>;
}

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export async function buildAuthorizationFixture(t: TestApp): Promise<AuthorizationFixture> {
  const { dataSource } = t;
  const row = async (sql: string, params: unknown[]): Promise<Record<string, unknown> | undefined> =>
    ((await dataSource.query(placeholders(dataSource, sql), params)) as Record<string, unknown>[])[0];
  const one = async (sql: string, params: unknown[]) => {
    const found = await row(sql, params);
    if (!found) throw new Error(`fixture: no row for ${sql} ${JSON.stringify(params)}`);
    return found;
  };
  const unitId = async (code: string) => Number((await one('SELECT id FROM units WHERE code = ?', [code])).id);
  const officerId = async (username: string) =>
    Number((await one('SELECT id FROM officers WHERE username = ?', [username])).id);
  const unitCodeOf: Record<Side, string> = { inside: 'T15-X02647-KT', outside: 'T15-SYT' };
  const units = {
    root: await unitId('T15'),
    a: await unitId('T15-X02647'),
    aChild: await unitId(unitCodeOf.inside),
    outside: await unitId(unitCodeOf.outside),
  };
  const unitOf: Record<Side, number> = { inside: units.aChild, outside: units.outside };

  let sequence = 0;
  const unique = (prefix: string) => `${prefix}${++sequence}`;
  const expectStatus = (res: { status: number; body: unknown }, status: number, what: string) => {
    if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of the API's answers
  };

  const admin = await bearer(t, 'admin');
  const createOfficer = async (username: string, fullName: string, unit: number, roles: Role[]) =>
    expectStatus(
      await api(t, admin).post('/api/officers', { username, fullName, unitId: unit, roles }),
      201,
      `create ${username}`,
    ) as { officer: { id: number }; activationCode: string };
  // The accounts the demo lacks, created and activated as in real life; activation signs them in.
  const activated = async (username: string, fullName: string, unit: number, roles: Role[]) => {
    const { officer, activationCode } = await createOfficer(username, fullName, unit, roles);
    const session = expectStatus(
      await api(t)
        .post('/api/auth/activate')
        .send({ username, code: activationCode, newPassword: 'Phuong-LaoCai-2026' }),
      200,
      `activate ${username}`,
    );
    return { id: officer.id, auth: { Authorization: `Bearer ${session.accessToken}` } };
  };
  const officerA = await activated('can.bo.a', 'Đỗ Thị Lan', await unitId('T15-X02647-VP'), ['officer']);
  const supervisorA = await activated('giam.sat.a', 'Vũ Văn Hùng', units.a, ['supervisor', 'officer']);
  const auth: Record<SignedInCaller, Auth> = {
    officer: officerA.auth,
    supervisorA: supervisorA.auth,
    unitAdminA: await bearer(t, 'unitadmin'),
    admin,
  };
  const callerId: Record<SignedInCaller, number> = {
    officer: officerA.id,
    supervisorA: supervisorA.id,
    unitAdminA: await officerId('unitadmin'),
    admin: await officerId('admin'),
  };

  const officerOf: Record<Side, number> = {
    inside: (await createOfficer('noi.bo', 'Trịnh Văn Bình', units.aChild, ['officer'])).officer.id,
    outside: await officerId('officer'),
  };
  const adminInA = (await createOfficer('qtv.a', 'Lý Thị Quyên', units.a, ['admin', 'officer'])).officer.id;

  const notificationFor = async (officer: number) => {
    const result = await dataSource.manager.insert(Notification, {
      officerId: officer,
      kind: 'reminder',
      title: 'Nhắc nhở cập nhật hồ sơ',
      body: 'Vui lòng hoàn thiện hồ sơ.',
      campaignId: null,
    });
    return Number(result.identifiers[0].id);
  };
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 20, g: 120, b: 60 } } })
    .png()
    .toBuffer();
  const avatarKeyOf = {} as Record<Side, string>;
  for (const side of ['inside', 'outside'] as const) {
    const id = officerOf[side];
    const { avatarUrl } = await t.app.get(AvatarService).replace(id, png, { actorId: id, ip: null, requestId: null });
    avatarKeyOf[side] = avatarUrl.slice(avatarUrl.lastIndexOf('/') + 1);
    await notificationFor(id);
    // An audit entry about this officer, written by an admin correcting the record.
    const { version } = expectStatus(await api(t, auth.admin).get(`/api/officers/${id}/profile`), 200, 'read profile');
    expectStatus(
      await api(t, auth.admin).patch(`/api/officers/${id}/profile`).send({ version, address: 'Số 1 đường Hoàng Liên' }),
      200,
      'correct profile',
    );
  }

  const createCampaign = async (side: Side, targetUnit: number) =>
    Number(
      expectStatus(
        await api(t, side === 'inside' ? auth.unitAdminA : auth.admin)
          .post('/api/campaigns')
          .send({
            name: unique('Đợt cập nhật '),
            startsAt: iso(-1),
            deadlineAt: iso(30),
            requiredItems: ['phone'],
            targets: [{ unitId: targetUnit }],
          }),
        201,
        'create campaign',
      ).id,
    );
  const activate = async (side: Side, id: number) =>
    expectStatus(
      await api(t)
        .post(`/api/campaigns/${id}/activate`)
        .set(side === 'inside' ? auth.unitAdminA : auth.admin),
      200,
      'activate campaign',
    );
  const provinceCampaign = await createCampaign('outside', units.root);
  await activate('outside', provinceCampaign);
  const draftOf: Record<Side, number> = {
    inside: await createCampaign('inside', units.a),
    outside: await createCampaign('outside', units.outside),
  };

  return {
    t,
    auth,
    callerId,
    units,
    unitOf,
    unitCodeOf,
    officerOf,
    adminInA,
    avatarKeyOf,
    provinceCampaign,
    draftOf,
    unique,
    row,
    one,
    notificationFor,
    async disposableOfficer(side, status) {
      const { id } = (await createOfficer(unique('tam.'), 'Cao Văn Tạm', unitOf[side], ['officer'])).officer;
      if (status)
        expectStatus(
          await api(t)
            .post(`/api/officers/${id}/${status === 'locked' ? 'lock' : 'disable'}`)
            .set(admin),
          200,
          `${status} account`,
        );
      return id;
    },
    async campaign(side, status) {
      const id = await createCampaign(side, side === 'inside' ? units.a : units.outside);
      if (status === 'active') await activate(side, id);
      return id;
    },
    async emptyUnit(side) {
      const parentId = side === 'inside' ? units.a : units.outside;
      return Number(
        expectStatus(
          await api(t, auth.admin)
            .post('/api/units')
            .send({ code: unique('TAM-'), name: unique('Tổ công tác '), kind: 'office', parentId }),
          201,
          'create unit',
        ).id,
      );
    },
    async failedEmail(officer) {
      const result = await dataSource.manager.insert(OutboxEmail, {
        officerId: officer,
        toAddress: 'can.bo@laocai.gov.vn',
        subject: 'Nhắc nhở cập nhật hồ sơ',
        body: 'Vui lòng hoàn thiện hồ sơ.',
        status: 'failed',
        attempts: 5,
        nextAttemptAt: new Date(),
        lastError: 'Máy chủ thư không phản hồi',
      });
      return Number(result.identifiers[0].id);
    },
    async importBatch(createdBy) {
      const codes = [{ username: 'nhap.thu', fullName: 'Nhập Thử', unitName: 'Sở Y tế', code: 'ABCD-EFGH-JKLM' }];
      const id = randomUUID();
      await dataSource.manager.insert(ImportBatch, {
        id,
        createdBy,
        createdCount: 1,
        codesEncrypted: t.app.get(EncryptionService).encrypt(JSON.stringify(codes)),
      });
      return id;
    },
    async officerState(id) {
      const officer = await row(
        'SELECT username, full_name, unit_id, status, version, address, avatar_key, verified_at, verified_by, confirmed_at, password_hash, activation_code_hash, totp_enabled FROM officers WHERE id = ?',
        [id],
      );
      const roles = (await dataSource.manager.findBy(OfficerRole, { officerId: id })).map((r) => r.role).sort();
      return { ...officer, roles };
    },
  };
}
