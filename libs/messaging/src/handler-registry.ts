import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { EventHandler, HANDLES_EVENT } from './handles-event.decorator';

export interface RegisteredHandler {
  /** `Class.method`, for logs. */
  name: string;
  handle: EventHandler;
}

/** Finds every `@HandlesEvent` method on the application's providers. */
@Injectable()
export class HandlerRegistry {
  private readonly logger = new Logger('Messaging');
  private readonly handlers = new Map<string, RegisteredHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  discover(): void {
    this.handlers.clear();
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown> | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = prototype[method];
        const types: string[] | undefined = typeof fn === 'function' ? Reflect.getMetadata(HANDLES_EVENT, fn) : undefined;
        if (!types?.length) continue;
        if (!wrapper.isDependencyTreeStatic()) {
          this.logger.warn({ provider: wrapper.name, method }, '@HandlesEvent on a request-scoped provider is ignored');
          continue;
        }
        const name = `${instance.constructor.name}.${method}`;
        const handle = (fn as EventHandler).bind(instance) as EventHandler;
        for (const type of types) this.handlers.set(type, [...(this.handlers.get(type) ?? []), { name, handle }]);
      }
    }
  }

  types(): string[] {
    return [...this.handlers.keys()].sort();
  }

  handlersFor(type: string): RegisteredHandler[] {
    return this.handlers.get(type) ?? [];
  }
}
