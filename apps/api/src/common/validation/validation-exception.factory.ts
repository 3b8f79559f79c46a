import type { ValidationError } from 'class-validator';
import { ApiError, FieldError } from '../errors/api-error';
import { CONSTRAINT_MESSAGES, UNKNOWN_CONSTRAINT } from './validation-messages';
import { DOMAIN_CONSTRAINT, decodeDomainErrors } from './domain-rule.decorator';

/** Flattens class-validator's tree into one `{field, code, message}` per failure, dotted paths for nested fields. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).flatMap(([constraint, message]): FieldError[] => {
      if (constraint === DOMAIN_CONSTRAINT) return decodeDomainErrors(message).map((e) => ({ field, ...e }));
      const known = CONSTRAINT_MESSAGES[constraint] ?? UNKNOWN_CONSTRAINT;
      // A DTO may give its own Vietnamese message; class-validator's defaults are English, ASCII apart from the
      // property name they quote ("property Đơn_vị should not exist"), so that name does not count.
      const custom = /[\u0080-\uFFFF]/.test(message.split(error.property).join('')) ? message : undefined;
      return [{ field, code: known.code, message: custom ?? known.message }];
    });
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export const validationExceptionFactory = (errors: ValidationError[]) => ApiError.badRequest(toFieldErrors(errors));
