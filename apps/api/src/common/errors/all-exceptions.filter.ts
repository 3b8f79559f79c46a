import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from './error-translation';

/** Every failure leaves the API in the standard shape; unexpected ones are logged (with the request id), never leaked. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const { body, internal } = toErrorBody(exception);
    if (internal) {
      this.logger.error({ err: exception, requestId: request.id, path: request.path }, 'Unhandled error');
    }
    if (body.statusCode === 429 && !response.getHeader('Retry-After')) response.setHeader('Retry-After', '60');
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }
}
