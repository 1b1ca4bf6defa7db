import type { ServiceDescription } from '@koers/bootstrap';
import { CLOUD_EVENT_SCHEMA, CLOUDEVENTS_CONTENT_TYPE, dataschemaFor, EVENT_CONTRACTS, EventContract } from '@koers/contracts';
import { ASYNCAPI_DOCUMENT, GeneratedFiles } from '../generated/generated-files';

const EXCHANGE = 'koers.events';
const AMQP_BINDING_VERSION = '0.3.0';

/** `nl.koers.signalen.signaal.ingediend.v1` → `signalen-signaal-ingediend-v1` (AsyncAPI ids allow no dots). */
function idOf(type: string): string {
  return type.replace(/^nl\.koers\./, '').replace(/\./g, '-');
}

function message(contract: EventContract) {
  return {
    name: contract.type,
    title: contract.type,
    summary: contract.description,
    contentType: CLOUDEVENTS_CONTENT_TYPE,
    payload: {
      allOf: [
        { $ref: '#/components/schemas/CloudEvent' },
        {
          type: 'object',
          properties: { type: { const: contract.type }, dataschema: { const: dataschemaFor(contract.type) }, data: contract.schema },
        },
      ],
    },
    bindings: { amqp: { messageType: contract.type, bindingVersion: AMQP_BINDING_VERSION } },
  };
}

function operation(contract: EventContract, action: 'send' | 'receive', service: string) {
  const id = idOf(contract.type);
  const wie = service === 'extern' ? 'Systemen buiten Koers (aanbieders, datawarehouses) publiceren' : `koers-${service} ${action === 'send' ? 'publiceert' : 'verwerkt'}`;
  return {
    action,
    channel: { $ref: '#/channels/koersEvents' },
    summary: `${wie} ${contract.type}`,
    messages: [{ $ref: `#/channels/koersEvents/messages/${id}` }],
    bindings: { amqp: { cc: [contract.type], ...(action === 'send' ? { deliveryMode: 2 } : { ack: true }), bindingVersion: AMQP_BINDING_VERSION } },
    'x-koers-service': service,
  };
}

/**
 * Every event of the contracts registry on the one topic exchange, with who publishes it (the
 * contract's `uitgever`) and who consumes it (the services' `@HandlesEvent` methods).
 */
export function asyncApiDocument(descriptions: ServiceDescription[]): Record<string, unknown> {
  const operations: Record<string, unknown> = {};
  for (const contract of EVENT_CONTRACTS) {
    operations[`${idOf(contract.type)}-publiceren-door-${contract.uitgever}`] = operation(contract, 'send', contract.uitgever);
    for (const { service } of descriptions.filter((d) => d.handledEventTypes.includes(contract.type))) {
      operations[`${idOf(contract.type)}-verwerken-door-${service}`] = operation(contract, 'receive', service);
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Koers events',
      version: '1.0.0',
      description: [
        'De domeinevents van Koers: feiten in de verleden tijd, elk in een CloudEvents 1.0-envelop (structured mode, NL GOV-profiel, extensie `regio`).',
        `Op de berichtenbus gaan ze over één topic exchange (\`${EXCHANGE}\`) met het eventtype als routing key; webhooks leveren dezelfde envelop af.`,
        'Een event bereikt nooit een andere regio.',
      ].join(' '),
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    channels: {
      koersEvents: {
        address: EXCHANGE,
        title: 'De topic exchange van Koers',
        description: 'Routing key = eventtype; een afnemer bindt zijn queue op de typen die hij verwerkt.',
        messages: Object.fromEntries(EVENT_CONTRACTS.map((contract) => [idOf(contract.type), { $ref: `#/components/messages/${idOf(contract.type)}` }])),
        bindings: { amqp: { is: 'routingKey', exchange: { name: EXCHANGE, type: 'topic', durable: true, autoDelete: false, vhost: '/' }, bindingVersion: AMQP_BINDING_VERSION } },
      },
    },
    operations,
    components: {
      schemas: { CloudEvent: CLOUD_EVENT_SCHEMA },
      messages: Object.fromEntries(EVENT_CONTRACTS.map((contract) => [idOf(contract.type), message(contract)])),
    },
  };
}

export function generateAsyncApi(descriptions: ServiceDescription[]): GeneratedFiles {
  return { files: new Map([[ASYNCAPI_DOCUMENT, `${JSON.stringify(asyncApiDocument(descriptions), null, 2)}\n`]]), folders: [] };
}
