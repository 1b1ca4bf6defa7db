import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { NotFoundProblem } from '@koers/http';
import { DeadLetter, DeadLetters } from '@koers/messaging';
import { OnbestelbaarBerichtResponse, OnbestelbareBerichtenLijst, OnbestelbareBerichtenQuery, OpnieuwAanbiedenDto, OpnieuwAangebodenResponse } from './dead-letters.dto';

/** How many dead letters one request looks at; a queue longer than this needs fixing first. The queue lives in RabbitMQ, so it is paged here. */
const INSPECTIE_LIMIET = 1000;

/**
 * The dead-letter queue of this service, for the beheerder of a region: see what could not be
 * handled and why, and offer it again once the cause is fixed. Each beheerder sees and replays only
 * the messages of their own regions; unreadable messages (no region) are for regional IT, in RabbitMQ.
 */
@ApiTags('beheer')
@ApiForbiddenResponse({ description: 'Alleen voor de rol beheerder' })
@Controller('v1/onbestelbare-berichten')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @Rollen('beheerder')
  @ApiOkResponse({ type: OnbestelbareBerichtenLijst })
  @ApiBadRequestResponse({ description: 'Ongeldige paginering of type' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: OnbestelbareBerichtenQuery): Promise<OnbestelbareBerichtenLijst> {
    const zichtbaar = await this.zichtbaar(tenant);
    const gekozen = query.type === undefined ? zichtbaar : zichtbaar.filter((letter) => letter.type === query.type);
    const begin = (query.pagina - 1) * query.paginaGrootte;
    return {
      items: gekozen.slice(begin, begin + query.paginaGrootte).map(OnbestelbaarBerichtResponse.from),
      totaal: gekozen.length,
      pagina: query.pagina,
      paginaGrootte: query.paginaGrootte,
      typen: [...new Set(zichtbaar.map((letter) => letter.type))].sort(),
    };
  }

  @Post('opnieuw-aanbieden')
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiOkResponse({ type: OpnieuwAangebodenResponse })
  @ApiBadRequestResponse({ description: 'Geen geldige lijst van event-ids' })
  @ApiNotFoundResponse({ description: 'Een van de berichten bestaat niet (meer) of hoort bij een andere regio' })
  async opnieuwAanbieden(@Tenant() tenant: TenantContext, @Body() dto: OpnieuwAanbiedenDto): Promise<OpnieuwAangebodenResponse> {
    const zichtbaar = new Set((await this.zichtbaar(tenant)).map((letter) => letter.eventId));
    const onbekend = dto.eventIds.filter((id) => !zichtbaar.has(id));
    if (onbekend.length) throw new NotFoundProblem(`Onbestelbaar bericht ${onbekend.join(', ')}`);
    return { opnieuwAangeboden: await this.deadLetters.replay(dto.eventIds) };
  }

  private async zichtbaar(tenant: TenantContext): Promise<Array<DeadLetter & { regio: string }>> {
    const letters = await this.deadLetters.list(INSPECTIE_LIMIET);
    return letters.filter((letter): letter is DeadLetter & { regio: string } => letter.regio !== null && tenant.regios.includes(letter.regio));
  }
}
