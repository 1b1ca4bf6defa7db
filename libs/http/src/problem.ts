import { HttpException, HttpStatus } from '@nestjs/common';

/** RFC 9457 problem details; `status`, `title` and `detail` are always present (NL API Design Rules 2.2). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(slug: string): string {
  return `urn:nl-koers:probleem:${slug}`;
}

/** An error that already knows the problem it must become: a domain refusal, a validation failure. */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    /** Headers the response must carry, e.g. WWW-Authenticate on a 401 (RFC 6750). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }

  toProblem(instance?: string): ProblemDetails {
    return { type: problemType(this.slug), title: this.title, status: this.getStatus(), detail: this.detail, instance, ...this.extensions };
  }
}

export class InvalidInputException extends ProblemException {
  constructor(invalidParams: InvalidParam[], detail?: string) {
    super(
      HttpStatus.BAD_REQUEST,
      'ongeldige-invoer',
      'Ongeldige invoer',
      detail ?? `De invoer klopt niet: ${invalidParams.map((p) => `${p.name} (${p.reason})`).join('; ')}`,
      { invalidParams },
    );
  }
}

/** An illegal state change: names the current state and what is missing (domain.md §8). */
export class StateConflictException extends ProblemException {
  constructor(detail: string, huidigeStatus: string, ontbreekt: string[] = []) {
    super(HttpStatus.CONFLICT, 'ongeldige-statusovergang', 'Deze stap is nu niet toegestaan', detail, { huidigeStatus, ontbreekt });
  }
}

export class NotFoundProblem extends ProblemException {
  constructor(what: string) {
    super(HttpStatus.NOT_FOUND, 'niet-gevonden', 'Niet gevonden', `${what} bestaat niet of is niet zichtbaar voor u.`);
  }
}
