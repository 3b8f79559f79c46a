import { HttpStatus } from '@nestjs/common';
import { ApiError } from '../common/errors/api-error';

/** The authentication failures, each with the same body whatever the reason behind it. */
export const AuthErrors = {
  invalidCredentials: () =>
    new ApiError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
  locked: (lockedUntil: Date) =>
    new ApiError(
      HttpStatus.LOCKED,
      'ACCOUNT_LOCKED',
      'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
      undefined,
      {
        lockedUntil: lockedUntil.toISOString(),
      },
    ),
  lockedByAdmin: () =>
    new ApiError(
      HttpStatus.LOCKED,
      'ACCOUNT_LOCKED_BY_ADMIN',
      'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên đơn vị.',
    ),
  disabled: () =>
    new ApiError(
      HttpStatus.FORBIDDEN,
      'ACCOUNT_DISABLED',
      'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên đơn vị.',
    ),
  sessionExpired: () =>
    new ApiError(HttpStatus.UNAUTHORIZED, 'SESSION_EXPIRED', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'),
  otpInvalid: () =>
    new ApiError(HttpStatus.UNAUTHORIZED, 'OTP_INVALID', 'Mã xác thực không đúng hoặc đã được sử dụng.'),
  activationInvalid: () =>
    new ApiError(
      HttpStatus.BAD_REQUEST,
      'ACTIVATION_INVALID',
      'Tên đăng nhập hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn.',
    ),
  twoFactorAlreadyEnabled: () =>
    new ApiError(
      HttpStatus.CONFLICT,
      'TWO_FACTOR_ALREADY_ENABLED',
      'Xác thực hai lớp đang bật. Vui lòng tắt (bằng mật khẩu hiện tại) trước khi thiết lập lại.',
    ),
  wrongCurrentPassword: (field = 'currentPassword') =>
    ApiError.badRequest([{ field, code: 'WRONG_PASSWORD', message: 'Mật khẩu hiện tại không đúng.' }]),
};
