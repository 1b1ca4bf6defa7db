import { HttpStatus, INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { childTraceparent, isTraceparent, runWithTraceparent, traceIdOf } from '@koers/contracts';
import { HttpMetrics } from './metrics';
import { ProblemDetailsFilter } from './problem.filter';
import { InvalidInputException, PROBLEM_CONTENT_TYPE, ProblemException, problemType } from './problem';
import { koersValidationPipe } from './validation';
import { OpenApiInfo, publishOpenApi } from './openapi';
import { MAX_JSON_DIEPTE, weigerDiepeNesting } from './json-diepte';

export interface HttpConventions {
  openApi: OpenApiInfo;
  bodyLimitBytes: number;
  metrics: HttpMetrics;
}

/**
 * The NL API Design Rules and RFC 9457 as one call: problem+json for every error, a 400 that lists
 * every invalid field, no trailing slashes, API-Version on every response, security headers,
 * trace context, metrics, and the OpenAPI document at /v1/openapi.json.
 */
export function applyHttpConventions(app: INestApplication, conventions: HttpConventions): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.use(traceAndHeaders(conventions.openApi.version));
  express.use(logRequests(new Logger('Http')));
  express.use(rejectTrailingSlash);
  express.use(conventions.metrics.middleware());
  express.useBodyParser('json', { limit: conventions.bodyLimitBytes, type: ['application/json', 'application/*+json'], verify: weigerDiepeNesting() });
  express.use(bodyParserErrorsAsProblems);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(koersValidationPipe());
  publishOpenApi(app, conventions.openApi);
}

function traceAndHeaders(apiVersion: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('traceparent');
    const traceparent = childTraceparent(isTraceparent(incoming) ? incoming : undefined);
    res.setHeader('API-Version', apiVersion);
    res.setHeader('traceparent', traceparent);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    res.setHeader('Access-Control-Expose-Headers', 'API-Version, traceparent');
    runWithTraceparent(traceparent, next);
  };
}

/** One JSON line per request, carrying the trace id that its events and their handlers carry too. */
function logRequests(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        // 'finish' fires outside the request's async context: name the trace explicitly.
        traceId: traceIdOf(String(res.getHeader('traceparent'))),
      };
      // Probes and scrapes would drown the log; they are logged only at debug level.
      if (req.path.startsWith('/health') || req.path === '/metrics') logger.debug(entry, 'request');
      else logger.log(entry, 'request');
    });
    next();
  };
}

/** ADR /core/no-trailing-slash: a URI with a trailing slash is a 404, not a redirect. */
function rejectTrailingSlash(req: Request, res: Response, next: NextFunction): void {
  if (req.path.length > 1 && req.path.endsWith('/')) {
    res.status(404).type(PROBLEM_CONTENT_TYPE).send(
      JSON.stringify({
        type: problemType('niet-gevonden'),
        title: 'Niet gevonden',
        status: 404,
        detail: 'Paden eindigen niet op een schuine streep (/).',
        instance: req.originalUrl,
      }),
    );
    return;
  }
  next();
}

/**
 * Body-parser failures become problems here, while their kind is still known: Nest would turn a
 * JSON syntax error into a bare 400 whose message is the parser's, and leave the others unmapped.
 */
function bodyParserErrorsAsProblems(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const failure = error as { type?: string; status?: number; limit?: number };
  switch (failure?.type) {
    case 'entity.parse.failed':
      return next(new InvalidInputException([{ name: 'body', code: 'json', reason: 'geen geldige JSON' }], 'De body is geen geldige JSON.'));
    case 'entity.too.deep':
      return next(
        new InvalidInputException(
          [{ name: 'body', code: 'te-diep-genest', reason: `objecten en lijsten dieper genest dan ${MAX_JSON_DIEPTE} niveaus` }],
          `De body is dieper genest dan ${MAX_JSON_DIEPTE} niveaus (objecten en lijsten in elkaar); zo diep is geen verzoek van Koers.`,
        ),
      );
    case 'entity.too.large':
      return next(new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'verzoek-te-groot', 'Verzoek te groot', `De body is groter dan ${failure.limit} bytes.`));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return next(new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'mediatype-niet-ondersteund', 'Mediatype niet ondersteund', 'Stuur JSON in UTF-8, zonder of met gzip-compressie.'));
    default:
      return next(error);
  }
}
