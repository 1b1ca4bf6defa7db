import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { IndicatorBijwerkenDto, IndicatorenPagina, IndicatorenQuery, IndicatorResponse, IndicatorToevoegenDto } from './dto/indicator.dto';
import { IndicatorService } from './indicator.service';

@ApiTags('indicatoren')
@Controller('v1/indicatoren')
export class IndicatorController {
  constructor(private readonly indicatoren: IndicatorService) {}

  /** The whole catalogue, for pickers and for systems that check their codes; people page through `GET /v1/regios/{regio}/indicatoren`. */
  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [IndicatorResponse], description: 'De landelijke catalogus en de eigen indicatoren van uw regio’s, op code' })
  async lijst(@Tenant() tenant: TenantContext): Promise<IndicatorResponse[]> {
    return (await this.indicatoren.lijst(tenant)).map(IndicatorResponse.from);
  }

  @Get(':code')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: IndicatorResponse })
  @ApiNotFoundResponse({ description: 'Onbekend, of van een andere regio' })
  async een(@Tenant() tenant: TenantContext, @Param('code') code: string): Promise<IndicatorResponse> {
    return IndicatorResponse.from(await this.indicatoren.een(tenant, code));
  }

  @Post()
  @Rollen('beheerder')
  @ApiCreatedResponse({ type: IndicatorResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer' })
  @ApiConflictResponse({ description: 'Code al in gebruik' })
  async voegToe(@Tenant() tenant: TenantContext, @Body() dto: IndicatorToevoegenDto): Promise<IndicatorResponse> {
    return IndicatorResponse.from(await this.indicatoren.voegToe(tenant, dto));
  }

  @Patch(':code')
  @Rollen('beheerder')
  @ApiOkResponse({ type: IndicatorResponse })
  @ApiForbiddenResponse({ description: 'Landelijke indicatoren zijn alleen-lezen' })
  @ApiNotFoundResponse({ description: 'Onbekend, of van een andere regio' })
  async werkBij(@Tenant() tenant: TenantContext, @Param('code') code: string, @Body() dto: IndicatorBijwerkenDto): Promise<IndicatorResponse> {
    return IndicatorResponse.from(await this.indicatoren.werkBij(tenant, code, dto));
  }
}

/** The indicators one region uses, national and its own, paged and filtered: the list the beheerder reads. */
@ApiTags('indicatoren')
@Controller('v1/regios/:regio/indicatoren')
export class RegioIndicatorController {
  constructor(private readonly indicatoren: IndicatorService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: IndicatorenPagina, description: 'De landelijke indicatoren en de eigen indicatoren van de regio die passen bij de filters, op code' })
  @ApiBadRequestResponse({ description: 'Ongeldige filters of paginering (problem+json met invalidParams)' })
  @ApiNotFoundResponse({ description: 'Niet uw regio' })
  async lijst(@Tenant() tenant: TenantContext, @Param('regio') regio: string, @Query() query: IndicatorenQuery): Promise<IndicatorenPagina> {
    const { indicatoren, totaal } = await this.indicatoren.vanRegio(tenant, regio, query);
    return { items: indicatoren.map(IndicatorResponse.from), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }
}
