import type { INestApplication } from '@nestjs/common';
import { Afsluiting, stopOnSignals } from './shutdown';

describe('stopOnSignals', () => {
  const app = (close: () => Promise<void>) => {
    const afsluiting = new Afsluiting();
    return { afsluiting, app: { get: () => afsluiting, close } as unknown as INestApplication };
  };
  const exited = () => {
    let resolve!: (code: number) => void;
    const code = new Promise<number>((r) => (resolve = r));
    return { code, exit: resolve };
  };
  let dispose: (() => void) | undefined;
  afterEach(() => dispose?.());

  it('closes the app on SIGTERM, marks it stopping (readiness goes down) and exits 0', async () => {
    let closed = false;
    const { afsluiting, app: nest } = app(async () => void (closed = true));
    const { code, exit } = exited();
    dispose = stopOnSignals(nest, 5000, exit);
    process.emit('SIGTERM', 'SIGTERM');
    expect(afsluiting.bezig).toBe(true);
    expect(await code).toBe(0);
    expect(closed).toBe(true);
  });

  it('exits 1 when the app does not stop within the timeout', async () => {
    const { app: nest } = app(() => new Promise(() => undefined));
    const { code, exit } = exited();
    dispose = stopOnSignals(nest, 50, exit);
    const started = Date.now();
    process.emit('SIGINT', 'SIGINT');
    expect(await code).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('exits 1 when closing fails', async () => {
    const { app: nest } = app(() => Promise.reject(new Error('database weg')));
    const { code, exit } = exited();
    dispose = stopOnSignals(nest, 5000, exit);
    process.emit('SIGTERM', 'SIGTERM');
    expect(await code).toBe(1);
  });
});
