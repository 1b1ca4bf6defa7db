import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Rol } from '@koers/contracts';
import { GeenToegangProblem, NietGeauthenticeerdProblem } from './auth.problems';
import { AuthenticatedRequest, PUBLIC_KEY, ROLLEN_KEY, SYSTEEM_KEY } from './decorators';
import { TenantContext, tenantFromClaims } from './tenant-context';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

/**
 * Global guard: every route needs a valid bearer token of the realm unless marked @Public().
 * A valid token without a region is refused (403): every record in Koers belongs to a region, so
 * such a caller could see nothing and change nothing — better to say so than to answer empty.
 */
@Injectable()
export class KoersAuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly realm: string,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const rawToken = bearerTokenOf(request);
    if (!rawToken) throw new NietGeauthenticeerdProblem('Geen bearer-token meegestuurd (Authorization: Bearer …).', this.realm);

    let claims;
    try {
      claims = await this.verifier.verify(rawToken);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      this.logger.warn({ reason: error.message }, 'token refused');
      throw new NietGeauthenticeerdProblem('Het token is ongeldig of verlopen.', this.realm);
    }

    const tenant = tenantFromClaims(claims);
    if (!tenant.subject) throw new NietGeauthenticeerdProblem('Het token noemt geen subject.', this.realm);
    if (!tenant.regios.length) {
      throw new GeenToegangProblem('geen-regio', 'Het token noemt geen regio: vraag de beheerder van uw regio u aan een regio te koppelen.');
    }
    weigerTenzijToegelaten(
      tenant,
      this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_KEY, targets),
      this.reflector.getAllAndOverride<string[] | undefined>(SYSTEEM_KEY, targets),
    );
    request.tenant = tenant;
    return true;
  }
}

/** People by their roles (`@Rollen`), Koers services by their client id (`@Systeem`); neither stands in for the other. */
function weigerTenzijToegelaten(tenant: TenantContext, rollen: Rol[] | undefined, systemen: string[] | undefined): void {
  if (tenant.systeem !== undefined) {
    if (!systemen?.length) {
      throw new GeenToegangProblem('systeem-niet-toegestaan', `Deze route is niet open voor Koers-diensten; ${tenant.systeem || 'deze dienst'} mag haar niet aanroepen.`);
    }
    if (!systemen.includes(tenant.systeem)) {
      throw new GeenToegangProblem(
        'systeem-niet-toegestaan',
        `Als dienst mag alleen ${systemen.join(' of ')} deze route aanroepen, niet ${tenant.systeem || 'een dienst zonder client id'}.`,
      );
    }
    return;
  }
  if (systemen && !rollen) throw new GeenToegangProblem('alleen-systemen', 'Deze route is alleen voor Koers-diensten, niet voor personen.');
  if (rollen && !rollen.some((rol) => tenant.rollen.includes(rol))) {
    throw new GeenToegangProblem('rol-niet-toegestaan', `Dit mag alleen met de rol ${rollen.join(' of ')}; uw rollen: ${tenant.rollen.join(', ') || 'geen'}.`);
  }
}

function bearerTokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
