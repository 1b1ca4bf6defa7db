import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { SignaalDetailResponse } from './dto/signaal-detail.response';
import { SignaalIndienenDto } from './dto/signaal-indienen.dto';
import { SignalenQuery } from './dto/signalen-query.dto';
import { SignaalResponse, SignalenPagina } from './dto/signaal.response';
import { SignaalDetailService } from './signaal-detail.service';
import { SignaalService } from './signaal.service';

@ApiTags('signalen')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/signalen')
export class SignaalController {
  constructor(
    private readonly signalen: SignaalService,
    private readonly details: SignaalDetailService,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('aanbieder', 'clientvertegenwoordiger', 'gemeente')
  @ApiCreatedResponse({ type: SignaalResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer (problem+json met invalidParams)' })
  async dienIn(@Tenant() tenant: TenantContext, @Body() dto: SignaalIndienenDto): Promise<SignaalResponse> {
    return SignaalResponse.from(await this.signalen.dienIn(tenant, dto));
  }

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: SignalenPagina })
  @ApiBadRequestResponse({ description: 'Ongeldig filter of ongeldige paginering' })
  async zoek(@Tenant() tenant: TenantContext, @Query() query: SignalenQuery): Promise<SignalenPagina> {
    const { signalen, totaal, termijnen } = await this.signalen.zoek(tenant, query);
    return {
      items: signalen.map((signaal) => SignaalResponse.from(signaal, termijnen.get(signaal.id))),
      totaal,
      pagina: query.pagina,
      paginaGrootte: query.paginaGrootte,
    };
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: SignaalDetailResponse, description: 'Met historie, dossier, consensusrondes en de signalen die erin zijn samengevoegd' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiBadRequestResponse({ description: 'Geen geldige id' })
  haalOp(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SignaalDetailResponse> {
    return this.details.haalOp(tenant, id);
  }
}
