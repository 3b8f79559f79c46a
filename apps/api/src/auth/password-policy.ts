import { checkPassword, formatRuleError } from '@motcua/domain';
import { ApiError } from '../common/errors/api-error';

/** libs/domain's password policy as a 400 with one entry per failed rule (the SPA's checklist shows the same). */
export function assertPasswordPolicy(
  newPassword: string,
  context: { username: string; citizenId?: string | null; phone?: string | null },
): void {
  const result = checkPassword(newPassword, {
    username: context.username,
    citizenId: context.citizenId ?? undefined,
    phone: context.phone ?? undefined,
  });
  if (!result.ok) {
    throw ApiError.badRequest(
      result.errors.map((error) => ({ field: 'newPassword', code: error.code, message: formatRuleError(error, 'vi') })),
      'Mật khẩu mới chưa đáp ứng chính sách mật khẩu.',
    );
  }
}
