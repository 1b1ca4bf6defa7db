import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { AbonnementService } from './abonnement.service';
import { BEHEERT_WEBHOOKS } from './abonnement.rules';
import { AbonnementAanmakenDto, AbonnementenPagina, AbonnementenQuery, AbonnementResponse, GeheimResponse, NieuwAbonnementResponse } from './dto/abonnement.dto';

@ApiTags('webhooks')
@ApiForbiddenResponse({ description: 'Alleen aanbieders (voor hun eigen organisatie) en beheerders' })
@Controller('v1/abonnementen')
export class AbonnementController {
  constructor(private readonly abonnementen: AbonnementService) {}

  @Post()
  @HttpCode(201)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiCreatedResponse({ type: NieuwAbonnementResponse, description: 'Het geheim staat alleen in dit antwoord' })
  @ApiBadRequestResponse({ description: 'Ongeldige, onveilige of privé callback-URL, onbekend event-type, gemeente buiten de regio' })
  async maakAan(@Tenant() tenant: TenantContext, @Body() dto: AbonnementAanmakenDto): Promise<NieuwAbonnementResponse> {
    const { abonnement, geheim } = await this.abonnementen.maakAan(tenant, dto);
    return { ...AbonnementResponse.from(abonnement), geheim };
  }

  @Get()
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: AbonnementenPagina })
  @ApiBadRequestResponse({ description: 'Ongeldige paginering of organisatie' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: AbonnementenQuery): Promise<AbonnementenPagina> {
    const [[items, totaal], organisaties] = await Promise.all([
      this.abonnementen.lijst(tenant, query.pagina, query.paginaGrootte, query.organisatie),
      this.abonnementen.organisaties(tenant),
    ]);
    return { items: items.map((a) => AbonnementResponse.from(a)), totaal, organisaties, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Get(':id')
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: AbonnementResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of van een andere organisatie of regio' })
  async haalOp(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AbonnementResponse> {
    return AbonnementResponse.from(await this.abonnementen.vind(tenant, id));
  }

  @Post(':id/geheim-roteren')
  @HttpCode(200)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: GeheimResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of van een andere organisatie of regio' })
  async roteer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<GeheimResponse> {
    const { geheim, vorigGeheimTot } = await this.abonnementen.roteerGeheim(tenant, id);
    return { geheim, vorigGeheimGeldigTot: vorigGeheimTot.toISOString() };
  }

  @Post(':id/pauzeren')
  @HttpCode(200)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: AbonnementResponse })
  @ApiConflictResponse({ description: 'Al gepauzeerd' })
  async pauzeer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AbonnementResponse> {
    return AbonnementResponse.from(await this.abonnementen.zetStatus(tenant, id, 'gepauzeerd'));
  }

  @Post(':id/hervatten')
  @HttpCode(200)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: AbonnementResponse, description: 'Wachtende afleveringen gaan weer op weg, in volgorde' })
  @ApiConflictResponse({ description: 'Al actief' })
  async hervat(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AbonnementResponse> {
    return AbonnementResponse.from(await this.abonnementen.zetStatus(tenant, id, 'actief'));
  }

  @Delete(':id')
  @HttpCode(204)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiNoContentResponse({ description: 'Verwijderd, met zijn afleveringen' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of van een andere organisatie of regio' })
  async verwijder(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<void> {
    await this.abonnementen.verwijder(tenant, id);
  }
}
