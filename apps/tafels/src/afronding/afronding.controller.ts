import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { NietGevonden } from '@koers/domain';
import { UuidPipe } from '@koers/http';
import { AfrondingService } from './afronding.service';
import { AfrondingDto, LeerervaringenQuery } from './dto/afronding.dto';
import { AfrondingResponse, LeerervaringenPagina, LeerervaringResponse, TafelAfwijkingResponse, TafelOntvangersResponse } from './dto/leerervaring.response';

const NIET_GEVONDEN = 'Bestaat niet, of hoort bij een andere regio';

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/tafels/:id')
export class AfrondingController {
  constructor(private readonly afronding: AfrondingService) {}

  @Post('afronding')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: AfrondingResponse, description: 'De tafel is afgerond met de leerervaringen; de schuilnamen van gasten zijn verwijderd' })
  @ApiBadRequestResponse({ description: 'Leerervaringen ontbreken of bevatten persoonsgegevens' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De tafel is niet in monitoring, of een afspraak heeft haar effect niet bereikt en is niet gestopt met een reden (elke zulke afspraak genoemd)' })
  async rondAf(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: AfrondingDto): Promise<AfrondingResponse> {
    const { tafel, leerervaring } = await this.afronding.rondAf(tenant, id, dto);
    return { ...LeerervaringResponse.from(leerervaring, tafel), status: tafel.status };
  }

  @Get('afronding')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: AfrondingResponse, description: 'De leerervaringen van een afgeronde tafel' })
  @ApiNotFoundResponse({ description: `${NIET_GEVONDEN}, of de tafel is nog niet afgerond` })
  async haalOp(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<AfrondingResponse> {
    const { tafel, leerervaring } = await this.afronding.vanTafel(tenant, id);
    if (!leerervaring) throw new NietGevonden(`Afronding van tafel ${id}`);
    return { ...LeerervaringResponse.from(leerervaring, tafel), status: tafel.status };
  }

  @Get('afwijkingen')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [TafelAfwijkingResponse], description: 'Nieuwe afwijkingen van dezelfde reeks die signalen aan de lopende tafel koppelde, oudste eerst (de cijfers staan in monitoring)' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  async afwijkingen(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<TafelAfwijkingResponse[]> {
    return (await this.afronding.afwijkingen(tenant, id)).map(TafelAfwijkingResponse.from);
  }

  @Get('ontvangers')
  // notificaties tells the table's people of what happens to the table as a whole (its close); events carry ids only.
  @Systeem('koers-notificaties')
  @ApiOkResponse({ type: TafelOntvangersResponse, description: 'Alleen voor Koers zelf (notificaties): wie een bericht over de tafel krijgt' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  async ontvangers(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<TafelOntvangersResponse> {
    const { tafel, onderwerp, ontvangers } = await this.afronding.ontvangers(tenant, id);
    return {
      tafelId: tafel.id,
      regio: tafel.regio,
      onderwerp,
      status: tafel.status,
      ontvangers: ontvangers.map((o) => ({ sub: o.sub, rol: o.rol, ...(o.namensGasten ? { namensGasten: o.namensGasten } : {}) })),
      portaalPad: `/tafels/${tafel.id}`,
    };
  }
}

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/leerervaringen')
export class LeerervaringController {
  constructor(private readonly afronding: AfrondingService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: LeerervaringenPagina, description: 'De leerervaringen van de afgeronde tafels van uw regio, nieuwste eerst' })
  @ApiBadRequestResponse({ description: 'Ongeldige zoekvraag of paginering' })
  async zoek(@Tenant() tenant: TenantContext, @Query() query: LeerervaringenQuery): Promise<LeerervaringenPagina> {
    const { items, totaal } = await this.afronding.zoek(tenant, query);
    return { items: items.map(({ leerervaring, tafel }) => LeerervaringResponse.from(leerervaring, tafel)), totaal, pagina: query.pagina, paginaGrootte: query.paginaGrootte };
  }
}
