import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { appConfig } from '../config/app.config';

const REQUEST_ID = /^[\w-]{8,64}$/;

/** Paths whose values must never reach a log line, whatever a request or response carries. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.receiptPassword',
  '*.code',
  '*.accessToken',
  '*.refreshToken',
];

let destination: DestinationStream | undefined;

/**
 * The one stream production log lines and the startup banner share, so they reach stdout in the order written
 * (Nest may build the HTTP logger twice, and two asynchronous streams on one pipe interleave at random).
 */
export const logDestination = (): DestinationStream =>
  (destination ??= stdoutReplaced() ? process.stdout : pino.destination({ fd: 1, sync: false }));

/** As pino's own default does: a process.stdout.write replaced (a test capturing output) is written through, not around. */
const stdoutReplaced = () =>
  process.stdout.write !== (process.stdout.constructor as { prototype: NodeJS.WriteStream }).prototype.write;

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => {
        const options: Options = {
          level: app.logLevel,
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          redact: { paths: REDACTED_PATHS, censor: '[ẩn]' },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url.split('?')[0],
            }),
            res: (res: { statusCode: number }) => ({
              statusCode: res.statusCode,
              reason: STATUS_CODES[res.statusCode],
            }),
          },
          autoLogging: { ignore: (req) => req.url === '/api/health' },
        };
        return {
          // configure-app mounts this request logger ahead of the body parsers and the 405 answer, so the requests they
          // refuse are logged too; Nest's own binding (below) only hands each request's logger to the services.
          useExisting: true,
          // Every route, in path-to-regexp v8's words (Express 5): the default '*' drew a warning at each start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp:
            app.nodeEnv === 'development'
              ? {
                  ...options,
                  transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } },
                }
              : [options, logDestination()],
        };
      },
    }),
  ],
})
export class LoggingModule {}
