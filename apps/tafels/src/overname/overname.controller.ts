import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { AfspraakResponse } from '../afspraak/dto/afspraak.response';
import { AanbodLijst, OvernameAntwoordDto, OvernameAntwoordResponse, OvernameQuery, OvernameResponse, OvernamesVanAfspraakResponse } from './dto/overname.dto';
import { OvernameService } from './overname.service';

@ApiTags('overnames')
@ApiForbiddenResponse({ description: 'Uw rol of uw gemeente mag dit niet' })
@ApiNotFoundResponse({ description: 'Het aanbod of de afspraak bestaat niet, of hoort bij een andere regio' })
@Controller('v1')
export class OvernameController {
  constructor(private readonly overnames: OvernameService) {}

  @Get('overnames')
  @Rollen('gemeente')
  @ApiOkResponse({ type: AanbodLijst, description: 'De aanbiedingen aan uw gemeente om een geslaagde afspraak over te nemen (standaard de open), oudste eerst, met de afspraak; per pagina' })
  @ApiBadRequestResponse({ description: 'Ongeldige filters of paginering (problem+json met invalidParams)' })
  async vanGemeente(@Tenant() tenant: TenantContext, @Query() query: OvernameQuery): Promise<AanbodLijst> {
    const { items, totaal, namen } = await this.overnames.vanGemeente(tenant, query);
    return {
      items: items.map(({ overname, afspraak, organisaties }) => ({ ...OvernameResponse.from(overname, namen.get(overname.regio)), afspraak: AfspraakResponse.from(afspraak), organisatiesAanTafel: organisaties })),
      totaal,
      pagina: query.pagina,
      paginaGrootte: query.paginaGrootte,
    };
  }

  @Post('overnames/:id/antwoord')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: OvernameAntwoordResponse, description: 'Het antwoord van uw gemeente; bij overnemen de nieuwe afspraak voor uw gemeente (concept)' })
  @ApiBadRequestResponse({ description: 'Overnemen zonder geldige deadline of met een eigenaar die niet aan tafel zit; afslaan zonder reden, of met persoonsgegevens in de reden' })
  @ApiConflictResponse({ description: 'Het aanbod is al beantwoord' })
  async beantwoord(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: OvernameAntwoordDto): Promise<OvernameAntwoordResponse> {
    const { overname, afspraak } = await this.overnames.beantwoord(tenant, id, dto);
    return { ...OvernameResponse.from(overname), ...(afspraak ? { overgenomenAfspraak: AfspraakResponse.from(afspraak) } : {}) };
  }

  @Post('overnames/:id/vastlegging')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: AfspraakResponse, description: 'De overgenomen afspraak is vastgelegd; monitoring bevestigt haar plan' })
  @ApiConflictResponse({ description: 'Het aanbod is niet overgenomen, of de afspraak heeft nog geen monitoringplan of akkoord van een jurist (ontbreekt noemt wat), of is al vastgelegd' })
  async legVast(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AfspraakResponse> {
    return AfspraakResponse.from((await this.overnames.legVast(tenant, id)).afspraak);
  }

  @Get('afspraken/:id/overnames')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: OvernamesVanAfspraakResponse, description: 'Per gemeente waaraan de geslaagde afspraak is aangeboden: overgenomen, afgeslagen (met de reden) of nog niet beantwoord' })
  async vanAfspraak(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<OvernamesVanAfspraakResponse> {
    const { afspraak, overnames, namen } = await this.overnames.vanAfspraak(tenant, id);
    const tel = (status: string) => overnames.filter((o) => o.status === status).length;
    return {
      afspraakId: afspraak.id,
      ...(afspraak.oordeel ? { oordeel: afspraak.oordeel } : {}),
      overnames: overnames.map((o) => OvernameResponse.from(o, namen)),
      overgenomen: tel('overgenomen'),
      afgeslagen: tel('afgeslagen'),
      open: tel('open'),
    };
  }
}
