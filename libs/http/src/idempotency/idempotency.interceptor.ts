import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { DATA_SOURCE, inAmbientTransaction, schemaOf } from '@koers/persistence';
import { ProblemException } from '../problem';
import { fingerprintOf, IDEMPOTENCY_REPLAYED_HEADER, parseIdempotencyKey } from './idempotency-key';
import { IdempotencyScope, IdempotencyStore, StoredAnswer } from './idempotency.store';

/** Headers of the first answer that a repeated one carries again; the rest are made per response. */
const KEPT_HEADERS = ['location', 'content-location', 'etag'];

interface Caller {
  subject: string;
  regios: readonly string[];
}

/**
 * The Idempotency-Key header (IETF HTTPAPI draft) on every POST that creates something (201): the
 * request runs in one transaction with its answer, so an answer lost on the way (a killed process,
 * a dropped connection) is given again for a retry with the same key instead of doing it twice.
 * Same key and same request: the first answer again. Another request under the key: 422. The first
 * still running: 409. Refused or failed requests keep no key: nothing happened, so a retry runs again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly store: IdempotencyStore;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.store = new IdempotencyStore(schemaOf(dataSource));
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { tenant?: Caller }>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers['idempotency-key'];
    // Nest has set the route's status before interceptors run: 201 is a POST that creates something.
    if (header === undefined || request.method !== 'POST' || response.statusCode !== HttpStatus.CREATED || !request.tenant) return next.handle();
    const scope: IdempotencyScope = { caller: request.tenant.subject, regio: regioOf(request, request.tenant), key: parseIdempotencyKey(header) };
    return from(this.once(scope, fingerprintOf(request.method, request.originalUrl, request.body), response, next));
  }

  private async once(scope: IdempotencyScope, fingerprint: string, response: Response, next: CallHandler): Promise<unknown> {
    const outcome = await inAmbientTransaction(this.dataSource, async (manager): Promise<{ replayed?: StoredAnswer; value?: unknown }> => {
      if (!(await this.store.claim(manager, scope))) throw inProgress();
      const stored = await this.store.find(manager, scope);
      if (stored) {
        if (stored.fingerprint !== fingerprint) throw usedForAnotherRequest();
        return { replayed: stored };
      }
      const value = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const answer: StoredAnswer = { fingerprint, status: response.statusCode, headers: keptHeaders(response), body: value === undefined ? null : JSON.stringify(value) };
      await this.store.store(manager, scope, answer);
      return { value };
    });
    if (!outcome.replayed) return outcome.value;
    const { status, headers, body } = outcome.replayed;
    response.status(status).set({ ...headers, [IDEMPOTENCY_REPLAYED_HEADER]: 'true' });
    return body === null ? undefined : JSON.parse(body);
  }
}

/** The region a key belongs to: the one the request names, else the caller's regions. */
function regioOf(request: Request, caller: Caller): string {
  const named = (request.body as { regio?: unknown } | undefined)?.regio ?? request.params?.regio;
  return typeof named === 'string' ? named : [...caller.regios].sort().join(',');
}

function keptHeaders(response: Response): Record<string, string> {
  return Object.fromEntries(KEPT_HEADERS.flatMap((name) => (response.hasHeader(name) ? [[name, String(response.getHeader(name))]] : [])));
}

function inProgress(): ProblemException {
  return new ProblemException(
    HttpStatus.CONFLICT,
    'idempotency-key-in-behandeling',
    'Verzoek nog in behandeling',
    'Een verzoek met deze Idempotency-Key wordt nog behandeld. Vraag het over een moment opnieuw met dezelfde sleutel.',
    {},
    { 'Retry-After': '1' },
  );
}

function usedForAnotherRequest(): ProblemException {
  return new ProblemException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'idempotency-key-hergebruikt',
    'Idempotency-Key al gebruikt',
    'Deze Idempotency-Key hoort bij een ander verzoek (een andere body of een ander pad). Gebruik voor elk nieuw verzoek een nieuwe sleutel.',
  );
}
