import { isDieperGenestDan, weigerDiepeNesting } from './json-diepte';

const json = (tekst: string) => Buffer.from(tekst, 'utf8');

describe('the nesting depth of a JSON body, scanned without recursion', () => {
  it.each([
    ['[]', 1],
    ['{"a":[{"b":[]}]}', 4],
    ['[[1,2],[3,[4]]]', 3],
    ['{"a":{"b":1},"c":{"d":{"e":2}}}', 3],
  ])('%s is %i deep', (tekst, diepte) => {
    expect(isDieperGenestDan(json(tekst), diepte)).toBe(false);
    expect(isDieperGenestDan(json(tekst), diepte - 1)).toBe(true);
  });

  it('does not count brackets inside strings, also after escaped quotes and backslashes', () => {
    expect(isDieperGenestDan(json('{"tekst":"[[[[{{{{"}'), 1)).toBe(false);
    expect(isDieperGenestDan(json('{"tekst":"een \\" [[[[ \\\\","b":"]]]]"}'), 1)).toBe(false);
    expect(isDieperGenestDan(json('["\\\\",[[]]]'), 2)).toBe(true);
    expect(isDieperGenestDan(json('{"wijk":"Dorpsstraat ⟦12⟧ — “citaat” {"}'), 1)).toBe(false);
  });

  it('finds 100,000 nested brackets and 5,000 nested objects at the first level too deep, in a few milliseconds', () => {
    const brackets = json('['.repeat(100_000) + ']'.repeat(100_000));
    const objects = json('{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000));
    const start = process.hrtime.bigint();
    expect(isDieperGenestDan(brackets, 32)).toBe(true);
    expect(isDieperGenestDan(objects, 32)).toBe(true);
    expect(isDieperGenestDan(json('['.repeat(32) + ']'.repeat(32)), 32)).toBe(false);
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(50);
  });

  it('leaves broken JSON to the parser, and reads other UTF encodings after decoding', () => {
    expect(isDieperGenestDan(json(']]]]{"a":'), 1)).toBe(false);
    const verify = weigerDiepeNesting(2);
    expect(() => verify({}, {}, Buffer.from('[[["[[["]]]', 'utf16le'), 'utf-16le')).toThrow(expect.objectContaining({ type: 'entity.too.deep' }));
    expect(() => verify({}, {}, Buffer.from('[["[[[[["]]', 'utf16le'), 'utf-16le')).not.toThrow();
    expect(() => verify({}, {}, json('[["[[[[["]]'), 'utf-8')).not.toThrow();
  });
});
