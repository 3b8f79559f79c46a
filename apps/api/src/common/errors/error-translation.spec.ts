import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiError } from './api-error';
import { toErrorBody } from './error-translation';

describe('error translation', () => {
  it('keeps an ApiError’s code, message and field errors', () => {
    const error = ApiError.badRequest([
      { field: 'phone', code: 'PHONE_FORMAT', message: 'Số điện thoại không hợp lệ.' },
    ]);
    expect(toErrorBody(error)).toEqual({
      internal: false,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        errors: [{ field: 'phone', code: 'PHONE_FORMAT', message: 'Số điện thoại không hợp lệ.' }],
      },
    });
  });

  it('gives Nest’s own exceptions a stable code and a Vietnamese message', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Không tìm thấy/),
    });
    expect(toErrorBody(new PayloadTooLargeException()).body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(toErrorBody(new BadRequestException('english text')).body.message).toBe('Yêu cầu không hợp lệ.');
  });

  it('turns a unique violation into 409 and a lost connection into 503', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(toErrorBody(unique).body).toMatchObject({ statusCode: 409, code: 'CONFLICT' });
    // SQLite reports a duplicate primary key apart from a duplicate unique index; PostgreSQL calls both 23505.
    const duplicateKey = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('dup'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }),
    );
    expect(toErrorBody(duplicateKey)).toMatchObject({ internal: false, body: { statusCode: 409, code: 'CONFLICT' } });
    expect(
      toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).body,
    ).toMatchObject({
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('hides everything about an unexpected error', () => {
    const result = toErrorBody(new TypeError('Cannot read properties of undefined (reading "passwordHash")'));
    expect(result.internal).toBe(true);
    expect(result.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: expect.stringMatching(/lỗi không mong muốn/),
    });
  });
});
