import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { TERMIJN_VERSTREKEN_V1, Termijnsoort, TermijnVerstrekenV1 } from '@koers/contracts';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { TermijnInstellingDto } from './dto/termijn-instelling.dto';
import { Termijn, TermijnInstelling } from './termijn.entity';
import { naWerkdagen, nederlandseDatum } from './werkdagen.rules';

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
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

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

  /** The running deadlines of these signals, for lists and details (one query for a whole page). */
  async lopend(signaalIds: string[], vandaag = nederlandseDatum(new Date())): Promise<Map<string, LopendeTermijn[]>> {
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

  /**
   * Reports every deadline that passed and was not reported yet, once: the mark and the event are
   * written in one transaction, and rows another instance is reporting are skipped.
   */
  async meldVerstreken(vandaag = nederlandseDatum(new Date()), batch = 200): Promise<number> {
    const s = schemaOf(this.dataSource);
    let gemeld = 0;
    for (;;) {
      const aantal = await this.dataSource.transaction(async (manager) => {
        // An UPDATE through TypeORM answers [rows, affected].
        const [verstreken]: [TermijnVerstrekenV1[], number] = await manager.query(
          `WITH te_melden AS (
             SELECT id FROM "${s}".termijn
              WHERE afgerond_op IS NULL AND verstreken_gemeld_op IS NULL AND uiterlijk < $1
              ORDER BY uiterlijk LIMIT $2 FOR UPDATE SKIP LOCKED)
           UPDATE "${s}".termijn t SET verstreken_gemeld_op = now()
             FROM te_melden, "${s}".signaal sg
            WHERE t.id = te_melden.id AND sg.id = t.signaal_id
           RETURNING t.signaal_id AS "signaalId", t.regio, sg.titel, sg.gemeenten, t.soort,
                     to_char(t.uiterlijk, 'YYYY-MM-DD') AS uiterlijk, t.consensusronde_id AS "consensusrondeId",
                     (SELECT jsonb_agg(partij ORDER BY partij->>'organisatie')
                        FROM "${s}".consensusronde r, jsonb_array_elements(r.partijen) partij
                       WHERE r.id = t.consensusronde_id
                         AND NOT EXISTS (SELECT 1 FROM "${s}".consensusantwoord a WHERE a.ronde_id = r.id AND a.organisatie = partij->>'organisatie')
                     ) AS "nogNietGeantwoord"`,
          [vandaag, batch],
        );
        await this.outbox.add(
          manager,
          verstreken.map(({ consensusrondeId, nogNietGeantwoord, ...termijn }) =>
            this.outbox.event<TermijnVerstrekenV1>({
              type: TERMIJN_VERSTREKEN_V1,
              regio: termijn.regio,
              subject: termijn.signaalId,
              data: { ...termijn, ...(consensusrondeId ? { consensusrondeId, nogNietGeantwoord: nogNietGeantwoord ?? [] } : {}) },
            }),
          ),
        );
        return verstreken.length;
      });
      gemeld += aantal;
      if (aantal < batch) return gemeld;
    }
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
