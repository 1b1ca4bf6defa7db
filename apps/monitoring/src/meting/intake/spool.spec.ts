import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Spool } from './spool';

async function alles(spool: Spool): Promise<string> {
  let tekst = '';
  for await (const stuk of spool.lees()) tekst += stuk.toString();
  return tekst;
}

async function spoolBestanden(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((naam) => naam.startsWith('koers-meting-'));
}

describe('Spool', () => {
  it('gives back what was written, in order, from memory while small', async () => {
    const voor = await spoolBestanden();
    const spool = new Spool(1000);
    await spool.schrijf('a\tb\n');
    await spool.schrijf('c\td\n');
    expect(await alles(spool)).toBe('a\tb\nc\td\n');
    expect(await spoolBestanden()).toEqual(voor);
    await spool.ruimOp();
  });

  it('moves to a private temporary file beyond its limit, and removes it afterwards', async () => {
    const voor = await spoolBestanden();
    const spool = new Spool(10);
    const stukken = Array.from({ length: 50 }, (_, i) => `regel ${i} met é\n`);
    for (const stuk of stukken) await spool.schrijf(stuk);
    const tijdens = (await spoolBestanden()).filter((naam) => !voor.includes(naam));
    expect(tijdens).toHaveLength(1);
    expect(await alles(spool)).toBe(stukken.join(''));
    await spool.ruimOp();
    expect(await spoolBestanden()).toEqual(voor);
  });
});
