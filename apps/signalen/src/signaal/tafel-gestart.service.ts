import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, TafelGestartV1 } from '@koers/contracts';
import { NietGevonden } from '@koers/domain';
import { SignaalStapService } from './signaal-stap.service';

/**
 * A koerstafel started on a signal. Idempotent: the same tafel again changes nothing. A tafel on an
 * unknown signal, or on one without consensus, is refused: retrying cannot make it right, so the
 * consumer dead-letters it at once with the reason, for a beheerder to inspect.
 */
@Injectable()
export class TafelGestartService {
  constructor(private readonly stappen: SignaalStapService) {}

  async verwerk(manager: EntityManager, event: CloudEvent<TafelGestartV1>): Promise<'gestart' | 'al_gestart'> {
    const { signaalId, tafelId, regio } = event.data;
    const signaal = (await this.stappen.vergrendel(manager, { regios: [regio] }, [signaalId])).get(signaalId);
    if (!signaal) throw new NietGevonden(`Signaal ${signaalId}`, `Signaal ${signaalId} bestaat niet in regio ${regio}; koerstafel ${tafelId} kan er niet op starten.`);
    if (signaal.status === 'tafel_gestart' && signaal.tafelId === tafelId) return 'al_gestart';
    await this.stappen.zet(manager, signaal, {
      naar: 'tafel_gestart',
      aanleiding: 'tafel_gestart',
      wie: { actor: { soort: 'systeem' }, sub: event.source, rol: 'systeem' },
      reden: `Koerstafel ${tafelId} gestart`,
      ook: { tafelId },
    });
    return 'gestart';
  }
}
