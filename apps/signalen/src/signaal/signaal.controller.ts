import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { SignaalIndienenDto } from './dto/signaal-indienen.dto';
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
  @ApiBadRequestResponse({ description: 'Ongeldige paginering' })
  async zoek(@Tenant() tenant: TenantContext, @Query() query: PaginaQuery): Promise<SignalenPagina> {
    const [items, totaal] = await this.signalen.zoek(tenant, query.pagina, query.paginaGrootte);
    return { items: items.map(SignaalResponse.from), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: SignaalResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiBadRequestResponse({ description: 'Geen geldige id' })
  async haalOp(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SignaalResponse> {
    return SignaalResponse.from(await this.signalen.haalOp(tenant, id));
  }
}
