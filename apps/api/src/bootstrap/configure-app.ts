import { HttpException, ValidationPipe } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger, PARAMS_PROVIDER_TOKEN, type Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import { appConfig } from '../config/app.config';
import { databaseConfig } from '../config/database.config';
import { queryCountHeader } from '../database/query-counter';
import { describeApi } from '../common/api-description/describe-api';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { toErrorBody } from '../common/errors/error-translation';
import { RejectUnsafeInput } from '../common/validation/request-sanity';
import { validationExceptionFactory } from '../common/validation/validation-exception.factory';
import { methodNotAllowed } from './method-not-allowed';
import { serveSpa } from './spa';
import { refuseUnreadBodies } from './unread-bodies';

/** Everything main.ts and the tests both need, so a test exercises the app exactly as it runs. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  const accessLog = requestLogger(app.get<Params>(PARAMS_PROVIDER_TOKEN));
  // First of all: every answer, even one refused before routing (413, 400, 415, 405), gets its access-log line.
  app.use(accessLog);
  answerClientErrors(app.getHttpServer(), accessLog.logger);
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // MUI (emotion) injects <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // The console is often reached over plain HTTP inside a provincial network; upgrading would break it.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // Helmet's default SAMEORIGIN would contradict frame-ancestors 'none' for browsers that read only this header.
      xFrameOptions: { action: 'deny' },
    }),
  );
  // API answers carry personal data (CCCD, phone numbers): no browser or proxy cache keeps a copy (a route that is safe
  // to cache, like an avatar, sets its own header). With nothing cached there is nothing for an ETag to validate,
  // so none is computed (express.static and sendFile, which serve the SPA, keep theirs).
  app.set('etag', false);
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(express.json({ limit: config.bodyLimit }));
  app.use(express.urlencoded({ limit: config.bodyLimit, extended: false }));
  app.use(bodyParserErrors);
  app.use(refuseUnreadBodies);
  app.use(cookieParser());
  app.use('/api', methodNotAllowed(app.getHttpAdapter().getInstance()));
  const database = app.get<ConfigType<typeof databaseConfig>>(databaseConfig.KEY);
  if (database.countQueries) app.use(queryCountHeader(database.queryLogFile));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  // After the guards: a caller who may not use the route learns nothing about what their input held.
  app.useGlobalInterceptors(new RejectUnsafeInput());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, describeApi(app), { jsonDocumentUrl: 'api/docs-json' });
  serveSpa(app, config.webDistDir);
}

function requestLogger({ pinoHttp: options }: Params) {
  return Array.isArray(options) ? pinoHttp(...options) : pinoHttp(options as Parameters<typeof pinoHttp>[0]);
}

/** Malformed or oversized bodies are refused in the standard shape before any route sees them. */
function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (!error) return next();
  const { body } = toErrorBody(error);
  res.status(body.statusCode).json(body);
}

/** The statuses Node's own clientError handler answers with; anything else it cannot parse is a 400. */
const CLIENT_ERROR_STATUS: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Node answers a request it cannot parse (a request line or headers over 16 KB, a malformed header) itself, with
 * no body at all. Those get the standard error shape too.
 */
function answerClientErrors(server: Server, log: PinoLogger) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A response still under way on this keep-alive connection must not be interleaved with another one.
    const answering = Boolean((socket as Duplex & { _httpMessage?: unknown })._httpMessage);
    if (error.code === 'ECONNRESET' || !socket.writable || answering) return void socket.destroy();
    const status = CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400;
    const body = JSON.stringify(toErrorBody(new HttpException(STATUS_CODES[status] ?? '', status)).body);
    // Node never parsed this request, so no header (nor a client's X-Request-Id) can be trusted: the id is ours.
    const id = randomUUID();
    // Not under req/res: their serializers read a parsed request.
    log.info(
      { reqId: id, statusCode: status, reason: STATUS_CODES[status], parserError: error.code },
      'request refused by the HTTP parser',
    );
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${id}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
