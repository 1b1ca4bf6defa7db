import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { kiesRegio, Rollen, Tenant, TenantContext } from '@koers/auth';
import { OrganisatiesQuery, OrganisatiesResponse } from './dto/organisaties.dto';
import { OrganisatieRegister } from './organisatie-register';

@ApiTags('signalen')
@Controller('v1/organisaties')
export class OrganisatieController {
  constructor(private readonly organisaties: OrganisatieRegister) {}

  @Get()
  @Rollen('gemeente', 'beheerder')
  @ApiOkResponse({
    type: OrganisatiesResponse,
    description: 'De organisaties van uw regio: de gemeente vraagt hen om consensus, de beheerder stelt hun webhooks in',
  })
  @ApiBadRequestResponse({ description: 'Ongeldige regio, of u werkt in meer regio’s en noemt er geen (problem+json met invalidParams)' })
  @ApiForbiddenResponse({ description: 'Alleen voor de gemeente of de beheerder, en alleen in de eigen regio' })
  @ApiServiceUnavailableResponse({ description: 'Koers kon de organisaties nu niet opvragen' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: OrganisatiesQuery): Promise<OrganisatiesResponse> {
    const regio = kiesRegio(tenant, query.regio);
    return { regio, items: await this.organisaties.lijst(regio) };
  }
}
