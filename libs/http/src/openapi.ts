import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { declareIdempotencyKeys } from './idempotency/idempotency.openapi';
import { applyDesignRules } from './openapi-design-rules';

export interface OpenApiInfo {
  title: string;
  description: string;
  /** SemVer; equals the API-Version header of every response. */
  version: string;
}

export const OPENAPI_PATH = '/v1/openapi.json';

export function buildOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version)
    .setContact('Team Koers', 'https://koers.example/contact', 'koers-team@koers.example')
    .addServer('/v1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
  document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [path.replace(/^\/v1(?=\/)/, ''), item]));
  // The design rules come last: they describe the responses the idempotency keys add as well.
  return applyDesignRules(declareIdempotencyKeys(document), info.version);
}

/** Public, no authentication, CORS open to every origin (ADR /core/publish-openapi). */
export function publishOpenApi(app: INestApplication, info: OpenApiInfo): void {
  let document: OpenAPIObject | undefined;
  const http = app.getHttpAdapter();
  http.get(OPENAPI_PATH, (_req: Request, res: Response) => {
    document ??= buildOpenApiDocument(app, info);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/json').send(JSON.stringify(document));
  });
}
