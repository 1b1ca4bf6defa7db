import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { KoersdoelenPagina, KoersdoelQuery, KoersdoelResponse, KoersdoelVaststellenDto, KoersdoelWijzigenDto } from './dto/koersdoel.dto';
import { KoersdoelService } from './koersdoel.service';


@ApiTags('koersdoelen')
@Controller('v1/koersdoelen')
export class KoersdoelController {
  constructor(private readonly koersdoelen: KoersdoelService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: KoersdoelenPagina, description: 'De koersdoelen van de regio die passen bij de filters, per cijfer, de regio voor haar gemeenten' })
  @ApiBadRequestResponse({ description: 'Ongeldige filters of paginering (problem+json met invalidParams)' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: KoersdoelQuery): Promise<KoersdoelenPagina> {
    const { doelen, totaal } = await this.koersdoelen.lijst(tenant, query);
    return { items: doelen.map((doel) => KoersdoelResponse.from(doel)), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: KoersdoelResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  async een(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<KoersdoelResponse> {
    const { doel, historie } = await this.koersdoelen.een(tenant, id);
    return KoersdoelResponse.from(doel, historie);
  }

  @Post()
  @Rollen('gemeente', 'beheerder')
  @ApiCreatedResponse({ type: KoersdoelResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer' })
  @ApiForbiddenResponse({ description: 'Niet uw gemeente (gemeente) of niet uw rol' })
  @ApiConflictResponse({ description: 'Er is al een koersdoel voor deze indicator en gemeente' })
  async stelVast(@Tenant() tenant: TenantContext, @Body() dto: KoersdoelVaststellenDto): Promise<KoersdoelResponse> {
    return KoersdoelResponse.from(await this.koersdoelen.stelVast(tenant, dto));
  }

  @Patch(':id')
  @Rollen('gemeente', 'beheerder')
  @ApiOkResponse({ type: KoersdoelResponse })
  @ApiForbiddenResponse({ description: 'Niet uw gemeente' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  async wijzig(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: KoersdoelWijzigenDto): Promise<KoersdoelResponse> {
    return KoersdoelResponse.from(await this.koersdoelen.wijzig(tenant, id, dto));
  }
}
