import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as classValidator from 'class-validator';
import { getMetadataStorage, IsEmail, IsString, MetadataStorage } from 'class-validator';
import { constraintName, VALIDATION_REASONS } from '@koers/http';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

const ROOT = resolve(__dirname, '..', '..');

/** class-validator's own constraint names (IS_STRING = 'isString', …) and the kinds of rule that report themselves. */
const LIBRARY_CONSTRAINTS = new Set([
  ...Object.entries(classValidator).filter(([key, value]) => /^[A-Z0-9_]+$/.test(key) && typeof value === 'string').map(([, value]) => value as string),
  'nestedValidation',
  'isDefined',
  'whitelistValidation',
]);
// IsOptional and ValidateIf only decide whether the other rules run; they report nothing.
const SILENT = new Set(['conditionalValidation']);

/** Every source file of apps and libs that declares class-validator rules, loaded so that its classes register them. */
function loadEveryRuleFile(): void {
  for (const folder of ['apps', 'libs']) {
    for (const file of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\/src\/.*\.ts$/.test(`/${file}`) || /\.(spec|e2e-spec|chaos-spec)\.ts$/.test(file)) continue;
      const path = join(ROOT, folder, file);
      if (readFileSync(path, 'utf8').includes("from 'class-validator'")) require(path);
    }
  }
}

function rulesByClass(): Map<Function, ValidationMetadata[]> {
  // The storage does not list its classes publicly; this spec fails loudly below if that changes.
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> }).validationMetadatas;
}

function missingDutchReasons(classes: Iterable<Function>): string[] {
  const missing = new Set<string>();
  for (const target of classes) {
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
      const name = constraintName(rule);
      if (!SILENT.has(name) && LIBRARY_CONSTRAINTS.has(name) && !VALIDATION_REASONS[name]) missing.add(`${target.name}.${rule.propertyName}: ${name}`);
    }
  }
  return [...missing].sort();
}

describe('Dutch validation reasons', () => {
  beforeAll(loadEveryRuleFile, 60000);

  it('exist for every class-validator constraint a DTO of any service or lib uses', () => {
    const classes = [...rulesByClass().keys()];
    expect(classes.map((target) => target.name)).toEqual(expect.arrayContaining(['SignaalIndienenDto', 'AbonnementAanmakenDto', 'MonitoringplanMakenDto', 'PaginaQuery']));
    expect(missingDutchReasons(classes)).toEqual([]);
  });

  it('would name a DTO that uses a constraint without one', () => {
    class Contactpersoon {
      @IsString() naam: string;
      @IsEmail() email: string;
    }
    expect(missingDutchReasons([Contactpersoon])).toEqual(['Contactpersoon.email: isEmail']);
  });

  it('exist for what the validation pipe reports without a decorator', () => {
    for (const name of ['whitelistValidation', 'nestedValidation', 'isObject', 'unknownValue']) expect(VALIDATION_REASONS[name]).toBeDefined();
  });
});
