import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { SIGNAAL_INGEDIEND_V1 } from './events/signaal-ingediend.v1';
import { CONSENSUS_GEVRAAGD_V1 } from './events/consensus-gevraagd.v1';
import { assertEventData, ContractViolation, EVENT_CONTRACTS } from './registry';
import { fieldPath, FORMAT_PHRASES, KEYWORD_PHRASES, PATTERN_PHRASES, schemaMelding, schemaMeldingen, SILENT_KEYWORDS, TYPE_PHRASES } from './schema-meldingen';

// As the registry validates: every error, strict about the schemas.
const newAjv = (strict = true) => addFormats(new Ajv({ allErrors: true, strict }));

/** The Dutch phrases for `data` against `schema`, through a real validation. */
function phrasesFor(schema: object, data: unknown, strict = true): string[] {
  const validate = newAjv(strict).compile(schema);
  expect(validate(data)).toBe(false);
  return schemaMeldingen(validate.errors ?? []);
}

const object = (properties: Record<string, object | boolean>, extra: object = {}) => ({ type: 'object', properties, ...extra });

describe('a schema error in plain Dutch', () => {
  it('names a missing field, and a field that does not belong, by their path', () => {
    const schema = object(
      { signaalId: { type: 'string' }, afspraak: object({ eigenaar: { type: 'string' } }, { required: ['eigenaar'], additionalProperties: false }) },
      { required: ['signaalId', 'afspraak'], additionalProperties: false },
    );
    expect(phrasesFor(schema, { afspraak: { x: 1 }, extra: true })).toEqual([
      "het veld 'signaalId' ontbreekt",
      "het veld 'extra' hoort er niet bij",
      "het veld 'afspraak.eigenaar' ontbreekt",
      "het veld 'afspraak.x' hoort er niet bij",
    ]);
  });

  it('says which type a field must have, one or more, and names the data itself at the root', () => {
    const schema = object({
      titel: { type: 'string' },
      ronde: { type: 'integer' },
      score: { type: 'number' },
      akkoord: { type: 'boolean' },
      partijen: { type: 'array' },
      afspraak: { type: 'object' },
      toelichting: { type: ['string', 'null'] },
    });
    expect(phrasesFor(schema, { titel: 1, ronde: 1.5, score: 'hoog', akkoord: 'ja', partijen: {}, afspraak: [], toelichting: 3 })).toEqual([
      "het veld 'titel' moet tekst zijn",
      "het veld 'ronde' moet een geheel getal zijn",
      "het veld 'score' moet een getal zijn",
      "het veld 'akkoord' moet true of false zijn",
      "het veld 'partijen' moet een lijst zijn",
      "het veld 'afspraak' moet een object zijn",
      "het veld 'toelichting' moet tekst of leeg (null) zijn",
    ]);
    expect(phrasesFor({ type: 'object' }, 'los')).toEqual(['de inhoud moet een object zijn']);
  });

  it('lists the allowed values of an enum, and the one value of a const', () => {
    const schema = object({ bron: { enum: ['beleidsinformatie', 'contractdoel', 'partnerverzoek'] }, ronde: { enum: [1] }, versie: { const: 'v1' } });
    expect(phrasesFor(schema, { bron: 'radio', ronde: 2, versie: 'v2' })).toEqual([
      "het veld 'bron' moet een van deze waarden zijn: 'beleidsinformatie', 'contractdoel', 'partnerverzoek'",
      "het veld 'ronde' moet 1 zijn",
      "het veld 'versie' moet 'v1' zijn",
    ]);
  });

  it('says what a format asks for, with an example', () => {
    const schema = object({
      op: { type: 'string', format: 'date-time' },
      dag: { type: 'string', format: 'date' },
      id: { type: 'string', format: 'uuid' },
      adres: { type: 'string', format: 'uri' },
      mail: { type: 'string', format: 'email' },
    });
    expect(phrasesFor(schema, { op: 'gisteren', dag: '1-3-2025', id: '42', adres: 'geen adres', mail: 'j.jansen' })).toEqual([
      "het veld 'op' moet een tijdstip zijn (ISO 8601, zoals 2025-03-01T09:30:00Z)",
      "het veld 'dag' moet een datum zijn (ISO 8601, zoals 2025-03-01)",
      "het veld 'id' moet een UUID zijn (zoals 5f0c1e0e-8d8e-4c3a-9c39-1d3f0b0a0c01)",
      "het veld 'adres' moet een volledig adres (URI) zijn, zoals https://voorbeeld.nl/pagina",
      "het veld 'mail' moet een e-mailadres zijn",
    ]);
  });

  it('gives the lengths and limits with their numbers, in Dutch notation', () => {
    const schema = object({
      titel: { type: 'string', minLength: 1, maxLength: 5 },
      code: { type: 'string', minLength: 3 },
      teken: { type: 'string', maxLength: 1 },
      pogingen: { type: 'integer', minimum: 0 },
      ronde: { type: 'integer', maximum: 10000 },
      kans: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      stap: { type: 'number', multipleOf: 0.5 },
    });
    expect(phrasesFor(schema, { titel: '', code: 'ab', teken: 'xy', pogingen: -1, ronde: 10001, kans: 1, stap: 0.3 })).toEqual([
      "het veld 'titel' mag niet leeg zijn",
      "het veld 'code' moet minstens 3 tekens lang zijn",
      "het veld 'teken' mag niet langer zijn dan 1 teken",
      "het veld 'pogingen' moet 0 of meer zijn",
      "het veld 'ronde' mag niet meer dan 10.000 zijn",
      "het veld 'kans' moet minder dan 1 zijn",
      "het veld 'stap' moet een veelvoud van 0,5 zijn",
    ]);
    expect(phrasesFor(object({ titel: { type: 'string', maxLength: 5 } }), { titel: 'te lang' })).toEqual(["het veld 'titel' mag niet langer zijn dan 5 tekens"]);
    expect(phrasesFor(object({ kans: { type: 'number', exclusiveMinimum: 0 } }), { kans: 0 })).toEqual(["het veld 'kans' moet meer dan 0 zijn"]);
  });

  it('counts the values of a list, and names the two that are the same by their place', () => {
    const schema = object({
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string' } },
      partijen: { type: 'array', minItems: 2 },
      bijlagen: { type: 'array', maxItems: 1 },
      codes: { type: 'array', uniqueItems: true },
    });
    expect(phrasesFor(schema, { gemeenten: [], partijen: ['a'], bijlagen: [1, 2], codes: ['GM0988', 'GM0946', 'GM0988'] })).toEqual([
      "het veld 'gemeenten' mag geen lege lijst zijn",
      "het veld 'partijen' moet minstens 2 waarden bevatten",
      "het veld 'bijlagen' mag niet meer dan 1 waarde bevatten",
      "het veld 'codes' mag geen waarde twee keer bevatten: 'codes[0]' en 'codes[2]' zijn gelijk",
    ]);
  });

  it('reads a value in a list as gemeenten[0] and a field in it as partijen[1].rol', () => {
    const schema = object({
      gemeenten: { type: 'array', items: { type: 'string', pattern: '^GM[0-9]{4}$' } },
      partijen: { type: 'array', items: object({ rol: { enum: ['aanbieder'] } }, { required: ['rol'] }) },
    });
    expect(phrasesFor(schema, { gemeenten: ['Weert'], partijen: [{ rol: 'aanbieder' }, {}, { rol: 'jurist' }] })).toEqual([
      "het veld 'gemeenten[0]' moet een CBS-gemeentecode zijn: GM en vier cijfers, zoals GM0988",
      "het veld 'partijen[1].rol' ontbreekt",
      "het veld 'partijen[2].rol' moet 'aanbieder' zijn",
    ]);
    expect(fieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
  });

  it('describes the patterns of the contracts, and shows an unknown one as it is', () => {
    const schema = object({ regio: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, periode: { type: 'string', pattern: '^(19|20)[0-9]{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$' }, kenmerk: { type: 'string', pattern: '^[A-Z]{2}$' } });
    expect(phrasesFor(schema, { regio: 'Midden Limburg', periode: '2025-13', kenmerk: 'abc' })).toEqual([
      "het veld 'regio' moet een code zijn van kleine letters en cijfers, met een streepje tussen de woorden, zoals midden-limburg-west",
      "het veld 'periode' moet een periode zijn: een jaar, halfjaar, kwartaal of maand, zoals 2025, 2025-H1, 2025-Q3 of 2025-07",
      "het veld 'kenmerk' heeft niet de vorm die hier hoort (^[A-Z]{2}$)",
    ]);
  });

  it('says when a value fits none, or more than one, of the allowed shapes', () => {
    const schema = object({
      waarde: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
      bedrag: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
      doel: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      status: { not: { const: 'verwijderd' } },
    });
    expect(phrasesFor(schema, { waarde: 3, bedrag: true, doel: false, status: 'verwijderd' })).toEqual([
      "het veld 'waarde' past bij meer dan één toegestane vorm, en het mag er maar bij één passen",
      "het veld 'bedrag' moet een geheel getal zijn",
      "het veld 'bedrag' moet tekst zijn",
      "het veld 'bedrag' past bij geen van de toegestane vormen",
      "het veld 'doel' moet tekst zijn",
      "het veld 'doel' moet een geheel getal zijn",
      "het veld 'doel' past bij geen van de toegestane vormen",
      "het veld 'status' heeft een vorm die hier niet mag",
    ]);
  });

  it('names the field that if/then asks for, beside the rule', () => {
    const schema = object(
      { bron: { enum: ['contractdoel', 'partnerverzoek'] }, koersdoelId: { type: 'string' } },
      { if: { properties: { bron: { const: 'contractdoel' } }, required: ['bron'] }, then: { required: ['koersdoelId'] } },
    );
    // Not strict: ajv wants `then` to define the field it requires, which would hide nothing here.
    expect(phrasesFor(schema, { bron: 'contractdoel' }, false)).toEqual([
      "het veld 'koersdoelId' ontbreekt",
      'de inhoud voldoet niet aan de eisen die bij deze waarden horen',
    ]);
  });

  it('covers the other keywords the validator knows', () => {
    // Not strict: ajv's strict mode refuses some of these combinations in a schema of the contracts.
    const schema = object({
      velden: { type: 'object', minProperties: 2, maxProperties: 3, propertyNames: { pattern: '^[a-z]+$' }, dependencies: { van: ['tot'] } },
      grote: { type: 'object', maxProperties: 1 },
      lijst: { type: 'array', items: [{ type: 'string' }], additionalItems: false, contains: { type: 'string' } },
      leeg: { type: 'array', contains: { type: 'integer' } },
      nooit: false,
      vanaf: { type: 'string', format: 'date', formatMinimum: '2025-01-01' },
      tot: { type: 'string', format: 'date', formatMaximum: '2025-12-31' },
      na: { type: 'string', format: 'date', formatExclusiveMinimum: '2025-06-30' },
      voor: { type: 'string', format: 'date', formatExclusiveMaximum: '2026-01-01' },
      tijd: { type: 'string', format: 'onbekend-formaat' },
    });
    const validate = newAjv(false).addFormat('onbekend-formaat', /^x$/).compile(schema);
    const data = { velden: { van: 1 }, grote: { a: 1, b: 2 }, lijst: ['a', 'b'], leeg: ['a'], nooit: 1, vanaf: '2024-12-31', tot: '2026-01-01', na: '2025-06-30', voor: '2026-01-01', tijd: 'y' };
    expect(validate(data)).toBe(false);
    expect(schemaMeldingen(validate.errors ?? [])).toEqual([
      "het veld 'velden' moet minstens 2 velden hebben",
      "het veld 'velden.tot' ontbreekt; dat moet er zijn als het veld 'velden.van' er is",
      "het veld 'grote' mag niet meer dan 1 veld hebben",
      "het veld 'lijst' mag niet meer dan 1 waarde bevatten",
      "het veld 'leeg[0]' moet een geheel getal zijn",
      "het veld 'leeg' moet minstens 1 waarde van de gevraagde soort bevatten",
      "het veld 'nooit' mag hier niet staan",
      "het veld 'vanaf' mag niet vóór 2025-01-01 liggen",
      "het veld 'tot' mag niet na 2025-12-31 liggen",
      "het veld 'na' moet na 2025-06-30 liggen",
      "het veld 'voor' moet vóór 2026-01-01 liggen",
      "het veld 'tijd' moet de vorm 'onbekend-formaat' hebben",
    ]);
    const namen = newAjv().compile(object({ velden: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } } }));
    namen({ velden: { Van: 1 } });
    expect(schemaMeldingen(namen.errors ?? [])).toEqual([
      "de naam van het veld 'velden.Van' heeft niet de vorm die hier hoort (^[a-z]+$)",
      "het veld 'velden' heeft een veld met een naam die niet mag: 'Van'",
    ]);
    expect(schemaMelding({ keyword: 'toekomstig', instancePath: '/x', schemaPath: '#', params: {} })).toBe("het veld 'x' klopt niet (regel 'toekomstig')");
  });

  it('goes through assertEventData with a real event type: message, violations and type', () => {
    let fout: unknown;
    try {
      assertEventData(SIGNAAL_INGEDIEND_V1, { signaalId: 'geen-uuid', titel: '', gemeenten: ['Weert'], x: 1 });
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(ContractViolation);
    const violation = fout as ContractViolation;
    expect(violation.eventType).toBe(SIGNAAL_INGEDIEND_V1);
    expect(violation.violations).toEqual([
      "het veld 'regio' ontbreekt",
      "het veld 'bron' ontbreekt",
      "het veld 'indienerRol' ontbreekt",
      "het veld 'ingediendOp' ontbreekt",
      "het veld 'x' hoort er niet bij",
      "het veld 'signaalId' moet een UUID zijn (zoals 5f0c1e0e-8d8e-4c3a-9c39-1d3f0b0a0c01)",
      "het veld 'titel' mag niet leeg zijn",
      "het veld 'gemeenten[0]' moet een CBS-gemeentecode zijn: GM en vier cijfers, zoals GM0988",
    ]);
    expect(violation.message).toBe(`Het bericht ${SIGNAAL_INGEDIEND_V1} klopt niet met zijn schema: ${violation.violations.join('; ')}.`);
    expect(() => assertEventData(CONSENSUS_GEVRAAGD_V1, { ronde: 0 })).toThrow(`Het bericht ${CONSENSUS_GEVRAAGD_V1} klopt niet met zijn schema: het veld 'signaalId' ontbreekt;`);
  });

  it('says so when Koers does not know the type', () => {
    expect(() => assertEventData('nl.koers.onbekend.iets.gebeurd.v1', {})).toThrow(
      expect.objectContaining({ message: 'Koers kent het soort bericht nl.koers.onbekend.iets.gebeurd.v1 niet.', violations: ['Koers kent het soort bericht nl.koers.onbekend.iets.gebeurd.v1 niet'] }),
    );
  });
});

/** Every keyword of a schema and below, with the values of `type`, `format` and `pattern`. */
function keywordsOf(schema: unknown, found = { keywords: new Set<string>(), types: new Set<string>(), formats: new Set<string>(), patterns: new Set<string>() }) {
  if (Array.isArray(schema)) schema.forEach((sub) => keywordsOf(sub, found));
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return found;
  for (const [keyword, value] of Object.entries(schema)) {
    found.keywords.add(keyword);
    if (keyword === 'type') [value].flat().forEach((t) => found.types.add(t));
    if (keyword === 'format') found.formats.add(value);
    if (keyword === 'pattern') found.patterns.add(value);
    if (['properties', 'patternProperties', '$defs', 'definitions', 'dependencies'].includes(keyword)) keywordsOf(Object.values(value as object), found);
    if (['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf'].includes(keyword)) keywordsOf(value, found);
  }
  return found;
}

describe('the Dutch phrases cover the contracts', () => {
  const used = keywordsOf(EVENT_CONTRACTS.map((c) => c.schema));
  const hasPhrase = (keyword: string) => keyword in KEYWORD_PHRASES || SILENT_KEYWORDS.has(keyword);

  it('has a phrase for every keyword an event schema uses (or knows it reports nothing itself)', () => {
    expect(used.keywords.size).toBeGreaterThan(10);
    expect([...used.keywords].filter((k) => !hasPhrase(k))).toEqual([]);
  });

  it('has Dutch for every type, format and pattern an event schema uses', () => {
    expect([...used.types].filter((t) => !(t in TYPE_PHRASES))).toEqual([]);
    expect([...used.formats].filter((f) => !(f in FORMAT_PHRASES))).toEqual([]);
    expect([...used.patterns].filter((p) => !(p in PATTERN_PHRASES))).toEqual([]);
  });

  it('has a phrase for every keyword the validator knows, so a schema cannot use one without', () => {
    const ajv = newAjv();
    expect(Object.keys(ajv.RULES.all).filter((k) => !hasPhrase(k))).toEqual([]);
  });
});
