import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { NietGevonden } from '@koers/domain';
import { RegioScope, TenantRepository } from '@koers/persistence';
import { TermijnService } from '../termijn/termijn.service';
import type { Handelende } from './handelende';
import { Signaal } from './signaal.entity';
import { Aanleiding, Feiten, SIGNAAL_LEVENSLOOP, SignaalStatus } from './signaal.rules';
import { Statuswijziging } from './statuswijziging.entity';

const signalen = new TenantRepository(Signaal);

/** One step as a use case asks for it. */
export interface Stapverzoek {
  naar: SignaalStatus;
  aanleiding: Aanleiding;
  wie: Handelende;
  feiten?: Feiten;
  /** For the history; defaults to the reason in the feiten. */
  reden?: string;
  ook?: Partial<Pick<Signaal, 'behandelaarSub' | 'behandelaarGemeente' | 'samengevoegdMet' | 'tafelId'>>;
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

/**
 * The core every status change of a signal goes through: the signal row is locked, the step is
 * judged against the life cycle, and the change and its history entry are written in the caller's
 * transaction — so two concurrent changes cannot both win. The use case writes the event.
 */
@Injectable()
export class SignaalStapService {
  constructor(private readonly termijnen: TermijnService) {}

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
    if (!signaal) throw new NietGevonden(`Signaal ${id}`);
    return signaal;
  }

  /**
   * Judges and takes one step on a locked signal and records it in the history; `ook` are the
   * columns that change with it (in the same UPDATE, so the table's checks always see a whole state).
   */
  async zet(manager: EntityManager, signaal: Signaal, stap: Stapverzoek): Promise<Statuswijziging> {
    const van = signaal.status;
    const feiten = stap.feiten ?? {};
    SIGNAAL_LEVENSLOOP.toegestaneStap(signaal, stap.naar, stap.aanleiding, stap.wie.actor, feiten);
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
}
