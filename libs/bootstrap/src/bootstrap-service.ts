import 'reflect-metadata';
import { DynamicModule, INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InvalidSettingError, KoersSettings, loadKoersSettings } from '@koers/config';
import { applyHttpConventions, HttpMetrics, JsonLogger, OpenApiInfo } from '@koers/http';
import { parseCommand, runMigrateCommand, ServiceCommand, UnknownCommand } from './migrate-command';
import { stopOnSignals } from './shutdown';

/** What main.ts and the test harness need to know to run one service. */
export interface ServiceDefinition {
  service: string;
  defaultPort: number;
  openApi: OpenApiInfo;
  /** `env` carries the service's own settings beyond KoersSettings (read and validated by its module). */
  module(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule;
}

/** The Nest app of a service with every shared HTTP convention applied (not yet listening). */
export async function createServiceApp(
  definition: ServiceDefinition,
  settings: KoersSettings,
  env: Record<string, string | undefined> = process.env,
): Promise<INestApplication> {
  const app = await NestFactory.create(definition.module(settings, env), { ...serviceAppOptions(settings), abortOnError: false });
  return configureServiceApp(app, definition, settings);
}

/** How a service's Nest app is created: its JSON logger, and no body parser (the HTTP conventions bring their own). */
export function serviceAppOptions(settings: KoersSettings) {
  return { logger: new JsonLogger(settings.service, settings.logLevel), bodyParser: false };
}

/** Every shared HTTP convention on a created app, also one a test harness created from a testing module. */
export function configureServiceApp(app: INestApplication, definition: ServiceDefinition, settings: KoersSettings): INestApplication {
  applyHttpConventions(app, { openApi: definition.openApi, bodyLimitBytes: settings.http.bodyLimitBytes, metrics: app.get(HttpMetrics) });
  return app;
}

/**
 * main.ts of every service: fail fast on a bad setting (naming it), then run the command of the
 * arguments — serve (no arguments; SIGTERM stops it gracefully, see stopOnSignals), `migrate` or
 * `migrate --check` (exit status 1 while migrations are pending).
 */
export async function runService(definition: ServiceDefinition, args: readonly string[] = process.argv.slice(2), env: Record<string, string | undefined> = process.env): Promise<void> {
  refuseUnsupportedNode();
  let command: ServiceCommand;
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UnknownCommand)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(64); // EX_USAGE
  }
  try {
    const settings = loadKoersSettings(definition.service, definition.defaultPort, env);
    if (command.kind === 'migrate') {
      Logger.overrideLogger(new JsonLogger(settings.service, settings.logLevel));
      const status = await runMigrateCommand(definition, settings, env, command.check).catch((error: unknown) => {
        if (error instanceof InvalidSettingError) throw error;
        new Logger('Migrate').error({ error: String(error) }, 'migrating failed');
        return 1;
      });
      process.exit(status);
    }
    const app = await createServiceApp(definition, settings, env);
    stopOnSignals(app, settings.shutdown.timeoutMs);
    await app.listen(settings.port, '0.0.0.0');
    new Logger('Bootstrap').log(`koers-${settings.service} listening on http://127.0.0.1:${settings.port}`);
  } catch (error) {
    if (!(error instanceof InvalidSettingError)) throw error;
    process.stderr.write(`${JSON.stringify({ level: 'fatal', service: definition.service, setting: error.variable, msg: error.message })}\n`);
    process.exit(78); // EX_CONFIG
  }
}

/** Koers runs on Node.js 24 LTS (`.node-version`); an older runtime is past its end of life. */
export const SUPPORTED_NODE_MAJOR = 24;

/** Why this Node.js cannot run Koers, or undefined when it can. */
export function unsupportedNodeReason(version: string): string | undefined {
  if (Number(version.split('.')[0]) >= SUPPORTED_NODE_MAJOR) return undefined;
  return (
    `koers needs Node.js ${SUPPORTED_NODE_MAJOR} LTS or later; this is Node.js ${version}. ` +
    'Start it through tools/platform.sh, or `source tools/node/use.sh` first.'
  );
}

function refuseUnsupportedNode(): void {
  const reason = unsupportedNodeReason(process.versions.node);
  if (!reason) return;
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}
