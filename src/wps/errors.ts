// Failures inside WPS as the core's HostError. WPS throws plain JavaScript errors from its object
// model (no documented codes), so anything that is not already a HostError is a host error.
import { HostError } from '../core';

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError('host-error', { cause: error });
}

/** Runs one step against the object model and turns any failure into a HostError. */
export function guarded<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw toHostError(error);
  }
}
