import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeService } from '@koers/bootstrap';
import { EVENT_CONTRACTS, SIGNAAL_INGEDIEND_V1, TAFEL_GESTART_V1 } from '@koers/contracts';
import { ASYNCAPI_DOCUMENT, REPO_ROOT } from '../generated/generated-files';
import { SERVICES } from '../generated/services';
import { asyncApiDocument } from './asyncapi';

/** Errors and warnings of the AsyncAPI parser (its rule set is Spectral's); information and hints are not. */
async function bezwaren(document: object): Promise<string[]> {
  const { diagnostics } = await new Parser().parse(JSON.stringify(document));
  return diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`);
}

describe('the AsyncAPI document of every event (docs/asyncapi.json)', () => {
  const committed = JSON.parse(readFileSync(join(REPO_ROOT, ASYNCAPI_DOCUMENT), 'utf8'));

  it('is valid AsyncAPI 3', async () => {
    expect(committed.asyncapi).toMatch(/^3\./);
    expect(await bezwaren(committed)).toEqual([]);
  });

  it('has one message per event type on the topic exchange, with its payload schema inside the CloudEvents envelope', () => {
    expect(committed.channels.koersEvents).toMatchObject({ address: 'koers.events', bindings: { amqp: { is: 'routingKey', exchange: { name: 'koers.events', type: 'topic' } } } });
    const messages = Object.values(committed.components.messages) as Array<{ name: string; contentType: string; payload: { allOf: unknown[] } }>;
    expect(messages.map((m) => m.name).sort()).toEqual(EVENT_CONTRACTS.map((c) => c.type).sort());
    const ingediend = messages.find((m) => m.name === SIGNAAL_INGEDIEND_V1);
    expect(ingediend).toMatchObject({
      contentType: 'application/cloudevents+json',
      payload: { allOf: [{ $ref: '#/components/schemas/CloudEvent' }, { properties: { type: { const: SIGNAAL_INGEDIEND_V1 }, data: EVENT_CONTRACTS.find((c) => c.type === SIGNAAL_INGEDIEND_V1)?.schema } }] },
    });
    expect(committed.components.schemas.CloudEvent.required).toEqual(expect.arrayContaining(['regio', 'type', 'data']));
  });

  it('says who publishes each event and which services consume it, from their @HandlesEvent methods', async () => {
    const document = asyncApiDocument(await Promise.all(SERVICES.map((definition) => describeService(definition))));
    const operations = document.operations as Record<string, { action: string; 'x-koers-service': string; bindings: { amqp: { cc: string[] } } }>;
    const over = (type: string) => Object.values(operations).filter((o) => o.bindings.amqp.cc.includes(type)).map((o) => `${o.action} ${o['x-koers-service']}`);
    expect(over(TAFEL_GESTART_V1).sort()).toEqual(['receive notificaties', 'receive signalen', 'send tafels']);
    expect(over(SIGNAAL_INGEDIEND_V1).sort()).toEqual(['receive notificaties', 'send signalen']);
    for (const contract of EVENT_CONTRACTS) expect(over(contract.type)).toContain(`send ${contract.uitgever}`);
  });

  it('is refused by the validation when it is broken: an operation on a channel that does not exist', async () => {
    const broken = structuredClone(committed);
    broken.operations[Object.keys(broken.operations)[0]].channel = { $ref: '#/channels/bestaatNiet' };
    expect((await bezwaren(broken)).join('\n')).toMatch(/bestaatNiet/);
  });
});
