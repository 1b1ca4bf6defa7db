import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { InboxItemResponse, InboxPagina } from './dto/inbox.response';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@Controller('v1/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  /** The caller's own items, newest first, with the number still unread. */
  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: InboxPagina })
  @ApiBadRequestResponse({ description: 'Ongeldige paginering' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: PaginaQuery): Promise<InboxPagina> {
    const { items, totaal, ongelezen } = await this.inbox.lijst(tenant, query.pagina, query.paginaGrootte);
    return { items: items.map(InboxItemResponse.from), totaal, ongelezen, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }
}
