import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { TAFEL_STATUSSEN } from '../tafel/tafel.rules';
import { AfspraakService } from './afspraak.service';
import { AfspraakOpstellenDto, AfspraakWijzigenDto, AfsprakenQuery, isAfsprakenlijst, ToetsingDto, VoortgangDto } from './dto/afspraak-opstellen.dto';
import { AfspraakResponse, AfsprakenPagina } from './dto/afspraak.response';
import { VastleggingService } from './vastlegging.service';

export class VastleggingResponse {
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty({ enum: TAFEL_STATUSSEN }) status: string;
  @ApiProperty({ type: [AfspraakResponse], description: 'De afspraken die nu zijn vastgelegd' }) vastgelegd: AfspraakResponse[];
}

@ApiTags('afspraken')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@ApiNotFoundResponse({ description: 'De tafel of de afspraak bestaat niet, of hoort bij een andere regio' })
@Controller('v1/tafels/:id/afspraken')
export class AfspraakController {
  constructor(
    private readonly afspraken: AfspraakService,
    private readonly vastlegging: VastleggingService,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: AfspraakResponse, description: 'Een afspraak in concept; monitoring hoort ervan (afspraak.opgesteld) en kan er een plan bij maken' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer: geen eigenaar of deadline, een eigenaar die niet aan tafel zit, een deadline in het verleden, persoonsgegevens in de tekst, een outcomecriterium zonder indicator' })
  @ApiConflictResponse({ description: 'De tafel is niet gehouden (of de afspraken zijn al vastgelegd)' })
  async stelOp(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: AfspraakOpstellenDto): Promise<AfspraakResponse> {
    return AfspraakResponse.from(await this.afspraken.stelOp(tenant, id, dto));
  }

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [AfspraakResponse], description: 'Elke versie van elke afspraak van de tafel, met de toetsingen' })
  async lijst(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AfspraakResponse[]> {
    const { afspraken, toetsingen } = await this.afspraken.vanTafel(tenant, id);
    return afspraken.map((a) => AfspraakResponse.from(a, toetsingen));
  }

  @Post('vastlegging')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: VastleggingResponse, description: 'De afspraken zijn vastgelegd; de tafel heeft status afspraken_vastgelegd' })
  @ApiConflictResponse({ description: 'Niet in deze status, of afspraken zonder monitoringplan of zonder akkoord: ontbreekt noemt ze allemaal' })
  async legVast(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<VastleggingResponse> {
    const { tafel, afspraken } = await this.vastlegging.legVast(tenant, id);
    return { tafelId: tafel.id, status: tafel.status, vastgelegd: afspraken.map((a) => AfspraakResponse.from(a)) };
  }

  @Patch(':afspraakId')
  @Rollen('gemeente')
  @ApiOkResponse({ type: AfspraakResponse, description: 'De gewijzigde afspraak; bij een vastgelegde afspraak (na bijsturen) een nieuwe versie met een nieuwe id' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer' })
  @ApiConflictResponse({ description: 'De tafel is niet gehouden, of de afspraak is uitgevoerd, gestopt of vervangen' })
  async wijzig(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('afspraakId', new UuidPipe()) afspraakId: string,
    @Body() dto: AfspraakWijzigenDto,
  ): Promise<AfspraakResponse> {
    return AfspraakResponse.from(await this.afspraken.wijzig(tenant, id, afspraakId, dto));
  }

  @Post(':afspraakId/intrekking')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: AfspraakResponse, description: 'De afspraak is ingetrokken; zij telt niet meer mee bij het vastleggen' })
  @ApiBadRequestResponse({ description: 'Geen geldige id' })
  @ApiConflictResponse({ description: 'De tafel is niet gehouden, of de afspraak is geen concept' })
  async trekIn(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Param('afspraakId', new UuidPipe()) afspraakId: string): Promise<AfspraakResponse> {
    return AfspraakResponse.from(await this.afspraken.trekIn(tenant, id, afspraakId));
  }

  @Post(':afspraakId/toetsingen')
  @HttpCode(201)
  @Rollen('jurist')
  @ApiCreatedResponse({ type: AfspraakResponse, description: 'De afspraak met het oordeel van de jurist' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, of een bezwaar zonder reden' })
  @ApiForbiddenResponse({ description: 'Geen jurist, of een jurist van de organisatie die eigenaar is van de afspraak' })
  @ApiConflictResponse({ description: 'De afspraak is geen concept meer, of heeft dit oordeel al' })
  async toets(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('afspraakId', new UuidPipe()) afspraakId: string,
    @Body() dto: ToetsingDto,
  ): Promise<AfspraakResponse> {
    const { afspraak, toetsing } = await this.afspraken.toets(tenant, id, afspraakId, dto);
    return AfspraakResponse.from(afspraak, [toetsing]);
  }

  @Post(':afspraakId/voortgang')
  @HttpCode(201)
  @Rollen('aanbieder', 'clientvertegenwoordiger')
  @ApiCreatedResponse({ type: AfspraakResponse, description: 'De voortgang zoals de eigenaar haar meldt' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, of gestopt zonder reden' })
  @ApiForbiddenResponse({ description: 'U bent niet van de organisatie die eigenaar is van de afspraak' })
  @ApiConflictResponse({ description: 'De afspraak is niet vastgelegd, of al uitgevoerd of gestopt' })
  async meldVoortgang(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('afspraakId', new UuidPipe()) afspraakId: string,
    @Body() dto: VoortgangDto,
  ): Promise<AfspraakResponse> {
    return AfspraakResponse.from(await this.afspraken.meldVoortgang(tenant, id, afspraakId, dto));
  }
}

@ApiTags('afspraken')
@Controller('v1/afspraken')
export class AfsprakenController {
  constructor(private readonly afspraken: AfspraakService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({
    type: AfsprakenPagina,
    description:
      'Zonder betrokken, eigenaar of status: de toetsingsrij van de jurist — afspraken in concept van uw regio op de stand van hun toetsing (standaard open), oudste eerst, zonder die van uw eigen organisatie. ' +
      'Met een van die filters: de afspraken van uw regio die erbij passen, voor elke rol, de eerste deadline eerst. Altijd met de tafel.',
  })
  @ApiBadRequestResponse({ description: 'Ongeldige filters of paginering (problem+json met invalidParams)' })
  @ApiForbiddenResponse({ description: 'De toetsingsrij (zonder betrokken, eigenaar of status) is alleen voor juristen' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: AfsprakenQuery): Promise<AfsprakenPagina> {
    const { items, toetsingen, totaal } = isAfsprakenlijst(query) ? await this.afspraken.zoek(tenant, query) : await this.afspraken.teToetsen(tenant, query);
    return {
      items: items.map(({ afspraak, tafel }) => ({
        ...AfspraakResponse.from(afspraak, toetsingen),
        tafel: { id: tafel.id, titel: tafel.titel, probleemstelling: tafel.probleemstelling, gemeenten: tafel.gemeenten, status: tafel.status },
      })),
      totaal,
      pagina: query.pagina,
      paginaGrootte: query.paginaGrootte,
    };
  }
}
