import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

interface Ambient {
  dataSource: DataSource;
  runner: QueryRunner;
  shared: QueryRunner;
  open: boolean;
}

const storage = new AsyncLocalStorage<Ambient>();
const joined = new WeakSet<DataSource>();

/**
 * Lets one transaction span everything a piece of work does through this DataSource: inside
 * `inAmbientTransaction`, every query runner it hands out is that transaction's (the caller's own
 * `dataSource.transaction(...)` becomes a savepoint in it, reads see its writes). Everything else
 * keeps getting runners from the pool. Raw pg clients (`pgClientOf`) are not covered.
 */
export function joinAmbientTransactions(dataSource: DataSource): DataSource {
  if (joined.has(dataSource)) return dataSource;
  joined.add(dataSource);
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const ambient = storage.getStore();
    return ambient?.open && ambient.dataSource === dataSource ? ambient.shared : create(mode);
  };
  return dataSource;
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it
 * throws. `work` gets the transaction's manager; code it calls joins the transaction without being
 * handed anything, as long as the DataSource was passed to `joinAmbientTransactions`.
 */
export async function inAmbientTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!joined.has(dataSource)) throw new Error('inAmbientTransaction needs a DataSource passed to joinAmbientTransactions');
  if (storage.getStore()?.open) throw new Error('an ambient transaction is already open');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  // Whoever asks for a runner inside gets this one, but may not release it: the work ends it here.
  const shared = new Proxy(runner, { get: (target, key, receiver) => (key === 'release' ? async () => undefined : Reflect.get(target, key, receiver)) });
  const ambient: Ambient = { dataSource, runner, shared, open: true };
  try {
    await runner.startTransaction();
    const result = await storage.run(ambient, () => work(runner.manager));
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    ambient.open = false;
    await runner.release();
  }
}
