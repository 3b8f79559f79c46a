import type { ReferenceObject, SchemaObject } from './openapi-types';

/** The shape of apps/api/src/common/errors/api-error.ts (ErrorBody, FieldError), as the document declares it. */
export const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  FieldError: {
    type: 'object',
    description: 'Một trường không hợp lệ, như SPA hiển thị bên cạnh ô nhập (One failing field)',
    required: ['field', 'code', 'message'],
    properties: {
      field: { type: 'string', description: 'Tên trường; trường lồng nhau viết theo dấu chấm (targets.0.unitId)' },
      code: { type: 'string', description: 'Mã lỗi ổn định, ví dụ MAX_LENGTH, PHONE_FORMAT' },
      message: { type: 'string', description: 'Thông báo tiếng Việt' },
    },
  },
  ErrorBody: {
    type: 'object',
    description: 'Mọi lỗi của API đều có dạng này (The one error shape of the API)',
    required: ['statusCode', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer', minimum: 400, maximum: 599 },
      code: { type: 'string', description: 'Mã lỗi ổn định, ví dụ VALIDATION_FAILED, OUT_OF_SCOPE' },
      message: { type: 'string', description: 'Thông báo tiếng Việt' },
      errors: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/FieldError' } },
    },
    // 409 VERSION_CONFLICT carries `current`, 423 `lockedUntil`, an import's 400 its `report`.
    additionalProperties: true,
  },
};

export const ERROR_BODY: ReferenceObject = { $ref: '#/components/schemas/ErrorBody' };

/** What each status means on this API, and the codes it always may carry. */
export const STATUS_MEANING: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ (VALIDATION_FAILED với errors theo từng trường; BAD_REQUEST khi JSON hỏng)',
  401: 'Chưa đăng nhập hoặc phiên đã hết hạn (UNAUTHENTICATED)',
  403: 'Không có quyền (ROLE_REQUIRED, OUT_OF_SCOPE, PASSWORD_CHANGE_REQUIRED, TWO_FACTOR_SETUP_REQUIRED…)',
  404: 'Không tìm thấy (NOT_FOUND)',
  409: 'Xung đột với dữ liệu hiện tại',
  413: 'Dữ liệu gửi lên quá lớn (PAYLOAD_TOO_LARGE)',
  415: 'Định dạng dữ liệu gửi lên không được hỗ trợ (UNSUPPORTED_MEDIA_TYPE)',
  423: 'Tài khoản tạm thời bị khóa',
  429: 'Quá nhiều yêu cầu (RATE_LIMITED, kèm Retry-After)',
  431: 'Địa chỉ hoặc phần đầu của yêu cầu quá dài (HEADERS_TOO_LARGE)',
};

export const DEFAULT_ERROR =
  'Lỗi khác, cùng dạng ErrorBody: 405 METHOD_NOT_ALLOWED, 408 REQUEST_TIMEOUT, 500 INTERNAL_ERROR, 503 DATABASE_UNAVAILABLE';
