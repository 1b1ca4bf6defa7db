import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { kiesRegio, Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { InvalidInputException, UuidPipe } from '@koers/http';
import { LeveringQuery, LeveringResponse, MetingResponse } from './dto/meting.dto';
import { MetingIntakeService } from './meting-intake.service';
import { csvRijen, jsonRijen, statlineFormaat } from './meting-levering';
import { MetingService } from './meting.service';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';

@ApiTags('metingen')
@Controller('v1/metingen')
export class MetingController {
  constructor(
    private readonly intake: MetingIntakeService,
    private readonly metingen: MetingService,
    @Inject(MONITORING_SETTINGS) private readonly settings: MonitoringSettings,
  ) {}

  /**
   * A delivery of measurements, all or nothing: a JSON array, or a CSV file (text/csv, streamed; the
   * Koers layout or CBS StatLine open data with a column mapping). Re-sending changes nothing.
   */
  @Post()
  @HttpCode(200)
  @Rollen('gemeente', 'aanbieder', 'beheerder')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ description: 'JSON-array van metingen, of een CSV-bestand (zie apps/monitoring/docs/csv.md)', schema: { type: 'array', items: { type: 'object' } } })
  @ApiOkResponse({ type: LeveringResponse })
  @ApiBadRequestResponse({ description: 'Geweigerd: elke foute regel met regelnummer en reden; niets opgeslagen' })
  @ApiPayloadTooLargeResponse({ description: 'Bestand te groot' })
  async lever(
    @Tenant() tenant: TenantContext,
    @Query() query: LeveringQuery,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: Request,
    @Body() body: unknown,
  ): Promise<LeveringResponse> {
    const levering = {
      regio: kiesRegio(tenant, query.regio),
      aanleverancier: tenant.organisatie ?? tenant.gemeente ?? tenant.clientId ?? tenant.username ?? tenant.subject,
      standaardBron: query.bron ?? null,
    };
    if (isCsv(contentType)) {
      const formaat = query.formaat === 'statline' ? statlineFormaat(query.statlineKolom, query.bron) : ({ soort: 'koers' } as const);
      return this.intake.neemAan(levering, csvRijen(request, formaat, this.settings.csvMaxBytes));
    }
    if (query.formaat === 'statline') {
      throw new InvalidInputException([{ name: 'formaat', code: 'alleen-csv', reason: 'formaat=statline hoort bij een CSV-bestand (Content-Type: text/csv)' }]);
    }
    return this.intake.neemAan(levering, jsonRijen(body));
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: MetingResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  een(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<MetingResponse> {
    return this.metingen.een(tenant, id);
  }
}

function isCsv(contentType: string | undefined): boolean {
  return /^text\/csv\b/i.test(contentType ?? '');
}
