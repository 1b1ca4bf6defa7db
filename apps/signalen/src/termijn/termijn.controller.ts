import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { RegioQuery, TermijnInstellingDto, TermijninstellingenResponse } from './dto/termijn-instelling.dto';
import { Termijninstellingen, TermijnService } from './termijn.service';

/** The deadlines of the caller's region, in working days. */
@ApiTags('termijnen')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/termijnen')
export class TermijnController {
  constructor(private readonly termijnen: TermijnService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: TermijninstellingenResponse })
  async haalOp(@Tenant() tenant: TenantContext, @Query() query: RegioQuery): Promise<TermijninstellingenResponse> {
    return weergave(await this.termijnen.instellingen(tenant, query.regio));
  }

  @Put()
  @Rollen('beheerder')
  @ApiOkResponse({ type: TermijninstellingenResponse, description: 'Geldt voor termijnen die vanaf nu beginnen' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer (problem+json met invalidParams)' })
  async stelIn(@Tenant() tenant: TenantContext, @Body() dto: TermijnInstellingDto): Promise<TermijninstellingenResponse> {
    return weergave(await this.termijnen.stelIn(tenant, dto));
  }
}

function weergave(instellingen: Termijninstellingen): TermijninstellingenResponse {
  return {
    regio: instellingen.regio,
    opnemenWerkdagen: instellingen.opnemenWerkdagen,
    beantwoordenWerkdagen: instellingen.beantwoordenWerkdagen,
    ...(instellingen.gewijzigdOp ? { gewijzigdOp: instellingen.gewijzigdOp.toISOString() } : {}),
  };
}
