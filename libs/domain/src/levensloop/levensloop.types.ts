import type { InvoerFout } from '../weigering/weigeringen';

/**
 * One step of a life cycle: from which status to which, what causes it (aanleiding), who may take
 * it (any one of `wie`), and what must hold (eisen). A step that is not in the table does not exist.
 */
export interface Stap<S extends string, A extends string, W extends string, E extends string> {
  van: S;
  naar: S;
  aanleiding: A;
  wie: W | readonly W[];
  eisen: readonly E[];
}

/** Who may take a step, in words for the refusal and as a check on the record and the actor. */
export interface WieRegel<T, X> {
  omschrijving: string;
  mag(toestand: T, actor: X): boolean;
}

/** A requirement that is a field of the request: when it is missing the verdict is onvolledig, naming the field. */
export interface VeldEis<S extends string> {
  naam: string;
  reden: string | ((naar: S) => string);
}

/**
 * What must hold for a step. Either `voldaan` (missing = its omschrijving) or `ontbreekt`, which
 * may name several missing things at once (e.g. each precondition of a pilot that does not hold).
 */
export type EisRegel<S extends string, T, F> = { omschrijving: string; veld?: VeldEis<S> } & (
  | { voldaan(feiten: F, toestand: T): boolean }
  | { ontbreekt(feiten: F, toestand: T): readonly string[] }
);

/** How the refusals name the record: "Een signaal met status …", "Het signaal heeft status …". */
export interface Onderwerp {
  naam: string;
  lidwoord: 'de' | 'het';
  /** Refers back to it ("Vanuit 'x' kan het alleen naar …"); `het` for het-words, `hij` for de-words unless given. */
  voornaamwoord?: string;
}

/** Everything a service declares about one life cycle; the engine supplies the rest. */
export interface Declaratie<S extends string, A extends string, W extends string, E extends string, T extends { status: S }, X, F> {
  onderwerp: Onderwerp;
  statussen: readonly S[];
  stappen: readonly Stap<S, A, W, E>[];
  /** How each aanleiding is brought about, e.g. "via POST /v1/signalen/{id}/statuswijzigingen". */
  aanleidingen: Readonly<Record<A, string>>;
  wie: Readonly<Record<W, WieRegel<T, X>>>;
  eisen: Readonly<Record<E, EisRegel<S, T, F>>>;
}

/** A verdict that is not a yes: what the service refuses with. */
export type Afwijzing<S extends string> =
  /** The request lacks a field the step needs. */
  | { uitkomst: 'onvolledig'; velden: InvoerFout[] }
  /** The one who asks may not take this step. */
  | { uitkomst: 'niet_bevoegd'; reden: string }
  /** The step is not possible now: names the current state and what is missing. */
  | { uitkomst: 'geweigerd'; reden: string; huidigeStatus: S; ontbreekt: string[] };

export type Oordeel<S extends string, A extends string, W extends string, E extends string> =
  | { uitkomst: 'toegestaan'; stap: Stap<S, A, W, E> }
  | Afwijzing<S>;
