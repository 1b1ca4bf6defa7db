import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { signaalAfgewezenV1, signaalInBehandelingGenomenV1, signaalSamengevoegdV1 } from '@koers/contracts';
import { NietGevonden, OngeldigeInvoer, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE } from '@koers/persistence';
import { StatuswijzigingDto } from './dto/statuswijziging.dto';
import { genoemdePartijen, indienerVan } from './betrokkenen';
import { alsHandelende } from './handelende';
import { SignaalStapService, Stapverzoek } from './signaal-stap.service';
import { Signaal } from './signaal.entity';
import { Feiten } from './signaal.rules';

/** POST /v1/signalen/{id}/statuswijzigingen: a gemeente takes a signal up, rejects it or merges it into another. */
@Injectable()
export class StatuswijzigingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly stappen: SignaalStapService,
  ) {}

  async wijzig(tenant: TenantContext, id: string, dto: StatuswijzigingDto): Promise<Signaal> {
    weigerPersoonsgegevens({ reden: dto.reden });
    if (dto.samengevoegdMet === id) {
      throw new OngeldigeInvoer([{ naam: 'samengevoegdMet', code: 'zichzelf', reden: 'een signaal wordt niet met zichzelf samengevoegd' }]);
    }
    const wie = alsHandelende(tenant, 'gemeente');
    return this.dataSource.transaction(async (manager) => {
      const ids = dto.samengevoegdMet && dto.naar === 'samengevoegd' ? [id, dto.samengevoegdMet] : [id];
      const vergrendeld = await this.stappen.vergrendel(manager, tenant, ids);
      const signaal = vergrendeld.get(id);
      if (!signaal) throw new NietGevonden(`Signaal ${id}`);
      const doel = dto.samengevoegdMet ? vergrendeld.get(dto.samengevoegdMet) : undefined;
      if (dto.naar === 'samengevoegd' && dto.samengevoegdMet && doel?.regio !== signaal.regio) {
        throw new OngeldigeInvoer([
          { naam: 'samengevoegdMet', code: 'onbekend-signaal', reden: `signaal ${dto.samengevoegdMet} bestaat niet of hoort niet bij regio ${signaal.regio}` },
        ]);
      }
      const feiten: Feiten = { reden: dto.reden, samengevoegdMet: dto.samengevoegdMet, doelStatus: doel?.status ?? null };
      const ook: Stapverzoek['ook'] =
        dto.naar === 'in_voorbereiding'
          ? { behandelaarSub: tenant.subject, behandelaarGemeente: tenant.gemeente ?? null }
          : dto.naar === 'samengevoegd'
            ? { samengevoegdMet: dto.samengevoegdMet ?? null }
            : {};
      const regel = await this.stappen.zet(manager, signaal, { naar: dto.naar, aanleiding: 'statuswijziging', wie, feiten, ook });

      if (dto.naar === 'in_voorbereiding') {
        await this.outbox.add(
          manager,
          this.outbox.event(signaalInBehandelingGenomenV1, {
            signaalId: signaal.id,
            regio: signaal.regio,
            gemeenten: signaal.gemeenten,
            behandelaarGemeente: signaal.behandelaarGemeente ?? '',
            genomenOp: regel.wanneer.toISOString(),
            titel: signaal.titel,
            ...indienerVan(signaal),
          }),
        );
      } else if (dto.naar === 'afgewezen') {
        await this.outbox.add(
          manager,
          this.outbox.event(signaalAfgewezenV1, {
            signaalId: signaal.id,
            regio: signaal.regio,
            gemeenten: signaal.gemeenten,
            reden: regel.reden ?? '',
            afgewezenOp: regel.wanneer.toISOString(),
            ...(await this.betrokkenen(manager, signaal)),
          }),
        );
      } else if (dto.naar === 'samengevoegd' && doel) {
        await this.neemReeksOver(manager, signaal, doel);
        await this.outbox.add(
          manager,
          this.outbox.event(signaalSamengevoegdV1, {
            signaalId: signaal.id,
            regio: signaal.regio,
            samengevoegdMet: signaal.samengevoegdMet ?? '',
            ...(regel.reden ? { reden: regel.reden } : {}),
            samengevoegdOp: regel.wanneer.toISOString(),
            ...(await this.betrokkenen(manager, signaal)),
          }),
        );
      }
      return signaal;
    });
  }

  /** Who hears that the signal ended here: its submitter and every party named in its rounds. */
  private async betrokkenen(manager: EntityManager, signaal: Signaal) {
    const partijen = await genoemdePartijen(manager, signaal);
    return { titel: signaal.titel, ...indienerVan(signaal), ...(partijen.length ? { partijen } : {}) };
  }

  /**
   * A signal Koers raised from a course deviation hands its series to the survivor, so later
   * deviations of that series join the survivor instead of opening a new signal (the merged one is
   * no longer open, which would free its key).
   */
  private async neemReeksOver(manager: EntityManager, signaal: Signaal, doel: Signaal): Promise<void> {
    if (signaal.trendSleutel && !doel.trendSleutel) {
      await manager.update(Signaal, { id: doel.id }, { trendSleutel: signaal.trendSleutel });
    }
  }
}
