import { HttpStatus } from '@nestjs/common';
import { BestaatAl, NietBeschikbaar, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, TeGroot, Weigering } from '@koers/domain';
import { InvalidInputException, ProblemException, StateConflictException } from './problem';

/** A domain refusal or an unavailable dependency: what the services throw instead of HTTP exceptions. */
export function isDomeinfout(error: unknown): error is Weigering | NietBeschikbaar {
  return error instanceof Weigering || error instanceof NietBeschikbaar;
}

/** The one mapping from the domain's refusals to problem+json (RFC 9457). */
export function problemVoor(fout: Weigering | NietBeschikbaar): ProblemException {
  if (fout instanceof NietBeschikbaar) {
    return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, fout.code, fout.titel, fout.reden, {}, { 'Retry-After': String(fout.opnieuwNaSeconden) });
  }
  if (fout instanceof OngeldigeInvoer) {
    return new InvalidInputException(
      fout.velden.map((veld) => ({ name: veld.naam, code: veld.code, reason: veld.reden })),
      fout.reden,
    );
  }
  if (fout instanceof NietBevoegd) return new ProblemException(HttpStatus.FORBIDDEN, fout.code, 'Geen toegang', fout.reden);
  if (fout instanceof NietGevonden) return new ProblemException(HttpStatus.NOT_FOUND, 'niet-gevonden', 'Niet gevonden', fout.reden);
  if (fout instanceof Statusconflict) return new StateConflictException(fout.reden, fout.huidigeStatus, [...fout.ontbreekt]);
  if (fout instanceof TeGroot) return new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'verzoek-te-groot', 'Verzoek te groot', fout.reden);
  if (fout instanceof BestaatAl) return new ProblemException(HttpStatus.CONFLICT, 'conflict', 'Conflict', fout.reden);
  // A refusal this mapping does not know yet still refuses: the request conflicts with what the service holds.
  return new ProblemException(HttpStatus.CONFLICT, 'conflict', 'Conflict', fout.reden);
}
