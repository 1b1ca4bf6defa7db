import { createCloudEvent } from '@koers/contracts';
import { decodeEvent, encodeEvent, MalformedMessage } from './envelope';

const bericht = (body: string) => ({ content: Buffer.from(body) });

describe('decodeEvent', () => {
  it('reads a CloudEvent back', () => {
    const event = createCloudEvent({ type: 'nl.koers.test.iets.gebeurd.v1', source: 'urn:nld:test', regio: 'flevoland', data: { x: 1 } });
    expect(decodeEvent({ content: encodeEvent(event) })).toEqual(event);
  });

  it.each([
    ['dit is geen json', 'Het bericht is niet leesbaar: de inhoud is geen JSON.'],
    ['[1, 2]', 'Het bericht is niet leesbaar: de inhoud is geen JSON-object.'],
    ['null', 'Het bericht is niet leesbaar: de inhoud is geen JSON-object.'],
    [
      JSON.stringify({ specversion: '0.3', id: 'x', source: 's', type: 't', time: 'nu' }),
      'Het bericht is niet leesbaar: het is geen CloudEvent 1.0, want deze velden ontbreken of kloppen niet: specversion, regio, data.',
    ],
  ])('refuses %s in Dutch', (body, reden) => {
    expect(() => decodeEvent(bericht(body))).toThrow(MalformedMessage);
    expect(() => decodeEvent(bericht(body))).toThrow(new Error(reden));
  });
});
