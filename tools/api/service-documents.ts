import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ServiceDefinition } from '@koers/bootstrap';
import { loadKoersSettings } from '@koers/config';
import { buildOpenApiDocument } from '@koers/http';
import { consent } from '../../apps/consent/src/consent.service-definition';
import { monitoring } from '../../apps/monitoring/src/monitoring.service-definition';
import { notificaties } from '../../apps/notificaties/src/notificaties.service-definition';
import { pilots } from '../../apps/pilots/src/pilots.service-definition';
import { signalen } from '../../apps/signalen/src/signalen.service-definition';
import { tafels } from '../../apps/tafels/src/tafels.service-definition';

export const SERVICES: readonly ServiceDefinition[] = [signalen, tafels, pilots, consent, monitoring, notificaties];

/**
 * The document each service serves at /v1/openapi.json, built by the same function from its app in
 * Nest's preview mode: nothing is instantiated, so no database, broker or Keycloak is needed.
 */
export async function serviceDocuments(): Promise<Map<string, OpenAPIObject>> {
  const documents = new Map<string, OpenAPIObject>();
  for (const definition of SERVICES) {
    const settings = loadKoersSettings(definition.service, definition.defaultPort, {});
    const app = await NestFactory.create(definition.module(settings, {}), { preview: true, logger: false, abortOnError: false });
    try {
      documents.set(definition.service, buildOpenApiDocument(app, definition.openApi));
    } finally {
      await app.close();
    }
  }
  return documents;
}
