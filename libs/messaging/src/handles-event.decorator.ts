import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@koers/contracts';

export const HANDLES_EVENT = Symbol('koers:handles-event');

/** What a handler looks like: it gets the event and the transaction in which its processed-event row is written. */
export type EventHandler<T = unknown> = (event: CloudEvent<T>, manager: EntityManager) => Promise<void>;

/**
 * Marks a provider method as the handler of one or more event types. The method runs in the
 * transaction that records the event as processed; write every effect through the `manager` it
 * gets, so the effect and the processed-event row commit together (and a duplicate delivery finds
 * the row and is skipped).
 */
export function HandlesEvent(...types: string[]): MethodDecorator {
  return (_target, _key, descriptor) => {
    const fn = descriptor.value as object;
    const eerder: string[] = Reflect.getMetadata(HANDLES_EVENT, fn) ?? [];
    Reflect.defineMetadata(HANDLES_EVENT, [...eerder, ...types], fn);
    return descriptor;
  };
}
