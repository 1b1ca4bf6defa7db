import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, MetadataStorage } from 'class-validator';
import { InvalidInputException, InvalidParam } from './problem';
import { dutchReason } from './validation-reasons';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

/** The constraint name class-validator reports for a rule: a decorator's own name, or the kind of rule. */
export function constraintName(metadata: ValidationMetadata): string {
  const constraint = metadata.constraintCls ? getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)[0] : undefined;
  return constraint?.name ?? metadata.type;
}

/** The rule behind one reported constraint of a field, found from the object it was reported on. */
function ruleOf(error: ValidationError, constraint: string): ValidationMetadata | undefined {
  const target = error.target?.constructor;
  if (!target || target === Object) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((metadata) => metadata.propertyName === error.property && constraintName(metadata) === constraint)
    .at(-1);
}

/**
 * A reason a person can read: the DTO's own message where it has one, otherwise the Dutch sentence
 * for the constraint, with the rule's arguments; class-validator's English default never.
 */
function reasonFor(error: ValidationError, constraint: string, reported: string, name: string): string {
  const rule = ruleOf(error, constraint);
  if (rule && hasOwnMessage(rule)) return reported;
  return dutchReason(constraint, { field: name, each: rule?.each ?? false }, rule?.constraints) ?? reported;
}

function hasOwnMessage(rule: ValidationMetadata): boolean {
  // ValidateNested writes its English default into the rule, as if the DTO had given it.
  return !!rule.message && !(rule.type === 'nestedValidation' && String(rule.message).includes('nested property $property'));
}

/** Flattens class-validator's tree so a 400 lists every invalid field by its path (`gemeenten.0`). */
export function toInvalidParams(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, reported]) => ({
      name,
      code: code === 'whitelistValidation' ? 'onbekend-veld' : code,
      reason: reasonFor(error, code, reported, name),
    }));
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

export function koersValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The target lets each reason be found from its rule; the errors themselves never leave the pipe.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new InvalidInputException(toInvalidParams(errors)),
  });
}
