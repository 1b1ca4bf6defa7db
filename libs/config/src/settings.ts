/**
 * Fail-fast configuration from environment variables. Each setting names its variable, so a
 * service that starts with a missing or invalid value stops at once with a message naming it.
 */
export class InvalidSettingError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid setting ${variable}: ${reason}`);
    this.name = 'InvalidSettingError';
  }
}

type Env = Record<string, string | undefined>;

function raw(env: Env, name: string, fallback: string | undefined): string {
  const value = env[name] ?? fallback;
  if (value === undefined || value.trim() === '') throw new InvalidSettingError(name, 'is required but not set');
  return value.trim();
}

export function text(env: Env, name: string, fallback?: string): string {
  return raw(env, name, fallback);
}

export function optionalText(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function integer(env: Env, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const value = raw(env, name, String(fallback));
  if (!/^-?\d+$/.test(value)) throw new InvalidSettingError(name, `"${value}" is not a whole number`);
  const n = Number(value);
  if (range.min !== undefined && n < range.min) throw new InvalidSettingError(name, `${n} is below ${range.min}`);
  if (range.max !== undefined && n > range.max) throw new InvalidSettingError(name, `${n} is above ${range.max}`);
  return n;
}

export function integerList(env: Env, name: string, fallback: number[]): number[] {
  const value = raw(env, name, fallback.join(','));
  const parts = value.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) {
    throw new InvalidSettingError(name, `"${value}" is not a comma-separated list of whole numbers`);
  }
  return parts.map(Number);
}

export function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = raw(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InvalidSettingError(name, `"${value}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new InvalidSettingError(name, `protocol ${parsed.protocol} is not one of ${protocols.join(', ')}`);
  }
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const value = raw(env, name, fallback);
  if (!allowed.includes(value as T)) throw new InvalidSettingError(name, `"${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

export function flag(env: Env, name: string, fallback: boolean): boolean {
  return oneOf(env, name, fallback ? 'true' : 'false', ['true', 'false'] as const) === 'true';
}

export function identifier(env: Env, name: string, fallback: string): string {
  const value = raw(env, name, fallback);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new InvalidSettingError(name, `"${value}" must be lower-case letters, digits and _ (max 63)`);
  }
  return value;
}
