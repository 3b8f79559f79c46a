import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from '../common/errors/error-translation';

/** What the API reads: JSON, forms (the body parsers) and multipart uploads (multer, on the upload routes). */
const READ_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * A body of any other type (text/plain, XML, octet-stream…) is refused with 415 in the standard shape instead of
 * being silently ignored, and is not read: a client never takes a body the API did not read for one it accepted.
 */
export function refuseUnreadBodies(req: Request, res: Response, next: NextFunction): void {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody || req.is(READ_TYPES)) return next();
  const { body } = toErrorBody(new UnsupportedMediaTypeException());
  res.status(body.statusCode).json(body);
}
