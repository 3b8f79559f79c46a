import type { ErrorCode } from '../core/error-codes';
import { DEFAULT_LOCALE, type Locale } from '../core/locale';
import type { RuleError } from '../core/result';

type MessageTable = Record<Locale, Record<ErrorCode, string>>;

/**
 * User-facing messages by locale and rule-error code. `{name}` placeholders are filled from the
 * error's params by `formatRuleError`. Vietnamese text uses NFC-composed diacritics.
 */
export const MESSAGES: Record<Locale, Record<string, string>> = {
  vi: {
    REQUIRED: 'Vui lòng nhập thông tin này.',
    GENDER_INVALID: 'Vui lòng chọn giới tính Nam hoặc Nữ.',
    CCCD_FORMAT: 'Số CCCD phải gồm đúng 12 chữ số.',
    CCCD_OLD_CMND: 'Số CMND 9 chữ số không còn được chấp nhận, vui lòng nhập số CCCD 12 chữ số.',
    CCCD_PROVINCE_UNKNOWN:
      'Mã tỉnh nơi đăng ký khai sinh {code} (3 chữ số đầu của số CCCD) không tồn tại, vui lòng kiểm tra lại.',
    CCCD_GENDER_MISMATCH: 'Số CCCD không khớp với giới tính đã khai báo, vui lòng kiểm tra lại.',
    CCCD_CENTURY_MISMATCH: 'Chữ số thứ 4 của số CCCD không khớp với thế kỷ của năm sinh, vui lòng kiểm tra lại.',
    CCCD_YEAR_MISMATCH: 'Chữ số thứ 5 và 6 của số CCCD không khớp với năm sinh, vui lòng kiểm tra lại.',
    PHONE_FORMAT: 'Số điện thoại không hợp lệ, vui lòng nhập số di động gồm 10 chữ số (ví dụ: 0912 345 678).',
    PHONE_LANDLINE: 'Không chấp nhận số điện thoại cố định, vui lòng nhập số điện thoại di động.',
    PHONE_PREFIX_UNKNOWN: 'Đầu số {prefix} không phải là đầu số di động tại Việt Nam, vui lòng kiểm tra lại.',
    PHONE_OLD_11_DIGIT: 'Số điện thoại 11 số đã chuyển sang 10 số, vui lòng nhập {suggestion}.',
    NAME_CHARACTERS: "Họ tên chỉ được chứa chữ cái, khoảng trắng, dấu nháy đơn (') và dấu gạch nối (-).",
    NAME_LENGTH: 'Họ tên phải có từ {min} đến {max} ký tự.',
    EMAIL_FORMAT: 'Địa chỉ email không hợp lệ, vui lòng kiểm tra lại (ví dụ: nguyenvanan@example.gov.vn).',
    EMAIL_DIACRITICS: 'Địa chỉ email không được chứa chữ có dấu, vui lòng nhập chữ không dấu.',
    BIRTHDATE_FORMAT: 'Ngày sinh không hợp lệ, vui lòng nhập một ngày có thật theo định dạng YYYY-MM-DD.',
    BIRTHDATE_FUTURE: 'Ngày sinh không được sau ngày hôm nay.',
    BIRTHDATE_TOO_YOUNG: 'Cán bộ phải đủ {min} tuổi trở lên, vui lòng kiểm tra lại ngày sinh.',
    BIRTHDATE_TOO_OLD: 'Tuổi không được vượt quá {max}, vui lòng kiểm tra lại ngày sinh.',
    PASSWORD_MIN_LENGTH: 'Mật khẩu phải có ít nhất {min} ký tự.',
    PASSWORD_MAX_LENGTH: 'Mật khẩu không được dài quá {max} ký tự.',
    PASSWORD_LOWERCASE: 'Mật khẩu phải có ít nhất một chữ cái thường.',
    PASSWORD_UPPERCASE: 'Mật khẩu phải có ít nhất một chữ cái in hoa.',
    PASSWORD_DIGIT: 'Mật khẩu phải có ít nhất một chữ số.',
    PASSWORD_SPECIAL: 'Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ: @ # $ !).',
    PASSWORD_CONTAINS_USERNAME: 'Mật khẩu không được chứa tên đăng nhập.',
    PASSWORD_CONTAINS_CITIZEN_ID: 'Mật khẩu không được chứa số CCCD.',
    PASSWORD_CONTAINS_PHONE: 'Mật khẩu không được chứa số điện thoại.',
    PASSWORD_COMMON: 'Mật khẩu này quá phổ biến và dễ bị đoán, vui lòng chọn mật khẩu khác.',
    USERNAME_FORMAT: 'Tên đăng nhập gồm {min}–{max} ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
    UNIT_CODE_FORMAT: 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (tối đa {max} ký tự).',
  },
  en: {
    REQUIRED: 'This field is required.',
    GENDER_INVALID: 'Please select a gender: Male or Female.',
    CCCD_FORMAT: 'The citizen ID (CCCD) number must be exactly 12 digits.',
    CCCD_OLD_CMND:
      'The 9-digit identity card (CMND) number is no longer accepted; please enter your 12-digit citizen ID (CCCD) number.',
    CCCD_PROVINCE_UNKNOWN:
      'Birth-registration province code {code} (the first 3 digits of the citizen ID number) does not exist; please check the number.',
    CCCD_GENDER_MISMATCH: 'The citizen ID number does not match the gender entered; please check both.',
    CCCD_CENTURY_MISMATCH:
      'The 4th digit of the citizen ID number does not match the century of the birth year; please check both.',
    CCCD_YEAR_MISMATCH: 'Digits 5 and 6 of the citizen ID number do not match the birth year; please check both.',
    PHONE_FORMAT: 'Invalid phone number; please enter a 10-digit mobile number (e.g. 0912 345 678).',
    PHONE_LANDLINE: 'Landline numbers are not accepted; please enter a mobile number.',
    PHONE_PREFIX_UNKNOWN: '{prefix} is not a Vietnamese mobile prefix; please check the number.',
    PHONE_OLD_11_DIGIT: '11-digit mobile numbers were converted to 10 digits; please enter {suggestion}.',
    NAME_CHARACTERS: "The full name may contain only letters, spaces, apostrophes (') and hyphens (-).",
    NAME_LENGTH: 'The full name must be between {min} and {max} characters long.',
    EMAIL_FORMAT: 'Invalid email address; please check it (e.g. nguyenvanan@example.gov.vn).',
    EMAIL_DIACRITICS: 'Email addresses cannot contain accented letters; please type it without diacritics.',
    BIRTHDATE_FORMAT: 'Invalid date of birth; please enter a real date in the format YYYY-MM-DD.',
    BIRTHDATE_FUTURE: 'The date of birth cannot be later than today.',
    BIRTHDATE_TOO_YOUNG: 'Officers must be at least {min} years old; please check the date of birth.',
    BIRTHDATE_TOO_OLD: 'The age cannot exceed {max} years; please check the date of birth.',
    PASSWORD_MIN_LENGTH: 'The password must be at least {min} characters long.',
    PASSWORD_MAX_LENGTH: 'The password must be at most {max} characters long.',
    PASSWORD_LOWERCASE: 'The password must contain at least one lowercase letter.',
    PASSWORD_UPPERCASE: 'The password must contain at least one uppercase letter.',
    PASSWORD_DIGIT: 'The password must contain at least one digit.',
    PASSWORD_SPECIAL: 'The password must contain at least one special character (e.g. @ # $ !).',
    PASSWORD_CONTAINS_USERNAME: 'The password must not contain the username.',
    PASSWORD_CONTAINS_CITIZEN_ID: 'The password must not contain the citizen ID number.',
    PASSWORD_CONTAINS_PHONE: 'The password must not contain the phone number.',
    PASSWORD_COMMON: 'This password is too common and easy to guess; please choose another one.',
    USERNAME_FORMAT: 'A username has {min}–{max} characters: unaccented letters, digits, dot, underscore, hyphen.',
    UNIT_CODE_FORMAT: 'A unit code has letters, digits, dot, underscore or hyphen only (up to {max} characters).',
  },
} satisfies MessageTable;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message for a rule error in `locale` (default Vietnamese), with `{param}` placeholders filled.
 * A code with no message falls back to the code itself; a placeholder with no param is left as is.
 */
export function formatRuleError(error: RuleError, locale: Locale = DEFAULT_LOCALE): string {
  const messages = MESSAGES[locale];
  const template = messages !== undefined && Object.hasOwn(messages, error.code) ? messages[error.code] : undefined;
  const params = error.params ?? {};
  return (template ?? error.code).replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
