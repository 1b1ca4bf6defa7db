import { Readable } from 'node:stream';
import { CsvBestandFout, CsvFormaat, CsvFout, CsvMeting, CsvRegel, leesMetingenCsv, StatlineKolommen } from './metingen-csv';

const KOERS: CsvFormaat = { soort: 'koers' };
const KOP = 'indicator,gemeente,periode,waarde';

async function* stroom(...stukken: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
  yield* stukken;
}

async function lees(input: string | AsyncIterable<Buffer | string> | NodeJS.ReadableStream, formaat = KOERS): Promise<CsvRegel[]> {
  const regels: CsvRegel[] = [];
  for await (const regel of leesMetingenCsv(typeof input === 'string' ? stroom(input) : input, formaat)) regels.push(regel);
  return regels;
}

async function leesBestandFout(input: string | AsyncIterable<Buffer | string>, formaat = KOERS): Promise<CsvBestandFout> {
  try {
    await lees(input, formaat);
  } catch (fout) {
    if (fout instanceof CsvBestandFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een CsvBestandFout');
}

function metingen(regels: CsvRegel[]): CsvMeting[] {
  return regels.flatMap((r) => ('meting' in r ? [r.meting] : []));
}

function fouten(regels: CsvRegel[]): CsvFout[] {
  return regels.flatMap((r) => ('fout' in r ? [r.fout] : []));
}

function meting(deel: Partial<CsvMeting>): CsvMeting {
  return { regel: 2, indicator: 'JZ01', gemeente: 'GM0988', periode: '2025', waarde: 1, teller: null, noemer: null, bron: null, ...deel };
}

/** The single result of a file with one data row. */
async function enige(kop: string, rij: string): Promise<CsvRegel[]> {
  return lees(`${kop}\n${rij}\n`);
}

describe('leesMetingenCsv — Koers layout', () => {
  describe('header', () => {
    it('reads all columns', async () => {
      const regels = await lees(
        'indicator,gemeente,periode,waarde,teller,noemer,bron\n' +
          'JZ01,GM0988,2025-Q3,12.5,25,200,Vektis\n' +
          'JZ02,,2025-07,3,,,\n',
      );
      expect(regels).toEqual([
        { meting: meting({ regel: 2, periode: '2025-Q3', waarde: 12.5, teller: 25, noemer: 200, bron: 'Vektis' }) },
        { meting: meting({ regel: 3, indicator: 'JZ02', gemeente: null, periode: '2025-07', waarde: 3 }) },
      ]);
    });

    it('needs only the required columns; the optional ones become null', async () => {
      expect(await enige(KOP, 'JZ01,GM0988,2025,4')).toEqual([{ meting: meting({ waarde: 4 }) }]);
    });

    it('takes columns in any order, any case, with surrounding spaces', async () => {
      const regels = await enige(' Waarde ,PERIODE,bron, Indicator,Gemeente ,NOEMER,Teller', '7,2025-H1,CBS,JZ01,GM0988,10,5');
      expect(regels).toEqual([{ meting: meting({ periode: '2025-H1', waarde: 7, teller: 5, noemer: 10, bron: 'CBS' }) }]);
    });

    it('refuses an unknown column, naming it and the expected ones', async () => {
      const fout = await leesBestandFout(`${KOP},opmerking\nJZ01,GM0988,2025,1,x\n`);
      expect(fout.regel).toBe(1);
      expect(fout.reden).toContain("onbekende kolom 'opmerking'");
      expect(fout.reden).toContain('verwacht: indicator, gemeente, periode, waarde (verplicht) en teller, noemer, bron (optioneel)');
      expect(fout.message).toBe(`${fout.reden} (regel 1)`);
      expect(fout.name).toBe('CsvBestandFout');
    });

    it('refuses a missing required column, naming it', async () => {
      const fout = await leesBestandFout('indicator,gemeente,waarde\nJZ01,GM0988,1\n');
      expect(fout.reden).toContain("verplichte kolom 'periode' ontbreekt");
      expect(fout.reden).not.toContain('onbekende');
    });

    it('names unknown and missing columns together (a typo)', async () => {
      const fout = await leesBestandFout('indicator,gemeente,periode,waard,telller\n');
      expect(fout.reden).toContain("onbekende kolommen 'waard', 'telller'");
      expect(fout.reden).toContain("verplichte kolom 'waarde' ontbreekt");
    });

    it('suspects a missing header when no column is known', async () => {
      const fout = await leesBestandFout('JZ01,GM0988,2025,12\n');
      expect(fout.reden).toContain("verplichte kolommen 'indicator', 'gemeente', 'periode', 'waarde' ontbreken");
      expect(fout.reden).toContain('ontbreekt de kopregel?');
    });

    it('refuses a column named twice', async () => {
      const fout = await leesBestandFout(`${KOP},Waarde\n`);
      expect(fout.reden).toBe("kolom 'waarde' staat twee keer in de kopregel");
    });

    it('refuses a column without a name', async () => {
      const fout = await leesBestandFout(`${KOP},\n`);
      expect(fout.reden).toContain('kolom 5 van de kopregel heeft geen naam');
    });

    it('reports the header line when blank lines precede it', async () => {
      const fout = await leesBestandFout('\n\nfoo\n');
      expect(fout.regel).toBe(3);
      expect(await lees(`\n\n${KOP}\nJZ01,GM0988,2025,1\n`)).toEqual([{ meting: meting({ regel: 4 }) }]);
    });

    it.each([
      ['nothing', ''],
      ['only blank lines', '\n\r\n   \n'],
      ['only a BOM', '\uFEFF'],
    ])('refuses an empty file (%s)', async (_, tekst) => {
      const fout = await leesBestandFout(tekst);
      expect(fout.reden).toBe('het bestand is leeg: de kopregel ontbreekt');
      expect(fout.regel).toBeUndefined();
    });

    it('refuses an input without any chunk', async () => {
      expect((await leesBestandFout(stroom())).reden).toContain('leeg');
    });

    it('accepts a header without rows (an empty batch is the caller’s call)', async () => {
      expect(await lees(`${KOP}\n`)).toEqual([]);
      expect(await lees(KOP)).toEqual([]);
    });
  });

  describe('delimiters and numbers', () => {
    it('detects ; from the header and accepts a decimal comma', async () => {
      const regels = await lees('indicator;gemeente;periode;waarde;teller;noemer\nJZ01;GM0988;2025;12,5;2,5;10\nJZ01;GM0988;2025;12.5;;\n');
      expect(metingen(regels)).toEqual([
        meting({ waarde: 12.5, teller: 2.5, noemer: 10 }),
        meting({ regel: 3, waarde: 12.5 }),
      ]);
    });

    it('detects ; from a quoted header', async () => {
      const regels = await lees('"indicator";"gemeente";"periode";"waarde"\n"JZ01";"GM0988";"2025";"1,5"\n');
      expect(metingen(regels)).toEqual([meting({ waarde: 1.5 })]);
    });

    it('ignores delimiters inside quoted header names when detecting', async () => {
      const fout = await leesBestandFout('"a;b;c",indicator,gemeente\n');
      expect(fout.reden).toContain("onbekende kolom 'a;b;c'");
    });

    it('with , accepts only a decimal point', async () => {
      const regels = await enige(KOP, 'JZ01,GM0988,2025,"12,5"');
      expect(fouten(regels)).toEqual([{ regel: 2, kolom: 'waarde', reden: "waarde '12,5' is geen getal: gebruik een punt als decimaalteken" }]);
    });

    it('with ; refuses thousands separators', async () => {
      const regels = await lees('indicator;gemeente;periode;waarde\nJZ01;GM0988;2025;1.234,5\nJZ01;GM0988;2025;1,234,5\n');
      expect(fouten(regels)).toEqual([
        { regel: 2, kolom: 'waarde', reden: "waarde '1.234,5' is geen getal: gebruik geen scheidingsteken voor duizendtallen" },
        { regel: 3, kolom: 'waarde', reden: "waarde '1,234,5' is geen getal" },
      ]);
    });

    it.each([
      ['12', 12],
      ['-3', -3],
      ['+3', 3],
      ['0.25', 0.25],
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['2.5E-2', 0.025],
      ['-0', 0],
      [' 42 ', 42],
    ])('reads waarde %j as %d', async (tekst, getal) => {
      const [regel] = await enige(KOP, `JZ01,GM0988,2025,${tekst}`);
      expect(regel).toEqual({ meting: meting({ waarde: getal }) });
      if ('meting' in regel) expect(Object.is(regel.meting.waarde, -0)).toBe(false);
    });

    it.each(['abc', '12a', '1 000', '1_000', 'Infinity', '-Infinity', 'NaN', '0x10', '1e400', '--1', '1.2.3', '€5', '5%'])(
      'refuses waarde %j',
      async (tekst) => {
        const regels = await enige(KOP, `JZ01,GM0988,2025,${tekst}`);
        expect(regels).toEqual([{ fout: { regel: 2, kolom: 'waarde', reden: `waarde '${tekst}' is geen getal` } }]);
      },
    );

    it('refuses an empty waarde', async () => {
      expect(await enige(KOP, 'JZ01,GM0988,2025,')).toEqual([{ fout: { regel: 2, kolom: 'waarde', reden: 'waarde ontbreekt' } }]);
    });
  });

  describe('fields', () => {
    it('reads an empty gemeente as the whole region (null)', async () => {
      expect(metingen(await enige(KOP, 'JZ01,  ,2025,1'))).toEqual([meting({ gemeente: null })]);
    });

    it('trims the gemeente code', async () => {
      expect(metingen(await enige(KOP, 'JZ01, GM0988 ,2025,1'))).toEqual([meting({})]);
    });

    it.each(['GM988', 'GM09880', 'gm0988', 'G0988', '0988', 'NL01', 'GM 0988', 'GMabcd'])('refuses gemeente %j', async (code) => {
      expect(await enige(KOP, `JZ01,${code},2025,1`)).toEqual([
        { fout: { regel: 2, kolom: 'gemeente', reden: `gemeente '${code}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers, bijvoorbeeld GM0988)` } },
      ]);
    });

    it.each(['2025', '2025-H2', '2025-Q3', '2025-07'])('reads periode %s', async (code) => {
      expect(metingen(await enige(KOP, `JZ01,GM0988, ${code} ,1`))).toEqual([meting({ periode: code })]);
    });

    it.each(['2025-7', '2025-13', '2025-Q5', '25', '2023KW02', '1899', 'Q3 2025'])('refuses periode %j', async (code) => {
      const [regel] = await enige(KOP, `JZ01,GM0988,${code},1`);
      expect(regel).toEqual({
        fout: { regel: 2, kolom: 'periode', reden: `periode '${code}' is ongeldig: gebruik 2025, 2025-H1, 2025-Q3 of 2025-07 (jaren 1900–2100)` },
      });
    });

    it('refuses an empty periode and an empty indicator', async () => {
      expect(fouten(await enige(KOP, ' ,GM0988,,1'))).toEqual([
        { regel: 2, kolom: 'indicator', reden: 'indicator ontbreekt' },
        { regel: 2, kolom: 'periode', reden: 'periode ontbreekt' },
      ]);
    });

    it('trims indicator and bron; an empty bron is null', async () => {
      const regels = await lees('indicator,gemeente,periode,waarde,bron\n  JZ01 ,GM0988,2025,1, Vektis \nJZ01,GM0988,2025,1,   \n');
      expect(metingen(regels)).toEqual([meting({ bron: 'Vektis' }), meting({ regel: 3 })]);
    });

    it('lists every problem of a row, each with its column', async () => {
      const regels = await lees('indicator,gemeente,periode,waarde,teller,noemer\n,GM1,2025-7,abc,-1,x\n');
      expect(fouten(regels).map((f) => [f.regel, f.kolom])).toEqual([
        [2, 'indicator'],
        [2, 'gemeente'],
        [2, 'periode'],
        [2, 'waarde'],
        [2, 'teller'],
        [2, 'noemer'],
      ]);
      expect(metingen(regels)).toEqual([]);
    });
  });

  describe('teller and noemer', () => {
    const kop = `${KOP},teller,noemer`;

    it('reads both', async () => {
      expect(metingen(await enige(kop, 'JZ01,GM0988,2025,50,5,10'))).toEqual([meting({ waarde: 50, teller: 5, noemer: 10 })]);
    });

    it('accepts teller equal to noemer and teller 0', async () => {
      const regels = await lees(`${kop}\nJZ01,GM0988,2025,100,10,10\nJZ01,GM0988,2025,0,0,10\n`);
      expect(fouten(regels)).toEqual([]);
      expect(metingen(regels).map((m) => [m.teller, m.noemer])).toEqual([
        [10, 10],
        [0, 10],
      ]);
    });

    it('refuses teller > noemer', async () => {
      expect(await enige(kop, 'JZ01,GM0988,2025,1,11,10')).toEqual([
        { fout: { regel: 2, kolom: 'teller', reden: 'teller (11) is groter dan noemer (10)' } },
      ]);
    });

    it.each(['5', '0'])('refuses noemer 0 with teller %s', async (teller) => {
      expect(await enige(kop, `JZ01,GM0988,2025,1,${teller},0`)).toEqual([
        { fout: { regel: 2, kolom: 'noemer', reden: 'noemer is 0: daar is geen aandeel van te maken' } },
      ]);
    });

    it('wants both or neither', async () => {
      const regels = await lees(`${kop}\nJZ01,GM0988,2025,1,5,\nJZ01,GM0988,2025,1,,10\n`);
      expect(fouten(regels)).toEqual([
        { regel: 2, kolom: 'noemer', reden: 'noemer ontbreekt: geef teller en noemer samen, of geen van beide' },
        { regel: 3, kolom: 'teller', reden: 'teller ontbreekt: geef teller en noemer samen, of geen van beide' },
      ]);
    });

    it('refuses negative and non-numeric values', async () => {
      const regels = await lees(`${kop}\nJZ01,GM0988,2025,1,-1,10\nJZ01,GM0988,2025,1,5,tien\n`);
      expect(fouten(regels)).toEqual([
        { regel: 2, kolom: 'teller', reden: 'teller -1 is negatief' },
        { regel: 3, kolom: 'noemer', reden: "noemer 'tien' is geen getal" },
      ]);
    });
  });

  describe('rows and line numbers', () => {
    it('reports a row with the wrong number of fields and goes on', async () => {
      const regels = await lees(`${KOP}\nJZ01,GM0988,2025\nJZ01,GM0988,2025,1,extra\nJZ01,GM0988,2025,3\n`);
      expect(regels).toEqual([
        { fout: { regel: 2, reden: 'de regel heeft 3 velden, de kopregel 4' } },
        { fout: { regel: 3, reden: 'de regel heeft 5 velden, de kopregel 4' } },
        { meting: meting({ regel: 4, waarde: 3 }) },
      ]);
    });

    it('lists every bad row of a file, in line order', async () => {
      const rijen = ['JZ01,GM0988,2025,1', 'JZ01,GM0988,2025,x', 'JZ01,GM0988,2025,2', 'JZ01,GM0988,2025-7,3', 'JZ01,GM0988', 'JZ01,GM0988,2025,4'];
      const regels = await lees(`${KOP}\n${rijen.join('\n')}\n`);
      expect(fouten(regels).map((f) => f.regel)).toEqual([3, 5, 6]);
      expect(metingen(regels).map((m) => m.regel)).toEqual([2, 4, 7]);
    });

    it('skips empty, blank and delimiter-only lines but counts them', async () => {
      const regels = await lees(`${KOP}\n\nJZ01,GM0988,2025,1\n   \n,,,\n  ,  \nJZ01,GM0988,2025,2\n\n`);
      expect(regels).toEqual([{ meting: meting({ regel: 3 }) }, { meting: meting({ regel: 7, waarde: 2 }) }]);
    });

    it('reads quoted fields per RFC 4180', async () => {
      const regels = await lees(`${KOP},bron\n"JZ01","GM0988","2025","1","Vektis, ""bewerkt"""\n`);
      expect(metingen(regels)).toEqual([meting({ bron: 'Vektis, "bewerkt"' })]);
    });

    it('numbers rows by their first physical line, across quoted multi-line fields', async () => {
      const regels = await lees(
        `${KOP},bron\n` +
          'JZ01,GM0988,2025,1,"regel een\nregel twee\nregel drie"\n' +
          'JZ01,GM0988,2025,x,"nog\neen"\n' +
          'JZ01,GM0988,2025,3,\n',
      );
      expect(regels).toEqual([
        { meting: meting({ regel: 2, bron: 'regel een\nregel twee\nregel drie' }) },
        { fout: { regel: 5, kolom: 'waarde', reden: "waarde 'x' is geen getal" } },
        { meting: meting({ regel: 7, waarde: 3 }) },
      ]);
    });

    it('counts lines the same with CRLF line endings', async () => {
      const regels = await lees(`${KOP},bron\r\nJZ01,GM0988,2025,1,"a\r\nb"\r\n\r\nJZ01,GM0988,2025,x,\r\n`);
      expect(regels).toEqual([
        { meting: meting({ regel: 2, bron: 'a\r\nb' }) },
        { fout: { regel: 5, kolom: 'waarde', reden: "waarde 'x' is geen getal" } },
      ]);
    });

    it('keeps a stray quote inside an unquoted field as text', async () => {
      expect(metingen(await lees(`${KOP},bron\nJZ01,GM0988,2025,1,12" scherm\n`))).toEqual([meting({ bron: '12" scherm' })]);
    });

    it('refuses the row, not the file, when text follows a closing quote', async () => {
      const regels = await lees(`${KOP}\n"JZ01"x,GM0988,2025,1\nJZ01,GM0988,2025,2\n`);
      expect(regels).toEqual([
        {
          fout: {
            regel: 2,
            reden: 'na het afsluitende aanhalingsteken van veld 1 staat nog tekst; schrijf een aanhalingsteken binnen een veld dubbel ("")',
          },
        },
        { meting: meting({ regel: 3, waarde: 2 }) },
      ]);
    });

    it('refuses a header with text after a closing quote', async () => {
      const fout = await leesBestandFout('"indicator"x,gemeente,periode,waarde\n');
      expect(fout.reden).toContain('na het afsluitende aanhalingsteken van veld 1');
      expect(fout.regel).toBe(1);
    });

    it('reads empty quoted fields, delimiters and line breaks inside quotes', async () => {
      const regels = await lees(`${KOP},bron\n"JZ01","","2025","1","a,b;c\r\nd"\n`);
      expect(metingen(regels)).toEqual([meting({ gemeente: null, bron: 'a,b;c\r\nd' })]);
    });

    it('reads a last line without a line break', async () => {
      expect(await lees(`${KOP},bron\nJZ01,GM0988,2025,1,"x"`)).toEqual([{ meting: meting({ bron: 'x' }) }]);
      expect(await lees(`${KOP}\nJZ01,GM0988,2025,1`)).toEqual([{ meting: meting({}) }]);
      expect(await lees(`${KOP},bron\nJZ01,GM0988,2025,1,`)).toEqual([{ meting: meting({}) }]);
    });

    it('accepts LF, CR LF and a lone CR as line ends, mixed', async () => {
      const regels = await lees(`${KOP}\r\nJZ01,GM0988,2025,1\rJZ01,GM0988,2025,2\nJZ01,GM0988,2025,x\r\n`);
      expect(regels).toEqual([
        { meting: meting({ regel: 2 }) },
        { meting: meting({ regel: 3, waarde: 2 }) },
        { fout: { regel: 4, kolom: 'waarde', reden: "waarde 'x' is geen getal" } },
      ]);
    });

    it('refuses a quote that is never closed, naming where it opened', async () => {
      const fout = await leesBestandFout(`${KOP}\nJZ01,GM0988,2025,1\nJZ01,GM0988,2025,"1\nJZ01,GM0988,2025,2\n`);
      expect(fout.reden).toBe('een veld tussen aanhalingstekens wordt nergens afgesloten');
      expect(fout.regel).toBe(3);
    });

    it('refuses an absurdly long line', async () => {
      const fout = await leesBestandFout(`${KOP},bron\nJZ01,GM0988,2025,1,${'x'.repeat(1_100_000)}\n`);
      expect(fout.reden).toBe('de regel is langer dan een miljoen tekens; staat er een aanhalingsteken open?');
      expect(fout.regel).toBe(2);
    });

    it('stops early, with bounded memory, when a quote opens and the file goes on', async () => {
      let gelezen = 0;
      async function* openQuote(): AsyncGenerator<Buffer> {
        yield Buffer.from(`${KOP}\nJZ01,GM0988,2025,1\nJZ01,GM0988,2025,"1\n`);
        for (let i = 0; i < 1000; i++) {
          gelezen++;
          yield Buffer.from('JZ01,GM0988,2025,1\n'.repeat(1000));
        }
      }
      const fout = await leesBestandFout(openQuote());
      expect(fout.reden).toContain('staat er een aanhalingsteken open?');
      expect(fout.regel).toBe(3);
      expect(gelezen).toBeLessThan(100);
    });
  });

  describe('encoding and chunks', () => {
    const bestand = `${KOP},bron\r\nJZ01,GM0988,2025,1,Zorg & Welzijn é€😀\r\nJZ02,,2025-Q1,2,"a\r\n""b"""\r\n\r\nJZ03,,2025,3,""\r\n`;

    it('strips a BOM (bytes and string input)', async () => {
      const verwacht = await lees(bestand);
      expect(await lees(stroom(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bestand)])))).toEqual(verwacht);
      expect(await lees(`\uFEFF${bestand}`)).toEqual(verwacht);
      expect(metingen(verwacht)[0].bron).toBe('Zorg & Welzijn é€😀');
      expect(metingen(verwacht).map((m) => [m.regel, m.bron])).toEqual([
        [2, 'Zorg & Welzijn é€😀'],
        [3, 'a\r\n"b"'],
        [6, null],
      ]);
    });

    it('gives the same result however the bytes are split, also inside characters and the BOM', async () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bestand)]);
      const verwacht = await lees(bestand);
      const perByte = [...bytes].map((byte) => Buffer.from([byte]));
      expect(await lees(stroom(...perByte))).toEqual(verwacht);
      for (const grootte of [2, 3, 5, 7]) {
        const stukken: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += grootte) stukken.push(bytes.subarray(i, i + grootte));
        expect(await lees(stroom(...stukken))).toEqual(verwacht);
      }
    });

    it('accepts mixed string and Buffer chunks', async () => {
      expect(await lees(stroom(`${KOP}\nJZ01,GM0988,`, Buffer.from('2025,1\n')))).toEqual([{ meting: meting({}) }]);
    });

    it('accepts plain Uint8Array chunks (web streams)', async () => {
      const stuk = new TextEncoder().encode(`${KOP}\nJZ01,GM0988,2025,1\n`);
      expect(await lees(stroom(stuk.subarray(0, 10) as Buffer, stuk.subarray(10) as Buffer))).toEqual([{ meting: meting({}) }]);
    });

    it('reads a Node Readable', async () => {
      expect(await lees(Readable.from([Buffer.from(`${KOP}\n`), Buffer.from('JZ01,GM0988,2025,1\n')]))).toEqual([{ meting: meting({}) }]);
    });

    it('refuses invalid UTF-8 (a Latin-1 é), naming the line', async () => {
      const fout = await leesBestandFout(stroom(Buffer.from(`${KOP}\nJZ01,GM0988,2025,1\nJZ01,GM0988,2025,1,caf\xe9\n`, 'latin1')));
      expect(fout.reden).toBe('het bestand is geen UTF-8: sla het op als CSV in UTF-8');
      expect(fout.regel).toBe(3);
    });

    it('names the line of invalid UTF-8 in a later chunk', async () => {
      const fout = await leesBestandFout(
        stroom(Buffer.from(`${KOP}\nJZ01,GM0988,2025,1\n`), Buffer.from('JZ01,GM0988,2025,1\nJZ01,GM0988,'), Buffer.from([0x80]), Buffer.from('2025,1\n')),
      );
      expect(fout.regel).toBe(4);
    });

    it('refuses a character cut off at the end of the file', async () => {
      const fout = await leesBestandFout(stroom(Buffer.from(`${KOP}\nJZ01,GM0988,2025,1\n`), Buffer.from([0xe2, 0x82])));
      expect(fout.reden).toContain('het laatste teken is afgebroken');
      expect(fout.regel).toBe(3);
    });

    it.each([
      ['an overlong encoding', [0xc0, 0xaf]],
      ['a surrogate', [0xed, 0xa0, 0x80]],
      ['a lead byte followed by a line break', [0xc3, 0x0a]],
      ['UTF-16', [0xff, 0xfe]],
    ])('refuses %s', async (_, bytes) => {
      const fout = await leesBestandFout(stroom(Buffer.from(`${KOP}\n`), Buffer.from(bytes)));
      expect(fout.reden).toContain('geen UTF-8');
      expect(fout.regel).toBe(2);
    });

    it('passes an error of the input itself through unchanged', async () => {
      const stuk = new Error('verbinding verbroken');
      async function* kapot(): AsyncGenerator<Buffer> {
        yield Buffer.from(`${KOP}\nJZ01,GM0988,2025,1\n`);
        throw stuk;
      }
      await expect(lees(kapot())).rejects.toBe(stuk);
    });

    it('stops reading the input when the caller stops', async () => {
      let gelezen = 0;
      let gesloten = false;
      async function* eindeloos(): AsyncGenerator<Buffer> {
        try {
          yield Buffer.from(`${KOP}\n`);
          for (;;) {
            gelezen++;
            yield Buffer.from('JZ01,GM0988,2025,1\n'.repeat(100));
          }
        } finally {
          gesloten = true;
        }
      }
      let aantal = 0;
      for await (const regel of leesMetingenCsv(eindeloos(), KOERS)) {
        expect(regel).toEqual({ meting: expect.objectContaining({ indicator: 'JZ01' }) });
        if (++aantal === 250) break;
      }
      await new Promise((klaar) => setImmediate(klaar));
      expect(gesloten).toBe(true);
      // Backpressure: only a few buffers' worth was read ahead.
      expect(gelezen).toBeLessThan(200);
    });
  });
});

describe('leesMetingenCsv — StatLine layout', () => {
  const kolommen: StatlineKolommen = {
    waarden: { Jongeren_met_jeugdzorg_1: 'JZ01', Jongeren_met_jeugdbescherming_2: 'JB01' },
  };
  const STATLINE: CsvFormaat = { soort: 'statline', kolommen };
  const KOP_CBS = '"ID";"RegioS";"Perioden";"Jongeren_met_jeugdzorg_1";"Jongeren_met_jeugdbescherming_2";"Toelichting_3"';

  function cbs(...rijen: string[]): string {
    return `${KOP_CBS}\r\n${rijen.map((rij) => `${rij}\r\n`).join('')}`;
  }

  function cbsMeting(deel: Partial<CsvMeting>): CsvMeting {
    return { regel: 2, indicator: 'JZ01', gemeente: 'GM0988', periode: '2023', waarde: 1, teller: null, noemer: null, bron: 'CBS StatLine', ...deel };
  }

  it('yields one meting per mapped value column', async () => {
    const regels = await lees(
      cbs(
        '0;"GM0988    ";"2023JJ00";"       12.5";"3";"iets"',
        '1;"GM0363    ";"2023KW02";"100";"-2.25";""',
        '2;"GM0014    ";"2023MM07";"0";"1";""',
        '3;"GM0014    ";"2023HJ01";"4";"5";""',
      ),
      STATLINE,
    );
    expect(regels).toEqual([
      { meting: cbsMeting({ waarde: 12.5 }) },
      { meting: cbsMeting({ indicator: 'JB01', waarde: 3 }) },
      { meting: cbsMeting({ regel: 3, gemeente: 'GM0363', periode: '2023-Q2', waarde: 100 }) },
      { meting: cbsMeting({ regel: 3, gemeente: 'GM0363', periode: '2023-Q2', indicator: 'JB01', waarde: -2.25 }) },
      { meting: cbsMeting({ regel: 4, gemeente: 'GM0014', periode: '2023-07', waarde: 0 }) },
      { meting: cbsMeting({ regel: 4, gemeente: 'GM0014', periode: '2023-07', indicator: 'JB01', waarde: 1 }) },
      { meting: cbsMeting({ regel: 5, gemeente: 'GM0014', periode: '2023-H1', waarde: 4 }) },
      { meting: cbsMeting({ regel: 5, gemeente: 'GM0014', periode: '2023-H1', indicator: 'JB01', waarde: 5 }) },
    ]);
  });

  it('skips unknown (.), secret (x) and empty values silently', async () => {
    const regels = await lees(cbs('0;"GM0988  ";"2023JJ00";".";"x";""', '1;"GM0988  ";"2022JJ00";"";" 7 ";""', '2;"GM0988";"2021JJ00";"  .  ";"";""'), STATLINE);
    expect(regels).toEqual([{ meting: cbsMeting({ regel: 3, periode: '2022', indicator: 'JB01', waarde: 7 }) }]);
  });

  it('reads the nihil symbol (-) as 0', async () => {
    expect(metingen(await lees(cbs('0;"GM0988";"2023JJ00";"-";"–";""'), STATLINE)).map((m) => m.waarde)).toEqual([0, 0]);
  });

  it.each(['NL01  ', 'LD01', 'PV31  ', 'CR01', 'CR..', 'WK098800', 'BU09880000', 'GM988', ''])(
    'refuses region %j: only gemeenten',
    async (regio) => {
      const regels = await lees(cbs(`0;"${regio}";"2023JJ00";"1";"2";""`), STATLINE);
      expect(regels).toEqual([
        { fout: { regel: 2, kolom: 'RegioS', reden: `regio '${regio.trim()}' is geen gemeente: alleen gemeenten (GMxxxx) worden ingelezen` } },
      ]);
    },
  );

  it.each(['2023X000', '2023KW05', '2023SJ00', '2023', '2023-Q2'])('refuses period %j', async (periode) => {
    const regels = await lees(cbs(`0;"GM0988";"${periode}";"1";"2";""`), STATLINE);
    expect(regels).toEqual([
      {
        fout: {
          regel: 2,
          kolom: 'Perioden',
          reden: `periode '${periode}' is geen StatLine-periode voor jaar, halfjaar, kwartaal of maand (zoals 2023JJ00, 2023HJ01, 2023KW02, 2023MM07)`,
        },
      },
    ]);
  });

  it('refuses a value that is not a number (CBS writes a decimal point), and yields no metingen for that row', async () => {
    const regels = await lees(cbs('0;"GM0988";"2023JJ00";"12,5";"3";""', '1;"GM0988";"2022JJ00";"?";"3";""'), STATLINE);
    expect(regels).toEqual([
      { fout: { regel: 2, kolom: 'Jongeren_met_jeugdzorg_1', reden: "waarde '12,5' is geen getal: gebruik een punt als decimaalteken" } },
      { fout: { regel: 3, kolom: 'Jongeren_met_jeugdzorg_1', reden: "waarde '?' is geen getal" } },
    ]);
  });

  it('lists every problem of a row', async () => {
    const regels = await lees(cbs('0;"NL01";"2023X000";"abc";"1";""'), STATLINE);
    expect(fouten(regels).map((f) => f.kolom)).toEqual(['RegioS', 'Perioden', 'Jongeren_met_jeugdzorg_1']);
  });

  it('reports a row with the wrong number of fields and goes on', async () => {
    const regels = await lees(cbs('0;"GM0988";"2023JJ00";"1"', '1;"GM0988";"2022JJ00";"1";"2";""'), STATLINE);
    expect(regels[0]).toEqual({ fout: { regel: 2, reden: 'de regel heeft 4 velden, de kopregel 6' } });
    expect(metingen(regels)).toHaveLength(2);
  });

  it('uses the configured region, period and bron columns, case-insensitively', async () => {
    const formaat: CsvFormaat = {
      soort: 'statline',
      kolommen: { regio: 'WijkenEnBuurten', periode: 'Jaar', waarden: { aantal_1: 'JZ01' }, bron: 'CBS 85099NED' },
    };
    const regels = await lees('ID;WIJKENENBUURTEN;jaar;Aantal_1\n0;GM0988  ;2023JJ00;5\n', formaat);
    expect(regels).toEqual([{ meting: cbsMeting({ waarde: 5, bron: 'CBS 85099NED' }) }]);
  });

  it('also reads a comma-separated export', async () => {
    const regels = await lees('ID,RegioS,Perioden,Jongeren_met_jeugdzorg_1,Jongeren_met_jeugdbescherming_2\n0,GM0988,2023JJ00,1.5,.\n', STATLINE);
    expect(regels).toEqual([{ meting: cbsMeting({ waarde: 1.5 }) }]);
  });

  it('refuses a header without a mapped value column, naming it', async () => {
    const fout = await leesBestandFout('"ID";"RegioS";"Perioden";"Jongeren_met_jeugdzorg_1"\n', STATLINE);
    expect(fout.reden).toContain("kolom 'Jongeren_met_jeugdbescherming_2' uit de StatLine-koppeling ontbreekt in de kopregel");
    expect(fout.reden).toContain("gevonden: 'ID', 'RegioS', 'Perioden', 'Jongeren_met_jeugdzorg_1'");
    expect(fout.regel).toBe(1);
  });

  it('refuses a header without the region or period column', async () => {
    const fout = await leesBestandFout('"ID";"Regio";"Periode";"Jongeren_met_jeugdzorg_1";"Jongeren_met_jeugdbescherming_2"\n', STATLINE);
    expect(fout.reden).toContain("kolommen 'RegioS', 'Perioden' uit de StatLine-koppeling ontbreken");
  });

  it('refuses a mapped column that occurs twice', async () => {
    const fout = await leesBestandFout('RegioS;Perioden;Jongeren_met_jeugdzorg_1;Jongeren_met_jeugdbescherming_2;regios\n', STATLINE);
    expect(fout.reden).toBe("kolom 'RegioS' staat twee keer in de kopregel");
  });

  it('refuses a mapping without value columns', async () => {
    const fout = await leesBestandFout(cbs(), { soort: 'statline', kolommen: { waarden: {} } });
    expect(fout.reden).toBe('de StatLine-koppeling noemt geen waardekolommen');
  });

  it('refuses an empty file', async () => {
    expect((await leesBestandFout('', STATLINE)).reden).toContain('leeg');
  });
});

describe('leesMetingenCsv — streaming a large file', () => {
  const AANTAL = 1_000_000;
  const PER_STUK = 2_000;

  /** Generates the file lazily, chunk by chunk: it never exists whole. */
  async function* grootBestand(): AsyncGenerator<Buffer> {
    yield Buffer.from('indicator;gemeente;periode;waarde;teller;noemer;bron\n');
    for (let begin = 0; begin < AANTAL; begin += PER_STUK) {
      let stuk = '';
      for (let i = begin; i < begin + PER_STUK; i++) {
        const gemeente = `GM${String(i % 9000).padStart(4, '0')}`;
        const maand = String((i % 12) + 1).padStart(2, '0');
        stuk += `JZ${i % 13};${gemeente};${2000 + (i % 25)}-${maand};${i % 1000},${i % 10};${i % 7};${(i % 7) + 10};Vektis\n`;
      }
      yield Buffer.from(stuk);
    }
  }

  it(`reads ${AANTAL.toLocaleString('en')} rows in bounded memory`, async () => {
    const rssVoor = process.memoryUsage().rss;
    let piek = rssVoor;
    let aantal = 0;
    let laatsteRegel = 0;
    const start = process.hrtime.bigint();
    for await (const regel of leesMetingenCsv(grootBestand(), KOERS)) {
      if (!('meting' in regel)) throw new Error(`onverwachte fout: ${JSON.stringify(regel)}`);
      aantal++;
      laatsteRegel = regel.meting.regel;
      if (aantal % 50_000 === 0) piek = Math.max(piek, process.memoryUsage().rss);
    }
    const seconden = Number(process.hrtime.bigint() - start) / 1e9;
    piek = Math.max(piek, process.memoryUsage().rss);
    const groeiMb = (piek - rssVoor) / 1024 / 1024;
    console.log(
      `metingen-csv: ${aantal} rows in ${seconden.toFixed(2)} s = ${Math.round(aantal / seconden)} rows/s; ` +
        `rss ${Math.round(rssVoor / 1024 / 1024)} MB → peak ${Math.round(piek / 1024 / 1024)} MB (+${groeiMb.toFixed(0)} MB)`,
    );
    expect(aantal).toBe(AANTAL);
    expect(laatsteRegel).toBe(AANTAL + 1);
    expect(groeiMb).toBeLessThan(200);
  });
});
