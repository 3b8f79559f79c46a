import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { OpenAPIObject, SchemaObject } from './openapi-types';

/** The parts of class-validator's ValidationMetadata read here. */
interface Rule {
  type: string;
  name?: string;
  propertyName: string;
  constraints: unknown[];
  each?: boolean;
}

/** A DTO class, as class-validator keys its metadata. */
type DtoClass = abstract new (...args: never[]) => unknown;

interface Storage {
  validationMetadatas: Map<DtoClass, Rule[]>;
  getTargetValidationMetadatas(target: DtoClass, schema: string, always: boolean, strict: boolean): Rule[];
}

type Constrain = (schema: SchemaObject, constraints: unknown[]) => void;

const setType =
  (type: SchemaObject['type'], format?: string): Constrain =>
  (schema) => {
    schema.type = type;
    if (format) schema.format = format;
  };

/** class-validator's constraint names (and ours) as JSON Schema keywords. */
const CONSTRAINTS: Record<string, Constrain> = {
  isString: setType('string'),
  isInt: setType('integer'),
  isNumber: setType('number'),
  isBoolean: setType('boolean'),
  isArray: setType('array'),
  isIso8601: setType('string', 'date-time'),
  isEmail: setType('string', 'email'),
  isUUID: setType('string', 'uuid'),
  isIn: (schema, [values]) => {
    schema.enum = [...(values as unknown[])];
    if (schema.enum.every((v) => typeof v === 'string')) schema.type = 'string';
  },
  min: (schema, [min]) => void (schema.minimum = min as number),
  max: (schema, [max]) => void (schema.maximum = max as number),
  minLength: (schema, [min]) => void (schema.minLength = min as number),
  maxLength: (schema, [max]) => void (schema.maxLength = max as number),
  isLength: (schema, [min, max]) =>
    Object.assign(schema, { minLength: min, ...(max === undefined ? {} : { maxLength: max }) }),
  matches: (schema, [pattern]) => void (schema.pattern = pattern instanceof RegExp ? pattern.source : String(pattern)),
  arrayMinSize: (schema, [min]) => void (schema.minItems = min as number),
  arrayMaxSize: (schema, [max]) => void (schema.maxItems = max as number),
  // With a selector (targets: one entry per unit) the rule is stricter than uniqueItems, never looser.
  arrayUnique: (schema) => void (schema.uniqueItems = true),
  maxUtf8Bytes: (schema, [max]) => void ((schema as Record<string, unknown>)['x-max-utf8-bytes'] = max as number),
};

const storage = () => getMetadataStorage() as unknown as Storage;

/** Every class with validation rules, by name: the DTOs the document names in components.schemas. */
function dtoClasses(): Map<string, DtoClass> {
  return new Map([...storage().validationMetadatas.keys()].map((target) => [target.name, target]));
}

/**
 * A conditional rule (IsOptional, ValidateIf, OptionalNotNull) skips the property's checks when its condition is
 * false: asked about `undefined` and `null`, it tells whether the property may be absent or null.
 */
function skips(rules: Rule[], property: string, value: undefined | null): boolean {
  return rules.some((rule) => {
    if (rule.type !== ValidationTypes.CONDITIONAL_VALIDATION) return false;
    const condition = rule.constraints[0] as (object: object, value: unknown) => boolean;
    return !condition({ [property]: value }, value);
  });
}

function describeProperty(schema: SchemaObject, rules: Rule[]): void {
  for (const rule of rules) {
    const constrain = rule.name ? CONSTRAINTS[rule.name] : undefined;
    if (!constrain) continue;
    const target = rule.each ? (schema.items ??= {}) : schema;
    constrain(target as SchemaObject, rule.constraints ?? []);
  }
  if (schema.type !== 'array') delete schema.items;
}

/** Fills a DTO's schema with what the ValidationPipe actually checks, so the description cannot drift from it. */
function describeDto(schema: SchemaObject, target: DtoClass): void {
  const rules = storage().getTargetValidationMetadatas(target, '', true, false);
  const properties = (schema.properties ??= {}) as Record<string, SchemaObject>;
  const required: string[] = [];
  for (const property of new Set(rules.map((rule) => rule.propertyName))) {
    const own = rules.filter((rule) => rule.propertyName === property);
    const propertySchema = (properties[property] ??= {});
    describeProperty(propertySchema, own);
    if (skips(own, property, null)) propertySchema.nullable = true;
    else delete propertySchema.nullable;
    if (!skips(own, property, undefined)) required.push(property);
  }
  if (required.length) schema.required = required;
  else delete schema.required;
  // forbidNonWhitelisted: an unknown field is a 400.
  schema.additionalProperties = false;
}

export function describeDtoConstraints(document: OpenAPIObject): void {
  const classes = dtoClasses();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const target = classes.get(name);
    if (target && !('$ref' in schema)) describeDto(schema as SchemaObject, target);
  }
}
