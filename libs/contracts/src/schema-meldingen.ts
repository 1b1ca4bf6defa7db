import type { ErrorObject } from 'ajv';
import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from './waarden';

/**
 * Plain Dutch for what ajv reports when an event's data does not match its schema: the beheerder of
 * a region reads these among the onbestelbare berichten, so ajv's English never reaches them. Every
 * keyword the validator knows has a phrase here, or is listed as one that reports nothing itself; a
 * spec fails when an event schema or the validator brings a keyword, format, type or pattern that
 * has no Dutch yet.
 */

type Phrase = (subject: string, error: ErrorObject) => string;

const dutchNumber = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('nl-NL') : String(n));
const count = (n: unknown, one: string, many: string) => `${dutchNumber(n)} ${n === 1 ? one : many}`;
const quoted = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));
const orList = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} of ${parts.at(-1)}` : parts.join(''));

/** What a JSON Schema `type` asks for. */
export const TYPE_PHRASES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  null: 'leeg (null)',
};

/** What a value of each `format` must be, as the end of "… moet …". */
export const FORMAT_PHRASES: Readonly<Record<string, string>> = {
  date: 'een datum zijn (ISO 8601, zoals 2025-03-01)',
  time: 'een tijd zijn (ISO 8601, zoals 09:30:00Z)',
  'date-time': 'een tijdstip zijn (ISO 8601, zoals 2025-03-01T09:30:00Z)',
  'iso-time': 'een tijd zijn (ISO 8601, zoals 09:30:00)',
  'iso-date-time': 'een tijdstip zijn (ISO 8601, zoals 2025-03-01T09:30:00)',
  duration: 'een duur zijn (ISO 8601, zoals P14D)',
  uuid: 'een UUID zijn (zoals 5f0c1e0e-8d8e-4c3a-9c39-1d3f0b0a0c01)',
  uri: 'een volledig adres (URI) zijn, zoals https://voorbeeld.nl/pagina',
  'uri-reference': 'een adres (URI) zijn, zoals https://voorbeeld.nl/pagina of /pagina',
  url: 'een webadres zijn, zoals https://voorbeeld.nl/pagina',
  email: 'een e-mailadres zijn',
  hostname: 'de naam van een server zijn, zoals voorbeeld.nl',
  ipv4: 'een IPv4-adres zijn, zoals 192.0.2.1',
  ipv6: 'een IPv6-adres zijn',
  regex: 'een reguliere expressie zijn',
  byte: 'base64-gecodeerd zijn',
};

/** What a value matching each `pattern` of the contracts is, as the end of "… moet …". */
export const PATTERN_PHRASES: Readonly<Record<string, string>> = {
  [GEMEENTECODE_PATTERN]: 'een CBS-gemeentecode zijn: GM en vier cijfers, zoals GM0988',
  [PERIODE_PATTERN]: 'een periode zijn: een jaar, halfjaar, kwartaal of maand, zoals 2025, 2025-H1, 2025-Q3 of 2025-07',
  // Also INDICATORCODE_PATTERN and ORGANISATIE_PATTERN: the same expression.
  [REGIO_PATTERN]: 'een code zijn van kleine letters en cijfers, met een streepje tussen de woorden, zoals midden-limburg-west',
};

/** The field a JSON pointer (`/gemeenten/0`, `/afspraak/eigenaar`) points at, as a person reads it: `gemeenten[0]`, `afspraak.eigenaar`. */
export function fieldPath(pointer: string, ...below: string[]): string {
  const parts = [...pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')), ...below];
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

const subjectOf = (path: string) => (path ? `het veld '${path}'` : 'de inhoud');
const subjectAt = (error: ErrorObject, name: unknown) => subjectOf(fieldPath(error.instancePath, String(name)));

/** The Dutch phrase of every keyword that reports an error of its own; `subject` is "het veld '…'" or "de inhoud". */
export const KEYWORD_PHRASES: Readonly<Record<string, Phrase>> = {
  required: (_, f) => `${subjectAt(f, f.params.missingProperty)} ontbreekt`,
  additionalProperties: (_, f) => `${subjectAt(f, f.params.additionalProperty)} hoort er niet bij`,
  dependencies: (_, f) => `${subjectAt(f, f.params.missingProperty)} ontbreekt; dat moet er zijn als ${subjectAt(f, f.params.property)} er is`,
  propertyNames: (o, f) => `${o} heeft een veld met een naam die niet mag: '${f.params.propertyName}'`,
  minProperties: (o, f) => `${o} moet minstens ${count(f.params.limit, 'veld', 'velden')} hebben`,
  maxProperties: (o, f) => `${o} mag niet meer dan ${count(f.params.limit, 'veld', 'velden')} hebben`,
  type: (o, f) => `${o} moet ${orList([f.params.type].flat().map((t: string) => TYPE_PHRASES[t] ?? t))} zijn`,
  enum: (o, f) => {
    const allowed = (f.params.allowedValues as unknown[]).map(quoted);
    return allowed.length === 1 ? `${o} moet ${allowed[0]} zijn` : `${o} moet een van deze waarden zijn: ${allowed.join(', ')}`;
  },
  const: (o, f) => `${o} moet ${quoted(f.params.allowedValue)} zijn`,
  format: (o, f) => `${o} moet ${FORMAT_PHRASES[f.params.format] ?? `de vorm '${f.params.format}' hebben`}`,
  formatMinimum: (o, f) => `${o} mag niet vóór ${f.params.limit} liggen`,
  formatMaximum: (o, f) => `${o} mag niet na ${f.params.limit} liggen`,
  formatExclusiveMinimum: (o, f) => `${o} moet na ${f.params.limit} liggen`,
  formatExclusiveMaximum: (o, f) => `${o} moet vóór ${f.params.limit} liggen`,
  pattern: (o, f) => (PATTERN_PHRASES[f.params.pattern] ? `${o} moet ${PATTERN_PHRASES[f.params.pattern]}` : `${o} heeft niet de vorm die hier hoort (${f.params.pattern})`),
  minLength: (o, f) => (f.params.limit === 1 ? `${o} mag niet leeg zijn` : `${o} moet minstens ${count(f.params.limit, 'teken', 'tekens')} lang zijn`),
  maxLength: (o, f) => `${o} mag niet langer zijn dan ${count(f.params.limit, 'teken', 'tekens')}`,
  minimum: (o, f) => `${o} moet ${dutchNumber(f.params.limit)} of meer zijn`,
  maximum: (o, f) => `${o} mag niet meer dan ${dutchNumber(f.params.limit)} zijn`,
  exclusiveMinimum: (o, f) => `${o} moet meer dan ${dutchNumber(f.params.limit)} zijn`,
  exclusiveMaximum: (o, f) => `${o} moet minder dan ${dutchNumber(f.params.limit)} zijn`,
  multipleOf: (o, f) => `${o} moet een veelvoud van ${dutchNumber(f.params.multipleOf)} zijn`,
  minItems: (o, f) => (f.params.limit === 1 ? `${o} mag geen lege lijst zijn` : `${o} moet minstens ${count(f.params.limit, 'waarde', 'waarden')} bevatten`),
  maxItems: (o, f) => `${o} mag niet meer dan ${count(f.params.limit, 'waarde', 'waarden')} bevatten`,
  additionalItems: (o, f) => `${o} mag niet meer dan ${count(f.params.limit, 'waarde', 'waarden')} bevatten`,
  uniqueItems: (o, f) => {
    const [first, second] = [f.params.i, f.params.j].sort((a: number, b: number) => a - b).map((i: number) => `'${fieldPath(f.instancePath, String(i))}'`);
    return `${o} mag geen waarde twee keer bevatten: ${first} en ${second} zijn gelijk`;
  },
  contains: (o, f) => `${o} moet minstens ${count(f.params.minContains ?? 1, 'waarde', 'waarden')} van de gevraagde soort bevatten`,
  oneOf: (o, f) => (f.params.passingSchemas ? `${o} past bij meer dan één toegestane vorm, en het mag er maar bij één passen` : `${o} past bij geen van de toegestane vormen`),
  anyOf: (o) => `${o} past bij geen van de toegestane vormen`,
  not: (o) => `${o} heeft een vorm die hier niet mag`,
  // `then` and `else` report through `if`; what they ask for is reported beside it, field by field.
  if: (o) => `${o} voldoet niet aan de eisen die bij deze waarden horen`,
  'false schema': (o) => `${o} mag hier niet staan`,
};

/** Keywords that report nothing themselves: annotations, and keywords whose own subschemas report. */
export const SILENT_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', 'id', '$ref', '$comment', '$defs', 'definitions',
  'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly',
  'properties', 'patternProperties', 'items', 'allOf', 'then', 'else', 'nullable',
]);

/** One ajv error as a plain Dutch phrase that names the field by its path. */
export function schemaMelding(error: ErrorObject): string {
  // Inside `propertyNames` ajv reports on the object; the name at fault is in `propertyName`.
  const subject = error.propertyName === undefined ? subjectOf(fieldPath(error.instancePath)) : `de naam van ${subjectAt(error, error.propertyName)}`;
  const phrase = KEYWORD_PHRASES[error.keyword];
  return phrase ? phrase(subject, error) : `${subject} klopt niet (regel '${error.keyword}')`;
}

/** Every phrase once, in ajv's order: with `allErrors` two branches of a `oneOf` may miss the same field. */
export function schemaMeldingen(errors: readonly ErrorObject[]): string[] {
  return [...new Set(errors.map(schemaMelding))];
}
