import type { OpenAPIObject, OperationObject, SchemaObject } from '../../src/common/api-description/openapi-types';
import type { TestApp } from '../../src/testing/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer of the API, checked against a schema
type Json = any;
type Schema = SchemaObject & { $ref?: string };

export async function fetchDescription(t: TestApp): Promise<OpenAPIObject> {
  const res = await t.http().get('/api/docs-json');
  expect(res.status).toBe(200);
  return res.body as OpenAPIObject;
}

/** `/api/officers/:id` (Express, as the route table and the suites name routes) as the document's `/api/officers/{id}`. */
export const documentPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

/** The description documents itself through Swagger UI's own routes, not as operations. */
export const isDescriptionRoute = (path: string) => /^\/api\/docs(\/|-json$|-yaml$|$)/.test(path);

export function operationOf(document: OpenAPIObject, method: string, expressPath: string): OperationObject | undefined {
  const item = document.paths[documentPath(expressPath)] as Record<string, OperationObject> | undefined;
  return item?.[method.toLowerCase()];
}

/** The document's route (as Express names it) a concrete path such as `/api/units/12` belongs to. */
export function routeOf(document: OpenAPIObject, path: string): string | undefined {
  const params = (candidate: string) => candidate.split('{').length;
  // A literal segment wins over a parameter, as in the router: /api/officers/export is not /api/officers/{id}.
  const candidates = Object.keys(document.paths).sort((a, b) => params(a) - params(b));
  const template = candidates.find((candidate) => new RegExp(`^${candidate.replace(/\{\w+\}/g, '[^/]+')}$`).test(path));
  return template?.replace(/\{(\w+)\}/g, ':$1');
}

export const documentedStatuses = (operation: OperationObject) =>
  Object.keys(operation.responses).filter((status) => status !== 'default');

/** The few JSON Schema keywords the document uses, enough to tell whether an answer fits what it declares. */
export function schemaProblems(document: OpenAPIObject, schema: Schema, value: Json, at = 'body'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return schemaProblems(document, document.components?.schemas?.[name] as Schema, value, at);
  }
  if (value === null) return schema.nullable ? [] : [`${at} is null`];
  const problems: string[] = [];
  const typeOf = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = !schema.type || schema.type === typeOf || (schema.type === 'number' && typeOf === 'integer');
  if (!fits) return [`${at} is ${typeOf}, documented ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at} = ${JSON.stringify(value)} not in its enum`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at} below its minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at} above its maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at} has too few items`);
    if (schema.items)
      value.forEach((item, i) =>
        problems.push(...schemaProblems(document, schema.items as Schema, item, `${at}[${i}]`)),
      );
  } else if (typeof value === 'object') {
    for (const name of schema.required ?? []) if (!(name in value)) problems.push(`${at}.${name} is missing`);
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (name in value) problems.push(...schemaProblems(document, property as Schema, value[name], `${at}.${name}`));
    if (schema.additionalProperties === false)
      for (const name of Object.keys(value))
        if (!(name in (schema.properties ?? {}))) problems.push(`${at}.${name} is not documented`);
  }
  return problems;
}

export interface ObservedAnswer {
  method: string;
  /** The route as Express names it: `/api/officers/:id`; or the concrete path, matched against the document's. */
  route: string;
  concrete?: boolean;
  status: number;
  body: Json;
  contentType?: string;
}

/**
 * The answers a suite saw, to check against the description once it has sent them all: every status it met is
 * listed for its route, and every JSON answer fits the schema listed for that status (the error shape for errors).
 */
export class AnswerLog {
  private readonly seen = new Map<string, ObservedAnswer>();

  record(answer: ObservedAnswer): void {
    // One answer per route, status and error code is enough to check the description.
    const code = typeof answer.body === 'object' && answer.body ? String(answer.body.code ?? '') : '';
    const key = `${answer.method.toUpperCase()} ${answer.route} ${answer.status} ${code}`;
    if (!this.seen.has(key)) this.seen.set(key, answer);
  }

  get size(): number {
    return this.seen.size;
  }

  problems(document: OpenAPIObject): string[] {
    const problems: string[] = [];
    for (const observed of this.seen.values()) {
      const route = observed.concrete ? routeOf(document, observed.route) : observed.route;
      // A path no route has (an empty or encoded-slash id) is the router's 404, no operation's.
      if (route === undefined || isDescriptionRoute(route)) continue;
      const answer = { ...observed, route };
      const name = `${answer.method.toUpperCase()} ${answer.route}`;
      const operation = operationOf(document, answer.method, answer.route);
      if (!operation) {
        problems.push(`${name}: not in the document`);
        continue;
      }
      const response = operation.responses[String(answer.status)] as
        { content?: Record<string, { schema?: Schema }> } | undefined;
      if (!response) {
        problems.push(
          `${name}: answered ${answer.status} ${answer.body?.code ?? ''}, documented ${documentedStatuses(operation).join(', ')}`,
        );
        continue;
      }
      const json = response.content?.['application/json']?.schema;
      const isJson = answer.contentType === undefined || /json/.test(answer.contentType);
      if (json && isJson && answer.body !== undefined && answer.body !== '')
        problems.push(...schemaProblems(document, json, answer.body).map((p) => `${name} ${answer.status}: ${p}`));
    }
    return problems;
  }
}
