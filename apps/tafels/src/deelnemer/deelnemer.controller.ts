import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { DeelnemerService } from './deelnemer.service';
import { DeelnemerResponse } from './dto/deelnemer.response';
import { GastAanmeldenDto } from './dto/gast-aanmelden.dto';
import { GebruikerToevoegenDto } from './dto/gebruiker-toevoegen.dto';
import { KandidaatResponse, KandidatenPagina } from './dto/kandidaat.response';
import { KandidatenQuery } from './dto/kandidaten.dto';

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/tafels/:id')
export class DeelnemerController {
  constructor(private readonly deelnemers: DeelnemerService) {}

  @Post('gasten')
  @HttpCode(201)
  @Rollen('clientvertegenwoordiger')
  @ApiCreatedResponse({ type: DeelnemerResponse, description: 'Een ouder of jongere neemt als gast deel, via de cliëntorganisatie van wie hem aanmeldt' })
  @ApiBadRequestResponse({ description: 'Ongeldige alias, of een alias met persoonsgegevens' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De alias is aan deze tafel al in gebruik, of de tafel is afgerond' })
  async meldAan(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: GastAanmeldenDto): Promise<DeelnemerResponse> {
    return DeelnemerResponse.from(await this.deelnemers.meldGastAan(tenant, id, dto), true);
  }

  @Post('deelnemers')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: DeelnemerResponse, description: 'Een gebruiker van de regio neemt deel, met zijn rol in Koers' })
  @ApiBadRequestResponse({ description: 'Geen geldige id, of een gebruiker zonder rol aan tafel' })
  @ApiNotFoundResponse({ description: 'De tafel of de gebruiker bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De gebruiker zit al aan de tafel, of de tafel is afgerond' })
  async voegToe(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: GebruikerToevoegenDto): Promise<DeelnemerResponse> {
    return DeelnemerResponse.from(await this.deelnemers.voegGebruikerToe(tenant, id, dto), true);
  }

  @Get('kandidaten')
  @Rollen('gemeente')
  @ApiOkResponse({
    type: KandidatenPagina,
    description:
      'Wie de behandelaar aan tafel kan zetten: de gebruikers van de regio van de tafel met een rol aan tafel, op rol en dan naam. Wie al aan tafel zit staat er ook in, met aanTafel: true; een cliëntvertegenwoordiger staat erin zonder naam',
  })
  @ApiBadRequestResponse({ description: 'Ongeldige paginering, of een zoekvraag van meer dan 100 tekens' })
  @ApiForbiddenResponse({ description: 'Uw rol mag dit niet, of u bent niet de behandelaar van de tafel' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiServiceUnavailableResponse({ description: 'Keycloak kan nu niet worden gevraagd wie in de regio werkt' })
  async kandidaten(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Query() query: KandidatenQuery): Promise<KandidatenPagina> {
    const { items, totaal } = await this.deelnemers.kandidaten(tenant, id, query);
    return { items: items.map((k) => KandidaatResponse.from(k.gebruiker, k.aanTafel, k.naamZichtbaar)), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }
}
