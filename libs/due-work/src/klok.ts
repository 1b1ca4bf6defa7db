/**
 * Where "now" comes from when due dates are compared. Injected, so a test can move time instead of
 * rewriting the rows it waits for; the system clock everywhere else.
 */
export interface Klok {
  nu(): Date;
}

export const KLOK = Symbol('KLOK');

export const systeemKlok: Klok = { nu: () => new Date() };
