import { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadKoersSettings } from '@koers/config';
import { buildOpenApiDocument } from '@koers/http';
import { HANDLES_EVENT } from '@koers/messaging';
import type { ServiceDefinition } from './bootstrap-service';

/** What a service offers and hears, read from its code without running it. */
export interface ServiceDescription {
  service: string;
  /** The document the running service serves at /v1/openapi.json. */
  openApi: OpenAPIObject;
  /** The event types its `@HandlesEvent` methods handle, sorted. */
  handledEventTypes: string[];
}

/**
 * Builds the service's app in Nest's preview mode: modules, controllers and providers are known but
 * none is instantiated, so no database, broker or Keycloak is needed — generators and CI checks can
 * read the API and the event handlers of every service on any machine.
 */
export async function describeService(definition: ServiceDefinition, env: Record<string, string | undefined> = {}): Promise<ServiceDescription> {
  const settings = loadKoersSettings(definition.service, definition.defaultPort, env);
  const app = await NestFactory.create(definition.module(settings, env), { preview: true, logger: false, abortOnError: false });
  try {
    return { service: definition.service, openApi: buildOpenApiDocument(app, definition.openApi), handledEventTypes: handledEventTypes(app) };
  } finally {
    await app.close();
  }
}

function handledEventTypes(app: INestApplication): string[] {
  const types = new Set<string>();
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const prototype = typeof wrapper.metatype === 'function' ? (wrapper.metatype.prototype as Record<string, unknown> | undefined) : undefined;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        const handled: string[] | undefined = typeof method === 'function' ? Reflect.getMetadata(HANDLES_EVENT, method) : undefined;
        handled?.forEach((type) => types.add(type));
      }
    }
  }
  return [...types].sort();
}
