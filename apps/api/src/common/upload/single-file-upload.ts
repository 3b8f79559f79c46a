import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  mixin,
  NestInterceptor,
  Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ApiError } from '../errors/api-error';

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface UploadLimit {
  maxBytes: number;
  /** Shown beside the file input, e.g. "Ảnh đại diện tối đa 2 MB." */
  tooLargeMessage: string;
}

const tooLarge = (message: string) =>
  new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', message, [
    { field: 'file', code: 'FILE_TOO_LARGE', message },
  ]);
const INVALID_FORM = 'Biểu mẫu tải lên không hợp lệ: chỉ gửi một tệp, trong trường "file".';

/**
 * One file in the multipart field "file", held in memory only up to `maxBytes`: a request announcing more is
 * refused before it is read, and multer stops reading a file at the limit. Extra files, fields, parts or an
 * oversized field are refused too. Every refusal is in the standard shape, on the field "file".
 */
export function SingleFileUpload({ maxBytes, tooLargeMessage }: UploadLimit): Type<NestInterceptor> {
  const Multer = FileInterceptor('file', {
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 10, headerPairs: 100 },
  });

  @Injectable()
  class Upload implements NestInterceptor {
    private readonly multer = new Multer();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const announced = Number(context.switchToHttp().getRequest<Request>().headers['content-length']);
      if (announced > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(tooLargeMessage);
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        if (!(error instanceof HttpException) || error instanceof ApiError) throw error;
        if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) throw tooLarge(tooLargeMessage);
        if (error.getStatus() === HttpStatus.BAD_REQUEST)
          throw ApiError.badRequest([{ field: 'file', code: 'UPLOAD_INVALID', message: INVALID_FORM }], INVALID_FORM);
        throw error;
      }
    }
  }
  return mixin(Upload);
}
