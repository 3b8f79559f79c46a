import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min, type ValidationOptions } from 'class-validator';

/** The largest value of the database's `integer` columns (ids, versions): PostgreSQL refuses anything above. */
export const MAX_INT32 = 2_147_483_647;

/** An id or a version: a positive integer that fits an `integer` column, so a bigger one is a 400, not a SQL error. */
export const IsPositiveInt = (options?: ValidationOptions) =>
  applyDecorators(IsInt(options), Min(1, options), Max(MAX_INT32, options));
