import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody } from './api-error';

const GENERIC: Partial<Record<number, { code: string; message: string }>> = {
  [HttpStatus.BAD_REQUEST]: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' },
  [HttpStatus.UNAUTHORIZED]: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập để tiếp tục.' },
  [HttpStatus.FORBIDDEN]: { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' },
  [HttpStatus.NOT_FOUND]: { code: 'NOT_FOUND', message: 'Không tìm thấy đường dẫn hoặc bản ghi được yêu cầu.' },
  [HttpStatus.METHOD_NOT_ALLOWED]: { code: 'METHOD_NOT_ALLOWED', message: 'Phương thức không được hỗ trợ.' },
  [HttpStatus.CONFLICT]: { code: 'CONFLICT', message: 'Dữ liệu bị trùng hoặc xung đột với bản ghi khác.' },
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  },
  // 408 and 431 are answered by the HTTP server's clientError handler (configure-app.ts).
  [HttpStatus.REQUEST_TIMEOUT]: { code: 'REQUEST_TIMEOUT', message: 'Yêu cầu gửi lên quá chậm. Vui lòng thử lại.' },
  // Request Header Fields Too Large (a query string over 16 KB), which Nest's HttpStatus does not name.
  431: { code: 'HEADERS_TOO_LARGE', message: 'Địa chỉ hoặc phần đầu của yêu cầu quá dài.' },
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
  },
  [HttpStatus.TOO_MANY_REQUESTS]: {
    code: 'RATE_LIMITED',
    message: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  },
  [HttpStatus.SERVICE_UNAVAILABLE]: {
    code: 'SERVICE_UNAVAILABLE',
    message: 'Hệ thống tạm thời không sẵn sàng. Vui lòng thử lại sau.',
  },
};

const INTERNAL: ErrorBody = {
  statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
  code: 'INTERNAL_ERROR',
  message: 'Đã có lỗi không mong muốn. Vui lòng thử lại hoặc liên hệ quản trị hệ thống.',
};

const DATABASE_DOWN: ErrorBody = {
  statusCode: HttpStatus.SERVICE_UNAVAILABLE,
  code: 'DATABASE_UNAVAILABLE',
  message: 'Cơ sở dữ liệu tạm thời không kết nối được. Vui lòng thử lại sau ít phút.',
};

/** Errors raised by body-parser (express) carry `status` and `type` rather than being HttpExceptions. */
interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);

// TypeORM releases a query runner whose connection reported an error (a backend terminated between two statements of
// a transaction); the transaction's next statement then fails with QueryRunnerAlreadyReleasedError.
const NOT_CONNECTED_ERRORS = new Set([
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
  'CannotGetEntityManagerNotConnectedError',
  'QueryRunnerAlreadyReleasedError',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const candidate = error as { name?: string; code?: string; driverError?: { code?: string }; message?: string };
  if (candidate.name && NOT_CONNECTED_ERRORS.has(candidate.name)) return true;
  const code = candidate.driverError?.code ?? candidate.code;
  if (code && CONNECTION_ERROR_CODES.has(code)) return true;
  return /Connection terminated|connect ECONNREFUSED|is not currently accepting connections|database connection is not open|Driver not Connected|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    candidate.message ?? '',
  );
}

const isUniqueViolation = (error: QueryFailedError) => {
  const driver = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return (
    driver?.code === '23505' ||
    driver?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driver?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
};

/** Turns anything thrown into the standard error body. `internal` tells the caller to log it as a bug. */
export function toErrorBody(exception: unknown): { body: ErrorBody; internal: boolean } {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const fallback = GENERIC[status] ?? { code: `HTTP_${status}`, message: 'Yêu cầu không thực hiện được.' };
    if (typeof response === 'object' && response !== null && 'code' in response && typeof response.code === 'string') {
      return { body: { ...(response as ErrorBody), statusCode: status }, internal: false };
    }
    return { body: { statusCode: status, ...fallback }, internal: false };
  }
  if (isDatabaseUnavailable(exception)) return { body: DATABASE_DOWN, internal: false };
  if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
    return { body: { statusCode: HttpStatus.CONFLICT, ...GENERIC[HttpStatus.CONFLICT]! }, internal: false };
  }
  const parserError = exception as BodyParserError | undefined;
  const parserStatus = parserError?.status ?? parserError?.statusCode;
  if (parserError?.type && parserStatus && parserStatus >= 400 && parserStatus < 500) {
    const generic = GENERIC[parserStatus] ?? GENERIC[HttpStatus.BAD_REQUEST]!;
    const body =
      parserError.type === 'entity.parse.failed'
        ? { code: 'INVALID_JSON', message: 'Dữ liệu JSON gửi lên không đúng cú pháp.' }
        : generic;
    return { body: { statusCode: parserStatus, ...body }, internal: false };
  }
  return { body: INTERNAL, internal: true };
}
