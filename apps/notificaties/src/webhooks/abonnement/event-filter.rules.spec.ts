import { AFWIJKING_GEDETECTEERD_V1, createCloudEvent, SIGNAAL_INGEDIEND_V1 } from '@koers/contracts';
import { bekendeEventTypes, filterBezwaar, filterPast, gemeentenVan } from './event-filter.rules';

describe('event-type filters', () => {
  it('matches an exact type or a prefix ending in .*', () => {
    expect(filterPast(SIGNAAL_INGEDIEND_V1, SIGNAAL_INGEDIEND_V1)).toBe(true);
    expect(filterPast('nl.koers.signalen.*', SIGNAAL_INGEDIEND_V1)).toBe(true);
    expect(filterPast('nl.koers.signalen.*', AFWIJKING_GEDETECTEERD_V1)).toBe(false);
    expect(filterPast('nl.koers.signalen', SIGNAAL_INGEDIEND_V1)).toBe(false);
    expect(filterPast('nl.koers.signaal.*', SIGNAAL_INGEDIEND_V1)).toBe(false);
  });

  it('knows every type of the contracts registry', () => {
    expect(bekendeEventTypes()).toEqual(expect.arrayContaining([SIGNAAL_INGEDIEND_V1, AFWIJKING_GEDETECTEERD_V1]));
    for (const type of bekendeEventTypes()) expect(filterBezwaar(type)).toBeNull();
  });

  it('refuses unknown types, prefixes that cover nothing, and malformed filters', () => {
    expect(filterBezwaar('nl.koers.*')).toBeNull();
    expect(filterBezwaar('nl.koers.signalen.signaal.verdwenen.v1')).toBe("'nl.koers.signalen.signaal.verdwenen.v1' is geen bekend event-type");
    expect(filterBezwaar('nl.koers.bestaatniet.*')).toBe("geen enkel bekend event-type begint met 'nl.koers.bestaatniet.'");
    expect(filterBezwaar('*')).toContain('geen event-type of prefix');
    expect(filterBezwaar('nl.koers.*.v1')).toContain('geen event-type of prefix');
  });

  it('reads the gemeenten of an event from its data; a regional event has none', () => {
    const event = (data: unknown) => createCloudEvent({ type: 'x', source: 'urn:x', regio: 'r', data });
    expect(gemeentenVan(event({ gemeenten: ['GM0988', 'GM1640'] }))).toEqual(['GM0988', 'GM1640']);
    expect(gemeentenVan(event({ gemeente: 'GM0946' }))).toEqual(['GM0946']);
    expect(gemeentenVan(event({ indicator: 'x' }))).toEqual([]);
  });
});
