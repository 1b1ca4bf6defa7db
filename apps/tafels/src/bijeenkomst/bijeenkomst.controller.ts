import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { DEELNEMER_ROLLEN } from '../tafel/tafel.rules';
import { onderwerpVan } from './bijeenkomst.rules';
import { BijeenkomstService } from './bijeenkomst.service';
import { AntwoordDto } from './dto/antwoord.dto';
import { BijeenkomstPlannenDto, BijeenkomstWijzigenDto } from './dto/bijeenkomst-plannen.dto';
import { AntwoordResponse, BijeenkomstResponse, OntvangerResponse, UitnodigingResponse } from './dto/bijeenkomst.response';
import { nederlandsMoment } from './tijd.rules';

const NIET_GEVONDEN = 'De tafel of de bijeenkomst bestaat niet, of hoort bij een andere regio';

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/tafels/:id/bijeenkomsten')
export class BijeenkomstController {
  constructor(private readonly bijeenkomsten: BijeenkomstService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: BijeenkomstResponse, description: 'De bijeenkomst; de eerste van een tafel in voorbereiding plant de tafel (gepland), na monitoring is het bijsturen' })
  @ApiBadRequestResponse({ description: 'Begin in het verleden, einde voor het begin, geen plaats of link, een te lange agenda of persoonsgegevens erin' })
  @ApiNotFoundResponse({ description: 'De tafel bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De tafel kan nu niet gepland worden (geen deelnemer aan cliëntzijde, of haar status); noemt wat ontbreekt' })
  async plan(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: BijeenkomstPlannenDto): Promise<BijeenkomstResponse> {
    return BijeenkomstResponse.from(await this.bijeenkomsten.plan(tenant, id, dto), { antwoorden: [] });
  }

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [BijeenkomstResponse], description: 'Op volgorde van begin; plaats, link, agenda en antwoorden alleen voor deelnemers, juristen en de beheerder' })
  @ApiNotFoundResponse({ description: 'De tafel bestaat niet, of hoort bij een andere regio' })
  async lijst(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<BijeenkomstResponse[]> {
    const { bijeenkomsten, antwoorden } = await this.bijeenkomsten.lijst(tenant, id);
    return bijeenkomsten.map((b) => BijeenkomstResponse.from(b, antwoorden && { antwoorden: antwoorden.get(b.id) ?? [] }));
  }

  @Get(':bijeenkomstId')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: BijeenkomstResponse })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  async een(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string): Promise<BijeenkomstResponse> {
    const { bijeenkomsten, antwoorden } = await this.bijeenkomsten.lijst(tenant, id, bijeenkomstId);
    return BijeenkomstResponse.from(bijeenkomsten[0], antwoorden && { antwoorden: antwoorden.get(bijeenkomstId) ?? [] });
  }

  @Patch(':bijeenkomstId')
  @Rollen('gemeente')
  @ApiOkResponse({ type: BijeenkomstResponse, description: 'Verplaatst: het volgnummer gaat omhoog en de deelnemers krijgen een gewijzigde uitnodiging' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De bijeenkomst is gehouden of geannuleerd' })
  async wijzig(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Body() dto: BijeenkomstWijzigenDto,
  ): Promise<BijeenkomstResponse> {
    const bijeenkomst = await this.bijeenkomsten.wijzig(tenant, id, bijeenkomstId, dto);
    const { antwoorden } = await this.bijeenkomsten.lijst(tenant, id, bijeenkomstId);
    return BijeenkomstResponse.from(bijeenkomst, antwoorden && { antwoorden: antwoorden.get(bijeenkomstId) ?? [] });
  }

  /** Cancelling is a resource of its own (NL API Design Rules: no verbs in paths, a POST for an action that is not a field change). */
  @Post(':bijeenkomstId/annulering')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: BijeenkomstResponse, description: 'Geannuleerd: het volgnummer gaat omhoog en de deelnemers krijgen een annulering' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De bijeenkomst is al gehouden of geannuleerd' })
  async annuleer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string): Promise<BijeenkomstResponse> {
    return BijeenkomstResponse.from(await this.bijeenkomsten.annuleer(tenant, id, bijeenkomstId));
  }

  @Put(':bijeenkomstId/antwoorden/:deelnemerId')
  @Rollen(...DEELNEMER_ROLLEN)
  @ApiOkResponse({ type: AntwoordResponse, description: 'Het antwoord; een nieuw antwoord vervangt het vorige' })
  @ApiNotFoundResponse({ description: 'De tafel, de bijeenkomst of de deelnemer bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De bijeenkomst is gehouden of geannuleerd' })
  async beantwoord(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Param('deelnemerId', new UuidPipe()) deelnemerId: string,
    @Body() dto: AntwoordDto,
  ): Promise<AntwoordResponse> {
    return AntwoordResponse.from(await this.bijeenkomsten.beantwoord(tenant, id, bijeenkomstId, deelnemerId, dto));
  }

  @Get(':bijeenkomstId/uitnodiging')
  // notificaties writes the invitation (and its .ics) from this; events carry only ids and times.
  @Systeem('koers-notificaties')
  @ApiOkResponse({ type: UitnodigingResponse, description: 'Alleen voor Koers zelf (notificaties): wat de uitnodiging zegt en wie hem krijgt' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  async uitnodiging(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
  ): Promise<UitnodigingResponse> {
    const { tafel, bijeenkomst: b, ontvangers } = await this.bijeenkomsten.uitnodiging(tenant, id, bijeenkomstId);
    return {
      tafelId: tafel.id,
      bijeenkomstId: b.id,
      regio: tafel.regio,
      onderwerp: onderwerpVan(tafel.probleemstelling),
      start: nederlandsMoment(b.start),
      eind: nederlandsMoment(b.eind),
      ...(b.plaats ? { plaats: b.plaats } : {}),
      ...(b.onlineLink ? { onlineLink: b.onlineLink } : {}),
      agenda: b.agenda,
      status: b.status,
      volgnummer: b.volgnummer,
      ontvangers: ontvangers.map(OntvangerResponse.from),
      portaalPad: `/tafels/${tafel.id}/bijeenkomsten/${b.id}`,
    };
  }
}
