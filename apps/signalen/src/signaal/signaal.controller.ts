import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { SignaalIndienenDto } from './dto/signaal-indienen.dto';
import { SignalenQuery } from './dto/signalen-query.dto';
import { SignaalResponse, SignalenPagina } from './dto/signaal.response';
import { SignaalService } from './signaal.service';

@ApiTags('signalen')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/signalen')
export class SignaalController {
  constructor(private readonly signalen: SignaalService) {}

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
}
