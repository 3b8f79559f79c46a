import { formatRuleError, type RuleError } from '@motcua/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

export const DOMAIN_CONSTRAINT = 'domainRule';

type Rule = (value: unknown, ...context: never[]) => { ok: boolean; errors: RuleError[] };

/**
 * Runs a libs/domain rule on a DTO property, so the API answers with exactly the codes the SPA shows.
 * class-validator only carries a string per constraint, so the rule's errors travel JSON-encoded to
 * the exception factory, which turns them into `{field, code, message}`.
 */
export function DomainRule(
  rule: Rule,
  contextOf?: (object: object) => unknown,
  options?: ValidationOptions,
): PropertyDecorator {
  const check = (args: ValidationArguments) =>
    rule(args.value, ...((contextOf ? [contextOf(args.object)] : []) as never[]));
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: DOMAIN_CONSTRAINT,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => check(args).ok,
        defaultMessage: (args?: ValidationArguments) => JSON.stringify(args ? check(args).errors : []),
      },
    });
}

export function decodeDomainErrors(encoded: string): { code: string; message: string }[] {
  const errors = JSON.parse(encoded) as RuleError[];
  return errors.map((error) => ({ code: error.code, message: formatRuleError(error, 'vi') }));
}
