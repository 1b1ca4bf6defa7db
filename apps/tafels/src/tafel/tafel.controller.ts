import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { AfspraakService } from '../afspraak/afspraak.service';
import { AfspraakResponse } from '../afspraak/dto/afspraak.response';
import { DeelnemerResponse } from '../deelnemer/dto/deelnemer.response';
import { magAliasZien } from '../deelnemer/zichtbaarheid.rules';
import { BearerToken } from '../opvolging/bearer.decorator';
import { OpvolgingService } from '../opvolging/opvolging.service';
import { ProbleemstellingDto } from './dto/probleemstelling.dto';
import { TafelStartenDto } from './dto/tafel-starten.dto';
import { TafelDetailResponse, TafelResponse, TafelsPagina } from './dto/tafel.response';
import { TafelsQuery } from './dto/tafels-query.dto';
import { TafelService } from './tafel.service';

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/tafels')
export class TafelController {
  constructor(
    private readonly tafels: TafelService,
    private readonly afspraken: AfspraakService,
    private readonly opvolging: OpvolgingService,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: TafelResponse, description: 'De koerstafel, gestart door de behandelaar van een signaal met consensus' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer (problem+json met invalidParams)' })
  @ApiNotFoundResponse({ description: 'Het signaal bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal heeft geen consensus, of er is al een tafel op gestart' })
  async start(@Tenant() tenant: TenantContext, @Body() dto: TafelStartenDto): Promise<TafelResponse> {
    return TafelResponse.from(await this.tafels.start(tenant, dto));
  }

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: TafelsPagina, description: 'De tafels van uw regio die passen bij de filters, nieuwste eerst' })
  @ApiBadRequestResponse({ description: 'Ongeldige filters of paginering (problem+json met invalidParams)' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: TafelsQuery): Promise<TafelsPagina> {
    const { tafels, totaal } = await this.tafels.lijst(tenant, query);
    return { items: tafels.map(TafelResponse.from), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: TafelDetailResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiBadRequestResponse({ description: 'Geen geldige id' })
  async haalOp(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @BearerToken() bearer: string): Promise<TafelDetailResponse> {
    const { tafel, deelnemers } = await this.tafels.haalOp(tenant, id);
    const subs = deelnemers.flatMap((d) => (d.sub ? [d.sub] : []));
    const lijst = this.afspraken.lijstVan(tafel);
    const [namen, { afspraken, toetsingen }, opvolging] = await Promise.all([
      this.tafels.namen(tafel, deelnemers),
      lijst,
      lijst.then(({ afspraken }) => this.opvolging.van(tafel, afspraken, bearer)),
    ]);
    return {
      ...TafelResponse.from(tafel),
      bewijs: tafel.bewijs,
      deelnemers: deelnemers.map((d) => DeelnemerResponse.from(d, magAliasZien(tenant, subs, d.organisatie), d.sub ? namen.get(d.sub) : undefined)),
      afspraken: afspraken.map((a) => AfspraakResponse.from(a, toetsingen)),
      opvolging,
    };
  }

  @Patch(':id')
  @Rollen('gemeente')
  @ApiOkResponse({ type: TafelResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, of persoonsgegevens in de tekst' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De tafel is afgerond' })
  async wijzig(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: ProbleemstellingDto): Promise<TafelResponse> {
    return TafelResponse.from(await this.tafels.wijzigProbleemstelling(tenant, id, dto));
  }
}
