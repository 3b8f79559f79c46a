import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildCitizenId } from '@motcua/domain';
import { sha256 } from '../src/auth/sessions.service';
import { EncryptionService } from '../src/crypto/encryption.service';
import { IMPORT_COLUMNS } from '../src/officers/import/import-columns';
import { asExcelInput, binaryBody, createTestApp, DEMO_PASSWORD, TestApp } from '../src/testing/test-app';
import {
  activate,
  Auth,
  authOf,
  createPendingOfficer,
  enrolTotp,
  login,
  loginWithSecondFactor,
  nextTotp,
  refreshCookieOf,
  refreshCookiePair,
  unitIdOf,
} from './support/account-journey';
import { captureOutput, Haystack, Secret } from './support/secret-haystack';

const PASSWORD = 'Bi-Mat#Khong-Ai-Biet-1';
const NEW_PASSWORD = 'Doi-Moi#Van-Bi-Mat-2';
const MISTYPED_PASSWORD = 'Go-Nham#Mat-Khau-3';
const IMPORTED_PASSWORD = 'Nhap-Tu-Excel#Bi-Mat-4';
const RECEIPT_PASSWORD = 'BienLai#HoaDon-Rieng-5';

const download = (req: ReturnType<ReturnType<TestApp['http']>['get']>) =>
  req
    .buffer(true)
    .parse(binaryBody as never)
    .expect(200);

async function importSheet(rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cán bộ');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('secrets across a whole journey: nothing a person can read holds a password, code, secret, token or hash', () => {
  let t: TestApp;
  const haystack = new Haystack();
  const secrets: Secret[] = [];
  let output: ReturnType<typeof captureOutput>;
  /** A secret that may appear only in the responses given (its one legitimate disclosure), or nowhere. */
  const secret = (name: string, value: string, ...disclosedIn: string[]) => {
    expect(value.length).toBeGreaterThanOrEqual(6);
    // Two sign-ins within one second get the same JWT (same claims, same iat): each answer disclosed it legitimately.
    const known = secrets.find((s) => s.value === value);
    if (known) known.disclosedIn.push(...disclosedIn);
    else secrets.push({ name, value, disclosedIn });
  };
  /** A code as shown (with dashes) and as an officer may type it (without). */
  const code = (name: string, value: string, disclosedIn: string) => {
    secret(name, value, disclosedIn);
    secrets.push({
      name: `${name} as typed`,
      value: value.replace(/-/g, ''),
      disclosedIn: [disclosedIn],
      variant: true,
    });
  };
  /** Every token a response handed out: the access token (and OTP step token) in its body, the refresh token in its cookie. */
  const tokensOf = (step: string, res: Parameters<Haystack['sourceOf']>[0]) => {
    const source = haystack.sourceOf(res);
    for (const key of ['accessToken', 'otpToken'] as const)
      if (res.body?.[key]) secret(`${key} (${step})`, res.body[key], source);
    if (refreshCookieOf(res)) secret(`refresh token (${step})`, refreshCookiePair(res).split('=')[1], source);
  };

  beforeAll(async () => {
    // Captured from before the app starts, at trace: the most the logger ever writes.
    output = captureOutput();
    t = await createTestApp({
      seed: true,
      env: { LOG_LEVEL: 'trace', LOGIN_RATE_LIMIT: '1000', PUBLIC_URL: 'https://motcua.laocai.gov.vn' },
    });
  });
  afterAll(async () => {
    output.restore();
    await t.close();
  });

  it('runs activation, sign-in with two factors, profile, password change, import, export, reminders and audit reads, then finds no secret anywhere else', async () => {
    const http = haystack.recording(t.http);

    // An admin signs in and creates an account; its activation code is handed out once, in that answer.
    const adminLogin = await login(http, 'admin', DEMO_PASSWORD);
    tokensOf('admin login', adminLogin);
    const admin: Auth = authOf(adminLogin);
    const created = await createPendingOfficer(http, admin, {
      username: 'bi.mat',
      fullName: 'Đặng Thị Bí Mật',
      unitCode: 'T15-SYT',
      email: 'bi.mat@syt.laocai.gov.vn',
    });
    const officerId = created.body.officer.id as number;
    const activationCode = created.body.activationCode as string;
    code('activation code', activationCode, haystack.sourceOf(created));

    // The officer activates with it and a password of their own, mistypes it once, signs in.
    tokensOf('activation', await activate(http, 'bi.mat', activationCode, PASSWORD));
    secret('password', PASSWORD);
    await http().post('/api/auth/login').send({ username: 'bi.mat', password: MISTYPED_PASSWORD }).expect(401);
    secret('mistyped password', MISTYPED_PASSWORD);
    const signedIn = await login(http, 'bi.mat', PASSWORD);
    tokensOf('login', signedIn);

    // Two factors: the TOTP secret is shown once at setup, the recovery codes once at enabling.
    const totp = await enrolTotp(http, authOf(signedIn));
    secret('TOTP secret', totp.secret, haystack.sourceOf(totp.setup));
    totp.recoveryCodes.forEach((recovery, i) =>
      code(`recovery code ${i + 1}`, recovery, haystack.sourceOf(totp.enabled)),
    );
    const withTotp = await loginWithSecondFactor(http, 'bi.mat', PASSWORD, await nextTotp(totp.secret));
    tokensOf('password step', withTotp.first);
    tokensOf('TOTP step', withTotp.completed);
    const withRecovery = await loginWithSecondFactor(http, 'bi.mat', PASSWORD, totp.recoveryCodes[0]);
    tokensOf('password step before a recovery code', withRecovery.first);
    tokensOf('recovery code step', withRecovery.completed);
    let officer = authOf(withRecovery.completed);

    // The profile, with the e-invoice receipt password, which is write-only.
    const profile = await http().get('/api/me/profile').set(officer).expect(200);
    const updated = await http()
      .patch('/api/me/profile')
      .set(officer)
      .send({
        version: profile.body.version,
        phone: '0912 345 670',
        receiptAccount: 'bi.mat@hoadon',
        receiptPassword: RECEIPT_PASSWORD,
      })
      .expect(200);
    expect(updated.body.receiptPasswordSet).toBe(true);
    secret('receipt password', RECEIPT_PASSWORD);

    // A new password; the session carries on through the refresh cookie.
    const changed = await http()
      .post('/api/auth/change-password')
      .set(officer)
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(200);
    tokensOf('password change', changed);
    secret('new password', NEW_PASSWORD);
    const refreshed = await http().post('/api/auth/refresh').set('Cookie', refreshCookiePair(changed)).expect(200);
    tokensOf('refresh', refreshed);
    officer = authOf(refreshed);

    // Refused attempts echo nothing typed: a wrong current password, a weak new one, an over-long receipt password.
    const refused = {
      wrongCurrent: 'Sai-Hien-Tai#9x',
      other: 'Khac-Hoan-Toan#10',
      weak: 'bimatyeu',
      longReceipt: `BL#${'q7'.repeat(64)}`,
    };
    await http()
      .post('/api/auth/change-password')
      .set(officer)
      .send({ currentPassword: refused.wrongCurrent, newPassword: refused.other })
      .expect(400);
    await http()
      .post('/api/auth/change-password')
      .set(officer)
      .send({ currentPassword: NEW_PASSWORD, newPassword: refused.weak })
      .expect(400);
    const current = await http().get('/api/me/profile').set(officer).expect(200);
    await http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: current.body.version, receiptPassword: refused.longReceipt })
      .expect(400);
    for (const [name, value] of Object.entries(refused)) secret(`refused ${name}`, value);

    // An import creates two accounts; their codes come once, in the downloaded sheet; one of them activates.
    const sheet = await importSheet([
      {
        username: 'nhap.mot',
        fullName: 'Vũ Văn Nhập',
        gender: 'Nam',
        birthDate: '12/05/1984',
        citizenId: buildCitizenId('010', 'male', 1984, '204001'),
        phone: '0913000111',
        unitCode: 'T15-SYT',
        roles: 'Cán bộ',
      },
      {
        username: 'nhap.hai',
        fullName: 'Vũ Thị Hai',
        gender: 'Nữ',
        birthDate: '03/09/1991',
        citizenId: buildCitizenId('010', 'female', 1991, '204002'),
        phone: '0913000222',
        unitCode: 'T15-SYT',
        roles: 'Cán bộ',
      },
    ]);
    const committed = await http()
      .post('/api/officers/import?mode=commit')
      .set(admin)
      .attach('file', sheet, 'nhap.xlsx')
      .expect(200);
    const codesSheet = await download(http().get(committed.body.activationCodesUrl).set(admin));
    const codes = new ExcelJS.Workbook();
    await codes.xlsx.load(asExcelInput(codesSheet.body));
    const codeRows = codes
      .getWorksheet('Mã kích hoạt')!
      .getRows(2, 2)!
      .map((row) => ({ username: row.getCell(1).text, code: row.getCell(4).text }));
    for (const row of codeRows)
      code(`imported activation code (${row.username})`, row.code, haystack.sourceOf(codesSheet));
    tokensOf('imported activation', await activate(http, codeRows[0].username, codeRows[0].code, IMPORTED_PASSWORD));
    secret('imported officer’s password', IMPORTED_PASSWORD);

    // A campaign, a reminder to the officer (in the app and in the outbox), the exports.
    const unitId = await unitIdOf(http, admin, 'T15-SYT');
    const day = 86_400_000;
    const campaign = await http()
      .post('/api/campaigns')
      .set(admin)
      .send({
        name: 'Chuẩn hóa hồ sơ Sở Y tế',
        startsAt: new Date(Date.now() - day).toISOString(),
        deadlineAt: new Date(Date.now() + 5 * day).toISOString(),
        requiredItems: ['citizenId', 'phone', 'confirmed'],
        targets: [{ unitId }],
      })
      .expect(201);
    await http().post(`/api/campaigns/${campaign.body.id}/activate`).set(admin).expect(200);
    expect(
      (
        await http()
          .post('/api/reminders')
          .set(admin)
          .send({ campaignId: campaign.body.id, officerIds: [officerId] })
          .expect(200)
      ).body.sent,
    ).toBe(1);
    const exports = [
      await download(http().get('/api/officers/export?format=xlsx').set(admin)),
      await download(http().get('/api/officers/export?format=csv').set(admin)),
      await download(http().get(`/api/compliance/export?campaignId=${campaign.body.id}`).set(admin)),
    ];

    // Everything admins and the officer read back about it.
    for (const url of [
      '/api/audit?perPage=100',
      `/api/audit?targetId=${officerId}&targetType=officer`,
      '/api/outbox',
      '/api/login-events?perPage=100',
      `/api/officers/${officerId}`,
      `/api/officers/${officerId}/profile`,
      '/api/officers?perPage=100&q=bi.mat',
    ]) {
      await http().get(url).set(admin).expect(200);
    }
    for (const url of [
      '/api/me/audit',
      '/api/me/logins?perPage=100',
      '/api/me/notifications',
      '/api/auth/me',
      '/api/me/profile',
    ])
      await http().get(url).set(officer).expect(200);

    // The database, read straight: every table, the password hashes apart.
    await haystack.addDatabase(t.dataSource, { officers: ['password_hash'] });
    const hashes: { password_hash: string | null }[] = await t.dataSource.query(
      `SELECT password_hash FROM officers WHERE password_hash IS NOT NULL`,
    );
    expect(hashes.length).toBeGreaterThan(3);
    for (const { password_hash } of hashes) secret('a password hash', password_hash!, 'db:officers.password_hash');
    secret('any argon2 hash', '$argon2', 'db:officers.password_hash');
    // The keys in DATA_DIR belong in no response, log line or row.
    for (const file of ['jwt.secret', 'encryption.key'])
      secret(file, fs.readFileSync(path.join(t.database.dataDir, file), 'utf8').trim());
    await new Promise((resolve) => setImmediate(resolve));
    haystack.add('log', output.text());

    await haystack.settled();
    // The search can find what it looks for: each disclosed secret is in the answer that disclosed it...
    for (const { name, value, disclosedIn } of secrets.filter((s) => !s.variant)) {
      for (const source of disclosedIn)
        expect({ name, found: haystack.textOf(source).includes(value) }).toEqual({ name, found: true });
    }
    // ...and the haystack holds what the journey produced.
    const log = haystack.textOf('log');
    for (const line of [
      '"url":"/api/auth/activate"',
      '"url":"/api/auth/otp"',
      '"url":"/api/me/profile"',
      '"url":"/api/officers/import"',
      '"url":"/api/auth/change-password"',
    ])
      expect(log).toContain(line);
    for (const file of exports) expect(haystack.textOf(haystack.sourceOf(file))).toContain('bi.mat');
    expect(haystack.textOf('db:audit_entries')).toMatch(/receiptPassword.*đã thay đổi/);
    expect(haystack.textOf('db:email_outbox')).toContain('bi.mat@syt.laocai.gov.vn');
    expect(haystack.textOf('db:notifications')).toContain('Chuẩn hóa hồ sơ Sở Y tế');

    expect(await haystack.leaksOf(secrets)).toEqual([]);
  });

  it('stores the receipt password, the TOTP secret, codes and refresh tokens only sealed or hashed', async () => {
    const encryption = t.app.get(EncryptionService);
    const [row]: {
      receipt_password_encrypted: string;
      totp_secret_encrypted: string;
      activation_code_hash: string | null;
    }[] = await t.dataSource.query(
      `SELECT receipt_password_encrypted, totp_secret_encrypted, activation_code_hash FROM officers WHERE username = 'bi.mat'`,
    );
    const totpSecret = secrets.find((s) => s.name === 'TOTP secret')!.value;
    expect(row.receipt_password_encrypted).toMatch(/^v1:/);
    expect(encryption.decrypt(row.receipt_password_encrypted)).toBe(RECEIPT_PASSWORD);
    expect(row.totp_secret_encrypted).toMatch(/^v1:/);
    expect(encryption.decrypt(row.totp_secret_encrypted)).toBe(totpSecret);
    expect(row.activation_code_hash).toBeNull();

    const recovery: { code_hash: string }[] = await t.dataSource.query(`SELECT code_hash FROM recovery_codes`);
    const recoveryCodes = secrets.filter((s) => /^recovery code \d+$/.test(s.name)).map((s) => s.value);
    expect(recovery.map((r) => r.code_hash).sort()).toEqual(
      recoveryCodes.map((code) => sha256(code.replace(/-/g, ''))).sort(),
    );

    const refreshHashes = new Set(
      ((await t.dataSource.query(`SELECT token_hash FROM refresh_tokens`)) as { token_hash: string }[]).map(
        (r) => r.token_hash,
      ),
    );
    const refreshTokens = secrets.filter((s) => s.name.startsWith('refresh token')).map((s) => s.value);
    expect(refreshTokens.length).toBeGreaterThan(5);
    for (const token of refreshTokens) expect(refreshHashes.has(sha256(token))).toBe(true);
  });
});
