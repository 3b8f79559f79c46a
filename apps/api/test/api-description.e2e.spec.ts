import { METHODS } from 'node:http';
import type { OpenAPIObject, ParameterObject, SchemaObject } from '../src/common/api-description/openapi-types';
import { bearer, createTestApp, TestApp } from '../src/testing/test-app';
import {
  documentedStatuses,
  fetchDescription,
  isDescriptionRoute,
  operationOf,
  schemaProblems,
} from './support/api-description';

/**
 * Issue 21: GET /api/docs-json tells the truth about every route the application answers: its security, its path
 * and query parameters, the constraints of its body and the statuses it answers, in the error shape it declares.
 * The authorization matrix and the fuzz suite check every answer they see against the same document.
 */

interface Route {
  method: string;
  path: string;
}

let t: TestApp;
let document: OpenAPIObject;
let admin: Record<string, string>;

/** Every route of the Express router Nest filled, as the authorization matrix reads it, the description's own aside. */
function routeTable(): Route[] {
  const stack = t.app.getHttpAdapter().getInstance().router.stack as {
    route?: { path: string; methods: Record<string, boolean> };
  }[];
  return stack.flatMap(({ route }) => {
    if (!route || isDescriptionRoute(route.path)) return [];
    const methods = Object.keys(route.methods).filter((m) => route.methods[m]);
    if (METHODS.every((m) => methods.includes(m.toLowerCase()))) return []; // a middleware binding
    return methods.map((method) => ({ method: method.toUpperCase(), path: route.path }));
  });
}

const concrete = (path: string, id: string | number) =>
  path.replace(/:(\w+)/g, (_, name: string) =>
    name === 'batchId' ? '00000000-0000-4000-8000-000000000000' : String(id),
  );

async function send(route: Route, auth: Record<string, string> | undefined, id: string | number, query = '') {
  const http = t.http();
  const res = await http[route.method.toLowerCase() as 'get'](concrete(route.path, id) + query).set(auth ?? {});
  return { status: res.status, body: res.body as { code?: string; errors?: { code: string }[] } };
}

const name = (route: Route) => `${route.method} ${route.path}`;
const parameters = (route: Route) =>
  (operationOf(document, route.method, route.path)?.parameters ?? []) as ParameterObject[];

describe('the API description (issue 21)', () => {
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '10000' } });
    document = await fetchDescription(t);
    admin = await bearer(t, 'admin');
  });
  afterAll(() => t?.close());

  it('documents every route of the route table with its method and typed path parameters', () => {
    const routes = routeTable();
    expect(routes.length).toBeGreaterThan(60);
    const problems = routes.flatMap((route) => {
      const operation = operationOf(document, route.method, route.path);
      if (!operation) return [`${name(route)}: not documented`];
      const names = [...route.path.matchAll(/:(\w+)/g)].map(([, param]) => param);
      return names.flatMap((param) => {
        const documented = parameters(route).find((p) => p.in === 'path' && p.name === param);
        const type = (documented?.schema as SchemaObject | undefined)?.type;
        return documented?.required && type && type !== 'object'
          ? []
          : [`${name(route)}: path parameter ${param} ${documented ? `typed ${type}` : 'missing'}`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('says which routes need the bearer token: exactly those that answer 401 without one', async () => {
    const problems: string[] = [];
    for (const route of routeTable()) {
      const operation = operationOf(document, route.method, route.path);
      if (!operation) continue;
      const { status, body } = await send(route, undefined, 1);
      const needsToken = status === 401 && body.code === 'UNAUTHENTICATED';
      const declared = (operation.security ?? document.security ?? []).length > 0;
      if (needsToken !== declared)
        problems.push(
          `${name(route)}: answers ${status} without a token, documented ${declared ? 'bearer' : 'public'}`,
        );
      if (needsToken && !documentedStatuses(operation).includes('401')) problems.push(`${name(route)}: 401 not listed`);
    }
    expect(problems).toEqual([]);
  });

  it('lists, for every route, the refusals its guards, ids and query parsing answer', async () => {
    const problems: string[] = [];
    const officer = await bearer(t, 'officer');
    for (const route of routeTable()) {
      const operation = operationOf(document, route.method, route.path);
      if (!operation) continue;
      const listed = documentedStatuses(operation);
      const answers = [
        await send(route, officer, 1),
        await send(route, admin, 999_999_999),
        await send(route, admin, 1, '?zzNoSuchParameter=%00'),
      ];
      for (const { status, body } of answers) {
        if (status >= 400 && !listed.includes(String(status)))
          problems.push(`${name(route)}: answers ${status} ${body.code}, documented ${listed.join(', ')}`);
      }
      // A route that parses the list conventions refuses an unknown filter: it must say which parameters it takes.
      const unknown = await send(route, admin, 999_999_999, '?zzNoSuchFilter=1');
      if (unknown.body.errors?.some((e) => e.code === 'FILTER_NOT_ALLOWED')) {
        const query = parameters(route)
          .filter((p) => p.in === 'query')
          .map((p) => p.name);
        for (const expected of ['sort', 'order', 'q'])
          if (!query.includes(expected)) problems.push(`${name(route)}: list parameter ${expected} not documented`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every request body the types and limits the validation checks, and no field typed object', () => {
    const problems: string[] = [];
    const schemas = document.components?.schemas ?? {};
    for (const [dto, schema] of Object.entries(schemas) as [string, SchemaObject][]) {
      if (!dto.endsWith('Dto')) continue;
      if (schema.additionalProperties !== false) problems.push(`${dto}: unknown fields are refused, not documented`);
      for (const [field, property] of Object.entries(schema.properties ?? {}) as [string, SchemaObject][]) {
        const at = `${dto}.${field}`;
        if (!property.type && !('$ref' in property)) problems.push(`${at}: no type`);
        if (property.type === 'object') problems.push(`${at}: typed object`);
        if (
          property.type === 'string' &&
          property.maxLength === undefined &&
          !property.enum &&
          !property.pattern &&
          !property.format
        )
          problems.push(`${at}: string without a length`);
        if (property.type === 'integer' && property.minimum === undefined)
          problems.push(`${at}: integer without a minimum`);
        if (property.type === 'array' && property.maxItems === undefined && !(property.items as SchemaObject)?.enum)
          problems.push(`${at}: array without a size`);
      }
    }
    expect(problems).toEqual([]);
    const profile = schemas.UpdateProfileDto as SchemaObject;
    for (const field of ['email', 'address', 'phone', 'citizenId', 'receiptAccount'])
      expect({ field, ...(profile.properties?.[field] as SchemaObject) }).toMatchObject({
        field,
        type: 'string',
        nullable: true,
      });
    expect(profile.required).toEqual(['version']);
    expect(schemas.CreateCampaignDto).toMatchObject({
      required: expect.arrayContaining(['name', 'startsAt', 'deadlineAt']),
    });
    expect((schemas.CreateCampaignDto as SchemaObject).properties?.targets).toMatchObject({
      minItems: 1,
      maxItems: 500,
    });
  });

  it('documents the query parameters of the lists and of the import, and the media types of the files', () => {
    const officers = parameters({ method: 'GET', path: '/api/officers' });
    expect(officers.map((p) => p.name)).toEqual(
      expect.arrayContaining(['page', 'perPage', 'sort', 'order', 'q', 'unitId', 'role', 'status', 'completeness']),
    );
    expect(officers.find((p) => p.name === 'perPage')?.schema).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 100,
    });
    expect(parameters({ method: 'POST', path: '/api/officers/import' }).find((p) => p.name === 'mode')).toMatchObject({
      required: true,
      schema: { enum: ['dry-run', 'commit'] },
    });
    expect(
      parameters({ method: 'GET', path: '/api/compliance/summary' }).find((p) => p.name === 'campaignId'),
    ).toMatchObject({
      required: true,
      schema: { type: 'integer', minimum: 1 },
    });
    const exportAnswer = operationOf(document, 'GET', '/api/officers/export')?.responses['200'] as { content: object };
    expect(Object.keys(exportAnswer.content)).toEqual(
      expect.arrayContaining(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
    );
    const avatar = operationOf(document, 'GET', '/api/avatars/:key');
    expect(avatar?.security).toEqual([]);
    expect(Object.keys((avatar?.responses['200'] as { content: object }).content)).toEqual(['image/webp']);
  });

  it('answers a refused body in the documented error shape, with the fields the document names', async () => {
    const res = await t
      .http()
      .post('/api/units')
      .set(admin)
      .send({ code: 'x'.repeat(60), kind: 'planet', extra: 1 });
    expect(res.status).toBe(400);
    const documented = operationOf(document, 'POST', '/api/units')?.responses['400'] as unknown as {
      content: { 'application/json': { schema: SchemaObject } };
    };
    expect(schemaProblems(document, documented.content['application/json'].schema, res.body)).toEqual([]);
    const dto = document.components?.schemas?.CreateUnitDto as SchemaObject;
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).filter((f) => f !== 'extra');
    expect(fields.every((field) => field in (dto.properties ?? {}))).toBe(true);
    expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'parentId']));
  });
});
