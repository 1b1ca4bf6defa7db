import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('never runs twice at once, and runs once more when asked during a run', async () => {
    let tegelijk = 0;
    let hoogste = 0;
    let runs = 0;
    const taak = new PeriodicTask('test', 60_000, async () => {
      tegelijk++;
      hoogste = Math.max(hoogste, tegelijk);
      runs++;
      await wacht(30);
      tegelijk--;
      return 0;
    });
    const eerste = taak.nu();
    void taak.nu();
    void taak.nu(); // two requests during the run: one follow-up, not two
    await eerste;
    expect(runs).toBe(2);
    expect(hoogste).toBe(1);
    await taak.nu();
    expect(runs).toBe(3);
  });

  it('keeps running after a failed run, and a stop waits for the run in progress', async () => {
    let runs = 0;
    let klaar = false;
    const taak = new PeriodicTask('test', 20, async () => {
      runs++;
      if (runs === 1) throw new Error('database even weg');
      await wacht(30);
      klaar = true;
      return 1;
    });
    taak.start();
    await wacht(60);
    await taak.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(klaar).toBe(true);
    const na = runs;
    await wacht(60);
    expect(runs).toBe(na);
  });
});
