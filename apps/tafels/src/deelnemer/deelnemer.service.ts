import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { CloudEvent, deelnemerToegevoegdV1, Rol } from '@koers/contracts';
import { BestaatAl, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Tafel } from '../tafel/tafel.entity';
import { DEELNEMER_ROLLEN, DeelnemerRol, isClientzijde } from '../tafel/tafel.rules';
import { Deelnemer } from './deelnemer.entity';
import { GastAanmeldenDto } from './dto/gast-aanmelden.dto';
import { GebruikerToevoegenDto } from './dto/gebruiker-toevoegen.dto';
import { KandidatenQuery } from './dto/kandidaten.dto';
import { GebruikersRegister, TafelGebruiker } from './gebruikers-register';
import { pastBij, zoekwoorden } from './kandidaten.rules';

const tafels = new TenantRepository(Tafel);

/** The people at a table: users of the region by their role, guests by an alias only. */
@Injectable()
export class DeelnemerService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly gebruikers: GebruikersRegister,
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
      const tafel = await this.vergrendel(manager, tenant, tafelId);
      weigerAfgerond(tafel);
      const bezet = await manager
        .createQueryBuilder(Deelnemer, 'd')
        .where('d.tafel_id = :tafelId AND d.regio = :regio AND lower(d.alias) = lower(:alias)', { tafelId, regio: tafel.regio, alias })
        .getExists();
      if (bezet) throw new BestaatAl(`Aan deze tafel zit al een gast met de alias '${alias}'; kies een andere.`);
      return this.voegToe(manager, tafel, { rol: 'gast', sub: null, organisatie, alias, toegevoegdDoorSub: tenant.subject });
    });
  }

  /**
   * The behandelaar seats a user of the table's region, with the role they have in Koers and their
   * organisation (which may then own agreements). A user
   * Keycloak does not know in this region answers 404 exactly like one that does not exist, so no
   * one learns who works in another region.
   */
  async voegGebruikerToe(tenant: TenantContext, tafelId: string, dto: GebruikerToevoegenDto): Promise<Deelnemer> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.vergrendel(manager, tenant, tafelId);
      weigerNietBehandelaar(tenant, tafel);
      weigerAfgerond(tafel);
      const bezet = await manager.existsBy(Deelnemer, { regio: tafel.regio, tafelId: tafel.id, sub: dto.sub });
      if (bezet) throw new BestaatAl('Deze gebruiker zit al aan de tafel.');
      const gevonden = await this.gebruikers.zoek(tafel.regio, dto.sub);
      if (gevonden.soort === 'onbekend') throw new NietGevonden(`Gebruiker ${dto.sub}`);
      if (gevonden.soort === 'zonder-tafelrol') {
        throw new OngeldigeInvoer([{ naam: 'sub', code: 'geen-tafelrol', reden: 'deze gebruiker heeft geen rol aan tafel (gemeente, aanbieder, cliëntvertegenwoordiger of jurist)' }]);
      }
      return this.voegToe(manager, tafel, { rol: gevonden.rol, sub: dto.sub, organisatie: gevonden.organisatie, alias: null, toegevoegdDoorSub: tenant.subject });
    });
  }

  /**
   * Who the behandelaar may seat (the same check as voegGebruikerToe): the users of the table's
   * region with a table role whose name or organisation fit every word of the search, by role and
   * then name, those already seated marked. A client representative's name is searched, never shown.
   */
  async kandidaten(tenant: TenantContext, tafelId: string, query: KandidatenQuery): Promise<{ items: Array<{ gebruiker: TafelGebruiker; aanTafel: boolean; naamZichtbaar: boolean }>; totaal: number }> {
    const manager = this.dataSource.manager;
    const tafel = await tafels.query(manager, tenant, 't').andWhere('t.id = :tafelId', { tafelId }).getOne();
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    weigerNietBehandelaar(tenant, tafel);
    const woorden = zoekwoorden(query.zoek);
    const [gebruikers, deelnemers] = await Promise.all([this.gebruikers.tafelGebruikers(tafel.regio), this.vanTafel(manager, tafel)]);
    const aanTafel = new Set(deelnemers.flatMap((d) => (d.sub ? [d.sub] : [])));
    const gevonden = gebruikers
      .filter((g) => pastBij(woorden, [g.naam, g.organisatie]))
      .map((gebruiker) => ({ gebruiker, aanTafel: aanTafel.has(gebruiker.id), naamZichtbaar: isProfessional(gebruiker.rol) }))
      .sort((a, b) => volgorde(a) - volgorde(b) || sorteerNaam(a).localeCompare(sorteerNaam(b), 'nl') || a.gebruiker.id.localeCompare(b.gebruiker.id));
    const begin = (query.pagina - 1) * query.paginaGrootte;
    return { items: gevonden.slice(begin, begin + query.paginaGrootte), totaal: gevonden.length };
  }

  /** Names of the professionals at the table, for the region's users; none when Keycloak cannot be asked. */
  async namen(tafel: Pick<Tafel, 'regio'>, deelnemers: readonly Deelnemer[]): Promise<Map<string, string>> {
    const rollen = [...new Set(deelnemers.filter((d) => d.sub && isProfessional(d.rol)).map((d) => d.rol as Rol))];
    if (!rollen.length) return new Map();
    return this.gebruikers.namen(tafel.regio, rollen).catch(() => new Map<string, string>());
  }

  /** The region's client representatives as Keycloak knows them now (503 when it cannot be asked). */
  clientvertegenwoordigers(regio: string): Promise<Array<{ sub: string; organisatie?: string }>> {
    return this.gebruikers.clientvertegenwoordigers(regio).then((lijst) => lijst.map((g) => ({ sub: g.id, ...(g.organisatie ? { organisatie: g.organisatie } : {}) })));
  }

  async vanTafel(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>): Promise<Deelnemer[]> {
    return manager.find(Deelnemer, { where: { regio: tafel.regio, tafelId: tafel.id }, order: { toegevoegdOp: 'ASC', id: 'ASC' } });
  }

  /** How many participants are on the client side, counted under the table's lock. */
  async aanClientzijde(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>): Promise<number> {
    return (await this.vanTafel(manager, tafel)).filter((d) => isClientzijde(d.rol)).length;
  }

  /** The organisations at the table (a provider, a client council, and those who brought guests): who may own an agreement. */
  async organisaties(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>): Promise<Set<string>> {
    return new Set((await this.organisatiesPerTafel(manager, [tafel])).get(tafel.id));
  }

  /** The organisations seated at each of these tables, in the order they came, in one query: who may own an agreement there. */
  async organisatiesPerTafel(manager: EntityManager, tafels: ReadonlyArray<Pick<Tafel, 'id' | 'regio'>>): Promise<Map<string, string[]>> {
    const perTafel = new Map(tafels.map((t) => [t.id, [] as string[]]));
    if (!tafels.length) return perTafel;
    const rijen = await manager.find(Deelnemer, {
      select: { tafelId: true, organisatie: true },
      where: { regio: In([...new Set(tafels.map((t) => t.regio))]), tafelId: In([...perTafel.keys()]) },
      order: { toegevoegdOp: 'ASC', id: 'ASC' },
    });
    for (const { tafelId, organisatie } of rijen) {
      const lijst = perTafel.get(tafelId);
      if (organisatie && lijst && !lijst.includes(organisatie)) lijst.push(organisatie);
    }
    return perTafel;
  }

  private async vergrendel(manager: EntityManager, tenant: TenantContext, tafelId: string): Promise<Tafel> {
    const tafel = await tafels.query(manager, tenant, 't').andWhere('t.id = :tafelId', { tafelId }).setLock('pessimistic_write').getOne();
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    return tafel;
  }

  /** The table closed: guests' aliases are deleted; their rows keep id, role and organisation, so who attended stays on record. */
  async verwijderAliassen(manager: EntityManager, tafel: Pick<Tafel, 'id' | 'regio'>, nu: Date): Promise<number> {
    const { affected } = await manager
      .createQueryBuilder()
      .update(Deelnemer)
      .set({ alias: null, aliasVerwijderdOp: nu })
      .where('regio = :regio AND tafel_id = :tafelId AND rol = :rol AND alias IS NOT NULL', { regio: tafel.regio, tafelId: tafel.id, rol: 'gast' })
      .execute();
    return affected ?? 0;
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
      // The contract names a guest's client organisation; a user's organisation is in Keycloak.
      ...(d.rol === 'gast' && d.organisatie ? { organisatie: d.organisatie } : {}),
      toegevoegdOp: d.toegevoegdOp.toISOString(),
    });
  }
}

/** Only the gemeente user who started the table seats people at it. */
function weigerNietBehandelaar(tenant: TenantContext, tafel: Tafel): void {
  if (tafel.behandelaarSub !== tenant.subject) {
    throw new NietBevoegd('Alleen de behandelaar van de tafel voegt deelnemers toe.', 'geen-behandelaar');
  }
}

const volgorde = (k: { gebruiker: TafelGebruiker }) => DEELNEMER_ROLLEN.indexOf(k.gebruiker.rol);
const sorteerNaam = (k: { gebruiker: TafelGebruiker; naamZichtbaar: boolean }) => (k.naamZichtbaar ? k.gebruiker.naam : k.gebruiker.organisatie) ?? '';

function weigerAfgerond(tafel: Tafel): void {
  if (tafel.status === 'afgerond') {
    throw new Statusconflict(`De tafel heeft status '${tafel.status}'; er komen geen deelnemers meer bij.`, tafel.status, ['een tafel die niet is afgerond']);
  }
}

/** Professionals' names are shown within the region; a client representative's is not. */
function isProfessional(rol: DeelnemerRol): boolean {
  return rol === 'gemeente' || rol === 'aanbieder' || rol === 'jurist';
}
