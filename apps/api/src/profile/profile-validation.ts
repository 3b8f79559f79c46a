import {
  canOpenPage,
  formatRuleError,
  validateBirthDate,
  validateCitizenId,
  validateEmail,
  validateFullName,
  validateGender,
  validatePhone,
  type Gender,
  type Result,
  type Role,
} from '@motcua/domain';
import { ApiError, FieldError } from '../common/errors/api-error';
import type { Officer } from '../accounts/officer.entity';
import type { EditableField, UpdateProfileDto } from './dto/update-profile.dto';

export type ProfileChanges = Partial<
  Pick<
    Officer,
    'fullName' | 'gender' | 'birthDate' | 'address' | 'email' | 'citizenId' | 'phone' | 'receiptAccount' | 'defaultPage'
  >
> & {
  receiptPassword?: string;
};

const blank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const trimmedOrNull = (value: string | null | undefined) => (blank(value) ? null : (value as string).trim());

/**
 * Validates a PATCH against libs/domain on the merged record (sent values over stored ones) and returns the
 * normalised changes, or a 400 listing every failing field at once.
 */
export function validateProfileChanges(stored: Officer, dto: UpdateProfileDto, roles: readonly Role[]): ProfileChanges {
  const errors: FieldError[] = [];
  const changes: ProfileChanges = {};
  const fail = (field: EditableField, result: Result<unknown>) =>
    result.errors.forEach((error) => errors.push({ field, code: error.code, message: formatRuleError(error, 'vi') }));
  const sent = (field: EditableField) => dto[field] !== undefined;

  if (sent('fullName')) {
    const result = validateFullName(dto.fullName);
    if (result.ok) changes.fullName = result.value;
    else fail('fullName', result);
  }
  if (sent('gender')) {
    const result = blank(dto.gender) ? null : validateGender(dto.gender);
    if (result === null) changes.gender = null;
    else if (result.ok) changes.gender = result.value;
    else fail('gender', result);
  }
  if (sent('birthDate')) {
    const result = blank(dto.birthDate) ? null : validateBirthDate(dto.birthDate);
    if (result === null) changes.birthDate = null;
    else if (result.ok) changes.birthDate = result.value;
    else fail('birthDate', result);
  }
  if (sent('email')) {
    const result = blank(dto.email) ? null : validateEmail(dto.email);
    if (result === null) changes.email = null;
    else if (result.ok) changes.email = result.value;
    else fail('email', result);
  }
  if (sent('phone')) {
    const result = blank(dto.phone) ? null : validatePhone(dto.phone);
    if (result === null) changes.phone = null;
    else if (result.ok) changes.phone = result.value.number;
    else fail('phone', result);
  }
  // The CCCD is checked against the gender and birth date the record will have, sent or stored.
  if (sent('citizenId') || sent('gender') || sent('birthDate')) {
    const citizenId = sent('citizenId') ? dto.citizenId : stored.citizenId;
    if (blank(citizenId)) {
      if (sent('citizenId')) changes.citizenId = null;
    } else {
      const gender = (changes.gender !== undefined ? changes.gender : stored.gender) ?? undefined;
      const birthDate = (changes.birthDate !== undefined ? changes.birthDate : stored.birthDate) ?? undefined;
      const result = validateCitizenId(citizenId, { gender: gender as Gender | undefined, birthDate });
      if (result.ok) {
        if (sent('citizenId')) changes.citizenId = result.value;
      } else fail('citizenId', result);
    }
  }
  if (sent('address')) changes.address = trimmedOrNull(dto.address);
  if (sent('receiptAccount')) changes.receiptAccount = trimmedOrNull(dto.receiptAccount);
  if (sent('receiptPassword')) changes.receiptPassword = dto.receiptPassword;
  if (sent('defaultPage')) {
    if (blank(dto.defaultPage)) changes.defaultPage = null;
    else if (canOpenPage(roles, dto.defaultPage as string)) changes.defaultPage = dto.defaultPage as string;
    else
      errors.push({
        field: 'defaultPage',
        code: 'DEFAULT_PAGE_NOT_ALLOWED',
        message: 'Trang mặc định phải là một trang bạn có quyền mở.',
      });
  }
  if (errors.length)
    throw ApiError.badRequest(errors, 'Thông tin cá nhân chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.');
  return changes;
}
