import { describe, expect, it } from 'vitest';
import { toHttpError } from '../providers/http';
import { testI18nProvider } from '../test/TestAdmin';
import { authFailureOf } from './authErrors';

const i18nProvider = testI18nProvider();

const say = (error: unknown, now?: number) => {
  const { message } = authFailureOf(error, now);
  return i18nProvider.translate(message.key, { _: message.key, ...message.args });
};

describe('what the sign-in pages say when the API refuses', () => {
  it('names the Vietnamese time until which a locked account stays locked', () => {
    const locked = toHttpError(
      423,
      {
        statusCode: 423,
        code: 'ACCOUNT_LOCKED',
        message: 'Tài khoản tạm thời bị khóa…',
        lockedUntil: '2026-11-23T07:35:00.000Z',
      },
      'Locked',
    );
    expect(say(locked)).toBe('Tài khoản tạm khóa đến 23/11/2026 14:35 do đăng nhập sai nhiều lần.');
  });

  it('says when to try again after too many attempts, from Retry-After', () => {
    const limited = toHttpError(
      429,
      { statusCode: 429, code: 'RATE_LIMITED', message: '…' },
      'Too Many Requests',
      new Headers({ 'Retry-After': '90' }),
    );
    expect(say(limited, Date.parse('2026-11-23T07:00:00.000Z'))).toBe(
      'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 90 giây (lúc 23/11/2026 14:01).',
    );
  });

  it('words known codes itself and passes on what it does not know', () => {
    expect(say(toHttpError(401, { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'x' }, ''))).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
    expect(
      authFailureOf(toHttpError(403, { statusCode: 403, code: 'ACCOUNT_NOT_ACTIVATED', message: 'x' }, '')).code,
    ).toBe('ACCOUNT_NOT_ACTIVATED');
    expect(say(toHttpError(418, { statusCode: 418, code: 'SOMETHING_NEW', message: 'Máy chủ nói thế này.' }, ''))).toBe(
      'Máy chủ nói thế này.',
    );
  });

  it('keeps every failed password rule of a field', () => {
    const weak = toHttpError(
      400,
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        errors: [
          { field: 'newPassword', code: 'PASSWORD_DIGIT', message: 'a' },
          { field: 'newPassword', code: 'PASSWORD_SPECIAL', message: 'b' },
        ],
      },
      '',
    );
    expect(authFailureOf(weak).fieldErrors.newPassword.map((e) => e.code)).toEqual([
      'PASSWORD_DIGIT',
      'PASSWORD_SPECIAL',
    ]);
  });
});
