import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (['true', '1', 'yes'].includes(value.toLowerCase()) ? true : ['false', '0', 'no'].includes(value.toLowerCase()) ? false : value) : value;
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** Every environment variable the API reads, validated once at start. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(toInteger)
  @IsInt({ message: 'PORT phải là số nguyên từ 0 đến 65535' })
  @Min(0, { message: 'PORT phải là số nguyên từ 0 đến 65535' })
  @Max(65535, { message: 'PORT phải là số nguyên từ 0 đến 65535' })
  PORT = 3000;

  @IsString()
  @MinLength(1, { message: 'DATA_DIR không được để trống' })
  DATA_DIR = './data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL phải có dạng postgres://user:password@host:5432/database' })
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
