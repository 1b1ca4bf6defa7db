import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { EmailVoorkeurenResponse, EmailVoorkeurResponse, EmailVoorkeurWijzigenDto } from './dto/voorkeur.dto';
import { VoorkeurService } from './voorkeur.service';

/** The caller's own e-mail choices; the inbox in Koers always gets every message. */
@ApiTags('e-mailvoorkeuren')
@Controller('v1/email-voorkeuren')
export class VoorkeurController {
  constructor(private readonly voorkeuren: VoorkeurService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: EmailVoorkeurenResponse })
  async lijst(@Tenant() tenant: TenantContext): Promise<EmailVoorkeurenResponse> {
    const voorkeuren = await this.voorkeuren.lijst(tenant.subject);
    return { voorkeuren: voorkeuren.map((v) => EmailVoorkeurResponse.from(v.categorie, v.keuze)) };
  }

  @Put(':categorie')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: EmailVoorkeurResponse })
  @ApiBadRequestResponse({ description: 'Onbekende keuze' })
  @ApiNotFoundResponse({ description: 'Onbekende categorie' })
  async wijzig(@Tenant() tenant: TenantContext, @Param('categorie') categorie: string, @Body() dto: EmailVoorkeurWijzigenDto): Promise<EmailVoorkeurResponse> {
    const voorkeur = await this.voorkeuren.wijzig(tenant.subject, categorie, dto.keuze);
    return EmailVoorkeurResponse.from(voorkeur.categorie, voorkeur.keuze);
  }
}
