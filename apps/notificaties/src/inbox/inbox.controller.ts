import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { InboxQuery } from './dto/inbox.query';
import { AllesGelezenResponse, InboxGroepen, InboxItemMarkerenDto, InboxItemResponse, InboxPagina } from './dto/inbox.response';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@Controller('v1/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  /** The caller's own items, newest first, with the number still unread; `groep` narrows to one kind, `ongelezen` to unread (or read) ones. */
  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: InboxPagina })
  @ApiBadRequestResponse({ description: 'Ongeldige paginering, groep of ongelezen' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: InboxQuery): Promise<InboxPagina> {
    const { items, totaal, ongelezen } = await this.inbox.lijst(tenant, query.pagina, query.paginaGrootte, { groep: query.groep, ongelezen: query.ongelezen });
    return { items: items.map(InboxItemResponse.from), totaal, ongelezen, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  /** The caller's items per kind of message, so that 300 new signals are one line with a count. */
  @Get('groepen')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: InboxGroepen })
  async groepen(@Tenant() tenant: TenantContext): Promise<InboxGroepen> {
    const groepen = await this.inbox.groepen(tenant);
    return { groepen: groepen.map((g) => ({ ...g, laatsteOp: new Date(g.laatsteOp).toISOString() })) };
  }

  @Patch(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: InboxItemResponse })
  @ApiNotFoundResponse({ description: 'Niet uw bericht, of bestaat niet' })
  async markeer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: InboxItemMarkerenDto): Promise<InboxItemResponse> {
    return InboxItemResponse.from(await this.inbox.markeer(tenant, id, dto.gelezen));
  }

  @Post('alles-gelezen')
  @HttpCode(200)
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: AllesGelezenResponse })
  async allesGelezen(@Tenant() tenant: TenantContext): Promise<AllesGelezenResponse> {
    return { gemarkeerd: await this.inbox.markeerAllesGelezen(tenant) };
  }
}
