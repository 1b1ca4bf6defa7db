import { CONSENSUS_GEVRAAGD_V1, ConsensusGevraagdV1, consensusGevraagdV1 } from './events/consensus-gevraagd.v1';
import { AfwijkingGedetecteerdV1, afwijkingGedetecteerdV1 } from './events/afwijking-gedetecteerd.v1';
import { metingenAangeleverdV1 } from './events/metingen-aangeleverd.v1';
import { assertEventData, EVENT_CONTRACTS } from './registry';
import { FromSchema } from './schema-type';

/** True only when A and B are the same type (not merely assignable either way). */
type Gelijk<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('an event contract', () => {
  it('derives its payload type from its schema: required, optional, enums, arrays and nested objects', () => {
    const consensusGevraagd: Gelijk<
      ConsensusGevraagdV1,
      {
        signaalId: string;
        consensusrondeId: string;
        regio: string;
        ronde: number;
        titel: string;
        partijen: Array<{ organisatie: string; rol: 'aanbieder' | 'clientvertegenwoordiger' }>;
        gevraagdOp: string;
      }
    > = true;
    const optioneel: Gelijk<FromSchema<{ type: 'object'; properties: { a: { type: 'boolean' }; b: { type: 'integer' } }; required: ['a'] }>, { a: boolean; b?: number }> = true;
    expect([consensusGevraagd, optioneel]).toEqual([true, true]);
  });

  it('builds the CloudEvent of its type: regio from the payload, subject from the record it is about, the schema it must match', () => {
    const data: ConsensusGevraagdV1 = {
      signaalId: '5f0c1e0e-8d8e-4c3a-9c39-1d3f0b0a0c01',
      consensusrondeId: '5f0c1e0e-8d8e-4c3a-9c39-1d3f0b0a0c02',
      regio: 'midden-limburg-west',
      ronde: 1,
      titel: 'Wachttijd jeugd-GGZ',
      partijen: [{ organisatie: 'zorggroep-horizon', rol: 'aanbieder' }],
      gevraagdOp: '2026-01-05T09:00:00.000Z',
    };
    const event = consensusGevraagdV1.build(data, { source: 'urn:nld:koers:test', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', time: new Date('2026-01-05T09:00:01Z') });
    expect(event).toEqual({
      specversion: '1.0',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      source: 'urn:nld:koers:test',
      type: CONSENSUS_GEVRAAGD_V1,
      time: '2026-01-05T09:00:01.000Z',
      subject: data.signaalId,
      datacontenttype: 'application/json',
      dataschema: `urn:nl-koers:schema:${CONSENSUS_GEVRAAGD_V1}`,
      regio: 'midden-limburg-west',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      data,
    });
    expect(() => assertEventData(event.type, event.data)).not.toThrow();
  });

  it('names the series as subject of a deviation, and none for a delivery from outside', () => {
    const afwijking: AfwijkingGedetecteerdV1 = {
      regio: 'midden-limburg-west',
      indicator: 'wachttijd-start-jeugdhulp',
      indicatorNaam: 'Wachttijd',
      regel: 'uitschieter',
      toelichting: 'Hoger dan ooit',
      laatstePeriode: '2025-Q3',
      laatsteWaarde: 14,
      reeks: [{ periode: '2025-Q3', waarde: 14 }],
      reeksStand: '2025-Q3=14',
    };
    expect(afwijkingGedetecteerdV1.build(afwijking, { source: 'urn:x', id: 'eigen-id' })).toMatchObject({ id: 'eigen-id', subject: 'wachttijd-start-jeugdhulp/midden-limburg-west' });
    expect(afwijkingGedetecteerdV1.subject({ ...afwijking, gemeente: 'GM0988' })).toBe('wachttijd-start-jeugdhulp/GM0988');
    const levering = metingenAangeleverdV1.build({ regio: 'flevoland', bron: 'dwh', aanleverancier: 'GM0034', metingen: [{ indicator: 'x', periode: '2025', waarde: 1 }] }, { source: 'urn:x' });
    expect(levering).not.toHaveProperty('subject');
  });

  it('every contract in the registry names its publisher and has a schema the validator accepts', () => {
    for (const contract of EVENT_CONTRACTS) {
      expect(contract.uitgever).toMatch(/^(signalen|tafels|pilots|consent|monitoring|notificaties|extern)$/);
      expect(contract.schema).toMatchObject({ type: 'object', additionalProperties: false, required: expect.arrayContaining(['regio']) });
    }
  });
});
