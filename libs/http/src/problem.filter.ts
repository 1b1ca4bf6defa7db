import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, problemType } from './problem';
import { isDomeinfout, problemVoor } from './weigering.problem';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  503: 'Dienst tijdelijk niet beschikbaar',
};

/** Every error leaves the API as application/problem+json (RFC 9457); internals never leak. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const exception = isDomeinfout(thrown) ? problemVoor(thrown) : thrown;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request.originalUrl ?? request.url);
    if (exception instanceof ProblemException) response.set(exception.headers);
    if (problem.status >= 500) this.logger.error({ err: String(exception), stack: (exception as Error)?.stack }, 'request failed');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof ProblemException) return exception.toProblem(instance);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: problemType(slugOf(status)),
        title: TITLES[status] ?? exception.name,
        status,
        detail: detailOf(exception),
        instance,
      };
    }
    return {
      type: problemType('interne-fout'),
      title: 'Interne fout',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      instance,
    };
  }
}

function slugOf(status: number): string {
  return (TITLES[status] ?? `status-${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Nest's own answer to a request no route matches. */
const NO_ROUTE = /^Cannot ([A-Z]+) (.+)$/;

function detailOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: string | string[] }).message;
  const detail = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
  const noRoute = exception.getStatus() === HttpStatus.NOT_FOUND ? NO_ROUTE.exec(detail) : null;
  return noRoute ? `Er is geen ${noRoute[1]} ${noRoute[2]}: controleer de URL in de API-documentatie.` : detail;
}
