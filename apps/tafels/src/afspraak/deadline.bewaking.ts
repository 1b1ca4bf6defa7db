import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AfspraakDeadlineVerstrekenV1, afspraakDeadlineVerstrekenV1, CloudEvent } from '@koers/contracts';
import { DueWork, DueWorkFabriek, VANDAAG_IN_NEDERLAND } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { TAFELS_SETTINGS, TafelsSettings } from '../tafels.settings';

/**
 * The deadline of a recorded agreement (domain.md §3) as due work: once the day has passed in the
 * Netherlands and the owner reported it neither carried out nor stopped (the agreement is still
 * `vastgelegd`), `afspraak.deadline_verstreken.v1` tells the owner and the table's behandelaar. Each
 * version once; a replaced version (`vervangen`) is no longer due.
 */
@Injectable()
export class DeadlineBewaking {
  readonly werk: DueWork;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(TAFELS_SETTINGS) settings: TafelsSettings,
    dueWork: DueWorkFabriek,
  ) {
    this.werk = dueWork.inTransactie({
      naam: 'afspraakdeadlines',
      intervalMs: settings.deadlineIntervalMs,
      batch: 200,
      due: {
        tabel: 'afspraak',
        wanneer: `d.status = 'vastgelegd' AND d.deadline_gemeld_op IS NULL AND d.deadline < ${VANDAAG_IN_NEDERLAND}`,
        volgorde: 'd.deadline',
      },
      verwerk: (manager, ids, nu) => this.verstreken(manager, ids, nu),
    });
  }

  private async verstreken(manager: EntityManager, ids: string[], nu: Date): Promise<CloudEvent<AfspraakDeadlineVerstrekenV1>[]> {
    const s = schemaOf(this.dataSource);
    const [rijen]: [Array<Omit<AfspraakDeadlineVerstrekenV1, 'vastgesteldOp'>>, number] = await manager.query(
      `UPDATE "${s}".afspraak a SET deadline_gemeld_op = $2
         FROM "${s}".tafel t
        WHERE a.id = ANY($1::uuid[]) AND t.id = a.tafel_id
       RETURNING a.id AS "afspraakId", a.tafel_id AS "tafelId", a.regio, a.versie, a.eigenaar, a.gemeenten,
                 to_char(a.deadline, 'YYYY-MM-DD') AS deadline, t.behandelaar_sub AS behandelaar`,
      [ids, nu],
    );
    return rijen.map((r) => this.outbox.event(afspraakDeadlineVerstrekenV1, { ...r, vastgesteldOp: nu.toISOString() }));
  }
}
