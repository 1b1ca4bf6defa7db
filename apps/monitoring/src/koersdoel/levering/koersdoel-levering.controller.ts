import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { OngeldigeInvoer, TeGroot } from '@koers/domain';
import { RegioKeuze } from '../../reeks/dto/reeks-sleutel.dto';
import { KoersdoelLeveringResultaat, KoersdoelLeveringService } from './koersdoel-levering.service';

/** A koersdocument has tens of targets, not millions: the file is read whole, up to this size. */
const MAX_BYTES = 1024 * 1024;

class KoersdoelLeveringResponse implements KoersdoelLeveringResultaat {
  @ApiProperty() ontvangen: number;
  @ApiProperty() nieuw: number;
  @ApiProperty({ description: 'Koersdoelen met een nieuwe versie; de vorige staat in de historie' }) gewijzigd: number;
  @ApiProperty() ongewijzigd: number;
}

@ApiTags('koersdoelen')
@Controller('v1/koersdoel-leveringen')
export class KoersdoelLeveringController {
  constructor(private readonly leveringen: KoersdoelLeveringService) {}

  @Post()
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'CSV met de kolommen indicator, gemeente (leeg: de hele regio), doelwaarde, richting (maximaal/minimaal) en koersdocumentSectie', schema: { type: 'string' } })
  @ApiOkResponse({ type: KoersdoelLeveringResponse })
  @ApiBadRequestResponse({ description: 'Geweigerd: elke foute regel met regelnummer, kolom en reden; niets opgeslagen' })
  @ApiPayloadTooLargeResponse({ description: 'Bestand groter dan 1 MiB' })
  async lever(@Tenant() tenant: TenantContext, @Query() query: RegioKeuze, @Req() request: Request): Promise<KoersdoelLeveringResponse> {
    if (!/^text\/csv\b/i.test(request.headers['content-type'] ?? '')) {
      throw new OngeldigeInvoer([{ naam: 'Content-Type', code: 'alleen-csv', reden: 'stuur de koersdoelen als CSV-bestand (Content-Type: text/csv)' }]);
    }
    return this.leveringen.lever(tenant, query.regio, await leesTekst(request));
  }
}

async function leesTekst(request: Request): Promise<string> {
  const delen: Buffer[] = [];
  let lengte = 0;
  for await (const deel of request as AsyncIterable<Buffer>) {
    lengte += deel.length;
    if (lengte > MAX_BYTES) throw new TeGroot(`Het bestand is groter dan ${MAX_BYTES} bytes.`);
    delen.push(deel);
  }
  return Buffer.concat(delen).toString('utf8');
}
