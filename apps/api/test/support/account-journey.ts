import { generate } from 'otplib';
import type { Response } from 'supertest';
import { REFRESH_COOKIE } from '../../src/auth/refresh-cookie';
import type { TestApp } from '../../src/testing/test-app';

/** Steps of an account's life through the API, shared by the journeys that check what each step leaves behind. */
type Http = TestApp['http'];
export type Auth = { Authorization: string };

export const authOf = (res: Response): Auth => ({ Authorization: `Bearer ${res.body.accessToken as string}` });

/** The Set-Cookie line of the refresh cookie, if the response set one. */
export const refreshCookieOf = (res: Response): string | undefined =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${REFRESH_COOKIE}=`));

/** "motcua_refresh=<token>", as a browser sends it back. */
export const refreshCookiePair = (res: Response): string => {
  const line = refreshCookieOf(res);
  if (!line) throw new Error(`no refresh cookie on ${res.status} ${JSON.stringify(res.body)}`);
  return line.split(';')[0];
};

export async function unitIdOf(http: Http, auth: Auth, code: string): Promise<number> {
  const units = (await http().get('/api/units?perPage=100').set(auth).expect(200)).body.data as {
    id: number;
    code: string;
  }[];
  const unit = units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

/** An admin creates an account waiting for activation; the answer carries its one-time code. */
export async function createPendingOfficer(
  http: Http,
  admin: Auth,
  officer: { username: string; fullName: string; unitCode: string; email?: string },
): Promise<Response> {
  const unitId = await unitIdOf(http, admin, officer.unitCode);
  return http()
    .post('/api/officers')
    .set(admin)
    .send({
      username: officer.username,
      fullName: officer.fullName,
      unitId,
      roles: ['officer'],
      ...(officer.email ? { email: officer.email } : {}),
    })
    .expect(201);
}

export const activate = (http: Http, username: string, code: string, newPassword: string) =>
  http().post('/api/auth/activate').send({ username, code, newPassword }).expect(200);

export const login = (http: Http, username: string, password: string) =>
  http().post('/api/auth/login').send({ username, password }).expect(200);

/** A code from the authenticator for the next 30-second step, so it is never a replay of one just used. */
export const nextTotp = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

/** Enrols TOTP: the setup answer (secret, otpauth URI) and the enable answer (recovery codes). */
export async function enrolTotp(
  http: Http,
  auth: Auth,
): Promise<{ setup: Response; enabled: Response; secret: string; recoveryCodes: string[] }> {
  const setup = await http().post('/api/me/2fa/setup').set(auth).expect(200);
  const secret = setup.body.secret as string;
  const enabled = await http()
    .post('/api/me/2fa/enable')
    .set(auth)
    .send({ code: await generate({ secret }) })
    .expect(200);
  return { setup, enabled, secret, recoveryCodes: enabled.body.recoveryCodes as string[] };
}

/** Password, then the second factor (a TOTP code or a recovery code). */
export async function loginWithSecondFactor(
  http: Http,
  username: string,
  password: string,
  code: string,
): Promise<{ first: Response; completed: Response }> {
  const first = await login(http, username, password);
  if (!first.body.otpRequired) throw new Error(`expected the second-factor step, got ${JSON.stringify(first.body)}`);
  const completed = await http().post('/api/auth/otp').send({ otpToken: first.body.otpToken, code }).expect(200);
  return { first, completed };
}
