import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { HerpublicatieDto, HerpublicatieResponse, RegisterResponse } from './dto/register.dto';
import { RegisterService } from './register.service';

/** The region register as a whole: what other services read when they start, and its re-publication. */
@ApiTags('regioregister')
@Controller('v1/register')
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @Rollen('beheerder')
  // Each keeps a copy of the register and fill it from here when they start.
  @Systeem('koers-signalen', 'koers-notificaties', 'koers-tafels')
  @ApiOkResponse({ type: [RegisterResponse], description: 'Het register van elke regio van de aanroeper' })
  async lijst(@Tenant() tenant: TenantContext): Promise<RegisterResponse[]> {
    return (await this.register.lijst(tenant)).map(RegisterResponse.from);
  }

  /** Every service repairs its copy from the event this writes; nothing changes in monitoring. */
  @Post('herpublicaties')
  @HttpCode(202)
  @Rollen('beheerder')
  @ApiAcceptedResponse({ type: HerpublicatieResponse })
  async herpubliceer(@Tenant() tenant: TenantContext, @Body() dto: HerpublicatieDto): Promise<HerpublicatieResponse> {
    const register = await this.register.herpubliceer(tenant, dto.regio);
    return { regio: register.regio, gemeenten: register.gemeenten.length, indicatoren: register.indicatoren.length };
  }
}
