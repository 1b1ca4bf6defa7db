import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { registerGepubliceerdV1, RegisterGepubliceerdV1 } from '@koers/contracts';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE } from '@koers/persistence';
import { Gemeente, Regio } from '../gebied/gebied.entity';
import { Indicator } from '../indicator/indicator.entity';
import { registerGemeente, registerIndicator } from './register-item';

/**
 * Monitoring owns the region register: the gemeenten of each region and the indicators it may use.
 * Other services keep a copy, filled from `lijst` when they start and kept up by the register events.
 */
@Injectable()
export class RegisterService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The whole register of every region the caller works in. */
  async lijst(tenant: TenantContext): Promise<RegisterGepubliceerdV1[]> {
    const regios = await this.dataSource.getRepository(Regio).find({ where: { code: In([...tenant.regios]) }, order: { code: 'ASC' } });
    return Promise.all(regios.map((regio) => this.vanRegio(this.dataSource.manager, regio.code)));
  }

  /** Publishes the whole register of a region again, for every service to repair its copy from. */
  async herpubliceer(tenant: TenantContext, gevraagd: string | undefined): Promise<RegisterGepubliceerdV1> {
    const regio = kiesRegio(tenant, gevraagd);
    return this.dataSource.transaction(async (manager) => {
      const register = await this.vanRegio(manager, regio);
      await this.outbox.add(manager, this.outbox.event(registerGepubliceerdV1, register));
      return register;
    });
  }

  private async vanRegio(manager: EntityManager, regio: string): Promise<RegisterGepubliceerdV1> {
    const [gemeenten, indicatoren] = await Promise.all([
      manager.getRepository(Gemeente).find({ where: { regio }, order: { code: 'ASC' } }),
      manager.getRepository(Indicator).find({ where: [{ regio: IsNull() }, { regio }], order: { code: 'ASC' } }),
    ]);
    return { regio, gemeenten: gemeenten.map(registerGemeente), indicatoren: indicatoren.map(registerIndicator) };
  }
}
