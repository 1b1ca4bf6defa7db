import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@koers/http';

/** 401 with the RFC 6750 challenge, so clients know to fetch a (new) token. */
export class NietGeauthenticeerdProblem extends ProblemException {
  constructor(detail: string, realm: string) {
    super(HttpStatus.UNAUTHORIZED, 'niet-geauthenticeerd', 'Niet geauthenticeerd', detail, {}, {
      'WWW-Authenticate': `Bearer realm="${realm}", error="invalid_token"`,
    });
  }
}

export class GeenToegangProblem extends ProblemException {
  constructor(slug: string, detail: string) {
    super(HttpStatus.FORBIDDEN, slug, 'Geen toegang', detail);
  }
}
