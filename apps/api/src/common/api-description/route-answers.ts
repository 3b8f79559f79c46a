import { ParseUUIDPipe } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ALLOW_PENDING_PASSWORD_CHANGE, ALLOW_PENDING_TWO_FACTOR_SETUP, IS_PUBLIC, ROLES } from '../access/decorators';
import { ParseIdPipe } from '../validation/parse-id.pipe';
import { MAX_INT32 } from '../validation/positive-int';
import { API_FAILURES, API_LIST, type Failures, type ListDescription } from './decorators';
import { DEFAULT_ERROR, ERROR_BODY, ERROR_SCHEMAS, STATUS_MEANING } from './error-schema';
import { listParameters, PAGE_SCHEMA } from './list-parameters';
import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, SchemaObject } from './openapi-types';
import type { RouteHandler } from './routes';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const ID_SCHEMA: SchemaObject = { type: 'integer', minimum: 1, maximum: MAX_INT32 };

type Schemas = Record<string, SchemaObject | ReferenceObject>;

/** The refusals a route answers, by status, from its guards, pipes and body, plus its declared ApiFailures. */
function failuresOf(handler: RouteHandler, method: string, body: SchemaObject | undefined): Map<number, Set<string>> {
  const failures = new Map<number, Set<string>>();
  const add = (status: number, ...codes: readonly string[]) => {
    const set = failures.get(status) ?? new Set<string>();
    codes.forEach((code) => set.add(code));
    failures.set(status, set);
  };
  // RejectUnsafeInput reads the path and query of every route (a NUL, a prototype key), whatever else it takes.
  add(400, 'VALIDATION_FAILED');
  if (!handler.meta<boolean>(IS_PUBLIC)) {
    add(401, 'UNAUTHENTICATED');
    const refusals = [
      ...(handler.meta<string[]>(ROLES) ? ['ROLE_REQUIRED', 'OUT_OF_SCOPE'] : []),
      ...(handler.meta<boolean>(ALLOW_PENDING_PASSWORD_CHANGE) ? [] : ['PASSWORD_CHANGE_REQUIRED']),
      ...(handler.meta<boolean>(ALLOW_PENDING_TWO_FACTOR_SETUP) ? [] : ['TWO_FACTOR_SETUP_REQUIRED']),
    ];
    if (refusals.length) add(403, ...refusals);
  }
  if (handler.pathParams().length) add(404, 'NOT_FOUND');
  if (body?.properties && 'version' in body.properties) add(409, 'VERSION_CONFLICT');
  // The body parsers run before routing: any request carrying a body may be too large or of a type the API does not read.
  if (method !== 'get') {
    add(400, 'BAD_REQUEST');
    add(413, 'PAYLOAD_TOO_LARGE');
    add(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (handler.guards().some((guard) => guard === ThrottlerGuard)) add(429, 'RATE_LIMITED');
  // Node's parser refuses a request line or headers over 16 KB (a long query string) before any route sees it.
  add(431, 'HEADERS_TOO_LARGE');
  for (const [status, codes] of Object.entries(handler.meta<Failures>(API_FAILURES) ?? {}))
    add(Number(status), ...(codes ?? []));
  return failures;
}

function bodySchema(operation: OperationObject, schemas: Schemas): SchemaObject | undefined {
  const body = operation.requestBody;
  const schema = body && !('$ref' in body) ? body.content['application/json']?.schema : undefined;
  if (!schema) return undefined;
  if ('$ref' in schema) return schemas[schema.$ref.split('/').pop() ?? ''] as SchemaObject | undefined;
  return schema;
}

function describeErrors(operation: OperationObject, failures: Map<number, Set<string>>): void {
  for (const [status, codes] of [...failures].sort(([a], [b]) => a - b)) {
    operation.responses[status] = {
      description: `${STATUS_MEANING[status] ?? 'Lỗi'}. Mã: ${[...codes].join(', ')}`,
      content: { 'application/json': { schema: ERROR_BODY } },
    };
  }
  operation.responses.default = { description: DEFAULT_ERROR, content: { 'application/json': { schema: ERROR_BODY } } };
}

/** Path parameters typed by the pipe that parses them. */
function describePathParams(operation: OperationObject, handler: RouteHandler): void {
  for (const { name, pipes } of handler.pathParams()) {
    const parameter = operation.parameters?.find(
      (p): p is ParameterObject => !('$ref' in p) && p.in === 'path' && p.name === name,
    );
    if (!parameter) continue;
    if (pipes.some((pipe) => pipe === ParseIdPipe || pipe instanceof ParseIdPipe)) parameter.schema = { ...ID_SCHEMA };
    else if (pipes.some((pipe) => pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe))
      parameter.schema = { type: 'string', format: 'uuid' };
    else parameter.schema = { type: 'string', minLength: 1 };
  }
}

function describeList(operation: OperationObject, list: ListDescription): void {
  const names = new Set(listParameters(list).map((p) => p.name));
  operation.parameters = [
    ...(operation.parameters ?? []).filter((p) => '$ref' in p || !names.has(p.name)),
    ...listParameters(list),
  ];
  if (list.paged) {
    const ok = operation.responses['200'] as { description?: string } | undefined;
    operation.responses['200'] = {
      description: ok?.description || 'Một trang kết quả',
      content: { 'application/json': { schema: PAGE_SCHEMA } },
    };
  }
}

function describeOperation(operation: OperationObject, handler: RouteHandler, method: string, schemas: Schemas) {
  // A public route takes no token (the avatar's URL is its own permission); every other one needs the bearer.
  operation.security = handler.meta<boolean>(IS_PUBLIC) ? [] : [{ bearer: [] }];
  describePathParams(operation, handler);
  const list = handler.meta<ListDescription>(API_LIST);
  if (list) describeList(operation, list);
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || '$ref' in response) continue;
    if (status === '204') delete response.content;
    // Every answer that is not a file (those declare their media types) is a JSON object.
    else if (/^2/.test(status) && !response.content)
      response.content = { 'application/json': { schema: { type: 'object' } } };
  }
  describeErrors(operation, failuresOf(handler, method, bodySchema(operation, schemas)));
}

/** Every operation's security, parameters, error answers and list pages, read from the route it documents. */
export function describeAnswers(document: OpenAPIObject, handlers: Map<string, RouteHandler>): void {
  document.components = { ...document.components, schemas: { ...ERROR_SCHEMAS, ...document.components?.schemas } };
  const schemas = document.components.schemas as Schemas;
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      const handler = operation?.operationId ? handlers.get(operation.operationId) : undefined;
      if (operation && handler) describeOperation(operation, handler, method, schemas);
    }
  }
}
