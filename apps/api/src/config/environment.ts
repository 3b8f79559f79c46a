import { plainToInstance, Transform } from 'class-transformer';
import { UNIT_CODE_PATTERN, USERNAME_PATTERN } from '@motcua/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? ['true', '1', 'yes'].includes(value.toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(value.toLowerCase())
        ? false
        : value
    : value;
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** An integer variable within bounds, with one message naming it. */
function IntegerBetween(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    const message = `${String(key)} phải là số nguyên từ ${min} đến ${max}`;
    for (const decorate of [Transform(toInteger), IsInt({ message }), Min(min, { message }), Max(max, { message })])
      decorate(target, key);
  };
}

/** Every environment variable the API reads, validated once at start. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @IntegerBetween(0, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1, { message: 'DATA_DIR không được để trống' })
  DATA_DIR = './data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL phải có dạng postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL phải là một trong: fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO phải là true hoặc false' })
  SEED_DEMO = true;

  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY phải là true hoặc false' })
  TRUST_PROXY = false;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'APP_ENCRYPTION_KEY phải là khóa 32 byte mã hóa base64 (openssl rand -base64 32)',
  })
  APP_ENCRYPTION_KEY?: string;

  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET phải dài ít nhất 32 ký tự' })
  JWT_SECRET?: string;

  @IntegerBetween(1, 120)
  ACCESS_TOKEN_MINUTES = 15;

  @IntegerBetween(1, 90)
  REFRESH_TOKEN_DAYS = 7;

  @IntegerBetween(1, 100)
  LOCKOUT_THRESHOLD = 5;

  @IntegerBetween(1, 1440)
  LOCKOUT_MINUTES = 15;

  @IntegerBetween(1, 10000)
  LOCKOUT_ACCOUNT_THRESHOLD = 50;

  @IntegerBetween(1, 10000)
  LOGIN_RATE_LIMIT = 30;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'REQUIRE_ADMIN_2FA phải là true hoặc false' })
  REQUIRE_ADMIN_2FA?: boolean;

  @IntegerBetween(0, 100000)
  DEMO_OFFICERS = 300;

  @Transform(toBoolean)
  @IsBoolean({ message: 'DEMO_CAMPAIGNS phải là true hoặc false' })
  DEMO_CAMPAIGNS = true;

  @Matches(USERNAME_PATTERN, {
    message: 'ADMIN_USERNAME chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (3–64 ký tự)',
  })
  ADMIN_USERNAME = 'admin';

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  @IsString()
  @MinLength(2, { message: 'ROOT_UNIT_NAME không được để trống' })
  ROOT_UNIT_NAME = 'Ủy ban nhân dân tỉnh';

  @Matches(UNIT_CODE_PATTERN, {
    message: 'ROOT_UNIT_CODE chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (tối đa 50 ký tự)',
  })
  ROOT_UNIT_CODE = 'ROOT';

  @Matches(/^[a-zA-Z]+(,[a-zA-Z]+)*$/, {
    message:
      'PROFILE_REQUIRED_FIELDS là danh sách trường cách nhau bởi dấu phẩy, ví dụ fullName,birthDate,citizenId,phone',
  })
  PROFILE_REQUIRED_FIELDS = 'fullName,gender,birthDate,citizenId,phone';

  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, {
    message: 'PROFILE_DEADLINE phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm (giờ Việt Nam)',
  })
  PROFILE_DEADLINE = '2026-12-31T23:59';

  @IsString()
  @MinLength(3, { message: 'PROFILE_CAMPAIGN_NAME không được để trống' })
  PROFILE_CAMPAIGN_NAME = 'Chuẩn hóa thông tin cán bộ, công chức, viên chức';

  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @IntegerBetween(1, 65535)
  SMTP_PORT = 587;

  @Transform(toBoolean)
  @IsBoolean({ message: 'SMTP_SECURE phải là true hoặc false' })
  SMTP_SECURE = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsString()
  MAIL_FROM = 'Một Cửa <khong-tra-loi@motcua.local>';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, {
    message: 'PUBLIC_URL phải là địa chỉ http(s)://, ví dụ https://motcua.laocai.gov.vn',
  })
  PUBLIC_URL?: string;

  @Matches(/^\d{1,3}(,\d{1,3})*$/, {
    message: 'REMINDER_OFFSETS_DAYS là danh sách số ngày cách nhau bởi dấu phẩy, ví dụ 7,3,1',
  })
  REMINDER_OFFSETS_DAYS = '7,3,1';

  @IntegerBetween(1, 20)
  MANUAL_REMINDERS_PER_DAY = 1;

  @Transform(toBoolean)
  @IsBoolean({ message: 'SCHEDULER_ENABLED phải là true hoặc false' })
  SCHEDULER_ENABLED = true;

  @Transform(toBoolean)
  @IsBoolean({ message: 'QUERY_COUNT_HEADER phải là true hoặc false' })
  QUERY_COUNT_HEADER = false;

  @IsOptional()
  @IsString()
  QUERY_LOG_FILE?: string;

  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT phải có dạng 100kb hoặc 1mb' })
  BODY_LIMIT = '100kb';
}

export class InvalidEnvironmentError extends Error {}

/** Validates process.env; throws one readable line naming the first bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const [first] = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (first) {
    const message = Object.values(first.constraints ?? {})[0] ?? 'giá trị không hợp lệ';
    throw new InvalidEnvironmentError(`Cấu hình không hợp lệ (${first.property}): ${message}`);
  }
  return env;
}
