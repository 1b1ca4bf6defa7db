import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '@koers/auth';
import { MessagingHealth } from '@koers/messaging';
import { DATA_SOURCE } from '@koers/persistence';
import { Afsluiting } from './shutdown';

/** Liveness: the process answers. Readiness: its database and broker are reachable, and it is not stopping. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly messaging: MessagingHealth,
    private readonly afsluiting: Afsluiting,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  async ready() {
    if (this.afsluiting.bezig) throw new ServiceUnavailableException('Niet gereed: de dienst stopt');
    const checks = { database: await this.databaseUp(), broker: this.messaging.isConnected() };
    const status = Object.values(checks).every(Boolean) ? 'up' : 'down';
    if (status === 'down') {
      throw new ServiceUnavailableException(
        `Niet gereed: ${Object.entries(checks).filter(([, up]) => !up).map(([name]) => name).join(', ')} onbereikbaar`,
      );
    }
    return { status, checks };
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
