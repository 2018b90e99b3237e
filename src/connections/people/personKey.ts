import type { Deputy } from '../../model/deputy.js';

/**
 * The person a seat belongs to (internal): its `personId` (自然人标识), or, for a seat without
 * one, the seat itself. The two kinds of key cannot collide, so an unlinked seat never merges
 * with a linked person whose id happens to equal a seat's id.
 */
export function personKey(seat: Pick<Deputy, 'id' | 'personId'>): string {
  return seat.personId === undefined ? `seat:${seat.id}` : `person:${seat.personId}`;
}
