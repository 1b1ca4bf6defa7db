/**
 * How deep objects and arrays may be nested in a JSON body. Koers's deepest request is a few levels;
 * validation walks a body recursively, so a cheap body nested thousands deep would overflow its stack.
 */
export const MAX_JSON_DIEPTE = 32;

const ACCOLADE_OPEN = 0x7b;
const ACCOLADE_DICHT = 0x7d;
const HAAK_OPEN = 0x5b;
const HAAK_DICHT = 0x5d;
const AANHALINGSTEKEN = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether a JSON text (UTF-8 bytes) nests objects and arrays deeper than `max`, found in one pass
 * without recursion; brackets inside strings do not count. It stops at the first level too deep and
 * leaves judging the syntax to the parser. Multi-byte UTF-8 characters never contain these bytes.
 */
export function isDieperGenestDan(json: Uint8Array, max: number): boolean {
  let diepte = 0;
  let inTekst = false;
  for (let i = 0; i < json.length; i++) {
    const teken = json[i];
    if (inTekst) {
      if (teken === BACKSLASH) i++;
      else if (teken === AANHALINGSTEKEN) inTekst = false;
    } else if (teken === AANHALINGSTEKEN) inTekst = true;
    else if (teken === ACCOLADE_OPEN || teken === HAAK_OPEN) {
      if (++diepte > max) return true;
    } else if (teken === ACCOLADE_DICHT || teken === HAAK_DICHT) diepte--;
  }
  return false;
}

/** The `verify` hook of the JSON body parser: refuses a body nested too deep before it is parsed. */
export function weigerDiepeNesting(max = MAX_JSON_DIEPTE) {
  return (_req: unknown, _res: unknown, body: Buffer, encoding: string | null): void => {
    const utf8 = !encoding || /^utf-?8$/i.test(encoding) ? body : Buffer.from(new TextDecoder(encoding).decode(body), 'utf8');
    if (isDieperGenestDan(utf8, max)) throw Object.assign(new Error(`JSON dieper genest dan ${max}`), { type: 'entity.too.deep', limit: max });
  };
}
