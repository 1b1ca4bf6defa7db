import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { CloudEvent, deelnemerToegevoegdV1 } from '@koers/contracts';
import { BestaatAl, NietBevoegd, NietGevonden, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Tafel } from '../tafel/tafel.entity';
import { isClientzijde } from '../tafel/tafel.rules';
import { Deelnemer } from './deelnemer.entity';
import { GastAanmeldenDto } from './dto/gast-aanmelden.dto';

const tafels = new TenantRepository(Tafel);

/** The people at a table: users of the region by their role, guests by an alias only. */
@Injectable()
export class DeelnemerService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The one who starts the table sits at it, as the gemeente. Written in the start's transaction. */
  async voegBehandelaarToe(manager: EntityManager, tafel: Tafel): Promise<void> {
    await this.voegToe(manager, tafel, { rol: 'gemeente', sub: tafel.behandelaarSub, organisatie: null, alias: null, toegevoegdDoorSub: tafel.behandelaarSub });
  }

  /**
   * A parent or young person taking part through a client organisation, registered by a client
   * representative of that organisation with an alias they chose. Nothing else is stored about them.
   */
  async meldGastAan(tenant: TenantContext, tafelId: string, dto: GastAanmeldenDto): Promise<Deelnemer> {
    if (!tenant.rollen.includes('clientvertegenwoordiger') || !tenant.organisatie) {
      throw new NietBevoegd('Alleen een cliëntvertegenwoordiger van een cliëntorganisatie meldt een gast aan.', 'geen-clientorganisatie');
    }
    const alias = dto.alias.trim();
    weigerPersoonsgegevens({ alias });
    const organisatie = tenant.organisatie;
    return this.dataSource.transaction(async (manager) => {
      const tafel = await tafels.query(manager, tenant, 't').andWhere('t.id = :tafelId', { tafelId }).setLock('pessimistic_write').getOne();
      if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
      if (tafel.status === 'afgerond') {
        throw new Statusconflict(`De tafel heeft status '${tafel.status}'; er komen geen deelnemers meer bij.`, tafel.status, ['een tafel die niet is afgerond']);
      }
      const bezet = await manager
        .createQueryBuilder(Deelnemer, 'd')
        .where('d.tafel_id = :tafelId AND d.regio = :regio AND lower(d.alias) = lower(:alias)', { tafelId, regio: tafel.regio, alias })
        .getExists();
      if (bezet) throw new BestaatAl(`Aan deze tafel zit al een gast met de alias '${alias}'; kies een andere.`);
      return this.voegToe(manager, tafel, { rol: 'gast', sub: null, organisatie, alias, toegevoegdDoorSub: tenant.subject });
    });
  }

  async vanTafel(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>): Promise<Deelnemer[]> {
    return manager.find(Deelnemer, { where: { regio: tafel.regio, tafelId: tafel.id }, order: { toegevoegdOp: 'ASC', id: 'ASC' } });
  }

  /** How many participants are on the client side, counted under the table's lock. */
  async aanClientzijde(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>): Promise<number> {
    return (await this.vanTafel(manager, tafel)).filter((d) => isClientzijde(d.rol)).length;
  }

  private async voegToe(manager: EntityManager, tafel: Tafel, wie: Pick<Deelnemer, 'rol' | 'sub' | 'organisatie' | 'alias' | 'toegevoegdDoorSub'>): Promise<Deelnemer> {
    const deelnemer = Object.assign(new Deelnemer(), { id: randomUUID(), tafelId: tafel.id, regio: tafel.regio, toegevoegdOp: new Date(), ...wie });
    await manager.insert(Deelnemer, deelnemer);
    await this.outbox.add(manager, this.toegevoegd(deelnemer));
    return deelnemer;
  }

  private toegevoegd(d: Deelnemer): CloudEvent {
    return this.outbox.event(deelnemerToegevoegdV1, {
      tafelId: d.tafelId,
      deelnemerId: d.id,
      regio: d.regio,
      rol: d.rol,
      ...(d.sub ? { sub: d.sub } : {}),
      ...(d.organisatie ? { organisatie: d.organisatie } : {}),
      toegevoegdOp: d.toegevoegdOp.toISOString(),
    });
  }
}
