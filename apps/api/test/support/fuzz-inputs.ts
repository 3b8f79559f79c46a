import fc from 'fast-check';

/**
 * Hostile inputs for the API fuzz test. Bodies are built as a small JSON tree and serialised by hand, so a test can
 * send what JSON.stringify cannot express from a JS object: `__proto__` as an own key, duplicate keys, `-0`,
 * `1e309` (Infinity once parsed), integers beyond 2^53, nesting deeper than a recursive serialiser survives.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

export class JsonObject {
  constructor(readonly entries: readonly (readonly [string, Json])[]) {}
}

/** Resolved when the request is sent (e.g. the version a PATCH must carry), so a valid body stays valid. */
export class LiveValue {
  constructor(readonly name: string) {}
}

export type Json = null | boolean | number | string | RawJson | JsonObject | LiveValue | Json[];

export const obj = (record: Record<string, Json>) => new JsonObject(Object.entries(record));

export function toJsonText(value: Json, live: (name: string) => Json = unresolved): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof LiveValue) return toJsonText(live(value.name), live);
  if (value instanceof JsonObject)
    return `{${value.entries.map(([key, v]) => `${JSON.stringify(key)}:${toJsonText(v, live)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map((v) => toJsonText(v, live)).join(',')}]`;
  return JSON.stringify(value);
}

const unresolved = (name: string): never => {
  throw new Error(`live value ${name} has no resolver`);
};

/** A readable, bounded description of a value for failure messages. */
export function describeJson(value: Json): string {
  const text = toJsonText(value, (name) => `<${name}>`);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Strings

/** Hand-picked strings that have broken real systems: encodings, injections, look-alike numbers and dates. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  'Nguyễn Văn An',
  'Nguye\u0302\u0303n Va\u0306n A\u0300n', // NFD Vietnamese: base letters plus combining marks
  'Đặng Thị Ngọc Ánh',
  'D\u0323a\u0306\u0323ng',
  '\u200b',
  '\u200d',
  'a\u200db',
  '\u202eevil',
  '\u200f\u200e',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\ude00b',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  '１２３',
  '０９１２３４５６７８',
  '٠١٢٣',
  "' OR 1=1 --",
  "' OR '1'='1",
  '1; DROP TABLE officers',
  '"; DROP TABLE units; --',
  "admin'--",
  '%',
  '_',
  '%_%',
  '\\',
  '\\u0000',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '-0',
  '0x10',
  '1e309',
  '9007199254740993',
  '2147483648',
  '-1',
  '0',
  '1.5',
  ' 1',
  '1 ',
  '\u0130'.repeat(64), // "İ" lower-cases to two code units
  'ß',
  'ﬀ',
  'a'.repeat(65),
  'a'.repeat(257),
  'ặ'.repeat(128), // 384 UTF-8 bytes in 128 characters
  '😀'.repeat(64),
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'admin',
  'officer',
  '2026-02-30',
  '0000-01-01',
  '2026-13-01',
  '0000-00-00',
  '1899-12-31',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '2026-W01',
  '2026-001',
  '2026-11-01T25:00',
  '2026-11-01T08:00+07:00',
  '20261101',
  '/profile',
  '/admin',
  '//evil.example',
  'male',
  'female',
  'MALE',
  '001099012345',
  '123456789',
  '0912345678',
  '+84912345678',
  'a@b.vn',
  'nguyễn@x.vn',
  'MotCua@2026',
];

const NASTY_PIECES = fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 20));

/** Short strings: the curated list, arbitrary code units (lone surrogates included) and mixtures of both. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(NASTY_PIECES, fc.string({ maxLength: 4 })), { minLength: 2, maxLength: 6 })
      .map((parts) => parts.join('')),
  },
);

const LONG_UNITS = ['a', 'ặ', '😀', '\u0000', ' ', 'e\u0302\u0303', "'", '<'];

/** Strings just over the usual column limits, and 10k–200k characters (over 100 kb of JSON they must answer 413). */
export const longString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...LONG_UNITS),
    fc.oneof(
      fc.constantFrom(21, 31, 51, 65, 101, 129, 201, 255, 256, 301, 513, 2001, 4097),
      fc.integer({ min: 10_000, max: 200_000 }),
    ),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** Numbers as the JSON text spells them: boundaries of int32 and of doubles, negative ids, fractions, -0, 1e309. */
export const nastyNumber: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    0,
    1,
    -1,
    1.5,
    0.1,
    100001,
    2_147_483_647,
    2_147_483_648,
    -2_147_483_649,
    4_294_967_296,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    new RawJson('-0'),
    new RawJson('1e309'),
    new RawJson('-1e309'),
    new RawJson('9007199254740993'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('1E2'),
    new RawJson('1.0'),
    new RawJson('0.0000001'),
  ),
  fc.integer(),
  fc.integer({ min: -10, max: 10 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

// ---------------------------------------------------------------------------------------------------------------
// Any JSON value

/** Objects whose keys attempt prototype pollution; `polluted` is what the test looks for afterwards. */
export const pollution: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  new JsonObject([['__proto__', obj({ polluted: 'yes' })]]),
  new JsonObject([['__proto__', obj({ polluted: 'yes', isAdmin: true, roles: ['admin'] })]]),
  obj({ constructor: obj({ prototype: obj({ polluted: 'yes' }) }) }),
  obj({ prototype: obj({ polluted: 'yes' }) }),
  new JsonObject([
    ['__proto__', obj({ toString: 'polluted' })],
    ['hasOwnProperty', 'polluted'],
  ]),
);

const key: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'polluted',
    'id',
    'version',
    'a.b',
    'a[b]',
    '',
    ' ',
    '$where',
    '$gt',
  ),
  nastyString,
);

/** Nested arrays and objects (with hostile keys) down to a few levels. */
export const nestedValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => new JsonObject(entries)),
  ),
})).value;

/** Nesting far deeper than any DTO: arrays or objects 50–30,000 levels down (the deepest exceed 100 kb). */
export const deepValue: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom('[', '{"a":', '[{"b":'), fc.integer({ min: 50, max: 30_000 }))
  .map(([open, depth]) => {
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
    return new RawJson(`${open.repeat(depth)}1${close.repeat(depth)}`);
  });

/** A value of any type: what a field gets when the fuzzer puts the wrong thing in it. */
export const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: nestedValue },
  { weight: 1, arbitrary: pollution },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: fc.array(nastyNumber, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(nastyString, { minLength: 1, maxLength: 5 }) },
);

// ---------------------------------------------------------------------------------------------------------------
// Request bodies

export type Body =
  | { kind: 'json'; value: Json }
  /** Exactly these bytes with this Content-Type (none when undefined). */
  | { kind: 'raw'; contentType: string; data: string | Buffer };

export const jsonBody = (value: Json): Body => ({ kind: 'json', value });

/** Bodies no JSON serialiser would produce: broken syntax, wrong or lying content types, invalid UTF-8. */
export const rawBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom<Body>(
    { kind: 'raw', contentType: 'application/json', data: '{' },
    { kind: 'raw', contentType: 'application/json', data: '{"a":}' },
    { kind: 'raw', contentType: 'application/json', data: "{'a':1}" },
    { kind: 'raw', contentType: 'application/json', data: '[1,]' },
    { kind: 'raw', contentType: 'application/json', data: 'NaN' },
    { kind: 'raw', contentType: 'application/json', data: '"just a string"' },
    { kind: 'raw', contentType: 'application/json', data: '12' },
    { kind: 'raw', contentType: 'application/json', data: 'null' },
    { kind: 'raw', contentType: 'application/json', data: '' },
    { kind: 'raw', contentType: 'application/json', data: '\u0000' },
    { kind: 'raw', contentType: 'application/json', data: '{"a":1}{"b":2}' },
    {
      kind: 'raw',
      contentType: 'application/json',
      data: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
    },
    { kind: 'raw', contentType: 'application/json; charset=utf-16', data: '{"a":1}' },
    { kind: 'raw', contentType: 'application/json; charset=klingon', data: '{"a":1}' },
    { kind: 'raw', contentType: 'text/plain', data: '{"name":"x"}' },
    {
      kind: 'raw',
      contentType: 'application/xml',
      data: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    },
    {
      kind: 'raw',
      contentType: 'application/x-www-form-urlencoded',
      data: 'name=x&__proto__[polluted]=yes&constructor[prototype][polluted]=yes',
    },
    { kind: 'raw', contentType: 'application/x-www-form-urlencoded', data: 'a=%zz&b=%&c=%E0%A4%A&version=1&version=2' },
    {
      kind: 'raw',
      contentType: 'multipart/form-data; boundary=xyz',
      data: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot a png\r\n--xyz--\r\n',
    },
    { kind: 'raw', contentType: 'multipart/form-data; boundary=xyz', data: '--xyz\r\nbroken' },
    { kind: 'raw', contentType: 'application/octet-stream', data: Buffer.from('{"a":1}') },
    { kind: 'raw', contentType: 'application/json', data: Buffer.from('{"a":1}').subarray(0, 0) },
  ),
  fc
    .uint8Array({ maxLength: 64 })
    .map((bytes): Body => ({ kind: 'raw', contentType: 'application/json', data: Buffer.from(bytes) })),
);

export interface BodyShape {
  /** A valid value for each field the endpoint accepts. */
  valid: Record<string, fc.Arbitrary<Json>>;
  /** Fields a valid body always carries; the others are present or not. */
  required?: readonly string[];
}

const validObject = (shape: BodyShape): fc.Arbitrary<Array<[string, Json]>> =>
  fc
    .tuple(
      ...Object.entries(shape.valid).map(([field, arbitrary]) =>
        fc.tuple(fc.constant(field), arbitrary, shape.required?.includes(field) ? fc.constant(true) : fc.boolean()),
      ),
    )
    .map((fields) => fields.filter(([, , present]) => present).map(([field, value]): [string, Json] => [field, value]));

type Mutation =
  | { kind: 'replace'; field: string; value: Json }
  | { kind: 'drop'; field: string }
  | { kind: 'extra'; key: string; value: Json }
  | { kind: 'duplicate'; field: string; value: Json };

const applyMutation = (entries: Array<[string, Json]>, mutation: Mutation): JsonObject => {
  switch (mutation.kind) {
    case 'replace':
      return new JsonObject([
        ...entries.filter(([field]) => field !== mutation.field),
        [mutation.field, mutation.value],
      ]);
    case 'drop':
      return new JsonObject(entries.filter(([field]) => field !== mutation.field));
    case 'extra':
      return new JsonObject([...entries, [mutation.key, mutation.value]]);
    case 'duplicate':
      return new JsonObject([...entries, [mutation.field, mutation.value]]);
  }
};

/**
 * Bodies for an endpoint: valid ones, valid ones with one field wrong (those reach the services), entirely random
 * JSON, and raw bytes that are not JSON at all.
 */
export function bodyFor(shape: BodyShape): fc.Arbitrary<Body> {
  const fields = Object.keys(shape.valid);
  const field = fields.length ? fc.constantFrom(...fields) : fc.constant('id');
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), field, value: anyValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), field }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), key, value: anyValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), field, value: anyValue }) },
  );
  const valid = validObject(shape);
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((entries) => jsonBody(new JsonObject(entries))) },
    { weight: 7, arbitrary: fc.tuple(valid, mutation).map(([entries, m]) => jsonBody(applyMutation(entries, m))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, mutation, mutation)
        .map(([entries, a, b]) =>
          jsonBody(applyMutation([...applyMutation(entries, a).entries] as Array<[string, Json]>, b)),
        ),
    },
    { weight: 2, arbitrary: anyValue.map(jsonBody) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(key, anyValue), { maxLength: 5 })
        .map((entries) => jsonBody(new JsonObject(entries))),
    },
    { weight: 1, arbitrary: rawBody },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Query strings and path segments

/** One query parameter as sent: a repeated key becomes an array on the server. */
export type QueryEntry = readonly [string, string];

/** Query strings percent-encoded by hand (lone surrogates as their WTF-8 bytes), or malformed on purpose. */
export type Query = { kind: 'entries'; entries: readonly QueryEntry[] } | { kind: 'raw'; text: string };

export interface QueryShape {
  /** Valid values per parameter (filters, paging, sorting). */
  valid: Record<string, fc.Arbitrary<string>>;
}

const RAW_QUERIES = [
  '%',
  '%zz',
  'a=%E0%A4%A',
  '&&&',
  '=',
  '==1',
  'page',
  'page=',
  'page[]=1',
  'page[a]=1',
  'sort=name&sort=code',
  '__proto__=1&__proto__[polluted]=yes',
  'constructor=1&prototype=2',
  'q=%00',
  'q=%C0%80',
  'q=%ED%A0%80',
  'q=' + '%41'.repeat(3000),
  '+=+',
  '%2F..%2F..%2F',
];

export function queryFor(shape: QueryShape): fc.Arbitrary<Query> {
  const params = Object.keys(shape.valid);
  const param = fc.constantFrom(...params);
  const valid = fc
    .tuple(
      ...Object.entries(shape.valid).map(([name, arbitrary]) =>
        fc
          .option(arbitrary, { nil: undefined })
          .map((value) => (value === undefined ? [] : [[name, value] as QueryEntry])),
      ),
    )
    .map((parts) => parts.flat());
  const wrongValue = fc.oneof(
    nastyString,
    longString.filter((s) => s.length < 5_000),
    nastyNumber.map((n) => toJsonText(n)),
  );
  type QueryMutation =
    { kind: 'replace' | 'repeat'; name: string; value: string } | { kind: 'extra'; name: string; value: string };
  const mutation: fc.Arbitrary<QueryMutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), name: param, value: wrongValue }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat' as const), name: param, value: wrongValue }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), name: key, value: wrongValue }) },
  );
  const apply = (entries: QueryEntry[], m: QueryMutation): QueryEntry[] =>
    m.kind === 'replace'
      ? [...entries.filter(([name]) => name !== m.name), [m.name, m.value]]
      : [...entries, [m.name, m.value]];
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((entries): Query => ({ kind: 'entries', entries })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([entries, ms]): Query => ({ kind: 'entries', entries: ms.reduce(apply, entries) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(key, wrongValue), { maxLength: 5 })
        .map((entries): Query => ({ kind: 'entries', entries })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES).map((text): Query => ({ kind: 'raw', text })) },
  );
}

/** Percent-encodes every code unit outside the unreserved set; a lone surrogate becomes its WTF-8 bytes. */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[A-Za-z0-9\-_.~]$/.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    const bytes =
      code >= 0xd800 && code <= 0xdfff
        ? Buffer.from([0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)])
        : Buffer.from(char, 'utf8');
    for (const byte of bytes) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function queryText(query: Query): string {
  if (query.kind === 'raw') return query.text;
  return query.entries.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
}

export function describeQuery(query: Query): string {
  const text = queryText(query);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

/** Route ids that are not positive int32s, spelled every way a client might, some of them already encoded. */
export const nastyIdSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    '0x10',
    '%EF%BC%91',
    '%201',
    '1%20',
    '%00',
    '2147483648',
    '99999999999',
    '9'.repeat(40),
    '1%3B%20DROP%20TABLE%20officers',
    'null',
    'undefined',
    'NaN',
    '%F0%9F%98%80',
    '%',
    '%zz',
    '..',
    '%2E%2E',
    '%2F',
    'abc',
    '__proto__',
    'constructor',
  ),
  nastyString.filter((s) => s.length > 0).map(percentEncode),
  fc.integer({ min: 1_000_000, max: 2_147_483_647 }).map(String),
);
