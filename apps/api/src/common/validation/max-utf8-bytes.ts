import { ValidateBy, type ValidationOptions } from 'class-validator';

export const MAX_UTF8_BYTES = 'maxUtf8Bytes';

/**
 * A string of at most `max` bytes once encoded as UTF-8 (as the database driver sends it). class-validator's
 * IsByteLength goes through encodeURI, which throws on a lone surrogate.
 */
export const MaxUtf8Bytes = (max: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: MAX_UTF8_BYTES,
      constraints: [max],
      validator: { validate: (value: unknown) => typeof value === 'string' && Buffer.byteLength(value, 'utf8') <= max },
    },
    options,
  );
