import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { GemeenteResponse, GemeentenPagina, GemeentenQuery, GemeenteToevoegenDto, GemeenteWijzigenDto, RegioResponse } from './dto/gebied.dto';
import { GebiedService } from './gebied.service';


/** Regions and their gemeenten (CBS codes): public reference data; each beheerder keeps their own region up to date. */
@ApiTags('regio\'s en gemeenten')
@Controller('v1/regios')
export class GebiedController {
  constructor(private readonly gebieden: GebiedService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [RegioResponse] })
  async lijst(): Promise<RegioResponse[]> {
    return (await this.gebieden.regios()).map(({ regio, gemeenten }) => RegioResponse.from(regio, gemeenten));
  }

  @Get(':regio')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: RegioResponse })
  @ApiNotFoundResponse({ description: 'Onbekende regio' })
  async een(@Param('regio') code: string): Promise<RegioResponse> {
    const { regio, gemeenten } = await this.gebieden.regio(code);
    return RegioResponse.from(regio, gemeenten);
  }

  /** The register as a whole stays `GET /v1/regios/{regio}`, which pickers and other services read; this is the list people page through. */
  @Get(':regio/gemeenten')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: GemeentenPagina, description: 'De gemeenten van uw regio die passen bij de zoekterm, op naam' })
  @ApiBadRequestResponse({ description: 'Ongeldige zoekterm of paginering (problem+json met invalidParams)' })
  @ApiNotFoundResponse({ description: 'Niet uw regio' })
  async gemeenten(@Tenant() tenant: TenantContext, @Param('regio') regio: string, @Query() query: GemeentenQuery): Promise<GemeentenPagina> {
    const { gemeenten, totaal } = await this.gebieden.zoekGemeenten(tenant, regio, query);
    return { items: gemeenten.map(GemeenteResponse.from), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Post(':regio/gemeenten')
  @Rollen('beheerder')
  @ApiCreatedResponse({ type: GemeenteResponse })
  @ApiBadRequestResponse({ description: 'Geen geldige CBS-code of naam' })
  @ApiNotFoundResponse({ description: 'Niet uw regio' })
  @ApiConflictResponse({ description: 'De gemeente hoort al bij een regio' })
  async voegToe(@Tenant() tenant: TenantContext, @Param('regio') regio: string, @Body() dto: GemeenteToevoegenDto): Promise<GemeenteResponse> {
    return GemeenteResponse.from(await this.gebieden.voegGemeenteToe(tenant, regio, dto.code, dto.naam));
  }

  @Patch(':regio/gemeenten/:gemeente')
  @Rollen('beheerder')
  @ApiOkResponse({ type: GemeenteResponse })
  @ApiNotFoundResponse({ description: 'Niet uw regio, of onbekende gemeente' })
  async wijzig(
    @Tenant() tenant: TenantContext,
    @Param('regio') regio: string,
    @Param('gemeente') gemeente: string,
    @Body() dto: GemeenteWijzigenDto,
  ): Promise<GemeenteResponse> {
    return GemeenteResponse.from(await this.gebieden.wijzigGemeente(tenant, regio, gemeente, dto.naam));
  }
}
