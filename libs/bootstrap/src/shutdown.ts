import { INestApplication, Injectable, Logger } from '@nestjs/common';

/** Whether the process is stopping: readiness answers 503 from then on, so no new traffic is routed to it. */
@Injectable()
export class Afsluiting {
  private sinds?: number;

  begin(): void {
    this.sinds ??= Date.now();
  }

  get bezig(): boolean {
    return this.sinds !== undefined;
  }
}

/**
 * SIGTERM (Kubernetes, docker stop) and SIGINT (Ctrl-C) stop the service gracefully: readiness goes
 * down, the consumer is cancelled and the batches in flight commit and ack, the outbox relay and the
 * due work finish their batch, HTTP drains, the database closes — then exit 0. When that takes longer
 * than `timeoutMs` the process exits with 1 anyway, before the orchestrator's SIGKILL; the work it
 * had not finished is redone by the next process (nothing was acked or marked before its commit).
 * Returns the way to stop listening (for tests).
 */
export function stopOnSignals(app: INestApplication, timeoutMs: number, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    app.get(Afsluiting).begin();
    logger.log({ signal, timeoutMs }, 'stopping: finishing the work in hand');
    const deadline = setTimeout(() => {
      logger.error({ signal, timeoutMs }, `not stopped within KOERS_SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms); exiting`);
      exit(1);
    }, timeoutMs);
    deadline.unref();
    app.close().then(
      () => {
        clearTimeout(deadline);
        logger.log({ signal, ms: Date.now() - started }, 'stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error({ signal, error: String(error) }, 'stopping failed');
        exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  };
}
