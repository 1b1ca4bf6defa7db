import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { FileHandle, open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Above this many characters (or bytes) a spool moves from memory to a temporary file. */
const GEHEUGEN_GRENS = 4 * 1024 * 1024;

/**
 * Keeps what was written so it can be read back once more, in order: in memory while small, in a
 * private temporary file beyond that — so a large delivery never has to fit in memory. Always
 * `ruimOp()` afterwards.
 */
export class Spool {
  private stukken: Array<string | Buffer> = [];
  private grootte = 0;
  private bestand?: { pad: string; handle: FileHandle };

  constructor(private readonly geheugenGrens = GEHEUGEN_GRENS) {}

  async schrijf(stuk: string | Buffer): Promise<void> {
    if (this.bestand) {
      await this.bestand.handle.write(alsBytes(stuk));
      return;
    }
    this.stukken.push(stuk);
    this.grootte += stuk.length;
    if (this.grootte > this.geheugenGrens) await this.naarBestand();
  }

  /** Everything written so far; write no more while reading. */
  async *lees(): AsyncGenerator<string | Buffer> {
    if (!this.bestand) {
      yield* this.stukken;
      return;
    }
    yield* createReadStream(this.bestand.pad, { highWaterMark: 256 * 1024 });
  }

  async ruimOp(): Promise<void> {
    this.stukken = [];
    const bestand = this.bestand;
    this.bestand = undefined;
    if (!bestand) return;
    await bestand.handle.close().catch(() => undefined);
    await unlink(bestand.pad).catch(() => undefined);
  }

  private async naarBestand(): Promise<void> {
    const pad = join(tmpdir(), `koers-meting-${randomUUID()}.copy`);
    const handle = await open(pad, 'wx', 0o600);
    this.bestand = { pad, handle };
    for (const stuk of this.stukken) await handle.write(alsBytes(stuk));
    this.stukken = [];
  }
}

function alsBytes(stuk: string | Buffer): Buffer {
  return typeof stuk === 'string' ? Buffer.from(stuk) : stuk;
}
