import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiError } from '../errors/api-error';

/** Route ids are positive integers; anything else is a 400 with a field message rather than a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (/^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= 2_147_483_647) return Number(value);
    throw ApiError.badRequest([{ field: 'id', code: 'INVALID_ID', message: 'Mã định danh phải là số nguyên dương.' }]);
  }
}
