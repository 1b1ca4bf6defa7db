import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { consensusAntwoordGegevenV1, consensusBereiktV1, consensusGevraagdV1, consensusNietBereiktV1 } from '@koers/contracts';
import { NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens, weigerTenzijToegestaan } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { DossierService } from '../dossier/dossier.service';
import { Signaal } from '../signaal/signaal.entity';
import { beoordeel } from '../signaal/signaal.rules';
import { alsHandelende } from '../signaal/handelende';
import { SignaalStapService } from '../signaal/signaal-stap.service';
import { Consensusantwoord } from './consensusantwoord.entity';
import { ongeldigeAntwoordvelden, partijVan, uitkomstVan } from './consensus.rules';
import { Consensusronde } from './consensusronde.entity';
import { ConsensusantwoordGevenDto } from './dto/consensusantwoord-geven.dto';
import { ConsensusrondeVragenDto } from './dto/consensusronde-vragen.dto';
import { TermijnService } from '../termijn/termijn.service';
import { OrganisatieRegister } from './organisatie-register';

const signalen = new TenantRepository(Signaal);

/** Consensus rounds: the behandelaar asks the named parties; their answers decide the round and move the signal. */
@Injectable()
export class ConsensusService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly stappen: SignaalStapService,
    private readonly dossier: DossierService,
    private readonly organisaties: OrganisatieRegister,
    private readonly outbox: OutboxWriter,
    private readonly termijnen: TermijnService,
  ) {}

  async vraag(tenant: TenantContext, signaalId: string, dto: ConsensusrondeVragenDto): Promise<Consensusronde> {
    const wie = alsHandelende(tenant, 'gemeente');
    const signaal = await signalen.findOne(this.dataSource.manager, tenant, { id: signaalId });
    if (!signaal) throw new NietGevonden(`Signaal ${signaalId}`);
    // Who and when are judged before Keycloak is asked about the parties, and again under the lock.
    const voorlopig = beoordeel(signaal, 'consensus_gevraagd', 'consensusronde', wie.actor, {
      dossierSoorten: await this.dossier.soortenVan(this.dataSource.manager, signaal),
    });
    weigerTenzijToegestaan(voorlopig);
    const { bekend, onbekend } = await this.organisaties.partijen(signaal.regio, dto.partijen);
    if (onbekend.length) {
      throw new OngeldigeInvoer(
        onbekend.map((organisatie) => ({
          naam: `partijen.${dto.partijen.indexOf(organisatie)}`,
          code: 'onbekende-partij',
          reden: `${organisatie} is geen aanbieder of cliëntvertegenwoordigende organisatie in regio ${signaal.regio}`,
        })),
      );
    }

    return this.dataSource.transaction(async (manager) => {
      const vergrendeld = await this.stappen.vergrendelEen(manager, tenant, signaalId);
      const dossierSoorten = await this.dossier.soortenVan(manager, vergrendeld);
      const { nummer } = (await manager
        .createQueryBuilder(Consensusronde, 'r')
        .select('COALESCE(MAX(r.nummer), 0) + 1', 'nummer')
        .where('r.regio = :regio AND r.signaal_id = :signaalId', { regio: vergrendeld.regio, signaalId })
        .getRawOne()) as { nummer: number };
      const ronde = Object.assign(new Consensusronde(), {
        id: randomUUID(),
        signaalId,
        regio: vergrendeld.regio,
        nummer: Number(nummer),
        partijen: bekend,
        uitkomst: 'open' as const,
        gevraagdDoorSub: tenant.subject,
        gevraagdOp: new Date(),
        afgeslotenOp: null,
      });
      await this.stappen.zet(manager, vergrendeld, {
        naar: 'consensus_gevraagd',
        aanleiding: 'consensusronde',
        wie,
        feiten: { dossierSoorten },
        reden: `Consensusronde ${ronde.nummer} gevraagd aan ${bekend.map((p) => p.organisatie).join(', ')}`,
      });
      await manager.insert(Consensusronde, ronde);
      await this.termijnen.startBeantwoorden(manager, { start: ronde.gevraagdOp, regio: ronde.regio, signaalId, consensusrondeId: ronde.id });
      await this.outbox.add(
        manager,
        this.outbox.event(consensusGevraagdV1, {
          signaalId: ronde.signaalId,
          consensusrondeId: ronde.id,
          regio: ronde.regio,
          ronde: ronde.nummer,
          titel: vergrendeld.titel,
          partijen: ronde.partijen,
          gevraagdOp: ronde.gevraagdOp.toISOString(),
        }),
      );
      return ronde;
    });
  }

  /**
   * One answer of a named organisation. The signal and the round are locked, so of two answers at
   * the same moment one sees the other: the round is closed exactly once, by the answer that decides it.
   */
  async antwoord(tenant: TenantContext, signaalId: string, rondeId: string, dto: ConsensusantwoordGevenDto): Promise<Consensusantwoord> {
    const ongeldig = ongeldigeAntwoordvelden(dto);
    if (ongeldig.length) throw new OngeldigeInvoer(ongeldig);
    weigerPersoonsgegevens({ aanvulling: dto.aanvulling, ...Object.fromEntries((dto.redenen ?? []).map((reden, i) => [`redenen.${i}`, reden])) });

    return this.dataSource.transaction(async (manager) => {
      const signaal = await this.stappen.vergrendelEen(manager, tenant, signaalId);
      const ronde = await manager
        .createQueryBuilder(Consensusronde, 'r')
        .where('r.id = :rondeId AND r.signaal_id = :signaalId AND r.regio = :regio', { rondeId, signaalId, regio: signaal.regio })
        .setLock('pessimistic_write')
        .getOne();
      if (!ronde) throw new NietGevonden(`Consensusronde ${rondeId}`);
      const partij = partijVan(ronde.partijen, tenant);
      if (!partij) {
        throw new NietBevoegd(
          `Uw organisatie is in consensusronde ${ronde.nummer} geen partij (met uw rol). Genoemd zijn: ${ronde.partijen.map((p) => `${p.organisatie} (${p.rol})`).join(', ')}.`,
          'geen-partij',
        );
      }
      if (ronde.uitkomst !== 'open') {
        throw new Statusconflict(
          `Consensusronde ${ronde.nummer} is gesloten (${ronde.uitkomst}); er kan niet meer op worden geantwoord.`,
          signaal.status,
          ['een open consensusronde'],
        );
      }
      const eerder = await manager.find(Consensusantwoord, { where: { regio: ronde.regio, rondeId: ronde.id } });
      if (eerder.some((a) => a.organisatie === partij.organisatie)) {
        throw new Statusconflict(
          `${partij.organisatie} heeft in consensusronde ${ronde.nummer} al geantwoord; elke partij antwoordt één keer per ronde.`,
          signaal.status,
          [],
        );
      }
      const antwoord = Object.assign(new Consensusantwoord(), {
        id: randomUUID(),
        rondeId: ronde.id,
        signaalId,
        regio: ronde.regio,
        organisatie: partij.organisatie,
        standpunt: dto.standpunt,
        aanvulling: dto.standpunt === 'eens_met_aanvulling' ? (dto.aanvulling ?? null) : null,
        redenen: dto.standpunt === 'oneens' ? (dto.redenen ?? []).filter((r) => r.trim()) : [],
        gegevenDoorSub: tenant.subject,
        rol: partij.rol,
        gegevenOp: new Date(),
      });
      await manager.insert(Consensusantwoord, antwoord);
      await this.outbox.add(
        manager,
        this.outbox.event(consensusAntwoordGegevenV1, {
          signaalId: antwoord.signaalId,
          consensusrondeId: antwoord.rondeId,
          regio: antwoord.regio,
          organisatie: antwoord.organisatie,
          standpunt: antwoord.standpunt,
          gegevenOp: antwoord.gegevenOp.toISOString(),
        }),
      );

      const antwoorden = [...eerder, antwoord];
      const uitkomst = uitkomstVan(
        ronde.partijen.map((p) => p.organisatie),
        antwoorden,
      );
      if (uitkomst === 'open') return antwoord;

      await manager.update(Consensusronde, { id: ronde.id }, { uitkomst, afgeslotenOp: antwoord.gegevenOp });
      await this.termijnen.rondAf(manager, { consensusrondeId: ronde.id });
      const wie = { ...alsHandelende(tenant, partij.rol), actor: { soort: 'systeem' as const } };
      const oneens = antwoorden.filter((a) => a.standpunt === 'oneens').map((a) => a.organisatie);
      await this.stappen.zet(manager, signaal, {
        naar: uitkomst === 'bereikt' ? 'consensus_bereikt' : 'in_voorbereiding',
        aanleiding: 'antwoord',
        wie,
        feiten: { consensus: uitkomst },
        reden:
          uitkomst === 'bereikt'
            ? `Consensusronde ${ronde.nummer}: alle genoemde partijen zijn het eens`
            : `Consensusronde ${ronde.nummer}: ${oneens.join(', ')} is het oneens; het dossier kan worden aangevuld voor een nieuwe ronde`,
      });
      const afgesloten = {
        signaalId: ronde.signaalId,
        consensusrondeId: ronde.id,
        regio: ronde.regio,
        ronde: ronde.nummer,
        titel: signaal.titel,
        ...(signaal.behandelaarGemeente ? { behandelaarGemeente: signaal.behandelaarGemeente } : {}),
        deelnemers: ronde.partijen,
      };
      await this.outbox.add(
        manager,
        uitkomst === 'bereikt'
          ? this.outbox.event(consensusBereiktV1, { ...afgesloten, partijen: ronde.partijen.map((p) => p.organisatie), bereiktOp: antwoord.gegevenOp.toISOString() })
          : this.outbox.event(consensusNietBereiktV1, { ...afgesloten, oneens, nietBereiktOp: antwoord.gegevenOp.toISOString() }),
      );
      return antwoord;
    });
  }

  /** The rounds of these signals with their answers, in two queries. */
  async vanSignalen(manager: EntityManager, regio: string, signaalIds: string[]): Promise<{ rondes: Consensusronde[]; antwoorden: Consensusantwoord[] }> {
    if (!signaalIds.length) return { rondes: [], antwoorden: [] };
    const [rondes, antwoorden] = await Promise.all([
      manager.find(Consensusronde, { where: { regio, signaalId: In(signaalIds) }, order: { nummer: 'ASC' } }),
      manager.find(Consensusantwoord, { where: { regio, signaalId: In(signaalIds) }, order: { gegevenOp: 'ASC', id: 'ASC' } }),
    ]);
    return { rondes, antwoorden };
  }
}
