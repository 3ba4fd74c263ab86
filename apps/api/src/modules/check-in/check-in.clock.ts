import { Injectable } from '@nestjs/common';

/** The time a check-in is taken at. A provider of its own so tests can stand at midnight. */
@Injectable()
export class CheckInClock {
  now(): Date {
    return new Date();
  }
}
