/** Which field the sentence is about: the field itself, or each value in it (`each: true`). */
export interface Subject {
  field: string;
  each: boolean;
}

type Reason = (subject: string, constraints: readonly unknown[]) => string;

const count = (n: unknown, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

/**
 * The Dutch sentence for every class-validator constraint the DTOs use, and for those the
 * validation pipe itself reports, so that no English default text reaches a person. A DTO's own
 * `message` still wins. A spec fails when a DTO uses a constraint that is missing here.
 */
export const VALIDATION_REASONS: Readonly<Record<string, Reason>> = {
  isDefined: (s) => `${s} ontbreekt`,
  isNotEmpty: (s) => `${s} mag niet leeg zijn`,
  isString: (s) => `${s} moet tekst zijn`,
  isBoolean: (s) => `${s} moet true of false zijn`,
  isInt: (s) => `${s} moet een geheel getal zijn`,
  isNumber: (s) => `${s} moet een getal zijn`,
  min: (s, [min]) => `${s} moet ${min} of meer zijn`,
  max: (s, [max]) => `${s} mag niet meer dan ${max} zijn`,
  isIn: (s, [values]) => `${s} moet een van deze waarden zijn: ${(values as unknown[]).join(', ')}`,
  isUuid: (s) => `${s} moet een UUID zijn`,
  isDateString: (s) => `${s} moet een datum of tijdstip zijn (ISO 8601, zoals 2025-03-01 of 2025-03-01T09:30:00Z)`,
  isIso8601: (s) => `${s} moet een datum of tijdstip zijn (ISO 8601, zoals 2025-03-01 of 2025-03-01T09:30:00Z)`,
  isLength: (s, [min, max]) =>
    max === undefined ? `${s} moet minstens ${count(min, 'teken', 'tekens')} lang zijn` : `${s} moet ${min} tot en met ${count(max, 'teken', 'tekens')} lang zijn`,
  minLength: (s, [min]) => `${s} moet minstens ${count(min, 'teken', 'tekens')} lang zijn`,
  maxLength: (s, [max]) => `${s} mag niet langer zijn dan ${count(max, 'teken', 'tekens')}`,
  matches: (s) => `${s} heeft niet de verwachte vorm`,
  isArray: (s) => `${s} moet een lijst zijn`,
  arrayNotEmpty: (s) => `${s} mag geen lege lijst zijn`,
  arrayMinSize: (s, [min]) => `${s} moet minstens ${count(min, 'waarde', 'waarden')} bevatten`,
  arrayMaxSize: (s, [max]) => `${s} mag niet meer dan ${count(max, 'waarde', 'waarden')} bevatten`,
  arrayUnique: (s) => `${s} mag geen waarde twee keer bevatten`,
  // Reported by class-validator and Nest's pipe themselves, not by a decorator's own check.
  nestedValidation: (s) => `${s} moet een object of een lijst van objecten zijn`,
  isObject: (s) => `${s} moet een object zijn`,
  unknownValue: (s) => `${s} heeft een onbekende vorm`,
  whitelistValidation: (s) => `${s} is geen bekend veld`,
};

/** The Dutch reason for a constraint, or undefined when it has none (a constraint of this repository speaks for itself). */
export function dutchReason(constraint: string, { field, each }: Subject, constraints: readonly unknown[] = []): string | undefined {
  const reason = VALIDATION_REASONS[constraint];
  return reason?.(each ? `elke waarde in ${field}` : field, constraints);
}
