import { HttpException, HttpStatus } from '@nestjs/common';
import type { Express, NextFunction, Request, Response } from 'express';
import { METHODS } from 'node:http';
import { toErrorBody } from '../common/errors/error-translation';

interface RouteLayer {
  match(path: string): boolean;
  route?: { methods: Record<string, boolean> };
}

/** Nest binds middleware (the request logger's forRoutes) as a route on every method: no endpoint of its own. */
const isMiddlewareBinding = (methods: Record<string, boolean>) =>
  METHODS.every((method) => methods[method.toLowerCase()]);

/** The methods the registered routes accept at this path (HEAD wherever GET is), empty when no route has the path. */
function allowedMethods(app: Express, path: string): Set<string> {
  const allowed = new Set<string>();
  for (const layer of app.router.stack as unknown as RouteLayer[]) {
    if (!layer.route || isMiddlewareBinding(layer.route.methods) || !layer.match(path)) continue;
    for (const method of Object.keys(layer.route.methods)) allowed.add(method.toUpperCase());
  }
  if (allowed.has('GET')) allowed.add('HEAD');
  return allowed;
}

/**
 * A method no route takes on a path that exists answers 405 with Allow (RFC 9110 §15.5.6), not 404: the routes are
 * read at request time, so every route Nest registers later counts.
 */
export const methodNotAllowed = (app: Express) => (req: Request, res: Response, next: NextFunction) => {
  if (req.method === 'OPTIONS') return next();
  const allowed = allowedMethods(app, new URL(req.originalUrl, 'http://localhost').pathname);
  if (allowed.size === 0 || allowed.has(req.method)) return next();
  const { body } = toErrorBody(new HttpException('Method Not Allowed', HttpStatus.METHOD_NOT_ALLOWED));
  res.setHeader('Allow', [...allowed].sort().join(', '));
  res.status(HttpStatus.METHOD_NOT_ALLOWED).json(body);
};
