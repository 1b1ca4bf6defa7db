import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceAccount } from '@koers/auth';
import type { RegisterGepubliceerdV1 } from '@koers/contracts';
import { DATA_SOURCE } from '@koers/persistence';
import { RegisterProjectie } from './register-projectie';

export interface RegisterBron {
  /** Base URL of the monitoring service. */
  monitoringUrl: string;
  timeoutMs: number;
  /** Wait before the next read when one failed (default 30 s). */
  herhalingMs?: number;
}

export const REGISTER_BRON = Symbol('REGISTER_BRON');

/**
 * Fills the copy of the register from monitoring's `GET /v1/register` when the service starts, as
 * the service's own identity (`systeem`): a service that was down, or is new, may have missed events.
 * Runs after the bus started (see RegioregisterModule), so an event published during the read is
 * queued, not lost. When monitoring cannot be reached the service starts anyway with the copy it has,
 * and reads again until it succeeds.
 */
@Injectable()
export class RegisterVuller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Register');
  private herhaling?: NodeJS.Timeout;
  private gestopt = false;

  constructor(
    @Inject(REGISTER_BRON) private readonly bron: RegisterBron,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly account: ServiceAccount,
    private readonly projectie: RegisterProjectie,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.vul();
  }

  onApplicationShutdown(): void {
    this.gestopt = true;
    clearTimeout(this.herhaling);
  }

  private async vul(): Promise<void> {
    try {
      const registers = await this.lees();
      await this.dataSource.transaction(async (manager) => {
        for (const register of registers) await this.projectie.neemOp(manager, register);
      });
      this.logger.log({ regios: registers.map((r) => r.regio) }, 'region register read from monitoring');
    } catch (error) {
      if (this.gestopt) return;
      const opnieuwOverMs = this.bron.herhalingMs ?? 30_000;
      this.logger.warn({ error: String(error), opnieuwOverMs }, 'region register not read from monitoring; working with the copy kept so far');
      this.herhaling = setTimeout(() => void this.vul(), opnieuwOverMs);
      this.herhaling.unref();
    }
  }

  private async lees(): Promise<RegisterGepubliceerdV1[]> {
    const response = await fetch(`${this.bron.monitoringUrl}/v1/register`, {
      headers: { authorization: `Bearer ${await this.account.accessToken()}`, accept: 'application/json' },
      signal: AbortSignal.timeout(this.bron.timeoutMs),
    });
    if (!response.ok) throw new Error(`GET /v1/register answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as RegisterGepubliceerdV1[];
  }
}
