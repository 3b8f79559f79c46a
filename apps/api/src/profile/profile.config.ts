import { registerAs } from '@nestjs/config';
import { PROFILE_FIELDS, type ProfileField } from '@motcua/domain';
import { InvalidEnvironmentError, validateEnvironment } from '../config/environment';
import { vietnamTimeToUtc } from '@motcua/contracts';

/**
 * The province-wide default rule set that stands in until campaigns exist: which fields are required and by
 * when (Asia/Ho_Chi_Minh wall-clock time, stored as UTC).
 */
export const profileConfig = registerAs('profile', () => {
  const env = validateEnvironment(process.env);
  const required = env.PROFILE_REQUIRED_FIELDS.split(',');
  const unknown = required.filter((field) => !(PROFILE_FIELDS as readonly string[]).includes(field));
  if (unknown.length)
    throw new InvalidEnvironmentError(
      `Cấu hình không hợp lệ (PROFILE_REQUIRED_FIELDS): trường không tồn tại ${unknown.join(', ')}`,
    );
  return {
    requiredFields: required as ProfileField[],
    deadline: vietnamTimeToUtc(
      env.PROFILE_DEADLINE.length === 10 ? `${env.PROFILE_DEADLINE}T23:59` : env.PROFILE_DEADLINE,
    ),
    campaignName: env.PROFILE_CAMPAIGN_NAME,
  };
});
