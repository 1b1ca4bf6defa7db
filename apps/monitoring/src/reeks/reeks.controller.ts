import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { ReeksQuery, ReeksResponse, VergelijkingQuery, VergelijkingResponse } from './dto/reeks.dto';
import { ReeksService } from './reeks.service';


/** Figures to steer on: a series over time, and the gemeenten of a region side by side. Small numbers are suppressed. */
@ApiTags('reeksen')
@Controller('v1')
export class ReeksController {
  constructor(private readonly reeksen: ReeksService) {}

  @Get('reeksen')
  @Rollen(...ROLLEN)
  // signalen attaches series to dossiers as objective data.
  @Systeem('koers-signalen')
  @ApiOkResponse({ type: ReeksResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige query' })
  @ApiNotFoundResponse({ description: 'Onbekende indicator of gemeente (of van een andere regio)' })
  reeks(@Tenant() tenant: TenantContext, @Query() query: ReeksQuery): Promise<ReeksResponse> {
    return this.reeksen.reeks(tenant, query);
  }

  @Get('vergelijkingen')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: VergelijkingResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige query' })
  @ApiNotFoundResponse({ description: 'Onbekende indicator (of van een andere regio)' })
  vergelijking(@Tenant() tenant: TenantContext, @Query() query: VergelijkingQuery): Promise<VergelijkingResponse> {
    return this.reeksen.vergelijking(tenant, query);
  }
}
