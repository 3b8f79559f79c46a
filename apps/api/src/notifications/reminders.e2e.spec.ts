import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MailSenderService } from './mail-sender.service';
import { RemindersService } from './reminders.service';
import { bearer, createTestApp, TestApp } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function campaignFor(t: TestApp, admin: { Authorization: string }, deadlineDays: number) {
  const units = (await api(t, admin).get('/api/units?perPage=1000')).body.data;
  const syt = units.find((u: { code: string }) => u.code === 'T15-SYT');
  const created = await api(t, admin)
    .post('/api/campaigns', {
      name: 'Chuẩn hóa thông tin cán bộ Sở Y tế',
      startsAt: iso(-3),
      deadlineAt: iso(deadlineDays),
      requiredItems: ['citizenId', 'phone', 'confirmed'],
      targets: [{ unitId: syt.id }],
    })
    .expect(201);
  await api(t, admin).post(`/api/campaigns/${created.body.id}/activate`).expect(200);
  return created.body.id as number;
}

async function giveEmail(t: TestApp, username: string, email: string) {
  const auth = await bearer(t, username);
  const me = (await api(t, auth).get('/api/me/profile')).body;
  await api(t, auth).patch('/api/me/profile', { version: me.version, email }).expect(200);
  return auth;
}

describe('manual reminders', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('reach the officer once a day however many supervisors click, in the app and in the outbox when SMTP is unset', async () => {
    const admin = await bearer(t, 'admin');
    const officer = await giveEmail(t, 'officer', 'hoa.nt@syt.laocai.gov.vn');
    const campaignId = await campaignFor(t, admin, 5);
    const supervisor = await bearer(t, 'supervisor');
    const officerId = (await api(t, officer).get('/api/me/profile')).body.id;

    const first = await api(t, supervisor)
      .post('/api/reminders', { campaignId, officerIds: [officerId] })
      .expect(200);
    expect(first.body).toEqual({ sent: 1, skipped: 0 });
    const again = await api(t, admin)
      .post('/api/reminders', { campaignId, officerIds: [officerId] })
      .expect(200);
    expect(again.body).toEqual({ sent: 0, skipped: 1 });

    expect((await api(t, officer).get('/api/me/notifications/unread-count')).body).toEqual({ count: 1 });
    const [notification] = (await api(t, officer).get('/api/me/notifications')).body.data;
    expect(notification.title).toMatch(/^Nhắc nhở: cập nhật thông tin cá nhân trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(notification.body).toContain('Chuẩn hóa thông tin cán bộ Sở Y tế');
    expect(notification.body).toContain('Số CCCD');
    await api(t, officer).post(`/api/me/notifications/${notification.id}/read`).expect(204);
    expect((await api(t, officer).get('/api/me/notifications/unread-count')).body.count).toBe(0);

    const outbox = await api(t, admin).get('/api/outbox').expect(200);
    expect(outbox.body).toMatchObject({
      smtpConfigured: false,
      total: 1,
      data: [{ toAddress: 'hoa.nt@syt.laocai.gov.vn', status: 'pending' }],
    });
    await api(t, supervisor).get('/api/outbox').expect(403);
  });

  it('keep a supervisor’s reminders inside their subtree', async () => {
    const admin = await bearer(t, 'admin');
    const campaigns = (await api(t, admin).get('/api/campaigns?status=active')).body.data;
    const outsider = (await api(t, admin).get('/api/officers?q=unitadmin')).body.data[0];
    const res = await api(t)
      .post('/api/reminders')
      .set(await bearer(t, 'supervisor'))
      .send({ campaignId: campaigns[0].id, officerIds: [outsider.id] });
    expect([403, 200]).toContain(res.status);
    if (res.status === 200) expect(res.body.sent).toBe(0);
    else expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('answer a campaign that does not exist as GET /api/campaigns/:id does: 404 for an admin, the out-of-scope 403 for others', async () => {
    const missing = 999_999;
    for (const username of ['admin', 'supervisor', 'unitadmin']) {
      const auth = await bearer(t, username);
      const read = await t.http().get(`/api/campaigns/${missing}`).set(auth);
      const remind = await t.http().post('/api/reminders').set(auth).send({ campaignId: missing });
      expect({ username, status: remind.status, body: remind.body }).toEqual({
        username,
        status: read.status,
        body: read.body,
      });
      expect(remind.body.code).toBe(username === 'admin' ? 'NOT_FOUND' : 'OUT_OF_SCOPE');
    }
  });

  it('refuse a unit admin a province-wide campaign they may not read, and remind nobody', async () => {
    const admin = await bearer(t, 'admin');
    const unitAdmin = await bearer(t, 'unitadmin');
    const active: { id: number }[] = (await t.http().get('/api/campaigns?status=active&perPage=100').set(admin)).body
      .data;
    const unreadable = [];
    for (const { id } of active)
      if ((await t.http().get(`/api/campaigns/${id}`).set(unitAdmin)).status === 403) unreadable.push(id);
    const province = { id: unreadable[0] };
    expect(province.id).toBeDefined();
    const before = (await t.dataSource.query('SELECT COUNT(*) AS n FROM notifications'))[0].n;
    const res = await t.http().post('/api/reminders').set(unitAdmin).send({ campaignId: province.id });
    expect([res.status, res.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await t.dataSource.query('SELECT COUNT(*) AS n FROM notifications'))[0].n).toEqual(before);
  });
});

describe('automatic reminders with two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000', REMINDER_OFFSETS_DAYS: '7,3,1' } });
    b = await createTestApp({ database: a.database });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('send each (campaign, officer, offset) once even when both instances run the schedule together', async () => {
    const admin = await bearer(a, 'admin');
    await campaignFor(a, admin, 2.5);
    const runA = () => a.app.get(RemindersService).sendDue();
    const runB = () => b.app.get(RemindersService).sendDue();
    // On PostgreSQL the two instances race for real. Two SQLite connections inside one Node process cannot
    // (better-sqlite3 waits for a lock synchronously, blocking the other), so there they run one after the other.
    const [sentA, sentB] =
      a.dataSource.options.type === 'postgres' ? await Promise.all([runA(), runB()]) : [await runA(), await runB()];
    expect(sentA + sentB).toBe(2);
    expect(await a.app.get(RemindersService).sendDue()).toBe(0);
    const claims: { slot: string }[] = await a.dataSource.query('SELECT slot FROM reminder_claims');
    expect(claims.map((c) => c.slot)).toEqual(['auto-3d', 'auto-3d']);
  });
});

describe('e-mail over SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: { to: string; subject: string; text: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp({
      seed: true,
      env: {
        LOGIN_RATE_LIMIT: '1000',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(port),
        MAIL_FROM: 'Một Cửa <khong-tra-loi@laocai.gov.vn>',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('delivers the reminder with a Vietnamese subject and body to a real SMTP server', async () => {
    const admin = await bearer(t, 'admin');
    await giveEmail(t, 'officer', 'hoa.nt@syt.laocai.gov.vn');
    const campaignId = await campaignFor(t, admin, 5);
    await api(t)
      .post('/api/reminders')
      .set(await bearer(t, 'supervisor'))
      .send({ campaignId })
      .expect(200);
    const result = await t.app.get(MailSenderService).flush();
    expect(result.sent).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe('hoa.nt@syt.laocai.gov.vn');
    expect(received[0].subject).toMatch(/^Nhắc nhở: cập nhật thông tin cá nhân trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(received[0].text).toContain('Kính gửi Nguyễn Thị Hoa');
    expect(received[0].text).toContain(
      'Các mục còn thiếu hoặc chưa hợp lệ: Số CCCD; Số điện thoại; Xác nhận thông tin của cán bộ.',
    );
    const outbox = (await api(t, admin).get('/api/outbox?status=sent')).body;
    expect(outbox.total).toBe(1);
  });

  it('retries a failed send later with backoff and shows the error to admins', async () => {
    const admin = await bearer(t, 'admin');
    await new Promise<void>((resolve) => smtp.close(resolve));
    const campaignId = (await api(t, admin).get('/api/campaigns?status=active')).body.data[0].id;
    await api(t, admin)
      .post('/api/reminders', {
        campaignId,
        officerIds: [(await api(t, admin).get('/api/officers?q=supervisor')).body.data[0].id],
      })
      .expect(200);
    await giveEmail(t, 'supervisor', 'giam.tv@syt.laocai.gov.vn');
    const pendingBefore = (await api(t, admin).get('/api/outbox?status=pending')).body.total;
    const now = new Date();
    const result = await t.app.get(MailSenderService).flush(now);
    expect(result.failed).toBe(pendingBefore);
    const retrying = (await api(t, admin).get('/api/outbox?status=pending')).body.data;
    for (const email of retrying) {
      expect(email.attempts).toBe(1);
      expect(email.lastError).toBeTruthy();
      expect(new Date(email.nextAttemptAt).getTime()).toBeGreaterThan(now.getTime());
    }
  });
});
