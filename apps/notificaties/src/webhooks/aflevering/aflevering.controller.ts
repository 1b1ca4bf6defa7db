import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { BEHEERT_WEBHOOKS } from '../abonnement/abonnement.rules';
import { AfleveringService } from './aflevering.service';
import { AfleveringenPagina, AfleveringenQuery, AfleveringResponse, OpnieuwResponse, OpnieuwSindsDto } from './dto/aflevering.dto';

@ApiTags('webhooks')
@ApiForbiddenResponse({ description: 'Alleen aanbieders (voor hun eigen organisatie) en beheerders' })
@ApiNotFoundResponse({ description: 'Bestaat niet, of van een andere organisatie of regio' })
@Controller('v1/abonnementen/:abonnementId/afleveringen')
export class AfleveringController {
  constructor(private readonly afleveringen: AfleveringService) {}

  @Get()
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiOkResponse({ type: AfleveringenPagina, description: 'Het afleverlog: per aflevering elke poging met tijd, statuscode, duur en fout' })
  async log(
    @Tenant() tenant: TenantContext,
    @Param('abonnementId', new UuidPipe()) abonnementId: string,
    @Query() query: AfleveringenQuery,
  ): Promise<AfleveringenPagina> {
    const { items, totaal } = await this.afleveringen.log(tenant, abonnementId, query.pagina, query.paginaGrootte, query.status);
    return { items: items.map(({ aflevering, pogingen }) => AfleveringResponse.from(aflevering, pogingen)), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Post('opnieuw')
  @HttpCode(202)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiAcceptedResponse({ type: OpnieuwResponse })
  @ApiBadRequestResponse({ description: 'Geen geldige datum-tijd' })
  async opnieuwMislukt(
    @Tenant() tenant: TenantContext,
    @Param('abonnementId', new UuidPipe()) abonnementId: string,
    @Body() dto: OpnieuwSindsDto,
  ): Promise<OpnieuwResponse> {
    return { opnieuw: await this.afleveringen.opnieuwMislukt(tenant, abonnementId, new Date(dto.sinds)) };
  }

  @Post(':afleveringId/opnieuw')
  @HttpCode(202)
  @Rollen(...BEHEERT_WEBHOOKS)
  @ApiAcceptedResponse({ type: OpnieuwResponse })
  @ApiConflictResponse({ description: 'Wordt nog bezorgd' })
  async opnieuw(
    @Tenant() tenant: TenantContext,
    @Param('abonnementId', new UuidPipe()) abonnementId: string,
    @Param('afleveringId', new UuidPipe()) afleveringId: string,
  ): Promise<OpnieuwResponse> {
    await this.afleveringen.opnieuw(tenant, abonnementId, afleveringId);
    return { opnieuw: 1 };
  }
}
