import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { CloudEvent, Termijnsoort, TermijnVerstrekenV1, termijnVerstrekenV1 } from '@koers/contracts';
import { DueWork, DueWorkFabriek, KLOK, Klok as Tijdbron, VANDAAG_IN_NEDERLAND } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { TermijnInstellingDto } from './dto/termijn-instelling.dto';
import { Termijn, TermijnInstelling } from './termijn.entity';
import { TERMIJN_SETTINGS, TermijnSettings } from './termijn.settings';
import { naWerkdagen, nederlandseDatum } from '@koers/domain';

/** The default deadlines, for a region whose beheerder has not set its own. */
export const STANDAARD_TERMIJNEN = { opnemenWerkdagen: 10, beantwoordenWerkdagen: 15 } as const;

export interface Termijninstellingen {
  regio: string;
  opnemenWerkdagen: number;
  beantwoordenWerkdagen: number;
  gewijzigdOp?: Date;
}

export interface LopendeTermijn {
  soort: Termijnsoort;
  uiterlijk: string;
  verstreken: boolean;
  consensusrondeId: string | null;
}

interface Klok {
  start: Date;
  regio: string;
  signaalId: string;
  consensusrondeId?: string;
}

@Injectable()
export class TermijnService {
  private readonly bewaking: DueWork;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    dueWork: DueWorkFabriek,
    @Inject(TERMIJN_SETTINGS) settings: TermijnSettings,
    @Inject(KLOK) private readonly tijd: Tijdbron,
  ) {
    // A deadline is a Dutch calendar date: it has passed once the clock's day in the Netherlands is later.
    this.bewaking = dueWork.inTransactie({
      naam: 'termijnen',
      intervalMs: settings.bewakingIntervalMs,
      batch: 200,
      due: {
        tabel: 'termijn',
        wanneer: `d.afgerond_op IS NULL AND d.verstreken_gemeld_op IS NULL AND d.uiterlijk < ${VANDAAG_IN_NEDERLAND}`,
        volgorde: 'd.uiterlijk',
      },
      verwerk: (manager, ids) => this.verstreken(manager, ids),
    });
  }

  async instellingen(tenant: TenantContext, regio?: string): Promise<Termijninstellingen> {
    return this.instellingenVan(this.dataSource.manager, kiesRegio(tenant, regio));
  }

  async stelIn(tenant: TenantContext, dto: TermijnInstellingDto): Promise<Termijninstellingen> {
    const regio = kiesRegio(tenant, dto.regio);
    const instelling = Object.assign(new TermijnInstelling(), {
      regio,
      opnemenWerkdagen: dto.opnemenWerkdagen,
      beantwoordenWerkdagen: dto.beantwoordenWerkdagen,
      gewijzigdDoor: tenant.subject,
      gewijzigdOp: new Date(),
    });
    await this.dataSource.getRepository(TermijnInstelling).upsert(instelling, ['regio']);
    return instelling;
  }

  /** Starts the deadline for taking up a submitted signal, in the intake transaction. */
  startOpnemen(manager: EntityManager, klok: Klok): Promise<void> {
    return this.start(manager, 'opnemen', klok);
  }

  /** Starts the deadline for answering a consensus round, in the transaction that asks it. */
  startBeantwoorden(manager: EntityManager, klok: Klok & { consensusrondeId: string }): Promise<void> {
    return this.start(manager, 'beantwoorden', klok);
  }

  /** Stops the clock: the signal was taken up (or rejected, or merged) / the round was closed. */
  async rondAf(manager: EntityManager, waar: { signaalId: string; soort: Termijnsoort } | { consensusrondeId: string }): Promise<void> {
    await manager.update(Termijn, { ...waar, afgerondOp: IsNull() }, { afgerondOp: new Date() });
  }

  /** Today's Dutch date by the clock the watch reads too, so a list and the watch agree on what has passed. */
  vandaag(): string {
    return nederlandseDatum(this.tijd.nu());
  }

  /** The running deadlines of these signals, for lists and details (one query for a whole page). */
  async lopend(signaalIds: string[], vandaag = this.vandaag()): Promise<Map<string, LopendeTermijn[]>> {
    const perSignaal = new Map<string, LopendeTermijn[]>();
    if (!signaalIds.length) return perSignaal;
    const termijnen = await this.dataSource.getRepository(Termijn).find({
      where: { signaalId: In(signaalIds), afgerondOp: IsNull() },
      order: { uiterlijk: 'ASC' },
    });
    for (const termijn of termijnen) {
      const lijst = perSignaal.get(termijn.signaalId) ?? [];
      lijst.push({ soort: termijn.soort, uiterlijk: termijn.uiterlijk, verstreken: termijn.uiterlijk < vandaag, consensusrondeId: termijn.consensusrondeId });
      perSignaal.set(termijn.signaalId, lijst);
    }
    return perSignaal;
  }

  /** Reports every deadline that passed and was not reported yet, once (see the watch in the constructor). */
  meldVerstreken(): Promise<number> {
    return this.bewaking.werkAf();
  }

  /** The mark and the events of deadlines the watch claimed, in its transaction. */
  private async verstreken(manager: EntityManager, ids: string[]): Promise<CloudEvent<TermijnVerstrekenV1>[]> {
    const s = schemaOf(this.dataSource);
    // An UPDATE through TypeORM answers [rows, affected].
    const [verstreken]: [TermijnVerstrekenV1[], number] = await manager.query(
      `UPDATE "${s}".termijn t SET verstreken_gemeld_op = now()
         FROM "${s}".signaal sg
        WHERE t.id = ANY($1::uuid[]) AND sg.id = t.signaal_id
       RETURNING t.signaal_id AS "signaalId", t.regio, sg.titel, sg.gemeenten, t.soort,
                 to_char(t.uiterlijk, 'YYYY-MM-DD') AS uiterlijk, t.consensusronde_id AS "consensusrondeId",
                 (SELECT jsonb_agg(partij ORDER BY partij->>'organisatie')
                    FROM "${s}".consensusronde r, jsonb_array_elements(r.partijen) partij
                   WHERE r.id = t.consensusronde_id
                     AND NOT EXISTS (SELECT 1 FROM "${s}".consensusantwoord a WHERE a.ronde_id = r.id AND a.organisatie = partij->>'organisatie')
                 ) AS "nogNietGeantwoord"`,
      [ids],
    );
    return verstreken.map(({ consensusrondeId, nogNietGeantwoord, ...termijn }) =>
      this.outbox.event(termijnVerstrekenV1, { ...termijn, ...(consensusrondeId ? { consensusrondeId, nogNietGeantwoord: nogNietGeantwoord ?? [] } : {}) }),
    );
  }

  private async start(manager: EntityManager, soort: Termijnsoort, klok: Klok): Promise<void> {
    const instellingen = await this.instellingenVan(manager, klok.regio);
    const werkdagen = soort === 'opnemen' ? instellingen.opnemenWerkdagen : instellingen.beantwoordenWerkdagen;
    await manager.insert(Termijn, {
      id: randomUUID(),
      regio: klok.regio,
      signaalId: klok.signaalId,
      soort,
      consensusrondeId: klok.consensusrondeId ?? null,
      gestartOp: klok.start,
      uiterlijk: naWerkdagen(nederlandseDatum(klok.start), werkdagen),
      afgerondOp: null,
      verstrekenGemeldOp: null,
    });
  }

  private async instellingenVan(manager: EntityManager, regio: string): Promise<Termijninstellingen> {
    return (await manager.getRepository(TermijnInstelling).findOneBy({ regio })) ?? { regio, ...STANDAARD_TERMIJNEN };
  }
}
