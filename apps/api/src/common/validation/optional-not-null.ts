import { ValidateIf } from 'class-validator';

/**
 * Like @IsOptional(), but only an absent field skips the checks: `null` is validated (and refused) like any other
 * wrong value. @IsOptional() lets null through, and services that treat "sent" as "a string" then crash on it.
 */
export const OptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
