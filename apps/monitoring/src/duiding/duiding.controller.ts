import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { DuidingPlaatsenDto, DuidingResponse } from './dto/duiding.dto';
import { DuidingService } from './duiding.service';

/** Meaning next to the figures: gemeenten, providers and client representatives explain a series or one period, together. Read them with the series. */
@ApiTags('reeksen')
@Controller('v1/duidingen')
export class DuidingController {
  constructor(private readonly duidingen: DuidingService) {}

  @Post()
  @Rollen('gemeente', 'aanbieder', 'clientvertegenwoordiger')
  @ApiCreatedResponse({ type: DuidingResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer' })
  @ApiNotFoundResponse({ description: 'Onbekende indicator of gemeente (of van een andere regio)' })
  async plaats(@Tenant() tenant: TenantContext, @Body() dto: DuidingPlaatsenDto): Promise<DuidingResponse> {
    return DuidingResponse.from(await this.duidingen.plaats(tenant, dto));
  }
}
