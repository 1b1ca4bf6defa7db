import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { isGemeentecode } from '@koers/contracts';
import { InvoerFout, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { Regioregister } from '@koers/register';
import { callbackUrlBezwaar } from '../bezorging/callback-url';
import { nieuwGeheim } from '../bezorging/ondertekening';
import { WEBHOOK_INSTELLINGEN, WebhookInstellingen } from '../webhook.instellingen';
import { Abonnement } from './abonnement.entity';
import { AbonnementStatus, overgangBezwaar } from './abonnement.rules';
import { AbonnementAanmakenDto } from './dto/abonnement.dto';
import { filterBezwaar } from './event-filter.rules';

@Injectable()
export class AbonnementService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WEBHOOK_INSTELLINGEN) private readonly instellingen: WebhookInstellingen,
    private readonly register: Regioregister,
  ) {}

  /** Stores a subscription after checking every field at once; the secret is returned here and never again. */
  async maakAan(tenant: TenantContext, dto: AbonnementAanmakenDto): Promise<{ abonnement: Abonnement; geheim: string }> {
    const regio = kiesRegio(tenant, dto.regio);
    const organisatie = this.eigenaar(tenant, dto.organisatie);
    const gemeenten = dto.gemeenten ?? [];
    const fouten: InvoerFout[] = [];
    const urlBezwaar = await callbackUrlBezwaar(dto.callbackUrl, this.instellingen);
    if (urlBezwaar) fouten.push({ naam: 'callbackUrl', code: 'onveilige-url', reden: `callbackUrl ${urlBezwaar}` });
    dto.eventTypes.forEach((filter, i) => {
      const bezwaar = filterBezwaar(filter);
      if (bezwaar) fouten.push({ naam: `eventTypes.${i}`, code: 'onbekend-event-type', reden: bezwaar });
    });
    const inRegio = await this.register.gemeenten(regio);
    gemeenten.forEach((gemeente, i) => {
      if (!inRegio.has(gemeente)) fouten.push({ naam: `gemeenten.${i}`, code: 'andere-regio', reden: `${gemeente} ligt niet in regio ${regio}` });
    });
    if (organisatie === undefined) fouten.push({ naam: 'organisatie', code: 'verplicht', reden: 'noem de organisatie (of gemeente) van wie het systeem is' });
    else if (isGemeentecode(organisatie) && !inRegio.has(organisatie)) {
      fouten.push({ naam: 'organisatie', code: 'andere-regio', reden: `gemeente ${organisatie} ligt niet in regio ${regio}` });
    }
    if (fouten.length || organisatie === undefined) throw new OngeldigeInvoer(fouten);

    const geheim = nieuwGeheim();
    const abonnement = this.dataSource.getRepository(Abonnement).create({
      id: randomUUID(),
      regio,
      organisatie,
      callbackUrl: dto.callbackUrl,
      eventTypes: dto.eventTypes,
      gemeenten,
      status: 'actief',
      pauzeReden: null,
      geheim,
      vorigGeheim: null,
      vorigGeheimTot: null,
      falendSinds: null,
      aangemaaktDoor: tenant.username ?? tenant.subject,
      aangemaaktOp: new Date(),
    });
    await this.dataSource.getRepository(Abonnement).insert(abonnement);
    return { abonnement, geheim };
  }

  /** `organisatie` narrows to one organisation among those the caller may see (a provider: only its own). */
  async lijst(tenant: TenantContext, pagina: number, paginaGrootte: number, organisatie?: string): Promise<[Abonnement[], number]> {
    const query = this.zichtbaar(tenant);
    if (organisatie !== undefined) query.andWhere('a.organisatie = :gekozen', { gekozen: organisatie });
    return query.orderBy('a.aangemaaktOp', 'DESC').addOrderBy('a.id').skip((pagina - 1) * paginaGrootte).take(paginaGrootte).getManyAndCount();
  }

  /** The organisations with a subscription the caller may see, for the organisation filter. */
  async organisaties(tenant: TenantContext): Promise<string[]> {
    const rijen: Array<{ organisatie: string }> = await this.zichtbaar(tenant).select('a.organisatie', 'organisatie').distinct(true).orderBy('a.organisatie').getRawMany();
    return rijen.map((r) => r.organisatie);
  }

  /** The subscription if the caller may see it; another organisation's or region's is "not found", like a missing one. */
  async vind(tenant: TenantContext, id: string): Promise<Abonnement> {
    const abonnement = await this.zichtbaar(tenant).andWhere('a.id = :id', { id }).getOne();
    if (!abonnement) throw new NietGevonden(`Abonnement ${id}`);
    return abonnement;
  }

  /** A new secret; the previous one keeps signing alongside it for the overlap, so receivers can switch without a gap. */
  async roteerGeheim(tenant: TenantContext, id: string): Promise<{ geheim: string; vorigGeheimTot: Date }> {
    const abonnement = await this.vind(tenant, id);
    const geheim = nieuwGeheim();
    const vorigGeheimTot = new Date(Date.now() + this.instellingen.rotatieOverlapMs);
    await this.dataSource.getRepository(Abonnement).update({ id: abonnement.id }, { geheim, vorigGeheim: abonnement.geheim, vorigGeheimTot });
    return { geheim, vorigGeheimTot };
  }

  /** Pause or resume by the owner; a resumed subscription starts with a clean failure record. */
  async zetStatus(tenant: TenantContext, id: string, naar: AbonnementStatus): Promise<Abonnement> {
    const abonnement = await this.vind(tenant, id);
    const bezwaar = overgangBezwaar(abonnement.status, naar, 'eigenaar');
    if (bezwaar) throw new Statusconflict(bezwaar, abonnement.status);
    const wijziging = naar === 'actief' ? { status: naar, pauzeReden: null, falendSinds: null } : { status: naar, pauzeReden: 'gepauzeerd door de eigenaar' };
    await this.dataSource.getRepository(Abonnement).update({ id: abonnement.id }, wijziging);
    return Object.assign(abonnement, wijziging);
  }

  async verwijder(tenant: TenantContext, id: string): Promise<void> {
    const abonnement = await this.vind(tenant, id);
    await this.dataSource.getRepository(Abonnement).delete({ id: abonnement.id });
  }

  /** A provider sees its own organisation's subscriptions; a beheerder every one of its regions. */
  private zichtbaar(tenant: TenantContext): SelectQueryBuilder<Abonnement> {
    const query = this.dataSource.getRepository(Abonnement).createQueryBuilder('a').where('a.regio IN (:...regios)', { regios: tenant.regios });
    if (tenant.rollen.includes('beheerder')) return query;
    return query.andWhere('a.organisatie = :organisatie', { organisatie: tenant.organisatie ?? '' });
  }

  private eigenaar(tenant: TenantContext, gevraagd: string | undefined): string | undefined {
    if (tenant.rollen.includes('beheerder')) return gevraagd;
    if (!tenant.organisatie) throw new NietBevoegd('Uw account hoort bij geen organisatie; vraag de beheerder van uw regio om een abonnement.', 'geen-organisatie');
    if (gevraagd !== undefined && gevraagd !== tenant.organisatie) {
      throw new NietBevoegd(`U kunt alleen abonnementen voor uw eigen organisatie (${tenant.organisatie}) aanmaken.`, 'andere-organisatie');
    }
    return tenant.organisatie;
  }
}
