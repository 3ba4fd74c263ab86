/** A booking's state: a seat, a place in the queue, or given up. */
export const BookingStatus = { CONFIRMED: 'CONFIRMED', WAITLISTED: 'WAITLISTED', CANCELLED: 'CANCELLED' } as const;
export type BookingStatus = (typeof BookingStatus)[keyof typeof BookingStatus];
export const BOOKING_STATUSES: readonly BookingStatus[] = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'];

/** Confirmed and waitlisted bookings hold (or wait for) a seat; at most one per member and session. */
export function isActiveBooking(status: BookingStatus): boolean {
  return status === 'CONFIRMED' || status === 'WAITLISTED';
}
