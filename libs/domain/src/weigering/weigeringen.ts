/**
 * Why a use case says no. Plain classes, so a service throws them without knowing who asked: the
 * HTTP layer turns them into problem+json, the event consumer dead-letters them at once (asking
 * again gives the same answer). `reden` is the Dutch sentence a person reads.
 */
export abstract class Weigering extends Error {
  constructor(readonly reden: string) {
    super(reden);
    this.name = new.target.name;
  }
}

/** The one who asks may not do this (403). `code` names the kind of refusal for clients. */
export class NietBevoegd extends Weigering {
  constructor(
    reden: string,
    readonly code = 'geen-toegang',
  ) {
    super(reden);
  }
}

/** A field of the request that is missing or wrong; `naam` as the client sent it. */
export interface InvoerFout {
  naam: string;
  code: string;
  reden: string;
}

/** The request is incomplete or wrong (400); every field at fault is named. */
export class OngeldigeInvoer extends Weigering {
  constructor(
    readonly velden: readonly InvoerFout[],
    reden = `De invoer klopt niet: ${velden.map((veld) => `${veld.naam} (${veld.reden})`).join('; ')}`,
  ) {
    super(reden);
  }
}

/** The record does not exist, or belongs to another region, which looks exactly the same (404). */
export class NietGevonden extends Weigering {
  constructor(
    readonly wat: string,
    reden = `${wat} bestaat niet of is niet zichtbaar voor u.`,
  ) {
    super(reden);
  }
}

/** The step cannot be taken in the record's current state (409): names that state and what is missing. */
export class Statusconflict extends Weigering {
  constructor(
    reden: string,
    readonly huidigeStatus: string,
    readonly ontbreekt: readonly string[] = [],
  ) {
    super(reden);
  }
}

/** What is asked for already exists, e.g. a code or key that is taken (409). */
export class BestaatAl extends Weigering {}

/** The input is larger than the service takes (413). */
export class TeGroot extends Weigering {}

/**
 * Not a refusal: something the use case depends on cannot be reached now. Asking again later may
 * work, so the HTTP layer answers 503 with Retry-After and the event consumer retries.
 */
export class NietBeschikbaar extends Error {
  constructor(
    readonly code: string,
    readonly titel: string,
    readonly reden: string,
    readonly opnieuwNaSeconden = 60,
  ) {
    super(reden);
    this.name = 'NietBeschikbaar';
  }
}
