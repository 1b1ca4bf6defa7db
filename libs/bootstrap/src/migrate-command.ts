import { DynamicModule, ForwardReference, Logger, Provider, Type } from '@nestjs/common';
import { KoersSettings } from '@koers/config';
import { createDataSource, migrate, migrationState, PERSISTENCE_OPTIONS, PersistenceModule, PersistenceOptions } from '@koers/persistence';
import type { ServiceDefinition } from './bootstrap-service';

/** What the image runs: the service (default), its migrations, or the check whether they are applied. */
export type ServiceCommand = { kind: 'serve' } | { kind: 'migrate'; check: boolean };

export const USAGE = 'usage: node dist/apps/main.js [<service>] [migrate [--check]]';

export class UnknownCommand extends Error {}

export function parseCommand(args: readonly string[]): ServiceCommand {
  if (args.length === 0) return { kind: 'serve' };
  if (args[0] === 'migrate' && args.length === 1) return { kind: 'migrate', check: false };
  if (args[0] === 'migrate' && args.length === 2 && args[1] === '--check') return { kind: 'migrate', check: true };
  throw new UnknownCommand(`unknown command "${args.join(' ')}"; ${USAGE}`);
}

/**
 * `migrate` applies the service's migrations under the schema's advisory lock (a second migrator
 * waits, then finds nothing to do) and exits 0; `migrate --check` changes nothing and exits 1 while
 * the schema lacks a migration of this image (an init container waits on it), 0 when it has them all.
 */
export async function runMigrateCommand(definition: ServiceDefinition, settings: KoersSettings, env: Record<string, string | undefined>, check: boolean): Promise<number> {
  const logger = new Logger('Migrate');
  const options = persistenceOptionsOf(definition.module(settings, env));
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    const schema = settings.database.schema;
    if (check) {
      const { pending, unknown } = await migrationState(dataSource);
      if (pending.length) logger.warn({ schema, pending }, `schema ${schema} lacks ${pending.length} migration(s) of this image; run migrate first`);
      else logger.log({ schema, unknown }, unknown.length ? `schema ${schema} is ahead of this image (${unknown.length} unknown migration(s))` : `schema ${schema} is up to date`);
      return pending.length ? 1 : 0;
    }
    const applied = await migrate(dataSource, {
      onWait: (holder) => logger.log({ schema, holder }, `another migrator holds the lock of schema ${schema}; waiting for it`),
    });
    logger.log({ schema, applied }, applied.length ? `applied ${applied.length} migration(s)` : `schema ${schema} is up to date; nothing to migrate`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

type Import = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

/** The persistence options a service's module tree gives PersistenceModule.forRoot, found without creating the app. */
export function persistenceOptionsOf(module: DynamicModule): PersistenceOptions {
  const found = findPersistence(module, new Set());
  if (!found) throw new Error(`${String(module.module?.name)} does not import PersistenceModule.forRoot`);
  return found;
}

function findPersistence(module: Import, seen: Set<unknown>): PersistenceOptions | undefined {
  if (!module || seen.has(module) || module instanceof Promise || !('module' in module)) return undefined;
  seen.add(module);
  if (module.module === PersistenceModule) {
    const provider = (module.providers ?? []).find((p: Provider) => typeof p === 'object' && 'provide' in p && p.provide === PERSISTENCE_OPTIONS);
    return provider && 'useValue' in provider ? (provider.useValue as PersistenceOptions) : undefined;
  }
  for (const imported of module.imports ?? []) {
    const options = findPersistence(imported as Import, seen);
    if (options) return options;
  }
  return undefined;
}
