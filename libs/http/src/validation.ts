import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputException, InvalidParam } from './problem';

/** Flattens class-validator's tree so a 400 lists every invalid field by its path (`gemeenten.0`). */
export function toInvalidParams(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, reason]) => ({
      name,
      code: code === 'whitelistValidation' ? 'onbekend-veld' : code,
      reason: code === 'whitelistValidation' ? `${name} is geen bekend veld` : reason,
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(toInvalidParams(errors)),
  });
}
