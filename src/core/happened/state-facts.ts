import {
  type CriminalStatute,
  criminalStatutes,
  type LaterTherapistDuties,
  laterTherapistDuties,
} from '../boards/state-laws';
import type { StateCode } from '../boards/states';

/**
 * What the "If it already happened" page can say about one state: the
 * criminal statute, where our research saw its text, and the duties of a
 * later therapist who is told. `null` means "not known to us", never "no
 * law": the page then says that more than 20 states make it a crime.
 */
export interface StateFacts {
  readonly criminal: CriminalStatute | null;
  readonly laterTherapist: LaterTherapistDuties | null;
}

export function stateFacts(state: StateCode): StateFacts {
  return {
    criminal: criminalStatutes.find((law) => law.state === state) ?? null,
    laterTherapist: laterTherapistDuties.find((law) => law.state === state) ?? null,
  };
}
