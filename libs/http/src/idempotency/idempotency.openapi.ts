import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject } from '@nestjs/swagger/dist/interfaces';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_REPLAYED_HEADER } from './idempotency-key';
import { IDEMPOTENCY_RETENTION_MS } from './idempotency.store';

const PARAMETER: ParameterObject = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'Maakt opnieuw proberen veilig (IETF-draft "The Idempotency-Key HTTP Header Field"): stuur bij elk nieuw verzoek een nieuwe unieke sleutel ' +
    `(bijvoorbeeld een UUID) en bij een herhaling dezelfde. Dezelfde sleutel met hetzelfde verzoek geeft het eerste antwoord opnieuw (met ${IDEMPOTENCY_REPLAYED_HEADER}: true); ` +
    'met een ander verzoek 422; terwijl het eerste nog loopt 409. ' +
    `Sleutels gelden per aanroeper en regio, minstens ${IDEMPOTENCY_RETENTION_MS / 3_600_000} uur. Een geweigerd verzoek bewaart geen sleutel.`,
  schema: { type: 'string', minLength: 1, maxLength: 255, example: '"8e03978e-40d5-43e8-bc93-6894a57f9324"' },
};

/** Every POST that creates something (201) takes an Idempotency-Key: declared on each such operation. */
export function declareIdempotencyKeys(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    const operation: OperationObject | undefined = item.post;
    const created = operation?.responses['201'];
    if (!operation || !created) continue;
    operation.parameters = [...(operation.parameters ?? []), PARAMETER];
    if ('description' in created) {
      created.headers = { ...created.headers, [IDEMPOTENCY_REPLAYED_HEADER]: { description: 'true: het eerste antwoord op dit verzoek, opnieuw gegeven', schema: { type: 'string', enum: ['true'] } } };
    }
    operation.responses['409'] ??= { description: 'Een verzoek met deze Idempotency-Key wordt nog behandeld' };
    operation.responses['422'] ??= { description: 'Deze Idempotency-Key hoort bij een ander verzoek' };
  }
  return document;
}
