import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
const WITH_BODY = new Set(['put', 'post', 'patch']);

const API_VERSION = { $ref: '#/components/headers/API-Version' };
const PROBLEM = { $ref: '#/components/schemas/Problem' };
const INVALID_INPUT_PROBLEM = { $ref: '#/components/schemas/InvalidInputProblem' };

const PROBLEM_MEMBERS: Record<string, SchemaObject> = {
  type: { type: 'string', format: 'uri', example: 'urn:nl-koers:probleem:niet-gevonden' },
  title: { type: 'string', example: 'Niet gevonden' },
  status: { type: 'integer', minimum: 400, maximum: 599, example: 404 },
  detail: { type: 'string', example: 'Het signaal bestaat niet of is niet zichtbaar voor u.' },
  instance: { type: 'string', example: '/v1/signalen/9b2f0c4e-5d1a-4f0e-9a57-0c7d2e8b1f3a' },
};

const SCHEMAS: Record<string, SchemaObject> = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; extensions such as huidigeStatus and ontbreekt may follow.',
    properties: PROBLEM_MEMBERS,
    required: ['type', 'title', 'status', 'detail'],
  },
  InvalidParam: {
    type: 'object',
    properties: { name: { type: 'string', example: 'titel' }, code: { type: 'string', example: 'isLength' }, reason: { type: 'string', example: 'titel moet 3 tot 200 tekens lang zijn' } },
    required: ['name', 'code', 'reason'],
  },
  InvalidInputProblem: {
    type: 'object',
    description: 'A 400 that names every invalid field (NL API Design Rules /core/error-handling/invalid-input).',
    properties: { ...PROBLEM_MEMBERS, invalidParams: { type: 'array', items: { $ref: '#/components/schemas/InvalidParam' } } },
    required: ['type', 'title', 'status', 'detail'],
  },
};

/**
 * What the NL API Design Rules ask of every operation, added to the document Nest builds so that no
 * controller repeats it: the API-Version header on every response, a 400 wherever input can be
 * refused, a 401 wherever a token is needed, and every error as problem+json (RFC 9457).
 */
export function applyDesignRules(document: OpenAPIObject, apiVersion: string): OpenAPIObject {
  const components = document.components ?? {};
  components.headers = {
    ...components.headers,
    'API-Version': { description: 'De volledige versie van de API (SemVer), op elk antwoord', schema: { type: 'string', example: apiVersion } },
  };
  components.schemas = { ...components.schemas, ...SCHEMAS };
  document.components = components;
  const securedByDefault = (document.security ?? []).length > 0;
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) describeResponses(operation, method, operation.security ? operation.security.length > 0 : securedByDefault);
    }
  }
  return document;
}

function describeResponses(operation: OperationObject, method: string, secured: boolean): void {
  const responses = operation.responses as Record<string, ResponseObject>;
  // Every body can be refused (malformed JSON already), and so can every parameter.
  if (!responses['400'] && (WITH_BODY.has(method) || (operation.parameters?.length ?? 0) > 0)) {
    responses['400'] = { description: 'Ongeldige invoer: invalidParams noemt elk veld en de reden' };
  }
  if (secured && !responses['401']) {
    responses['401'] = { description: 'Geen of geen geldig token', headers: { 'WWW-Authenticate': { description: 'RFC 6750', schema: { type: 'string' } } } };
  }
  for (const [status, response] of Object.entries(responses)) {
    response.headers = { 'API-Version': API_VERSION, ...response.headers };
    if (/^[45]/.test(status) && !response.content) {
      response.content = { [PROBLEM_CONTENT_TYPE]: { schema: status === '400' ? INVALID_INPUT_PROBLEM : PROBLEM } };
    }
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
