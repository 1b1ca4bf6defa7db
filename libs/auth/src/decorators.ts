import { applyDecorators, createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Rol } from '@koers/contracts';
import type { TenantContext } from './tenant-context';

export const PUBLIC_KEY = 'koers:public';
export const ROLLEN_KEY = 'koers:rollen';
export const SYSTEEM_KEY = 'koers:systeem';

/** The route needs no token (health, metrics, openapi.json). Everything else does. */
export const Public = (): CustomDecorator => SetMetadata(PUBLIC_KEY, true);

/** The OpenAPI extension that names, in each operation, the realm roles that may call it. */
export const ROLLEN_EXTENSION = 'x-koers-rollen';

/**
 * The realm roles that may call this route (or every route of the controller); a caller needs at
 * least one of them. The same list goes into the route's OpenAPI operation, so the document a
 * client is generated from says who may call what.
 */
export const Rollen = (...rollen: Rol[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLLEN_KEY, rollen), ApiExtension(ROLLEN_EXTENSION, rollen));

/**
 * The Koers services (client ids of service accounts with realm role `systeem`) that may call this
 * route. A `systeem` token is refused on every route that does not name its client; a route with
 * only `@Systeem(...)` and no `@Rollen(...)` is closed to people.
 */
export const Systeem = (...clientIds: string[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(SYSTEEM_KEY, clientIds), ApiExtension(SYSTEEM_EXTENSION, clientIds));

/** The OpenAPI extension that names, in each operation, the Koers services that may call it. */
export const SYSTEEM_EXTENSION = 'x-koers-systemen';

export interface AuthenticatedRequest {
  tenant?: TenantContext;
}

/** The verified caller, as put on the request by the guard. */
export const Tenant = createParamDecorator((_: unknown, context: ExecutionContext): TenantContext => {
  const tenant = context.switchToHttp().getRequest<AuthenticatedRequest>().tenant;
  // The guard runs before every handler; a missing tenant means a route escaped it: fail loudly.
  if (!tenant) throw new Error('@Tenant() used on a route without a verified token');
  return tenant;
});
