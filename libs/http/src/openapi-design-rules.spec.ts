import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { applyDesignRules } from './openapi-design-rules';

function document(paths: OpenAPIObject['paths']): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 'Dingen', version: '1.2.3' }, security: [{ bearer: [] }], paths, components: {} };
}

function responses(operation: OperationObject | undefined): Record<string, ResponseObject> {
  return (operation?.responses ?? {}) as Record<string, ResponseObject>;
}

describe('applyDesignRules', () => {
  const id = { name: 'id', in: 'path' as const, required: true, schema: { type: 'string' } };

  it('declares API-Version on every response, as every response carries it', () => {
    const result = applyDesignRules(document({ '/dingen': { get: { responses: { '200': { description: 'ok' }, '403': { description: 'nee' } } } } }), '1.2.3');
    expect(Object.values(responses(result.paths['/dingen'].get)).map((r) => r.headers)).toEqual([
      { 'API-Version': { $ref: '#/components/headers/API-Version' } },
      expect.objectContaining({ 'API-Version': { $ref: '#/components/headers/API-Version' } }),
      { 'API-Version': { $ref: '#/components/headers/API-Version' } },
    ]);
    expect(result.components?.headers?.['API-Version']).toMatchObject({ schema: { type: 'string', example: '1.2.3' } });
  });

  it('adds a 400 to every operation with parameters or a body, and none to a bare GET', () => {
    const result = applyDesignRules(
      document({
        '/dingen': { get: { responses: { '200': { description: 'ok' } } }, post: { responses: { '201': { description: 'ok' } } } },
        '/dingen/{id}': { get: { parameters: [id], responses: { '200': { description: 'ok' } } }, delete: { parameters: [id], responses: { '204': { description: 'weg' } } } },
      }),
      '1.2.3',
    );
    expect(Object.keys(responses(result.paths['/dingen'].get))).toEqual(['200', '401']);
    for (const operation of [result.paths['/dingen'].post, result.paths['/dingen/{id}'].get, result.paths['/dingen/{id}'].delete]) {
      expect(responses(operation)['400'].content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/InvalidInputProblem' } } });
    }
  });

  it('keeps what a controller declared: descriptions, content, extensions such as x-koers-rollen', () => {
    const declared = { description: 'Eigen', content: { 'text/csv': { schema: { type: 'string' } } } };
    const post = { 'x-koers-rollen': ['gemeente'], responses: { '201': { description: 'ok' }, '400': { description: 'Foute regels' }, '413': declared } };
    const result = applyDesignRules(document({ '/dingen': { post } }), '1.2.3');
    const served = result.paths['/dingen'].post as OperationObject & { 'x-koers-rollen': string[] };
    expect(served['x-koers-rollen']).toEqual(['gemeente']);
    expect(responses(served)['400'].description).toBe('Foute regels');
    expect(responses(served)['413'].content).toEqual(declared.content);
  });

  it('describes every error as an RFC 9457 problem with status, title and detail', () => {
    const result = applyDesignRules(document({ '/dingen': { get: { responses: { '200': { description: 'ok' }, '404': { description: 'weg' } } } } }), '1.2.3');
    expect(responses(result.paths['/dingen'].get)['404'].content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    for (const name of ['Problem', 'InvalidInputProblem']) {
      expect(result.components?.schemas?.[name]).toMatchObject({ required: ['type', 'title', 'status', 'detail'] });
    }
  });

  it('adds a 401 only where a token is needed', () => {
    const result = applyDesignRules(
      document({ '/open': { get: { security: [], responses: { '200': { description: 'ok' } } } }, '/dicht': { get: { responses: { '200': { description: 'ok' } } } } }),
      '1.2.3',
    );
    expect(responses(result.paths['/open'].get)['401']).toBeUndefined();
    expect(responses(result.paths['/dicht'].get)['401'].headers).toHaveProperty('WWW-Authenticate');
  });
});
