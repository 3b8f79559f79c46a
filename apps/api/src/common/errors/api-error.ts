import { HttpException, HttpStatus } from '@nestjs/common';

/** One failing field, as the SPA shows it beside the input. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The one error shape every failure of the API has. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

/** An expected failure with a stable code and a Vietnamese message; `extra` carries e.g. the current record on 409. */
export class ApiError extends HttpException {
  constructor(
    status: HttpStatus,
    code: string,
    message: string,
    errors?: FieldError[],
    extra: Record<string, unknown> = {},
  ) {
    super(
      { statusCode: status, code, message, ...(errors?.length ? { errors } : {}), ...extra } satisfies ErrorBody,
      status,
    );
  }

  static badRequest(errors: FieldError[], message = 'Dữ liệu không hợp lệ.') {
    return new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, errors);
  }

  static notFound(message = 'Không tìm thấy bản ghi.') {
    return new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', message);
  }

  static forbidden(code = 'FORBIDDEN', message = 'Bạn không có quyền thực hiện thao tác này.') {
    return new ApiError(HttpStatus.FORBIDDEN, code, message);
  }

  /** Optimistic locking: the record changed since the client read it. */
  static staleVersion(current: unknown) {
    return new ApiError(
      HttpStatus.CONFLICT,
      'VERSION_CONFLICT',
      'Bản ghi đã được người khác thay đổi. Vui lòng tải lại để xem dữ liệu mới nhất.',
      undefined,
      { current },
    );
  }
}
