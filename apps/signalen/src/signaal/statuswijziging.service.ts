import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { GeenToegangProblem, TenantContext } from '@koers/auth';
import {
  CloudEvent,
  Indiener,
  SIGNAAL_AFGEWEZEN_V1,
  SIGNAAL_IN_BEHANDELING_GENOMEN_V1,
  SIGNAAL_SAMENGEVOEGD_V1,
  SignaalAfgewezenV1,
  SignaalInBehandelingGenomenV1,
  SignaalSamengevoegdV1,
  TafelGestartV1,
} from '@koers/contracts';
import { InvalidInputException, NotFoundProblem, StateConflictException } from '@koers/http';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, RegioScope, TenantRepository } from '@koers/persistence';
import { StatuswijzigingDto } from './dto/statuswijziging.dto';
import { weigerPersoonsgegevens } from './persoonsgegevens';
import { TermijnService } from '../termijn/termijn.service';
import { Signaal } from './signaal.entity';
import { Aanleiding, Actor, beoordeel, Feiten, Oordeel, SignaalStatus } from './signaal.rules';
import { Statuswijziging } from './statuswijziging.entity';

const signalen = new TenantRepository(Signaal);

/** One step as a use case asks for it. */
export interface Stap {
  naar: SignaalStatus;
  aanleiding: Aanleiding;
  wie: Handelende;
  feiten?: Feiten;
  /** For the history; defaults to the reason in the feiten. */
  reden?: string;
  ook?: Partial<Pick<Signaal, 'behandelaarSub' | 'behandelaarGemeente' | 'samengevoegdMet' | 'tafelId'>>;
}

/** Who took a step, as the history records it; `actor` is how the rules see them. */
export interface Handelende {
  actor: Actor;
  sub: string;
  rol: Indiener;
  organisatie?: string;
  gemeente?: string;
}

export function alsHandelende(tenant: TenantContext, rol: Indiener): Handelende {
  return {
    actor: { soort: 'persoon', subject: tenant.subject, rollen: tenant.rollen, ...(tenant.gemeente ? { gemeente: tenant.gemeente } : {}) },
    sub: tenant.subject,
    rol,
    ...(tenant.organisatie ? { organisatie: tenant.organisatie } : {}),
    ...(tenant.gemeente ? { gemeente: tenant.gemeente } : {}),
  };
}

/** The first entry of every signal's history: its intake. */
export function intakeregel(signaal: Signaal): Statuswijziging {
  return Object.assign(new Statuswijziging(), {
    id: randomUUID(),
    signaalId: signaal.id,
    regio: signaal.regio,
    van: null,
    naar: 'ingediend' as const,
    wieSub: signaal.indienerSub,
    rol: signaal.indienerRol,
    organisatie: signaal.indienerOrganisatie,
    gemeente: null,
    wanneer: signaal.ingediendOp,
    reden: null,
  });
}

/** Throws the problem that belongs to a refusal: 400 for a missing field, 403 for the wrong person, 409 for the wrong moment. */
export function weigerTenzijToegestaan(oordeel: Oordeel | { uitkomst: 'toegestaan' }, huidigeStatus: SignaalStatus): void {
  switch (oordeel.uitkomst) {
    case 'toegestaan':
      return;
    case 'onvolledig':
      throw new InvalidInputException(oordeel.velden.map((veld) => ({ name: veld.naam, code: 'verplicht', reason: veld.reden })));
    case 'niet_bevoegd':
      throw new GeenToegangProblem('niet-bevoegd', oordeel.reden);
    case 'geweigerd':
      throw new StateConflictException(oordeel.reden, huidigeStatus, oordeel.ontbreekt);
  }
}

/**
 * Every status change of a signal goes through here: the signal row is locked, the step is judged
 * against the transition table, and the change, its history entry and its event are written in one
 * transaction — so two concurrent changes cannot both win.
 */
@Injectable()
export class StatuswijzigingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly termijnen: TermijnService,
  ) {}

  /** Locks the signals (in id order, so two transactions never wait on each other crosswise). Missing or another region's: absent. */
  async vergrendel(manager: EntityManager, scope: RegioScope, ids: string[]): Promise<Map<string, Signaal>> {
    const rijen = await signalen
      .query(manager, scope, 's')
      .andWhere('s.id IN (:...ids)', { ids })
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(rijen.map((s) => [s.id, s]));
  }

  async vergrendelEen(manager: EntityManager, scope: RegioScope, id: string): Promise<Signaal> {
    const signaal = (await this.vergrendel(manager, scope, [id])).get(id);
    if (!signaal) throw new NotFoundProblem(`Signaal ${id}`);
    return signaal;
  }

  /**
   * Judges and takes one step on a locked signal and records it in the history; `ook` are the
   * columns that change with it (in the same UPDATE, so the table's checks always see a whole state).
   * The caller writes the event.
   */
  async zet(manager: EntityManager, signaal: Signaal, stap: Stap): Promise<Statuswijziging> {
    const van = signaal.status;
    const feiten = stap.feiten ?? {};
    weigerTenzijToegestaan(beoordeel(signaal, stap.naar, stap.aanleiding, stap.wie.actor, feiten), van);
    const wijziging = { status: stap.naar, ...stap.ook };
    Object.assign(signaal, wijziging);
    await manager.update(Signaal, { id: signaal.id }, wijziging);
    const regel = Object.assign(new Statuswijziging(), {
      id: randomUUID(),
      signaalId: signaal.id,
      regio: signaal.regio,
      van,
      naar: stap.naar,
      wieSub: stap.wie.sub,
      rol: stap.wie.rol,
      organisatie: stap.wie.organisatie ?? null,
      gemeente: stap.wie.gemeente ?? null,
      wanneer: new Date(),
      reden: stap.reden ?? feiten.reden?.trim() ?? null,
    });
    await manager.insert(Statuswijziging, regel);
    // Taken up, rejected or merged: nobody has to take it up any more.
    if (van === 'ingediend') await this.termijnen.rondAf(manager, { signaalId: signaal.id, soort: 'opnemen' });
    return regel;
  }

  /** POST /v1/signalen/{id}/statuswijzigingen: take up, reject or merge. */
  async wijzig(tenant: TenantContext, id: string, dto: StatuswijzigingDto): Promise<Signaal> {
    weigerPersoonsgegevens({ reden: dto.reden });
    if (dto.samengevoegdMet === id) {
      throw new InvalidInputException([{ name: 'samengevoegdMet', code: 'zichzelf', reason: 'een signaal wordt niet met zichzelf samengevoegd' }]);
    }
    const wie = alsHandelende(tenant, 'gemeente');
    return this.dataSource.transaction(async (manager) => {
      const ids = dto.samengevoegdMet && dto.naar === 'samengevoegd' ? [id, dto.samengevoegdMet] : [id];
      const vergrendeld = await this.vergrendel(manager, tenant, ids);
      const signaal = vergrendeld.get(id);
      if (!signaal) throw new NotFoundProblem(`Signaal ${id}`);
      const doel = dto.samengevoegdMet ? vergrendeld.get(dto.samengevoegdMet) : undefined;
      if (dto.naar === 'samengevoegd' && dto.samengevoegdMet && doel?.regio !== signaal.regio) {
        throw new InvalidInputException([
          { name: 'samengevoegdMet', code: 'onbekend-signaal', reason: `signaal ${dto.samengevoegdMet} bestaat niet of hoort niet bij regio ${signaal.regio}` },
        ]);
      }
      const feiten: Feiten = { reden: dto.reden, samengevoegdMet: dto.samengevoegdMet, doelStatus: doel?.status ?? null };
      const ook: Stap['ook'] =
        dto.naar === 'in_voorbereiding'
          ? { behandelaarSub: tenant.subject, behandelaarGemeente: tenant.gemeente ?? null }
          : dto.naar === 'samengevoegd'
            ? { samengevoegdMet: dto.samengevoegdMet ?? null }
            : {};
      const regel = await this.zet(manager, signaal, { naar: dto.naar, aanleiding: 'statuswijziging', wie, feiten, ook });

      if (dto.naar === 'in_voorbereiding') {
        await this.outbox.add(manager, this.inBehandelingGenomen(signaal, regel));
      } else if (dto.naar === 'afgewezen') {
        await this.outbox.add(manager, this.afgewezen(signaal, regel));
      } else if (dto.naar === 'samengevoegd' && doel) {
        await this.neemReeksOver(manager, signaal, doel);
        await this.outbox.add(manager, this.samengevoegd(signaal, regel));
      }
      return signaal;
    });
  }

  /**
   * A koerstafel started on the signal. Idempotent: the same tafel again changes nothing. A tafel on
   * an unknown signal, or on one without consensus, is a fault on the sender's side that retrying
   * will not cure: it goes to the dead-letter queue with the reason, for a beheerder to inspect.
   */
  async verwerkTafelGestart(manager: EntityManager, event: CloudEvent<TafelGestartV1>): Promise<'gestart' | 'al_gestart'> {
    const { signaalId, tafelId, regio } = event.data;
    if (regio !== event.regio) throw new Error(`tafel.gestart ${event.id}: data.regio ${regio} differs from the event's regio ${event.regio}`);
    const signaal = (await this.vergrendel(manager, { regios: [regio] }, [signaalId])).get(signaalId);
    if (!signaal) throw new Error(`tafel.gestart ${event.id}: signaal ${signaalId} does not exist in regio ${regio}`);
    if (signaal.status === 'tafel_gestart' && signaal.tafelId === tafelId) return 'al_gestart';
    try {
      await this.zet(manager, signaal, {
        naar: 'tafel_gestart',
        aanleiding: 'tafel_gestart',
        wie: { actor: { soort: 'systeem' }, sub: event.source, rol: 'systeem' },
        reden: `Koerstafel ${tafelId} gestart`,
        ook: { tafelId },
      });
    } catch (error) {
      if (error instanceof StateConflictException) throw new Error(`tafel.gestart ${event.id} for signaal ${signaalId} refused: ${error.detail}`);
      throw error;
    }
    return 'gestart';
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

  private inBehandelingGenomen(signaal: Signaal, regel: Statuswijziging): CloudEvent<SignaalInBehandelingGenomenV1> {
    return this.outbox.event({
      type: SIGNAAL_IN_BEHANDELING_GENOMEN_V1,
      regio: signaal.regio,
      subject: signaal.id,
      data: {
        signaalId: signaal.id,
        regio: signaal.regio,
        gemeenten: signaal.gemeenten,
        behandelaarGemeente: signaal.behandelaarGemeente ?? '',
        genomenOp: regel.wanneer.toISOString(),
      },
    });
  }

  private afgewezen(signaal: Signaal, regel: Statuswijziging): CloudEvent<SignaalAfgewezenV1> {
    return this.outbox.event({
      type: SIGNAAL_AFGEWEZEN_V1,
      regio: signaal.regio,
      subject: signaal.id,
      data: { signaalId: signaal.id, regio: signaal.regio, gemeenten: signaal.gemeenten, reden: regel.reden ?? '', afgewezenOp: regel.wanneer.toISOString() },
    });
  }

  private samengevoegd(signaal: Signaal, regel: Statuswijziging): CloudEvent<SignaalSamengevoegdV1> {
    return this.outbox.event({
      type: SIGNAAL_SAMENGEVOEGD_V1,
      regio: signaal.regio,
      subject: signaal.id,
      data: {
        signaalId: signaal.id,
        regio: signaal.regio,
        samengevoegdMet: signaal.samengevoegdMet ?? '',
        ...(regel.reden ? { reden: regel.reden } : {}),
        samengevoegdOp: regel.wanneer.toISOString(),
      },
    });
  }
}
