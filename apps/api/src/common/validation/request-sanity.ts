import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ApiError, FieldError } from '../errors/api-error';
import { CONSTRAINT_MESSAGES } from './validation-messages';

/** No DTO nests deeper than a few levels; class-transformer recurses per level and overflows the stack near 2,000. */
export const MAX_BODY_DEPTH = 32;

const NUL = '\u0000';
/** class-transformer drops these silently; they are refused like every other field no DTO declares. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The input problems no DTO can describe, found without recursion: a value nested deeper than `maxDepth` levels
 * (the body itself is level 1) and the NUL character in any key or string, which PostgreSQL refuses to store or
 * compare ("invalid byte sequence for encoding UTF8: 0x00") and SQLite's full-text syntax cannot parse.
 */
export function unsafeInputErrors(root: unknown, maxDepth = MAX_BODY_DEPTH, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: prefix, depth: 1 }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  for (let item = stack.pop(); item && errors.length < 20; item = stack.pop()) {
    const { value, path, depth } = item;
    if (typeof value === 'string') {
      if (value.includes(NUL))
        errors.push({
          field: path,
          code: 'INVALID_CHARACTER',
          message: 'Giá trị chứa ký tự không hợp lệ (ký tự NUL).',
        });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) {
      errors.push({ field: path, code: 'TOO_DEEP', message: `Dữ liệu lồng nhau quá sâu (tối đa ${maxDepth} cấp).` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.includes(NUL))
        errors.push({
          field: join(path, key),
          code: 'INVALID_CHARACTER',
          message: 'Tên trường chứa ký tự không hợp lệ (ký tự NUL).',
        });
      else if (PROTOTYPE_KEYS.has(key))
        errors.push({ field: join(path, key), ...CONSTRAINT_MESSAGES.whitelistValidation });
      else stack.push({ value: child, path: join(path, key), depth: depth + 1 });
    }
  }
  return errors;
}

/** Refuses such input in the body, the query string or the path once the guards have admitted the caller, before any pipe or SQL sees it. */
@Injectable()
export class RejectUnsafeInput implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const errors = [
      ...(/%00/.test(req.path)
        ? [{ field: 'path', code: 'INVALID_CHARACTER', message: 'Đường dẫn chứa ký tự không hợp lệ (ký tự NUL).' }]
        : []),
      ...unsafeInputErrors(req.query),
      ...unsafeInputErrors(req.body),
    ];
    if (errors.length) throw ApiError.badRequest(errors);
    return next.handle();
  }
}
